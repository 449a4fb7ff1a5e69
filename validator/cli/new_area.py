"""``ine-redes new-area``: the wizard that writes ``inventory/areas/<clave>.yaml``."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from validator.cli.options import ISO_DATE, lang_option, repo_option, resolve_root

if TYPE_CHECKING:
    from validator.findings import Lang

# (option name, help) of every single-valued answer; the wizard asks for the missing ones.
_ANSWERS: tuple[tuple[str, str], ...] = (
    ("tipo", "oficinas_centrales | junta_local | junta_distrital"),
    ("entidad", "Entidad: código o nombre (jal, Jalisco, mex, Estado de México ...)."),
    ("distrito", "Número de distrito (juntas distritales)."),
    ("clave", "Clave del área (nombre del archivo)."),
    ("nombre", "Nombre oficial del área."),
    ("titular-nombre", "Nombre de la persona titular."),
    ("titular-cargo", "Cargo de la persona titular."),
    ("titular-correo", "Correo institucional de la persona titular."),
    ("titular-github", "Cuenta de GitHub de la persona titular."),
    *(
        (f"{rol}-{key}", f"{text} ({rol}).")
        for rol in ("propietaria", "suplente")
        for key, text in (
            ("nombre", "Nombre"),
            ("cargo", "Cargo"),
            ("nivel", "Nivel de mando"),
            ("vinculo", "servidora_publica | prestadora_servicios"),
            ("correo", "Correo institucional propio"),
            ("telefono", "Teléfono institucional"),
            ("desde", "Fecha en que surte efecto la designación (por omisión --fecha)"),
            ("responsiva-fecha", "Fecha del Anexo 2 (por omisión: desde)"),
            ("responsiva-documento", "Anexo 2 firmado: archivo escaneado o su SHA-256"),
        )
    ),
    ("designacion-fecha", "Fecha del Anexo 1 (por omisión: el desde más reciente)."),
    ("designacion-oficio", "Oficio que remite el Anexo 1 a la CNCS."),
    ("designacion-remitida", "Fecha de remisión a la CNCS (por omisión: la del Anexo 1)."),
    ("designacion-documento", "Anexo 1 firmado: archivo escaneado o su SHA-256."),
    ("informe-fecha", "Fecha del aviso de cambio a la CNCS (por omisión: la de remisión)."),
    ("informe-oficio", "Oficio del aviso de cambio (por omisión: el de la designación)."),
)


def _add_answer_options(func: Any) -> Any:
    for name, help_text in reversed(_ANSWERS):
        func = click.option(f"--{name}", name.replace("-", "_"), default=None, help=help_text)(func)
    return func


@click.command(name="new-area")
@_add_answer_options
@click.option(
    "--correo-generico",
    "correos",
    multiple=True,
    help="Correo genérico: correo=...,estado=asignado|solicitado,tramita=propietaria|suplente,"
    "solicitado=AAAA-MM-DD,asignado=AAAA-MM-DD (repetible; por omisión redes.<clave>@ine.mx).",
)
@click.option(
    "--cuenta",
    "cuentas",
    multiple=True,
    help="Cuenta: plataforma=(clave, nombre o alias: x, Twitter, Facebook),usuario=...,url=..."
    "[,correo=...,asociacion=FECHA,"
    "notificada=FECHA,segundo_factor=si,contrasena=FECHA,informado=FECHA,"
    "accesos=propietaria+suplente] (repetible).",
)
@click.option(
    "--fecha",
    type=ISO_DATE,
    default=None,
    help="Fecha de hoy para los valores por omisión y la validación final (AAAA-MM-DD; por "
    "omisión, hoy en la zona horaria del inventario).",
)
@click.option("--no-input", is_flag=True, help="No preguntar: todo se toma de las opciones.")
@click.option("--dry-run", is_flag=True, help="Mostrar el archivo sin escribirlo.")
@lang_option
@repo_option
def new_area(
    correos: tuple[str, ...],
    cuentas: tuple[str, ...],
    fecha: datetime | None,
    no_input: bool,
    dry_run: bool,
    lang: Lang,
    repo: Path | None,
    **answers: str | None,
) -> None:
    """Asistente para dar de alta un área: pregunta (o toma de las opciones) el área, la
    persona titular, las dos personas administradoras, la designación, los correos
    genéricos y las cuentas; revisa cada respuesta con las mismas reglas que `validate` y
    escribe inventory/areas/<clave>.yaml con comentarios. Nunca sobrescribe un área existente (sale con 1)."""
    from validator.authoring.area_file import Invalid
    from validator.authoring.wizard import Refused, UsageProblem, WizardOptions, run_new_area
    from validator.calendar import today_in
    from validator.loading.inventory import load_inventory

    root = resolve_root(repo, lang)
    if fecha is None:
        lin = load_inventory(root).lineamientos
        day = today_in(lin.zona_horaria if lin else "America/Mexico_City")
    else:
        day = fecha.date()
    given = {
        name: value
        for name, _ in _ANSWERS
        if (value := answers.get(name.replace("-", "_"))) is not None
    }
    opts = WizardOptions(
        root=root,
        fecha=day,
        no_input=no_input,
        lang=lang,
        dry_run=dry_run,
        given=given,
        cuentas=list(cuentas),
        correos=list(correos),
    )
    try:
        code = run_new_area(opts)
    except Refused as exc:
        click.echo(f"ine-redes new-area: {exc}", err=True)
        sys.exit(1)
    except (UsageProblem, Invalid) as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(code)
