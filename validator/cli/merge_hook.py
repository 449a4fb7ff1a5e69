"""``ine-redes merge-hook`` and ``ine-redes hooks install``: thin click layer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from validator.cli.options import lang_option, repo_option, resolve_root

if TYPE_CHECKING:
    from validator.findings import Lang


@click.command(name="merge-hook")
@lang_option
@repo_option
def merge_hook(lang: Lang, repo: Path | None) -> None:
    """Regenera los listados y, si algo cambió, confirma exactamente los archivos generados
    como ine-redes-bot (mensaje con las áreas que cambiaron). Una segunda ejecución no
    confirma nada."""
    from validator.gitops.merge_hook import run_merge_hook

    root = resolve_root(repo, lang)
    sys.exit(run_merge_hook(root, lang=lang).code)


@click.group(name="hooks")
def hooks() -> None:
    """Hooks locales de git (para equipos que no usan GitHub Actions)."""


@hooks.command(name="install")
@click.option(
    "--force", is_flag=True, help="Reemplaza un hook post-merge ajeno (guarda una copia)."
)
@click.option(
    "--branch",
    default="main",
    show_default=True,
    help="Rama en la que el hook regenera y confirma los listados.",
)
@lang_option
@repo_option
def install(force: bool, branch: str, lang: Lang, repo: Path | None) -> None:
    """Instala .git/hooks/post-merge, que ejecuta `ine-redes merge-hook` tras cada fusión."""
    from validator.gitops.merge_hook import install_hook

    root = resolve_root(repo, lang)
    sys.exit(install_hook(root, force=force, branch=branch, lang=lang))
