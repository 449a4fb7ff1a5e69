"""``ine-redes schema [--check]``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.i18n import t


@click.command(name="schema")
@click.option(
    "--check", is_flag=True, help="No escribe nada; falla (1) si algún esquema está desactualizado."
)
@lang_option
@repo_option
def schema(check: bool, lang: Lang, repo: Path | None) -> None:
    """Escribe schemas/*.schema.json desde los modelos (o comprueba que estén al día)."""
    from validator.schemas import stale_schemas, write_schemas

    root = resolve_root(repo, lang)
    if check:
        stale = stale_schemas(root)
        for path in stale:
            click.echo(t("stale_file", lang, path=path, command="ine-redes schema"))
        sys.exit(1 if stale else 0)
    for path in write_schemas(root):
        click.echo(t("written_file", lang, path=path))
