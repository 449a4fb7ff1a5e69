"""``ine-redes report trimestral --area CLAVE --as-of DATE`` (4.2 V)."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO

import click

from validator.cli.gitopts import run_git
from validator.cli.options import (
    ISO_DATE,
    as_of_option,
    lang_option,
    repo_option,
    resolve_root,
    to_date,
)
from validator.findings import Lang
from validator.gitops.formats import REPORT


def run_quarterly(
    root: Path,
    clave: str,
    as_of: date | None,
    since: date | None,
    fmt: str,
    lang: Lang,
    out: IO[str] | None = None,
) -> int:
    from validator.gitops.report import quarterly_report

    if as_of is None:
        from validator.calendar import today_in
        from validator.loading.inventory import load_inventory

        lin = load_inventory(root).lineamientos
        as_of = today_in(lin.zona_horaria if lin else None)
    report = quarterly_report(root, clave, as_of, since)
    (out or sys.stdout).write(REPORT.get(fmt)(report, lang))
    return 0


@click.group(name="report")
def report() -> None:
    """Informes a la CNCS generados desde el repositorio."""


@report.command(name="trimestral")
@click.option("--area", "clave", required=True, metavar="CLAVE", help="Clave del área.")
@as_of_option
@click.option(
    "--since",
    type=ISO_DATE,
    default=None,
    help="Primer día del periodo (por omisión: el día siguiente al último informe trimestral, "
    "o tres meses antes de la fecha de corte).",
)
@click.option(
    "--format", "fmt", type=click.Choice(REPORT.names), default="text",
    show_default=True,
    help="text para la terminal o un oficio; markdown para el repositorio o un resumen de GitHub.",
)  # fmt: skip
@lang_option
@repo_option
def trimestral(
    clave: str,
    as_of: datetime | None,
    since: datetime | None,
    fmt: str,
    lang: Lang,
    repo: Path | None,
) -> None:
    """El informe trimestral del área a la CNCS (4.2 V): personas administradoras, cuentas,
    cambios de contraseña, incidentes y cambios de personas administradoras del periodo,
    según la historia de git. Necesita toda la historia (`fetch-depth: 0`)."""
    root = resolve_root(repo, lang)
    run_git(lambda: run_quarterly(root, clave, to_date(as_of), to_date(since), fmt, lang), lang)
