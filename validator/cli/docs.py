"""``ine-redes docs [--check]``: docs/rules.md from the rule registry."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from validator.cli.options import repo_option, resolve_root


def run_docs(root: Path, check: bool) -> int:
    """Write (or only check) docs/rules.md; the exit code: 1 when ``check`` finds it stale."""
    from validator.docs_gen import stale_docs, write_docs

    if check:
        stale = stale_docs(root)
        for path in stale:
            click.echo(f"desactualizado / stale: {path}  (ejecute / run `ine-redes docs`)")
        return 1 if stale else 0
    written = write_docs(root)
    for path in written:
        click.echo(f"escrito / written: {path}")
    if not written:
        click.echo("al día / up to date: docs/rules.md")
    return 0


@click.command(name="docs")
@click.option(
    "--check", is_flag=True, help="No escribe nada; falla (1) si docs/rules.md está desactualizado."
)
@repo_option
def docs(check: bool, repo: Path | None) -> None:
    """Escribe docs/rules.md desde el registro de reglas (o comprueba que esté al día)."""
    sys.exit(run_docs(resolve_root(repo), check))
