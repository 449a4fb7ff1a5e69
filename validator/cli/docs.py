"""``ine-redes docs [--check]``: docs/rules.md from the rule registry."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.i18n import t


def run_docs(root: Path, check: bool, lang: Lang = "es") -> int:
    """Write (or only check) docs/rules.md; the exit code: 1 when ``check`` finds it stale."""
    from validator.docs_gen import stale_docs, write_docs

    if check:
        stale = stale_docs(root)
        for path in stale:
            click.echo(t("stale_file", lang, path=path, command="ine-redes docs"))
        return 1 if stale else 0
    written = write_docs(root)
    for path in written:
        click.echo(t("written_file", lang, path=path))
    if not written:
        click.echo(t("current_file", lang, path="docs/rules.md"))
    return 0


@click.command(name="docs")
@click.option(
    "--check", is_flag=True, help="No escribe nada; falla (1) si docs/rules.md está desactualizado."
)
@lang_option
@repo_option
def docs(check: bool, lang: Lang, repo: Path | None) -> None:
    """Escribe docs/rules.md desde el registro de reglas (o comprueba que esté al día)."""
    sys.exit(run_docs(resolve_root(repo, lang), check, lang))
