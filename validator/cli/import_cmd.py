"""``ine-redes import``: spreadsheets (or the generated lists) → one area file per area.

Exit codes: 0 every area imported; 1 refused rows blocked the import (nothing written) or an
area file already existed (left untouched, reported as a conflict); 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.i18n import Message

if TYPE_CHECKING:
    from validator.importing.assemble import Draft

#: What the command itself says (the report's texts are in validator.importing.report).
TEXTS: dict[str, Message] = {
    "progress": Message(es="Importando áreas", en="Importing areas"),
    "template_written": Message(es="Plantilla escrita: {path}", en="Template written: {path}"),
    "template_no_files": Message(
        es="--plantilla no lleva archivos que importar",
        en="--plantilla takes no files to import",
    ),
    "no_files": Message(
        es="indique los archivos que importar (XLSX, CSV o JSON)",
        en="name the files to import (XLSX, CSV or JSON)",
    ),
    "report_written": Message(es="Informe de migración: {path}", en="Migration report: {path}"),
}


def _progress(lang: Lang) -> Callable[[Iterable[Draft]], Iterator[Draft]]:
    def progress(drafts: Iterable[Draft]) -> Iterator[Draft]:
        items = list(drafts)
        if not sys.stderr.isatty() or len(items) < 20:
            yield from items
            return
        label = TEXTS["progress"].text(lang)
        with click.progressbar(items, label=label, file=sys.stderr) as bar:
            yield from bar

    return progress


@click.command(name="import")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--plantilla",
    "template",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="SALIDA.xlsx",
    help="Escribir la plantilla vacía (una hoja por tipo, listas desplegables, instrucciones).",
)
@click.option(
    "--omitir-invalidas",
    "skip_invalid",
    is_flag=True,
    help="Importar sin las filas con errores (por omisión, una fila con errores impide escribir).",
)
@click.option(
    "--informe",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="INFORME.xlsx",
    help="Escribir también el informe de migración por área en XLSX (para la CNCS).",
)
@lang_option
@repo_option
def import_command(
    files: tuple[Path, ...],
    template: Path | None,
    skip_invalid: bool,
    report_path: Path | None,
    lang: Lang,
    repo: Path | None,
) -> None:
    """Importa a inventory/areas/ las hojas de cálculo de la CNCS (XLSX o CSV) o los listados
    que escribe `generate`: un archivo por área. Nunca sobrescribe un archivo existente; lo que
    las hojas no traen queda marcado PENDIENTE. Guía: docs/importar.md."""
    from validator.generated_io import write_atomic

    root = resolve_root(repo, lang)
    if template is not None:
        if files:
            raise click.UsageError(TEXTS["template_no_files"].text(lang))
        from validator.importing.run import ImportError_, _platforms
        from validator.importing.template import template_bytes

        try:
            platforms = _platforms(root, lang)
        except ImportError_ as exc:
            raise click.UsageError(str(exc)) from None
        write_atomic(template, template_bytes(sorted(names[0] for names in platforms.values())))
        click.echo(TEXTS["template_written"].render(lang, {"path": template}))
        sys.exit(0)
    if not files:
        raise click.UsageError(TEXTS["no_files"].text(lang))
    from validator.importing import report
    from validator.importing.run import ImportError_, run_import

    try:
        result = run_import(root, list(files), skip_invalid, _progress(lang), lang)
    except ImportError_ as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(report.text(result, lang), nl=False)
    if report_path is not None:
        write_atomic(report_path, report.xlsx(result, lang))
        click.echo(TEXTS["report_written"].render(lang, {"path": report_path}))
    sys.exit(result.exit_code)
