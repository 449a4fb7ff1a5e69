"""aviso-cambio: each administrator's start is reported to CNCS within the term."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from validator.obligations import change_notices
from validator.rules.base import ERROR, Context, Message, Problem, obligation_problem, rule

if TYPE_CHECKING:
    from validator.models import Area, Lineamientos

_FIX_ES = (
    "Informe el cambio a la CNCS por oficio, adjuntando los Anexos 1 y 2, y regístrelo en "
    "'informes' con tipo: cambio."
)
_FIX_EN = (
    "Report the change to CNCS by oficio, attaching Anexos 1 and 2, and record it under "
    "'informes' with tipo: cambio."
)


@rule(
    id="aviso-cambio",
    severity=ERROR,
    clause="4.2 V",
    summary=Message(
        es="Cada cambio de persona administradora se informa a la CNCS en 5 días hábiles "
        "(aviso mientras el plazo sigue abierto).",
        en="Every change of administrator is reported to CNCS within 5 business days (warning "
        "while the term is still open).",
    ),
    description=Message(
        es="Para cada persona administradora hay un informe de `tipo: cambio` fechado entre su "
        "`desde` menos `designacion_antelacion_max_dias` días y su `desde` más "
        "`plazo_aviso_cambio_dias_habiles` días hábiles. El plazo se cuenta desde el primer "
        "día hábil posterior al cambio (sin sábados, domingos, días de descanso obligatorio "
        "ni `dias_inhabiles_adicionales`): un cambio del viernes 2026-11-13 se informa a más "
        "tardar el lunes 2026-11-23. Mientras el plazo sigue abierto y no hay informe: aviso "
        "con la fecha límite; después: error.",
        en="For every administrator there is a `tipo: cambio` report dated between their "
        "`desde` minus `designacion_antelacion_max_dias` days and their `desde` plus "
        "`plazo_aviso_cambio_dias_habiles` business days. The term runs from the first "
        "business day after the change (no Saturdays, Sundays, statutory rest days or "
        "`dias_inhabiles_adicionales`): a change on Friday 2026-11-13 is reported by Monday "
        "2026-11-23. While the term is open and no report exists: a warning naming the due "
        "date; afterwards: an error.",
    ),
    messages={
        "overdue": Message(
            es="{nombre} ({role}) es persona administradora desde el {desde}, pero no hay un "
            "informe de tipo 'cambio' fechado entre el {start} y el {due} (plazo de {term} "
            "días hábiles, vencido). " + _FIX_ES,
            en="{nombre} ({role}) has been an administrator since {desde}, but there is no "
            "report of tipo 'cambio' dated between {start} and {due} (term of {term} business "
            "days, expired). " + _FIX_EN,
        ),
        "due_soon": Message(
            es="El aviso a la CNCS del cambio de {nombre} ({role}, desde el {desde}) vence el "
            "{due} ({left_es}; {term} días hábiles). " + _FIX_ES,
            en="The notice to CNCS of the change of {nombre} ({role}, since {desde}) is due on "
            "{due} ({left_en}; {term} business days). " + _FIX_EN,
        ),
    },
    passing="administradores:\n  suplente: {desde: 2026-11-13, ...}   # viernes\n"
    "informes:\n  - {fecha: 2026-11-23, tipo: cambio}   # el 16 es inhábil\n",
    failing="administradores:\n  suplente: {desde: 2026-11-13, ...}\n"
    "informes:\n  - {fecha: 2026-11-24, tipo: cambio}   # fuera de plazo\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    for source in ctx.areas:
        area = source.area
        if _clearly_in_time(area, lin, ctx.as_of):
            continue  # nothing to report, and no need to build the holiday calendar
        people = dict(area.administrators())
        for ob in change_notices(area, lin, ctx.calendar, ctx.as_of):
            if ob.status == "ok" or ob.role is None:
                continue
            yield obligation_problem(
                source,
                ob,
                nombre=ob.subject,
                role=ob.role,
                desde=people[ob.role].desde,  # type: ignore[index]
                start=ob.window_start,
                term=lin.plazo_aviso_cambio_dias_habiles,
            )


def _clearly_in_time(area: Area, lin: Lineamientos, as_of: date) -> bool:
    """Every administrator has a ``cambio`` report between the window's start and ``desde``
    plus the term counted in *calendar* days. N business days after ``desde`` are never
    fewer than N calendar days, so such a report is in time whatever the holidays: the
    obligation is "ok" and the check can skip the (costly) business-day calendar."""
    cambios = [inf.fecha for inf in area.informes if inf.tipo == "cambio" and inf.fecha <= as_of]
    if not cambios:
        return False
    before = timedelta(days=lin.designacion_antelacion_max_dias)
    term = timedelta(days=lin.plazo_aviso_cambio_dias_habiles)
    for _, adm in area.administrators():
        start, end = adm.desde - before, adm.desde + term
        if not any(start <= d <= end for d in cambios):
            return False
    return True
