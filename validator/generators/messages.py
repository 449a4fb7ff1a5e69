"""Texts of the generate and merge-hook commands (Spanish and English), and the refusal."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from validator.escaping.terminal import visible_params
from validator.i18n import localize

if TYPE_CHECKING:
    from validator.loading.sources import Inventory

TEXTS: dict[str, dict[str, str]] = {
    "refused": {
        "es": "ine-redes {command}: el inventario tiene {n} error(es) de lectura o de esquema; "
        "los listados saldrían incompletos o equivocados, así que no se generó nada. "
        "Corríjalos primero (vea `ine-redes validate`):",
        "en": "ine-redes {command}: the inventory has {n} read or schema error(s); the lists "
        "would be incomplete or wrong, so nothing was generated. Fix them first (see "
        "`ine-redes validate`):",
    },
    "written": {"es": "escrito: {path}", "en": "written: {path}"},
    "summary": {
        "es": "{changed} archivo(s) actualizado(s), {same} sin cambios.",
        "en": "{changed} file(s) updated, {same} unchanged.",
    },
    "stale": {"es": "desactualizado: {path}", "en": "stale: {path}"},
    "stale_hint": {
        "es": "{n} listado(s) desactualizado(s) (regla listados-actualizados, 4.5 III). "
        "Ejecute `ine-redes generate` y confirme el resultado.",
        "en": "{n} stale list(s) (rule listados-actualizados, 4.5 III). Run `ine-redes "
        "generate` and commit the result.",
    },
    "fresh": {
        "es": "Los {n} listados están al día.",
        "en": "All {n} lists are up to date.",
    },
}


def text(key: str, lang: str, **params: object) -> str:
    return localize(TEXTS[key], lang, **visible_params(params))  # values never forge a line


def refuse_if_broken(
    inventory: Inventory, lang: str, err: IO[str], command: str = "generate"
) -> bool:
    """Print why and return True when the inventory is too broken to generate from."""
    from validator.generators import blocking_load_findings

    blocking = blocking_load_findings(inventory)
    if not blocking:
        return False
    print(text("refused", lang, n=len(blocking), command=command), file=err)
    for f in blocking:
        print(f"  {f.file}:{f.line}:{f.column}: [{f.rule}] {f.message(lang)}", file=err)
    return True
