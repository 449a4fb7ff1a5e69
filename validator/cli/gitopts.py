"""Shared plumbing of the git-aware commands: a git problem is one line and exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable

import click

from validator.findings import Lang


def run_git(func: Callable[[], int], lang: Lang) -> None:
    """Run a command body; a :class:`GitProblem` becomes one line on stderr and exit 2."""
    from validator.gitops.repo import GitProblem

    try:
        code = func()
    except GitProblem as problem:
        click.echo(f"ine-redes: {problem.message(lang)}", err=True)
        sys.exit(2)
    sys.exit(code)
