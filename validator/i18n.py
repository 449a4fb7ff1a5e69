"""Texts of the tool itself (not of the rules) in Spanish and English.

Floor 0, below the other leaves (findings renders its messages with it): imports at most
``validator.escaping``, the bottom.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TEXTS: dict[str, dict[str, str]] = {
    "error": {"es": "error", "en": "error"},
    "warning": {"es": "aviso", "en": "warning"},
    "clause": {"es": "cláusula", "en": "clause"},
    "summary_clean": {
        "es": "Sin hallazgos: {files} archivos, {areas} áreas, {accounts} cuentas revisadas al {as_of}.",
        "en": "No findings: {files} files, {areas} areas, {accounts} accounts checked as of {as_of}.",
    },
    "summary": {
        "es": "{errors} error(es), {warnings} aviso(s) en {bad_files} archivo(s) "
        "({files} archivos, {areas} áreas, {accounts} cuentas revisadas al {as_of}).",
        "en": "{errors} error(s), {warnings} warning(s) in {bad_files} file(s) "
        "({files} files, {areas} areas, {accounts} accounts checked as of {as_of}).",
    },
    "strict_note": {
        "es": "Los avisos no bloquean (use --strict para que bloqueen).",
        "en": "Warnings do not block (use --strict to make them block).",
    },
    "tool_error": {"es": "ine-redes: error: {detail}", "en": "ine-redes: error: {detail}"},
    "no_repo": {
        "es": "no se encontró el inventario (inventory/lineamientos.yaml) en {path} ni en sus "
        "directorios superiores; use --repo DIR",
        "en": "no inventory (inventory/lineamientos.yaml) found at {path} or above; use --repo DIR",
    },
    "unknown_rule": {
        "es": "regla desconocida: {detail} (vea `ine-redes rules`)",
        "en": "unknown rule: {detail} (see `ine-redes rules`)",
    },
    "bad_path": {
        "es": "{path} no es un archivo de área (inventory/areas/<clave>.yaml) ni un catálogo "
        "(inventory/lineamientos.yaml, plataformas.yaml, cncs.yaml) de este repositorio",
        "en": "{path} is neither an area file (inventory/areas/<clave>.yaml) nor a catalogue "
        "(inventory/lineamientos.yaml, plataformas.yaml, cncs.yaml) of this repository",
    },
    "date_format": {
        "es": "«{value}» no es una fecha AAAA-MM-DD (p. ej. 2026-11-29)",
        "en": "«{value}» is not a YYYY-MM-DD date (e.g. 2026-11-29)",
    },
    "date_missing": {
        "es": "«{value}»: la fecha no existe",
        "en": "«{value}»: no such date",
    },
    "stale_file": {
        "es": "desactualizado: {path}  (ejecute `{command}`)",
        "en": "stale: {path}  (run `{command}`)",
    },
    "written_file": {"es": "escrito: {path}", "en": "written: {path}"},
    "current_file": {"es": "al día: {path}", "en": "up to date: {path}"},
    "empty_actor": {"es": "--actor no puede estar vacío", "en": "--actor must not be empty"},
    "no_such_path": {
        "es": "{path}: no existe ese archivo",
        "en": "{path}: no such file",
    },
}


def in_lang(entry: Mapping[str, str], lang: str) -> str:
    """``entry``'s text in ``lang``, or the Spanish one when ``lang`` has none."""
    return entry.get(lang) or entry["es"]


def localize(entry: Mapping[str, str], lang: str, **params: Any) -> str:
    """``entry``'s text in ``lang`` (Spanish when ``lang`` has none), filled in with ``params``."""
    return in_lang(entry, lang).format(**params)


def t(key: str, lang: str = "es", **params: Any) -> str:
    return localize(_TEXTS[key], lang, **params)
