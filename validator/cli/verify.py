"""``ine-redes verify URL-or-handle``: is this an official INE account?"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.findings import Lang

_REASONS: dict[str, dict[str, str]] = {
    "desconocida": {
        "es": "no aparece en el inventario de cuentas oficiales del INE",
        "en": "it is not in the INE's inventory of official accounts",
    },
    "dominio_desconocido": {
        "es": "no está en el dominio de ninguna red social con cuentas oficiales del INE "
        "(revise el dominio letra por letra: x.com.ejemplo.com no es x.com)",
        "en": "is not on the domain of any social network with official INE accounts "
        "(check the domain letter by letter: x.com.example.com is not x.com)",
    },
    "no_ascii": {
        "es": "contiene caracteres que no son ASCII (posible suplantación con letras parecidas, "
        "p. ej. una «І» cirílica en lugar de «I»)",
        "en": "it contains non-ASCII characters (possible impersonation with look-alike letters, "
        "e.g. a Cyrillic 'І' instead of 'I')",
    },
    "credenciales": {
        "es": "la dirección lleva un usuario o contraseña antes del dominio (`usuario@dominio`): "
        "es una técnica de suplantación",
        "en": "the address carries a user or password before the host (`user@host`): "
        "an impersonation technique",
    },
    "puerto": {
        "es": "la dirección usa un puerto no estándar",
        "en": "the address uses a non-standard port",
    },
    "esquema": {
        "es": "la dirección no es http ni https",
        "en": "the address is neither http nor https",
    },
    "host": {
        "es": "el dominio de la dirección no es válido",
        "en": "the address's host is not valid",
    },
    "url_invalida": {"es": "la dirección no es válida", "en": "the address is not valid"},
    "caracteres": {
        "es": "contiene espacios o caracteres de control, que ninguna cuenta oficial usa",
        "en": "it contains spaces or control characters, which no official account uses",
    },
    "codificacion": {
        "es": "lleva una codificación con % que no es válida (posible engaño)",
        "en": "it carries an invalid %-encoding (a possible trick)",
    },
    "ruta_ambigua": {
        "es": "la ruta lleva «..», «./» o diagonales codificadas (%2F, %5C): un servidor puede "
        "leerla como otra cuenta",
        "en": "the path carries '..', './' or encoded slashes (%2F, %5C): a server may read "
        "it as another account",
    },
    "ambigua": {
        "es": "nombra la cuenta dos veces (p. ej. «?id=…&id=…»): no se sabe cuál abre la "
        "plataforma",
        "en": "it names the account twice (e.g. '?id=…&id=…'): which one the platform opens "
        "is unknown",
    },
    "sin_identidad": {
        "es": "la dirección no señala ninguna cuenta (falta el nombre de usuario)",
        "en": "the address names no account (the user name is missing)",
    },
    "vacio": {"es": "no se indicó ninguna cuenta", "en": "no account given"},
    "usuario_invalido": {
        "es": "no es un nombre de usuario válido (solo letras, dígitos, punto, guion y guion bajo)",
        "en": "not a valid user name (letters, digits, dot, hyphen and underscore only)",
    },
}


class _CannotAnswer(click.ClickException):
    exit_code = 2  # neither "official" (0) nor "not official" (1)


@dataclass(frozen=True)
class VerifyOptions:
    root: Path
    query: str
    plataforma: str | None = None
    fmt: str = "text"
    lang: Lang = "es"


def reason_text(code: str, lang: Lang) -> str:
    entry = _REASONS.get(code) or _REASONS["desconocida"]
    return entry.get(lang) or entry["es"]


def run_verify(opts: VerifyOptions, out: IO[str] | None = None) -> int:
    """Print the verdict; 0 when the account is official, 1 when it is not."""
    from validator.accounts import registry_from_inventory
    from validator.loading.inventory import load_inventory

    out = out or sys.stdout
    inventory = load_inventory(opts.root)
    if inventory.plataformas is None:  # without the address tables no address can be read
        raise _CannotAnswer(
            "inventory/plataformas.yaml tiene errores: no se puede leer ninguna dirección; "
            "vea `ine-redes validate`"
            if opts.lang == "es"
            else "inventory/plataformas.yaml has errors: no address can be read; "
            "see `ine-redes validate`"
        )
    if opts.plataforma and inventory.plataformas is not None:
        known = inventory.plataformas.plataformas
        if opts.plataforma not in known:
            raise click.UsageError(
                f"plataforma desconocida: {opts.plataforma} (opciones: {', '.join(known)})"
                if opts.lang == "es"
                else f"unknown platform: {opts.plataforma} (choices: {', '.join(known)})"
            )
    verdict = registry_from_inventory(inventory).verify(opts.query, opts.plataforma)
    skipped = [f.path for f in inventory.area_files if f.model is None]
    if skipped:
        click.echo(
            (
                f"ine-redes verify: {len(skipped)} archivo(s) de área con errores no se "
                f"consultaron ({', '.join(skipped)}); vea `ine-redes validate`"
            )
            if opts.lang == "es"
            else f"ine-redes verify: {len(skipped)} invalid area file(s) were not consulted "
            f"({', '.join(skipped)}); see `ine-redes validate`",
            err=True,
        )
    en = opts.lang == "en"
    if opts.fmt == "json":
        data = {"version": 1, **verdict.to_dict()}
        if verdict.reason:
            data["reason_text"] = reason_text(verdict.reason, opts.lang)
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0 if verdict.official else 1
    if verdict.official:
        out.write(
            f"OFFICIAL: «{opts.query}» is an official INE account.\n"
            if en
            else f"OFICIAL: «{opts.query}» es una cuenta oficial del INE.\n"
        )
        for m in verdict.matches:
            label = "area" if en else "área"
            out.write(
                f"  {m.plataforma_nombre} @{m.usuario} — {m.url}\n"
                f"    {label}: {m.area} ({m.clave})\n"
            )
        return 0
    reason = reason_text(verdict.reason or "desconocida", opts.lang)
    out.write(
        f"NOT OFFICIAL: «{opts.query}» {reason}.\n"
        if en
        else f"NO OFICIAL: «{opts.query}» {reason}.\n"
    )
    out.write(
        "  Check the list of official accounts (generated/publico/cuentas-oficiales.html) "
        "and report impersonations to the CNCS.\n"
        if en
        else "  Consulte el registro de cuentas oficiales "
        "(generated/publico/cuentas-oficiales.html) y reporte las suplantaciones a la CNCS.\n"
    )
    return 1


@click.command(name="verify")
@click.argument("query", metavar="URL-O-USUARIO")
@click.option(
    "--plataforma",
    default=None,
    help="Buscar solo en esta plataforma (clave de inventory/plataformas.yaml).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
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
