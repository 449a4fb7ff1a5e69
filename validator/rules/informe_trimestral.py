"""informe-trimestral: a report to CNCS at least every ``informe_periodicidad_meses``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from validator.obligations import late_phrases, quarterly_report
from validator.rules.base import (
    ERROR,
    WARNING,
    Context,
    Message,
    Problem,
    obligation_problem,
    problem,
    rule,
)

if TYPE_CHECKING:
    from validator.models import Area

_FIX = Message(  # what to do: ends every message, and reminders print it
    es="Envíe el informe a la CNCS por oficio y regístrelo en 'informes' (tipo: trimestral).",
    en="Send the report to CNCS by oficio and record it under 'informes' (tipo: trimestral).",
)


@rule(
    id="informe-trimestral",
    severity=ERROR,
    clause="4.2 V",
    how_to_fix=_FIX,
    summary=Message(
        es="La persona titular informa a la CNCS por oficio al menos cada tres meses (aviso "
        "cuando vence pronto o cuando un informe llegó tarde).",
        en="The titular reports to CNCS by oficio at least every three months (warning when "
        "due soon or when a report came late).",
    ),
    description=Message(
        es="El siguiente informe vence `informe_periodicidad_meses` meses calendario después "
        "del informe más reciente de `informes`, de cualquier tipo: un informe de cambio "
        "también informa a la CNCS y reinicia el periodo (4.2 V: 'informar cada tres meses "
        "y/o cuando existan cambios'). Sin ningún informe, el primero vence tres meses "
        "después del `desde` más antiguo de las personas administradoras actuales (una "
        "suplente nueva no reinicia la obligación de la propietaria). Vence el mismo día "
        "del mes (2026-09-30 + 3 meses = 2026-12-30) y ese día aún está en plazo. Vencido "
        "sin informe: error; a `aviso_anticipado_dias` días o menos: aviso. Un informe "
        "presentado después de su plazo cumple, pero es un aviso que registra el atraso en "
        "días hábiles (mientras sea el más reciente). Cada informe lleva su `oficio`. Es la "
        "misma definición que usan `report trimestral` y `reminders`.",
        en="The next report is due `informe_periodicidad_meses` calendar months after the "
        "newest entry of `informes`, of any tipo: a change report informs CNCS too and "
        "restarts the period (4.2 V: 'report every three months and/or when there are "
        "changes'). With no report at all, the first is due three months after the earliest "
        "`desde` of the current administrators (a new suplente does not reset the "
        "propietaria's obligation). It is due on the same day of the month (2026-09-30 + 3 "
        "months = 2026-12-30) and that day is still in time. Overdue with no report: error; "
        "within `aviso_anticipado_dias` days: warning. A report sent after its deadline is "
        "met, but a warning records how many business days late it was (while it is the "
        "newest). Every report carries its `oficio`. `report trimestral` and `reminders` use "
        "this same definition.",
    ),
    messages={
        "overdue": Message(
            es="El último informe a la CNCS es del {last}; el siguiente venció el {due} (cada "
            "{months} meses). " + _FIX.es,
            en="The last report to CNCS is dated {last}; the next one was due on {due} (every "
            "{months} months). " + _FIX.en,
        ),
        "overdue_first": Message(
            es="No hay informes a la CNCS registrados; el primero venció el {due} ({months} "
            "meses después del {start}, inicio de la persona administradora más antigua). "
            + _FIX.es,
            en="No report to CNCS is recorded; the first one was due on {due} ({months} months "
            "after {start}, when the longest-serving administrator started). " + _FIX.en,
        ),
        "missing": Message(
            es="No hay informes a la CNCS registrados en 'informes' (se informa cada {months} "
            "meses). " + _FIX.es,
            en="No report to CNCS is recorded under 'informes' (one is due every {months} "
            "months). " + _FIX.en,
        ),
        "due_soon": Message(
            es="El informe trimestral a la CNCS vence el {due} ({left_es}; el último es del "
            "{last}). " + _FIX.es,
            en="The quarterly report to CNCS is due on {due} ({left_en}; the last one is dated "
            "{last}). " + _FIX.en,
        ),
        "due_soon_first": Message(
            es="El primer informe a la CNCS vence el {due} ({left_es}; la persona "
            "administradora más antigua inició el {start}). " + _FIX.es,
            en="The first report to CNCS is due on {due} ({left_en}; the longest-serving "
            "administrator started on {start}). " + _FIX.en,
        ),
        "late": Message(
            es="El informe a la CNCS del {done} se presentó {late_es} (vencía el {due}). "
            "Queda registrado el atraso; el siguiente vence {months} meses después de este "
            "informe.",
            en="The report to CNCS of {done} was sent {late_en} (it was due on {due}). The "
            "delay is on record; the next one is due {months} months after this report.",
        ),
        "missing_oficio": Message(
            es="El informe del {fecha} ({tipo}) no indica su 'oficio'. Los informes se "
            "remiten a la CNCS por oficio: agregue su número (p. ej. INE/JDE01-AGS/0311/2026).",
            en="The report of {fecha} ({tipo}) gives no 'oficio'. Reports go to CNCS by "
            "oficio: add its number (e.g. INE/JDE01-AGS/0311/2026).",
        ),
    },
    passing="# as-of 2026-11-29\ninformes:\n"
    "  - {fecha: 2026-10-02, tipo: trimestral, oficio: INE/JDE01-AGS/0311/2026}\n",
    failing="# as-of 2026-11-29: vencía el 2026-10-02\ninformes:\n"
    "  - {fecha: 2026-07-02, tipo: trimestral, oficio: INE/JDE01-AGS/0215/2026}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    months = lin.informe_periodicidad_meses
    for source in ctx.areas:
        area = source.area
        for j, informe in enumerate(area.informes):
            if informe.oficio is None:
                yield problem(
                    source,
                    ("informes", j, "oficio"),
                    "missing_oficio",
                    at_key=True,
                    fecha=informe.fecha,
                    tipo=informe.tipo,
                )
        ob = quarterly_report(area, lin, ctx.as_of, cal=ctx.calendar)
        if ob.late_days:
            yield problem(
                source,
                ob.path,
                "late",
                severity=WARNING,
                done=ob.last_done,
                due=ob.late_due,
                months=months,
                params=late_phrases(ob.late_days),
            )
        if ob.status == "ok":
            continue
        if ob.status == "missing":
            yield problem(source, ob.path, "missing", at_key=True, months=months)
            continue
        first = ob.last_done is None
        start = _start(area, ob.role) if first else None
        key = ob.status + ("_first" if first else "")
        yield obligation_problem(source, ob, key, last=ob.last_done, start=start, months=months)


def _start(area: Area, role: str | None) -> date | None:
    return next((adm.desde for r, adm in area.administrators() if r == role), None)
