"""The UTSI list (4.4, 4.5 I): one row per generic address of every area.

``generated/utsi/correos-genericos.{csv,json,xlsx}``. Columns: correo, estado, clave, área,
the person who processes the request (rol, nombre, correo), solicitado, asignado, baja, and
the accounts whose ``correo_asociado`` is that address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator.generators.cncs_roster import account_entry
from validator.generators.labels import ESTADO_CORREO, ROL, label
from validator.generators.sources import UTSI_JSON
from validator.generators.tables import Column, Row, Table, csv_bytes, json_bytes, xlsx_bytes

if TYPE_CHECKING:
    from validator.generators.sources import Outputs, Sources

BASE = "generated/utsi/correos-genericos"


def accounts_text(row: Row) -> str:
    return "; ".join(
        f"{c['nombre_plataforma']}: {c['usuario']} ({c['url']})" for c in row["cuentas"]
    )


COLUMNS = (
    Column("correo", "Correo genérico"),
    Column("estado", "Estado", lambda r: label(ESTADO_CORREO, r["estado"])),
    Column("clave", "Clave", max_width=16),
    Column("area", "Área"),
    Column("tramita_rol", "Tramita (rol)", lambda r: label(ROL, r["tramita_rol"])),
    Column("tramita_nombre", "Tramita (nombre)"),
    Column("tramita_correo", "Tramita (correo)"),
    Column("solicitado", "Solicitado"),
    Column("asignado", "Asignado"),
    Column("baja", "Baja"),
    Column("cuentas", "Cuentas asociadas", accounts_text, max_width=100),
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def rows(sources: Sources) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for source in sources.areas:
        area = source.area
        admins = dict(area.administrators())
        for generic in area.correos_genericos:
            person = admins.get(generic.tramita)
            address = generic.correo.lower()
            cuentas = [
                account_entry(sources, c)
                for c in area.cuentas
                if c.correo_asociado is not None and c.correo_asociado.lower() == address
            ]
            out.append(
                {
                    "correo": generic.correo,
                    "estado": generic.estado,
                    "clave": area.clave,
                    "area": area.nombre,
                    "tramita_rol": generic.tramita,
                    "tramita_nombre": person.nombre if person else None,
                    "tramita_correo": person.correo if person else None,
                    "solicitado": _iso(generic.solicitado),
                    "asignado": _iso(generic.asignado),
                    "baja": _iso(generic.baja),
                    "cuentas": sorted(
                        cuentas, key=lambda c: (c["plataforma"], c["usuario"].lower(), c["url"])
                    ),
                }
            )
    out.sort(key=lambda r: (r["clave"], r["correo"].lower(), r["correo"]))
    return out


def render(sources: Sources) -> Outputs:
    data = rows(sources)
    table = Table("Correos genéricos", COLUMNS, data)
    document = {"version": 1, "total": len(data), "correos": data}
    return {
        f"{BASE}.csv": csv_bytes(table),
        UTSI_JSON: json_bytes(document),
        f"{BASE}.xlsx": xlsx_bytes(table),
    }
