"""``ine-redes import``: spreadsheets (or the generated lists) → one area file per area.

Exit codes: 0 every area imported; 1 refused rows blocked the import (nothing written) or an
area file already existed (left untouched, reported as a conflict); 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from validator.cli.options import repo_option, resolve_root

if TYPE_CHECKING:
    from validator.importing.assemble import Draft


def _progress(drafts: Iterable[Draft]) -> Iterator[Draft]:
    items = list(drafts)
    if not sys.stderr.isatty() or len(items) < 20:
        yield from items
        return
    with click.progressbar(items, label="Importando áreas", file=sys.stderr) as bar:
        yield from bar


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
@repo_option
def import_command(
    files: tuple[Path, ...],
    template: Path | None,
    skip_invalid: bool,
    report_path: Path | None,
    repo: Path | None,
) -> None:
    """Importa a inventory/areas/ las hojas de cálculo de la CNCS (XLSX o CSV) o los listados
    que escribe `generate`: un archivo por área. Nunca sobrescribe un archivo existente; lo que
    las hojas no traen queda marcado PENDIENTE. Guía: docs/importar.md."""
    from validator.generated_io import write_atomic

    root = resolve_root(repo, "es")
    if template is not None:
        if files:
            raise click.UsageError("--plantilla no lleva archivos que importar")
        from validator.importing.run import _platforms
        from validator.importing.template import template_bytes

        write_atomic(template, template_bytes(sorted(_platforms(root).values())))
        click.echo(f"Plantilla escrita: {template}")
        sys.exit(0)
    if not files:
        raise click.UsageError("indique los archivos que importar (XLSX, CSV o JSON)")
    from validator.importing import report
    from validator.importing.run import ImportError_, run_import

    try:
        result = run_import(root, list(files), skip_invalid, _progress)
    except ImportError_ as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(report.text(result), nl=False)
    if report_path is not None:
        write_atomic(report_path, report.xlsx(result))
        click.echo(f"Informe de migración: {report_path}")
    sys.exit(result.exit_code)
