"""``ine-redes history --at DATE [--area CLAVE] [--account URL|usuario]``."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import IO

import click

from validator.cli.gitopts import run_git
from validator.cli.options import ISO_DATE, lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.gitops.formats import HISTORY


def run_history(
    root: Path,
    at: datetime,
    area: str | None,
    account: str | None,
    fmt: str,
    lang: Lang,
    out: IO[str] | None = None,
    rev: str | None = None,
) -> int:
    from validator.gitops.history import history_at

    result = history_at(root, at.date(), area, account, rev)
    (out or sys.stdout).write(HISTORY.get(fmt)(result, lang))
    return 0


@click.command(name="history")
@click.option(
    "--at",
    "at",
    required=True,
    type=ISO_DATE,
    help="Fecha de la pregunta (AAAA-MM-DD): el estado de la rama leída al final de ese "
    "día, en la zona horaria del inventario, y el `desde` de cada persona.",
)
@click.option(
    "--rev",
    default=None,
    metavar="RAMA",
    help="Rama (o commit) cuya historia se lee; por omisión, la rama actual. La respuesta "
    "nombra lo que leyó.",
)
@click.option("--area", default=None, metavar="CLAVE", help="Sólo esta área.")
@click.option(
    "--account", default=None, metavar="URL|USUARIO", help="Sólo esta cuenta (URL o usuario)."
)
@click.option(
    "--format", "fmt", type=click.Choice(HISTORY.names), default="text",
    show_default=True, help="Formato de salida.",
)  # fmt: skip
@lang_option
@repo_option
def history(
    at: datetime,
    rev: str | None,
    area: str | None,
    account: str | None,
    fmt: str,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Quién administraba (propietaria, suplente) y quién tenía acceso a cada cuenta en una
    fecha, reconstruido de la historia de git. Necesita toda la historia (`fetch-depth: 0`)."""
    root = resolve_root(repo, lang)
    run_git(lambda: run_history(root, at, area, account, fmt, lang, rev=rev), lang)
