"""The public registry: official accounts for citizens and journalists, no personal data.

``generated/publico/cuentas-oficiales.json`` and ``.html``. Each entry holds only the
platform (its name from the catalogue), the account's user name and URL, and the area
(clave and name). No names, no personal or generic addresses, no phones: nothing here comes
from ``titular``, ``administradores`` or ``correos_genericos``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator.generators.sources import PUBLIC_JSON
from validator.generators.tables import json_bytes

if TYPE_CHECKING:
    from validator.generators.sources import Outputs, Sources

HTML = "generated/publico/cuentas-oficiales.html"


def rows(sources: Sources) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for source in sources.areas:
        area = source.area
        for cuenta in area.cuentas:
            out.append(
                {
                    "clave": area.clave,
                    "area": area.nombre,
                    "plataforma": sources.platform_name(cuenta.plataforma),
                    "plataforma_id": cuenta.plataforma,
                    "usuario": cuenta.usuario,
                    "url": cuenta.url,
                }
            )
    out.sort(
        key=lambda r: (
            r["clave"],
            r["plataforma"].lower(),
            r["usuario"].lower(),
            r["url"],
        )
    )
    return out


def render(sources: Sources) -> Outputs:
    from validator.accounts import Identities
    from validator.generators.public_page import page

    data = rows(sources)
    document = {"version": 1, "total": len(data), "cuentas": data}
    identities = Identities(sources.plataformas)
    return {PUBLIC_JSON: json_bytes(document), HTML: page(data, len(sources.areas), identities)}
