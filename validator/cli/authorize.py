"""``ine-redes authorize --actor LOGIN --base REF [--head REF]`` (rule ``autorizacion``)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from validator.cli.gitopts import run_git
from validator.cli.options import base_head_options, lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.gitops.formats import AUTHORIZE
from validator.i18n import t


@dataclass(frozen=True)
class AuthorizeOptions:
    root: Path
    actor: str
    base: str
    head: str = "HEAD"
    fmt: str = "text"
    lang: Lang = "es"


def run_authorize(opts: AuthorizeOptions, out: IO[str] | None = None) -> int:
    """Decide and print; 0 when every path is allowed, 1 when any is refused."""
    from validator.gitops.authorize import authorize
    from validator.gitops.authorize_output import summary_markdown

    out = out or sys.stdout
    result = authorize(opts.root, opts.actor, opts.base, opts.head)
    out.write(AUTHORIZE.get(opts.fmt)(result, opts.lang))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if opts.fmt == "github" and summary:
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write(summary_markdown(result, opts.lang))
    return 0 if result.allowed else 1


@click.command(name="authorize")
@click.option(
    "--actor",
    required=True,
    help="Cuenta de GitHub de quien abre el pull request (en el flujo de trabajo, pásela por "
    "`env:`, nunca interpolada en el script).",
)
@base_head_options
@click.option(
    "--format", "fmt", type=click.Choice(AUTHORIZE.names), default="text", show_default=True,
    help="Formato de salida.",
)  # fmt: skip
@lang_option
@repo_option
def authorize(actor: str, base: str, head: str, fmt: str, lang: Lang, repo: Path | None) -> None:
    """Decide si ACTOR puede modificar lo que cambia entre el ancestro común de BASE y HEAD,
    con el inventario tal como está en BASE (regla autorizacion). Sale con 0 si todo está
    permitido, 1 si algo se rechaza, 2 si falta historia de git o el uso es incorrecto."""
    if not actor.strip():
        raise click.UsageError(t("empty_actor", lang))
    root = resolve_root(repo, lang)
    opts = AuthorizeOptions(root=root, actor=actor, base=base, head=head, fmt=fmt, lang=lang)
    run_git(lambda: run_authorize(opts), lang)
