"""The migration report: per area what was imported, what is pending, conflicts and refused
rows — as text for the terminal and as an XLSX workbook for CNCS."""

from __future__ import annotations

from validator.generators.tables import Column, Table, xlsx_book
from validator.importing.run import ImportResult

STATUS_LABEL = {"importada": "importada", "conflicto": "CONFLICTO", "rechazada": "no escrita"}


def text(result: ImportResult) -> str:
    lines: list[str] = []
    for area in result.areas:
        lines.append(
            f"{area.clave}: {STATUS_LABEL[area.status]} — {area.personas} persona(s), "
            f"{area.cuentas} cuenta(s), {area.correos} correo(s) genérico(s)"
        )
        if area.pending:
            lines.append(f"  pendiente ({len(area.pending)}): " + "; ".join(area.pending))
        for diff in area.differences:
            lines.append(f"  diferencia: {diff}")
    if result.refused:
        lines.append("")
        lines.append(f"Filas rechazadas ({len(result.refused)}):")
        lines += [f"  {e.where.describe()}: {e.message}" for e in result.refused]
    imported = sum(1 for a in result.areas if a.status == "importada")
    conflicts = sum(1 for a in result.areas if a.status == "conflicto")
    lines.append("")
    if result.blocked:
        lines.append(
            f"No se escribió ningún archivo: hay {len(result.refused)} fila(s) rechazada(s). "
            "Corríjalas, o repita con --omitir-invalidas para importar sin ellas."
        )
    else:
        lines.append(
            f"Áreas importadas: {imported}; en conflicto (archivo existente, no se tocó): "
            f"{conflicts}; filas omitidas: {len(result.refused)}."
        )
        if imported:
            lines.append(
                "Siguiente paso: `ine-redes validate` lista lo que cada área aún debe completar."
            )
    return "\n".join(lines) + "\n"


def xlsx(result: ImportResult) -> bytes:
    summary = Table(
        "Resumen",
        (
            Column("clave", "Clave", max_width=16),
            Column("estado", "Resultado"),
            Column("personas", "Personas"),
            Column("cuentas", "Cuentas"),
            Column("correos", "Correos genéricos"),
            Column("pendientes", "Pendientes"),
            Column("conflictos", "Diferencias"),
            Column("rechazadas", "Filas rechazadas"),
        ),
        [
            {
                "clave": a.clave,
                "estado": STATUS_LABEL[a.status],
                "personas": a.personas,
                "cuentas": a.cuentas,
                "correos": a.correos,
                "pendientes": len(a.pending),
                "conflictos": len(a.differences),
                "rechazadas": len(a.refused),
            }
            for a in result.areas
        ],
    )
    pending = Table(
        "Pendientes",
        (Column("clave", "Clave", max_width=16), Column("pendiente", "Pendiente", max_width=90)),
        [{"clave": a.clave, "pendiente": p} for a in result.areas for p in a.pending],
    )
    conflicts = Table(
        "Conflictos",
        (Column("clave", "Clave", max_width=16), Column("diferencia", "Diferencia", max_width=90)),
        [{"clave": a.clave, "diferencia": d} for a in result.areas for d in a.differences],
    )
    refused = Table(
        "Filas rechazadas",
        (
            Column("archivo", "Archivo"),
            Column("hoja", "Hoja"),
            Column("fila", "Fila"),
            Column("columna", "Columna"),
            Column("motivo", "Motivo", max_width=90),
        ),
        [
            {
                "archivo": e.where.file,
                "hoja": e.where.sheet or "",
                "fila": e.where.row,
                "columna": e.where.column or "",
                "motivo": e.message,
            }
            for e in result.refused
        ],
    )
    return xlsx_book([summary, pending, conflicts, refused])
