"""The CNCS roster (4.5 III): one row per administrator of every area.

``generated/cncs/administradores.{csv,json,md,xlsx}``. Columns: clave, área, rol, nombre,
cargo, nivel de mando, vínculo, correo, teléfono, desde, fecha de responsiva, fecha de
designación, cuentas a su cargo (the area's accounts whose ``accesos`` include the role; an
account without ``accesos`` counts for both administrators).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator.escaping.markdown import text as md_text
from validator.escaping.spreadsheet import phone_text
from validator.generators.labels import NIVEL_MANDO, ROL, VINCULO, label
from validator.generators.sources import ROSTER_JSON
from validator.generators.tables import Column, Row, Table, csv_bytes, json_bytes, xlsx_bytes

if TYPE_CHECKING:
    from validator.generators.sources import AreaSource, Outputs, Sources
    from validator.models.area import Cuenta

BASE = "generated/cncs/administradores"
ROL_ORDER = {"propietaria": 0, "suplente": 1}


def accounts_text(row: Row) -> str:
    return "; ".join(f"{c['nombre_plataforma']}: {c['usuario']}" for c in row["cuentas"])


COLUMNS = (
    Column("clave", "Clave", max_width=16),
    Column("area", "Área"),
    Column("rol", "Rol", lambda r: label(ROL, r["rol"])),
    Column("nombre", "Nombre"),
    Column("cargo", "Cargo"),
    Column("nivel_mando", "Nivel de mando", lambda r: label(NIVEL_MANDO, r["nivel_mando"])),
    Column("vinculo", "Vínculo", lambda r: label(VINCULO, r["vinculo"])),
    Column("correo", "Correo"),
    Column("telefono", "Teléfono", lambda r: phone_text(r["telefono"] or "")),
    Column("desde", "Desde"),
    Column("fecha_responsiva", "Fecha de responsiva"),
    Column("fecha_designacion", "Fecha de designación"),
    Column("cuentas", "Cuentas a su cargo", accounts_text, max_width=80),
)


def account_entry(sources: Sources, cuenta: Cuenta) -> dict[str, str]:
    return {
        "plataforma": cuenta.plataforma,
        "nombre_plataforma": sources.platform_name(cuenta.plataforma),
        "usuario": cuenta.usuario,
        "url": cuenta.url,
    }


def _in_charge(cuenta: Cuenta, rol: str) -> bool:
    return not cuenta.accesos or rol in cuenta.accesos


def _sort_accounts(entries: list[dict[str, str]]) -> list[dict[str, str]]:
    return sorted(entries, key=lambda c: (c["plataforma"], c["usuario"].lower(), c["url"]))


def rows(sources: Sources) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for source in sources.areas:
        out.extend(_area_rows(sources, source))
    out.sort(key=lambda r: (r["clave"], ROL_ORDER.get(r["rol"], 9), r["correo"]))
    return out


def _area_rows(sources: Sources, source: AreaSource) -> list[dict[str, Any]]:
    area = source.area
    designacion = area.designacion.fecha if area.designacion else None
    out: list[dict[str, Any]] = []
    for rol, admin in area.administrators():
        responsiva = admin.responsiva.fecha if admin.responsiva else None
        cuentas = [account_entry(sources, c) for c in area.cuentas if _in_charge(c, rol)]
        out.append(
            {
                "clave": area.clave,
                "area": area.nombre,
                "rol": rol,
                "nombre": admin.nombre,
                "cargo": admin.cargo,
                "nivel_mando": admin.nivel_mando,
                "vinculo": admin.vinculo,
                "correo": admin.correo,
                "telefono": admin.telefono,
                "desde": admin.desde.isoformat(),
                "fecha_responsiva": responsiva.isoformat() if responsiva else None,
                "fecha_designacion": designacion.isoformat() if designacion else None,
                "cuentas": _sort_accounts(cuentas),
            }
        )
    return out


def markdown(table: Table, sources: Sources) -> bytes:
    lines = [
        "# Personas administradoras de las cuentas institucionales (4.5 III)",
        "",
        "Generado por `ine-redes generate` a partir de `inventory/areas/`. No edite este "
        "archivo: cambie el archivo del área y el hook de fusión lo regenera.",
        "",
        f"Total: {len(table.rows)} personas administradoras en {len(sources.areas)} áreas.",
    ]
    headers = [c.header for c in table.columns if c.key not in ("clave", "area")]
    by_area: dict[str, list[Row]] = {}
    for row in table.rows:
        by_area.setdefault(row["clave"], []).append(row)
    for source in sources.areas:
        area_rows = by_area.get(source.area.clave, [])
        lines += [
            "",
            f"## {md_text(source.area.clave)} — {md_text(source.area.nombre)}",
            "",
        ]
        if not area_rows:
            lines.append("Sin personas administradoras registradas.")
            continue
        lines.append("| " + " | ".join(md_text(h) for h in headers) + " |")
        lines.append("|" + "---|" * len(headers))
        for row in area_rows:
            cells = [c.cell(row) for c in table.columns if c.key not in ("clave", "area")]
            lines.append("| " + " | ".join(md_text(c) or " " for c in cells) + " |")
    return ("\n".join(lines) + "\n").encode("utf-8")


def render(sources: Sources) -> Outputs:
    data = rows(sources)
    table = Table("Administradores", COLUMNS, data)
    document = {"version": 1, "total": len(data), "administradores": data}
    return {
        f"{BASE}.csv": csv_bytes(table),
        ROSTER_JSON: json_bytes(document),
        f"{BASE}.md": markdown(table, sources),
        f"{BASE}.xlsx": xlsx_bytes(table),
    }
