"""``ine-redes reminders``: options -> RemindersOptions -> run_reminders() -> exit code.

Reminders are information: the exit code is 0 whatever is due; 2 for a usage error (unknown
area, broken lineamientos.yaml).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

import click

from validator.cli.options import as_of_option, lang_option, repo_option, resolve_root, to_date
from validator.findings import Lang

FORMAT_NAMES = ("text", "json", "markdown", "ics", "html")


@dataclass(frozen=True)
class RemindersOptions:
    root: Path
    as_of: date | None = None
    within: int | None = None
    area: str | None = None
    fmt: str = "text"
    lang: Lang = "es"


def run_reminders(opts: RemindersOptions, out: IO[str] | None = None) -> int:
    """Render the reminders to ``out``; raises RemindersError on a usage problem."""
    from validator.calendar import today_in
    from validator.loading.inventory import load_inventory
    from validator.reminders import render
    from validator.reminders.collect import collect

    out = out or sys.stdout
    inventory = load_inventory(opts.root)
    as_of = opts.as_of
    if as_of is None:
        lin = inventory.lineamientos
        as_of = today_in(lin.zona_horaria if lin else None)
    reminders = collect(inventory, as_of, opts.within, opts.area)
    text = render(opts.fmt, reminders, opts.lang)
    buffer = getattr(out, "buffer", None)
    if opts.fmt == "ics" and buffer is not None:  # keep the CRLF line ends byte for byte
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        out.write(text)
    return 0


@click.command(name="reminders")
@as_of_option
@click.option(
    "--within",
    type=click.IntRange(0, 366),
    default=None,
    help="Días hacia adelante que cuentan como «por vencer» (por omisión, "
    "aviso_anticipado_dias de lineamientos.yaml).",
)
@click.option("--area", "area", default=None, metavar="CLAVE", help="Sólo esta área.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="text",
    show_default=True,
    help="text (terminal), json, markdown (issue), ics (calendario), html (tablero CNCS).",
)
@lang_option
@repo_option
def reminders(
    as_of: datetime | None,
    within: int | None,
    area: str | None,
    fmt: str,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Toda obligación vencida o por vencer, por área y titular: cambios de contraseña,
    informes trimestrales, avisos de cambio y de asociación pendientes. Sale con 0 (es
    información), o 2 si el uso es incorrecto."""
    from validator.reminders.collect import RemindersError

    root = resolve_root(repo, lang)
    opts = RemindersOptions(
        root=root, as_of=to_date(as_of), within=within, area=area, fmt=fmt, lang=lang
    )
    try:
        code = run_reminders(opts)
    except RemindersError as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(code)
