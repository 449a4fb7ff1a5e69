"""informe-trimestral: a report to CNCS at least every ``informe_periodicidad_meses``."""

from __future__ import annotations

from collections.abc import Iterator

from validator.obligations import quarterly_report
from validator.rules.base import (
    ERROR,
    Context,
    Message,
    Problem,
    obligation_problem,
    problem,
    rule,
)

_FIX_ES = "Envíe el informe a la CNCS por oficio y regístrelo en 'informes' (tipo: trimestral)."
_FIX_EN = "Send the report to CNCS by oficio and record it under 'informes' (tipo: trimestral)."


@rule(
    id="informe-trimestral",
    severity=ERROR,
    clause="4.2 V",
    summary=Message(
        es="La persona titular informa a la CNCS al menos cada tres meses (aviso cuando vence "
        "pronto).",
        en="The titular reports to CNCS at least every three months (warning when due soon).",
    ),
    description=Message(
        es="El informe más reciente de `informes` (de cualquier tipo) tiene menos de "
        "`informe_periodicidad_meses` meses calendario a la fecha de corte; vence el mismo "
        "día del mes (2026-09-30 + 3 meses = 2026-12-30) y el día del vencimiento aún está en "
        "plazo. A `aviso_anticipado_dias` días o menos del vencimiento es un aviso. Sin "
        "ningún informe, el plazo corre desde el `desde` más reciente de la pareja actual.",
        en="The newest entry of `informes` (any tipo) is less than `informe_periodicidad_meses` "
        "calendar months old at the as-of date; it is due on the same day of the month "
        "(2026-09-30 + 3 months = 2026-12-30) and the due day itself is still in time. Within "
        "`aviso_anticipado_dias` days of the due date it is a warning. With no report at all, "
        "the period runs from the current pair's latest `desde`.",
    ),
    messages={
        "overdue": Message(
            es="El último informe a la CNCS es del {last}; el siguiente venció el {due} (cada "
            "{months} meses). " + _FIX_ES,
            en="The last report to CNCS is dated {last}; the next one was due on {due} (every "
            "{months} months). " + _FIX_EN,
        ),
        "overdue_first": Message(
            es="No hay informes a la CNCS registrados; el primero venció el {due} ({months} "
            "meses después del {start}, inicio de la pareja actual). " + _FIX_ES,
            en="No report to CNCS is recorded; the first one was due on {due} ({months} months "
            "after {start}, when the current pair started). " + _FIX_EN,
        ),
        "missing": Message(
            es="No hay informes a la CNCS registrados en 'informes' (se informa cada {months} "
            "meses). " + _FIX_ES,
            en="No report to CNCS is recorded under 'informes' (one is due every {months} "
            "months). " + _FIX_EN,
        ),
        "due_soon": Message(
            es="El informe trimestral a la CNCS vence el {due} ({left_es}; el último es del "
            "{last}). " + _FIX_ES,
            en="The quarterly report to CNCS is due on {due} ({left_en}; the last one is dated "
            "{last}). " + _FIX_EN,
        ),
        "due_soon_first": Message(
            es="El primer informe a la CNCS vence el {due} ({left_es}; la pareja actual "
            "inició el {start}). " + _FIX_ES,
            en="The first report to CNCS is due on {due} ({left_en}; the current pair started "
            "on {start}). " + _FIX_EN,
        ),
    },
    passing="# as-of 2026-11-29\ninformes:\n  - {fecha: 2026-10-02, tipo: trimestral}\n",
    failing="# as-of 2026-11-29: vencía el 2026-10-02\ninformes:\n"
    "  - {fecha: 2026-07-02, tipo: trimestral}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    months = lin.informe_periodicidad_meses
    for source in ctx.areas:
        area = source.area
        ob = quarterly_report(area, lin, ctx.as_of)
        if ob.status == "ok":
            continue
        if ob.status == "missing":
            yield problem(source, ob.path, "missing", at_key=True, months=months)
            continue
        first = ob.last_done is None
        start = None
        if first:
            start = max(adm.desde for _, adm in area.administrators() if adm.desde <= ctx.as_of)
        key = ob.status + ("_first" if first else "")
        yield obligation_problem(source, ob, key, last=ob.last_done, start=start, months=months)
