"""``ine-redes verify URL-or-handle``: is this an official INE account?"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.findings import Lang
from validator.i18n import Message
from validator.reporters.verify import FORMATS as VERIFY_FORMATS


class _CannotAnswer(click.ClickException):
    exit_code = 2  # neither "official" (0) nor "not official" (1)


@dataclass(frozen=True)
class VerifyOptions:
    root: Path
    query: str
    plataforma: str | None = None
    fmt: str = "text"
    lang: Lang = "es"


def run_verify(opts: VerifyOptions, out: IO[str] | None = None) -> int:
    """Print the verdict; 0 when the account is official, 1 when it is not."""
    from validator.accounts import registry_of
    from validator.loading.inventory import load_inventory

    out = out or sys.stdout
    if not opts.query.strip():  # nothing to look up: a usage error, not a verdict
        raise click.UsageError(
            Message(
                es="indique la dirección o el usuario de la cuenta (p. ej. "
                "https://x.com/INEMexico o @INEMexico)",
                en="give the account's address or handle (e.g. https://x.com/INEMexico or "
                "@INEMexico)",
            ).text(opts.lang)
        )
    inventory = load_inventory(opts.root)
    if inventory.plataformas is None:  # without the address tables no address can be read
        raise _CannotAnswer(
            Message(
                es="inventory/plataformas.yaml tiene errores: no se puede leer ninguna "
                "dirección; vea `ine-redes validate`",
                en="inventory/plataformas.yaml has errors: no address can be read; see "
                "`ine-redes validate`",
            ).text(opts.lang)
        )
    plataforma = opts.plataforma
    if plataforma and inventory.plataformas is not None:
        known = inventory.plataformas.plataformas
        plataforma = inventory.plataformas.key_for(plataforma)  # a key, name or alias
        if plataforma is None:
            raise click.UsageError(
                Message(
                    es="plataforma desconocida: {plataforma} (opciones: {choices})",
                    en="unknown platform: {plataforma} (choices: {choices})",
                ).format(opts.lang, plataforma=opts.plataforma, choices=", ".join(known))
            )
    verdict = registry_of(inventory.valid_areas, inventory.plataformas).verify(
        opts.query, plataforma
    )
    skipped = [f.path for f in inventory.area_files if f.model is None]
    if skipped:
        click.echo(
            Message(
                es="ine-redes verify: {skipped_es} ({files}); vea `ine-redes validate`",
                en="ine-redes verify: {skipped_en} ({files}); see `ine-redes validate`",
            ).format(
                opts.lang,
                skipped_es="1 archivo de área con errores no se consultó"
                if len(skipped) == 1
                else f"{len(skipped)} archivos de área con errores no se consultaron",
                skipped_en="1 invalid area file was not consulted"
                if len(skipped) == 1
                else f"{len(skipped)} invalid area files were not consulted",
                files=", ".join(skipped),
            ),
            err=True,
        )
    out.write(VERIFY_FORMATS.get(opts.fmt)(verdict, opts.lang))
    return 0 if verdict.official else 1


@click.command(name="verify")
@click.argument("query", metavar="URL-O-USUARIO")
@click.option(
    "--plataforma",
    default=None,
    help="Buscar solo en esta plataforma (clave, nombre o alias de inventory/plataformas.yaml).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(VERIFY_FORMATS.names),
    default="text",
    show_default=True,
    help="Formato de salida.",
)
@lang_option
@repo_option
def verify(query: str, plataforma: str | None, fmt: str, lang: Lang, repo: Path | None) -> None:
    """¿Es una cuenta oficial del INE? Acepta una dirección (https://x.com/INEMexico,
    www.facebook.com/INEMexico/, twitter.com/inemexico ...) o un usuario (@INEMexico).
    Sale con 0 si la cuenta es oficial y con 1 si no lo es."""
    root = resolve_root(repo, lang)
    sys.exit(run_verify(VerifyOptions(root, query, plataforma, fmt, lang)))
