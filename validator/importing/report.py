"""The migration report: per area what was imported, what is pending, conflicts and refused
rows — as text for the terminal and as an XLSX workbook for CNCS, in the run's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.escaping.terminal import visible
from validator.i18n import Message, count
from validator.importing.run import ImportResult

if TYPE_CHECKING:
    from validator.generators.tables import Column

STATUS_LABEL: dict[str, Message] = {
    "importada": Message(es="importada", en="imported"),
    "conflicto": Message(es="CONFLICTO", en="CONFLICT"),
    "rechazada": Message(es="no escrita", en="not written"),
}

#: The lines of the terminal report.
TEXTS: dict[str, Message] = {
    "area": Message(
        es="{clave}: {status} — {personas_es}, {cuentas_es}, {correos_es}",
        en="{clave}: {status} — {personas_en}, {cuentas_en}, {correos_en}",
    ),
    "pending": Message(es="  pendiente ({count}): {items}", en="  pending ({count}): {items}"),
    "difference": Message(es="  diferencia: {diff}", en="  difference: {diff}"),
    "refused": Message(es="Filas rechazadas ({count}):", en="Refused rows ({count}):"),
    "refused_row": Message(es="  {where}: {message}", en="  {where}: {message}"),
    "blocked": Message(
        es="No se escribió ningún archivo: {count_es}. "
        "Corríjalas, o repita con --omitir-invalidas para importar sin ellas.",
        en="No file was written: {count_en}. "
        "Correct them, or repeat with --omitir-invalidas to import without them.",
    ),
    "done": Message(
        es="Áreas importadas: {imported}; en conflicto (archivo existente, no se tocó): "
        "{conflicts}; filas omitidas: {skipped}.",
        en="Areas imported: {imported}; in conflict (existing file, left untouched): "
        "{conflicts}; rows skipped: {skipped}.",
    ),
    "next": Message(
        es="Siguiente paso: `ine-redes validate` lista lo que cada área aún debe completar.",
        en="Next step: `ine-redes validate` lists what each area still has to complete.",
    ),
}

#: The counted words of the report (Spanish one, many; English one, many).
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "personas": ("persona", "personas", "person", "people"),
    "cuentas": ("cuenta", "cuentas", "account", "accounts"),
    "correos": ("correo genérico", "correos genéricos", "generic address", "generic addresses"),
}


def _counts(**numbers: int) -> dict[str, str]:
    """``<name>_es`` / ``<name>_en`` phrases of the report's counts (``1 persona``, ``2
    cuentas``): a real plural, never ``cuenta(s)``."""
    out: dict[str, str] = {}
    for name, n in numbers.items():
        es_one, es_many, en_one, en_many = _WORDS[name]
        out[f"{name}_es"], out[f"{name}_en"] = count(n, es_one, es_many), count(n, en_one, en_many)
    return out


#: The workbook's sheet titles and column headers.
XLSX_TEXTS: dict[str, Message] = {
    "summary": Message(es="Resumen", en="Summary"),
    "pending_sheet": Message(es="Pendientes", en="Pending"),
    "conflicts_sheet": Message(es="Conflictos", en="Conflicts"),
    "refused_sheet": Message(es="Filas rechazadas", en="Refused rows"),
    "clave": Message(es="Clave", en="Key"),
    "estado": Message(es="Resultado", en="Result"),
    "personas": Message(es="Personas", en="People"),
    "cuentas": Message(es="Cuentas", en="Accounts"),
    "correos": Message(es="Correos genéricos", en="Generic addresses"),
    "pendientes": Message(es="Pendientes", en="Pending"),
    "conflictos": Message(es="Diferencias", en="Differences"),
    "rechazadas": Message(es="Filas rechazadas", en="Refused rows"),
    "pendiente": Message(es="Pendiente", en="Pending"),
    "diferencia": Message(es="Diferencia", en="Difference"),
    "archivo": Message(es="Archivo", en="File"),
    "hoja": Message(es="Hoja", en="Sheet"),
    "fila": Message(es="Fila", en="Row"),
    "columna": Message(es="Columna", en="Column"),
    "motivo": Message(es="Motivo", en="Reason"),
}


def text(result: ImportResult, lang: str = "es") -> str:
    lines: list[str] = []

    def say(key: str, **params: object) -> None:
        lines.append(TEXTS[key].format(lang, **params))

    for area in result.areas:
        status = STATUS_LABEL[area.status].text(lang)
        say(
            "area",
            clave=area.clave,
            status=status,
            **_counts(personas=area.personas, cuentas=area.cuentas, correos=area.correos),
        )
        if area.pending:
            say("pending", count=len(area.pending), items="; ".join(area.pending))
        for diff in area.differences:
            say("difference", diff=diff)
    if result.refused:
        lines.append("")
        say("refused", count=len(result.refused))
        for e in result.refused:
            say("refused_row", where=e.where.describe(lang), message=e.message)
    imported = sum(1 for a in result.areas if a.status == "importada")
    conflicts = sum(1 for a in result.areas if a.status == "conflicto")
    lines.append("")
    if result.blocked:
        n = len(result.refused)
        say(
            "blocked",
            count_es="hay 1 fila rechazada" if n == 1 else f"hay {n} filas rechazadas",
            count_en="there is 1 refused row" if n == 1 else f"there are {n} refused rows",
        )
    else:
        say("done", imported=imported, conflicts=conflicts, skipped=len(result.refused))
        if imported:
            say("next")
    return "\n".join(visible(line) for line in lines) + "\n"  # a cell never forges a line


def xlsx(result: ImportResult, lang: str = "es") -> bytes:
    from validator.generators.tables import Column, Table, xlsx_book  # only for --informe

    def col(key: str, max_width: int | None = None) -> Column:
        title = XLSX_TEXTS[key].text(lang)  # the column's own default width unless given
        return Column(key, title) if max_width is None else Column(key, title, max_width=max_width)

    summary = Table(
        XLSX_TEXTS["summary"].text(lang),
        (
            col("clave", 16),
            col("estado"),
            col("personas"),
            col("cuentas"),
            col("correos"),
            col("pendientes"),
            col("conflictos"),
            col("rechazadas"),
        ),
        [
            {
                "clave": a.clave,
                "estado": STATUS_LABEL[a.status].text(lang),
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
        XLSX_TEXTS["pending_sheet"].text(lang),
        (col("clave", 16), col("pendiente", 90)),
        [{"clave": a.clave, "pendiente": p} for a in result.areas for p in a.pending],
    )
    conflicts = Table(
        XLSX_TEXTS["conflicts_sheet"].text(lang),
        (col("clave", 16), col("diferencia", 90)),
        [{"clave": a.clave, "diferencia": d} for a in result.areas for d in a.differences],
    )
    refused = Table(
        XLSX_TEXTS["refused_sheet"].text(lang),
        (col("archivo"), col("hoja"), col("fila"), col("columna"), col("motivo", 90)),
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
