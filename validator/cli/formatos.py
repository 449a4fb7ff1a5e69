"""``ine-redes formatos``: print Anexo 1 / Anexo 2 filled in, and register signed scans."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

import click

from validator.cli.options import ISO_DATE, lang_option, repo_option, resolve_root
from validator.i18n import Message

if TYPE_CHECKING:
    from validator.findings import Lang
    from validator.forms.pdf import Papel


class FormProblem(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


Opts = TypeVar("Opts")  # the options of one formatos command


@dataclass(frozen=True)
class FormOptions:
    root: Path
    clave: str
    anexo: int
    rol: str | None = None
    output: Path | None = None
    fecha: date | None = None
    lang: Lang = "es"
    papel: Papel = "carta"


# Printed forms wait here to be signed; the folder is git-ignored (only the signed scan,
# registered with `formatos registrar --copiar`, enters the repository).
OUTPUT_DIR = "formatos-por-firmar"


def run_form(opts: FormOptions, out: IO[str] | None = None) -> int:
    """Write the filled-in PDF; 0 on success."""
    from validator.calendar import today_in
    from validator.forms.anexos import render_anexo1, render_anexo2
    from validator.generated_io import write_atomic
    from validator.loading.inventory import load_inventory

    out = out or sys.stdout
    lang = opts.lang
    inventory = load_inventory(opts.root)
    rel = f"inventory/areas/{opts.clave}.yaml"
    source = next((f for f in inventory.area_files if f.path == rel), None)
    if source is None:
        raise FormProblem(
            Message(es="no existe el área {clave} ({rel})", en="no area {clave} ({rel})").format(
                lang, clave=opts.clave, rel=rel
            ),
            2,
        )
    if source.model is None:
        raise FormProblem(
            Message(
                es="{rel} no es válido; corrija primero lo que indica `ine-redes validate {rel}`",
                en="{rel} is not valid; first fix what `ine-redes validate {rel}` reports",
            ).format(lang, rel=rel)
        )
    area = source.model
    names = (
        {k: p.nombre for k, p in inventory.plataformas.plataformas.items()}
        if inventory.plataformas
        else {}
    )
    zone = inventory.lineamientos.zona_horaria if inventory.lineamientos else "America/Mexico_City"
    if opts.anexo == 1:
        if area.administradores.propietaria is None or area.administradores.suplente is None:
            raise FormProblem(
                Message(
                    es="{rel} necesita propietaria y suplente para el Anexo 1 (4.2 III)",
                    en="{rel} needs both administrators for Anexo 1 (4.2 III)",
                ).format(lang, rel=rel)
            )
        recorded = area.designacion.fecha if area.designacion else None
        fecha = opts.fecha or recorded or today_in(zone)
        data = _render(lambda: render_anexo1(area, fecha, names, opts.papel), lang)
        default_name = f"{opts.clave}-anexo1.pdf"
    else:
        admin = getattr(area.administradores, str(opts.rol))
        if admin is None:
            raise FormProblem(
                Message(es="{rel} no tiene persona {rol}", en="no {rol}").format(
                    lang, rel=rel, rol=opts.rol
                )
            )
        if not area.cuentas:
            raise FormProblem(
                Message(
                    es="{rel} no registra cuentas: la responsiva (Anexo 2) enlista las cuentas "
                    "que la persona asume; agregue primero las cuentas del área",
                    en="{rel} records no accounts: the responsiva (Anexo 2) lists the accounts "
                    "the person takes on; add the area's accounts first",
                ).format(lang, rel=rel)
            )
        recorded = admin.responsiva.fecha if admin.responsiva else None
        fecha = opts.fecha or recorded or today_in(zone)
        data = _render(lambda: render_anexo2(area, str(opts.rol), fecha, names, opts.papel), lang)
        default_name = f"{opts.clave}-anexo2-{opts.rol}.pdf"
    target = opts.output or opts.root / OUTPUT_DIR / default_name
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    out.write(
        Message(
            es="Se escribió {target} (Anexo {anexo}, fecha {fecha}). Imprímalo, fírmelo "
            "y registre el escaneo con `ine-redes formatos registrar`.\n",
            en="Wrote {target} (Anexo {anexo}, dated {fecha}). Print it, sign it and "
            "register the scan with `ine-redes formatos registrar`.\n",
        ).format(lang, target=target, anexo=opts.anexo, fecha=fecha.isoformat())
    )
    return 0


def _render(make: Callable[[], bytes], lang: str) -> bytes:
    """The PDF, or a FormProblem naming a character no font of the form can print."""
    from validator.forms.pdf import CJK_EXTRA, MissingGlyph

    try:
        return make()
    except MissingGlyph as exc:
        shown = f"«{exc.text}»"
        if exc.cjk_installed or not _is_cjk(exc.char):
            raise FormProblem(
                Message(
                    es="{shown} tiene el carácter {char} ({codepoint}, {name}), que ninguna "
                    "fuente de los formatos puede imprimir; no se generó el PDF para no "
                    "imprimir otro nombre. Revise que el dato esté bien escrito en el "
                    "inventario.",
                    en="{shown} has the character {char} ({codepoint}, {name}), which no font "
                    "of the forms can print; no PDF was written rather than print another "
                    "name. Check the value in the inventory.",
                ).format(lang, shown=shown, char=exc.char, codepoint=exc.codepoint, name=exc.name)
            ) from None
        raise FormProblem(
            Message(
                es="{shown} tiene el carácter {char} ({codepoint}), que necesita las "
                "fuentes chinas, japonesas y coreanas: instálelas con `pip install "
                "'{CJK_EXTRA}'` y repita la orden. No se generó el PDF para no imprimir "
                "otro nombre.",
                en="{shown} has the character {char} ({codepoint}), which needs the "
                "Chinese, Japanese and Korean fonts: install them with `pip install "
                "'{CJK_EXTRA}'` and run the command again. No PDF was written rather "
                "than print another name.",
            ).format(lang, shown=shown, char=exc.char, codepoint=exc.codepoint, CJK_EXTRA=CJK_EXTRA)
        ) from None


def _is_cjk(char: str) -> bool:
    import unicodedata

    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO"))


def _run(func: Callable[[Opts], int], opts: Opts) -> None:
    from validator.authoring.registrar import RegistrarProblem

    try:
        code = func(opts)
    except (FormProblem, RegistrarProblem) as exc:
        if exc.code == 2:
            raise click.UsageError(str(exc)) from None
        click.echo(f"ine-redes formatos: {exc}", err=True)
        sys.exit(exc.code)
    sys.exit(code)


_fecha_option = click.option(
    "--fecha",
    type=ISO_DATE,
    default=None,
    help="Fecha del formato (AAAA-MM-DD; por omisión, la registrada en el inventario o hoy).",
)
_area_option = click.option("--area", "clave", required=True, help="Clave del área.")
_output_option = click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=(
        f"Archivo PDF de salida (por omisión {OUTPUT_DIR}/<clave>-anexoN[-rol].pdf en la raíz "
        "del repositorio, carpeta que git ignora)."
    ),
)
_papel_option = click.option(
    "--papel",
    type=click.Choice(["carta", "a4"], case_sensitive=False),
    default="carta",
    show_default=True,
    help="Tamaño del papel: carta (el de las oficinas del INE) o a4.",
)


@click.group(name="formatos")
def formatos() -> None:
    """Anexo 1 (designación) y Anexo 2 (carta responsiva) llenos con los datos del
    inventario, listos para firmar; y registro de los escaneos firmados."""


@formatos.command(name="anexo1")
@_area_option
@_output_option
@_papel_option
@_fecha_option
@lang_option
@repo_option
def anexo1(
    clave: str,
    output: Path | None,
    papel: Papel,  # click.Choice gives the choice as written above, whatever the case
    fecha: datetime | None,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Formato de designación (Anexo 1) de la propietaria y la suplente del área."""
    root = resolve_root(repo, lang)
    day = fecha.date() if fecha else None
    _run(run_form, FormOptions(root, clave, 1, None, output, day, lang, papel))


@formatos.command(name="anexo2")
@_area_option
@click.option("--rol", type=click.Choice(["propietaria", "suplente"]), required=True)
@_output_option
@_papel_option
@_fecha_option
@lang_option
@repo_option
def anexo2(
    clave: str,
    rol: str,
    output: Path | None,
    papel: Papel,  # click.Choice gives the choice as written above, whatever the case
    fecha: datetime | None,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Carta responsiva (Anexo 2) de la persona administradora indicada."""
    root = resolve_root(repo, lang)
    day = fecha.date() if fecha else None
    _run(run_form, FormOptions(root, clave, 2, rol, output, day, lang, papel))


@formatos.command(name="registrar")
@_area_option
@click.option("--anexo", type=click.Choice(["1", "2"]), required=True, help="1 o 2.")
@click.option(
    "--rol",
    type=click.Choice(["propietaria", "suplente"]),
    default=None,
    help="Para el Anexo 2: de quién es la responsiva.",
)
@click.argument("archivo", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--copiar",
    is_flag=True,
    help="Copiar el escaneo a inventory/documentos/<clave>/ y anotar su ruta.",
)
@lang_option
@repo_option
def registrar(
    clave: str,
    anexo: str,
    rol: str | None,
    archivo: Path,
    copiar: bool,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Anota en el archivo del área la huella SHA-256 del formato firmado y escaneado
    (designacion.documento o administradores.<rol>.responsiva.documento), sin tocar el
    resto del archivo."""
    from validator.authoring.registrar import RegistrarOptions, run_registrar

    root = resolve_root(repo, lang)
    if anexo == "2" and rol is None:
        raise click.UsageError(
            Message(
                es="el Anexo 2 necesita --rol propietaria|suplente", en="Anexo 2 needs --rol"
            ).text(lang)
        )
    if anexo == "1" and rol is not None:
        raise click.UsageError(
            Message(es="--rol solo aplica al Anexo 2", en="--rol only applies to Anexo 2").text(
                lang
            )
        )
    _run(
        run_registrar,
        RegistrarOptions(root, clave, int(anexo), rol, archivo, copiar, lang),
    )
