"""``ine-redes reminders``: options -> RemindersOptions -> run_reminders() -> exit code.

Reminders are information: the exit code is 0 whatever is due; 2 for a usage error (unknown
area, broken lineamientos.yaml).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from validator.cli.options import as_of_option, lang_option, repo_option, resolve_root, to_date
from validator.findings import Lang
from validator.i18n import Message
from validator.reminders import FORMATS

if TYPE_CHECKING:
    from validator.loading.sources import Inventory
    from validator.reminders.collect import Reminders


@dataclass(frozen=True)
class RemindersOptions:
    root: Path
    as_of: date | None = None
    within: int | None = None
    area: str | None = None
    fmt: str = "text"
    lang: Lang = "es"
    send: bool = False
    dry_run: Path | None = None
    state: Path | None = None


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
    if opts.send or opts.dry_run is not None:
        return mail_reminders(opts, inventory, reminders, out)
    text = render(opts.fmt, reminders, opts.lang)
    buffer = getattr(out, "buffer", None)
    if opts.fmt == "ics" and buffer is not None:  # keep the CRLF line ends byte for byte
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        out.write(text)
    return 0


def mail_reminders(
    opts: RemindersOptions, inventory: Inventory, rem: Reminders, out: IO[str]
) -> int:
    """``--send`` / ``--dry-run``: one message per area with something due (exit 0), or a
    DeliveryError / RemindersError (exit 2)."""
    from validator.reminders.collect import RemindersError
    from validator.reminders.delivery import Server, State, delivery_summary, send, write_eml
    from validator.reminders.mail import MailSettings, build_all

    cncs = inventory.cncs
    settings = cncs.recordatorios_correo if cncs is not None else None
    if settings is None:
        raise RemindersError("no_mail_settings", path=inventory.cncs_file.path)
    sender = MailSettings(settings.remitente, settings.nombre_remitente, settings.responder_a)
    messages = build_all(rem, sender, _now(), opts.lang)
    state = State.load(opts.state)
    if opts.dry_run is not None:
        report = write_eml(messages, opts.dry_run, state)
    else:
        server = Server.from_settings(settings.servidor, settings.puerto, settings.seguridad)
        report = send(messages, server, state, _now, settings.remitente)
    for line in delivery_summary(report, opts.lang, dry_run=opts.dry_run is not None):
        out.write(line + "\n")
    return 2 if report.refused else 0


def _now() -> datetime:
    return datetime.now().astimezone()


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
    type=click.Choice(FORMATS.names),
    default="text",
    show_default=True,
    help="text (terminal), json, markdown (issue), ics (calendario), html (tablero CNCS).",
)
@click.option(
    "--send",
    is_flag=True,
    help="Enviar por correo, a cada área con algo vencido o por vencer, un mensaje a su "
    "titular y a sus dos administradores (servidor en inventory/cncs.yaml; credenciales en "
    "INE_REDES_SMTP_USUARIO / INE_REDES_SMTP_CONTRASENA).",
)
@click.option(
    "--dry-run",
    "dry_run",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="CARPETA",
    help="En vez de enviar, escribir cada mensaje como CARPETA/<clave>.eml.",
)
@click.option(
    "--estado",
    "state",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="ARCHIVO",
    help="Archivo JSON con lo ya entregado: una nueva ejecución envía sólo lo que falta.",
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
    send: bool,
    dry_run: Path | None,
    state: Path | None,
) -> None:
    """Toda obligación vencida o por vencer, por área y titular: cambios de contraseña,
    informes trimestrales, avisos de cambio y de asociación pendientes. Sale con 0 (es
    información), o 2 si el uso es incorrecto."""
    from validator.reminders.collect import RemindersError
    from validator.reminders.delivery import DeliveryError

    if send and dry_run is not None:
        raise click.UsageError(
            Message(
                es="--send y --dry-run no se usan juntos",
                en="--send and --dry-run are not used together",
            ).text(lang)
        )
    root = resolve_root(repo, lang)
    opts = RemindersOptions(
        root=root,
        as_of=to_date(as_of),
        within=within,
        area=area,
        fmt=fmt,
        lang=lang,
        send=send,
        dry_run=dry_run,
        state=state,
    )
    try:
        code = run_reminders(opts)
    except RemindersError as exc:
        raise click.UsageError(exc.message(lang)) from None
    except DeliveryError as exc:
        click.echo(f"ine-redes reminders: {exc.message(lang)}", err=True)
        sys.exit(2)
    sys.exit(code)
