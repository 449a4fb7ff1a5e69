"""Shared plumbing of the git-aware commands: a git problem is one line and exit 2.

That line may land in a CI log (stderr is read for workflow commands too), so it goes
through :func:`validator.escaping.workflow.log_line`: no value in it (a reference, a path
from git's own message) can start a workflow command.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from validator.escaping.workflow import log_line
from validator.findings import Lang

if TYPE_CHECKING:
    from validator.loading.sources import SourceFile

T = TypeVar("T")


def run_git(func: Callable[[], int], lang: Lang) -> None:
    """Run a command body; a :class:`GitProblem` becomes one line on stderr and exit 2."""
    sys.exit(_or_exit(func, lang))


def _or_exit(func: Callable[[], T], lang: Lang) -> T:
    """``func()``; a :class:`GitProblem` or a failing ``git`` is one line on stderr and exit 2."""
    from validator.gitops.repo import GitProblem

    try:
        return func()
    except GitProblem as problem:
        click.echo(log_line(f"ine-redes: {problem.message(lang)}"), err=True)
        sys.exit(2)
    except Exception as exc:
        _git_failure(exc, lang)
        raise


def _git_failure(exc: Exception, lang: Lang) -> None:
    """A failing ``git`` (e.g. "dubious ownership" in a container) is one line and exit 2."""
    import git

    from validator.gitops.texts import text

    if isinstance(exc, git.GitCommandError):
        detail = str(exc.stderr or exc).strip().splitlines() or [str(exc.status)]
        click.echo(log_line(f"ine-redes: {text('git_failed', lang, detail=detail[-1])}"), err=True)
        sys.exit(2)


def changed_since_targets(
    root: Path, ref: str, lang: Lang
) -> tuple[frozenset[str] | None, dict[str, SourceFile]]:
    """Targets of ``validate --changed-since REF`` (None: everything), and the changed area
    files as they were at REF's merge base (cambio-completo judges each change of
    administrator against them); exit 2 on git trouble.

    Notes for people (nothing changed, a catalogue changed) go to stderr, so that the JSON,
    GitHub and SARIF outputs on stdout stay exactly what they are without the option.
    """
    from validator.gitops.changes import changed_since
    from validator.gitops.texts import text

    changed = _or_exit(lambda: changed_since(root, ref), lang)
    baseline = _or_exit(lambda: changed.baseline(root), lang)
    if changed.catalogs:
        click.echo(text("catalog_changed", lang, paths=", ".join(changed.catalogs)), err=True)
        return None, baseline
    if not changed.targets:
        click.echo(text("nothing_changed", lang, ref=ref), err=True)
    return changed.targets, baseline
