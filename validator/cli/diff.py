"""``ine-redes diff --base REF [--head REF]``: the plan of a pull request, per area."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

import click

from validator.cli.gitopts import run_git
from validator.cli.options import base_head_options, lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.gitops.formats import DIFF


def run_diff(
    root: Path, base: str, head: str, fmt: str, lang: Lang, out: IO[str] | None = None
) -> int:
    from validator.gitops.diff import plan

    (out or sys.stdout).write(DIFF.get(fmt)(plan(root, base, head), lang))
    return 0


@click.command(name="diff")
@base_head_options
@click.option(
    "--format", "fmt", type=click.Choice(DIFF.names), default="text",
    show_default=True,
    help="text para la terminal; markdown para $GITHUB_STEP_SUMMARY o un comentario; json.",
)  # fmt: skip
@lang_option
@repo_option
def diff(base: str, head: str, fmt: str, lang: Lang, repo: Path | None) -> None:
    """Qué cambia un pull request en cada área: personas administradoras que entran y salen,
    cuentas nuevas y eliminadas, correos genéricos, accesos ampliados; avisa arriba cuando la
    CNCS debe revisar dos veces. Sale con 0 (2 si falta historia de git)."""
    root = resolve_root(repo, lang)
    run_git(lambda: run_diff(root, base, head, fmt, lang), lang)
