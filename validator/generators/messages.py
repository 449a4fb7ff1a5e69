"""Texts of the generate and merge-hook commands (Spanish and English), and the refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from validator.i18n import Message, count

if TYPE_CHECKING:
    from validator.findings import Lang
    from validator.loading.sources import Inventory

TEXTS: dict[str, Message] = {
    "refused": Message(
        es="ine-redes {command}: el inventario tiene {errores} de lectura o de esquema; "
        "los listados saldrían incompletos o equivocados, así que no se generó nada. "
        "Corríjalos primero (vea `ine-redes validate`):",
        en="ine-redes {command}: the inventory has {errors} (read or schema); the lists "
        "would be incomplete or wrong, so nothing was generated. Fix them first (see "
        "`ine-redes validate`):",
    ),
    "written": Message(es="escrito: {path}", en="written: {path}"),
    "summary": Message(es="{actualizados}, {same} sin cambios.", en="{updated}, {same} unchanged."),
    "stale": Message(es="desactualizado: {path}", en="stale: {path}"),
    "stale_hint": Message(
        es="{listados} (regla listados-actualizados, 4.5 III). "
        "Ejecute `ine-redes generate` y confirme el resultado.",
        en="{lists} (rule listados-actualizados, 4.5 III). Run `ine-redes "
        "generate` and commit the result.",
    ),
    "fresh": Message(es="Los {n} listados están al día.", en="All {n} lists are up to date."),
}


# Counted words of each message, in both languages, from the numbers given to :func:`text`.
_COUNTED: dict[str, Callable[..., dict[str, str]]] = {
    "refused": lambda n, **_: {
        "errores": count(n, "error", "errores"),
        "errors": count(n, "error", "errors"),
    },
    "summary": lambda changed, **_: {
        "actualizados": count(changed, "archivo actualizado", "archivos actualizados"),
        "updated": count(changed, "file updated", "files updated"),
    },
    "stale_hint": lambda n, **_: {
        "listados": count(n, "listado desactualizado", "listados desactualizados"),
        "lists": count(n, "stale list", "stale lists"),
    },
}


def text(key: str, lang: str, **params: Any) -> str:
    if key in _COUNTED:
        params = {**params, **_COUNTED[key](**params)}
    return TEXTS[key].render(lang, params)  # values never forge a line


def refuse_if_broken(
    inventory: Inventory, lang: Lang, err: IO[str], command: str = "generate"
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
