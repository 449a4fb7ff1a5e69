"""aviso-cambio: each administrator's start is reported to CNCS within the term."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from validator.loading.sources import SourceFile
from validator.models.area import Designa, Responsiva, same_person
from validator.models.handles import account_ref, ref_key
from validator.obligations import (
    Obligation,
    business_days_late,
    change_notices,
    late_phrases,
)
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
    from validator.models.area import Administrador, Rol

_FIX = Message(  # what to do: ends the messages, and reminders print it
    es="Informe el cambio a la CNCS por oficio, adjuntando los Anexos 1 y 2, y regístrelo en "
    "'informes' con tipo: cambio.",
    en="Report the change to CNCS by oficio, attaching Anexos 1 and 2, and record it under "
    "'informes' with tipo: cambio.",
)


@rule(
    id="aviso-cambio",
    severity=ERROR,
    clause="4.2 V",
    how_to_fix=_FIX,
    summary=Message(
        es="Cada cambio de persona administradora se informa a la CNCS en 5 días hábiles "
        "(aviso mientras el plazo sigue abierto).",
        en="Every change of administrator is reported to CNCS within 5 business days (warning "
        "while the term is still open).",
    ),
    description=Message(
        es="Para cada persona administradora hay un informe de `tipo: cambio` fechado a más "
        "tardar `plazo_aviso_cambio_dias_habiles` días hábiles después de su `desde` (cuenta "
        "el primero en o después de su `desde`, o del Anexo 1 que la designa si es anterior, "
        "y antes del siguiente cambio). Un informe posterior al plazo es un aviso que "
        "registra el retraso. El informe adjunta los formatos (4.2 V): un Anexo 1 o un "
        "Anexo 2 de la persona nueva fechado después del informe, o después del plazo, es "
        "un aviso. El plazo se cuenta desde el primer "
        "día hábil posterior al cambio (sin sábados, domingos, días de descanso obligatorio "
        "ni `dias_inhabiles_adicionales`): un cambio del viernes 2026-11-13 se informa a más "
        "tardar el lunes 2026-11-23. Mientras el plazo sigue abierto y no hay informe: aviso "
        "con la fecha límite; después: error.",
        en="For every administrator there is a `tipo: cambio` report dated at most "
        "`plazo_aviso_cambio_dias_habiles` business days after their `desde` (the first on "
        "or after `desde`, or after the Anexo 1 that designates them if earlier, and before "
        "the next change, counts). A report after the term is a warning recording the delay. "
        "The report attaches the forms (4.2 V): an Anexo 1 or the new person's Anexo 2 dated "
        "after the report, or after the term, is a warning. The term runs from the first "
        "business day after the change (no Saturdays, Sundays, statutory rest days or "
        "`dias_inhabiles_adicionales`): a change on Friday 2026-11-13 is reported by Monday "
        "2026-11-23. While the term is open and no report exists: a warning naming the due "
        "date; afterwards: an error.",
    ),
    messages={
        "overdue": Message(
            es="{nombre} ({role}) es persona administradora desde el {desde}, pero no hay un "
            "informe de tipo 'cambio' fechado entre el {start} y el {due} (plazo de {term} "
            "días hábiles, vencido). " + _FIX.es,
            en="{nombre} ({role}) has been an administrator since {desde}, but there is no "
            "report of tipo 'cambio' dated between {start} and {due} (term of {term} business "
            "days, expired). " + _FIX.en,
        ),
        "late": Message(
            es="El cambio de {nombre} ({role}, desde el {desde}) se informó a la CNCS el "
            "{done}: presentado {late_es} ({due}).",
            en="The change of {nombre} ({role}, since {desde}) was reported to CNCS on "
            "{done}: submitted {late_en} ({due}).",
        ),
        "form_after_report": Message(
            es="El {anexo} de {nombre} ({role}) es del {fecha}, posterior al informe de cambio "
            "del {informe}, que debía adjuntarlo (4.2 V): el informe no pudo llevarlo. Si se "
            "remitió después, regístrelo; si la fecha está mal, corríjala.",
            en="The {anexo} of {nombre} ({role}) is dated {fecha}, after the change report "
            "of {informe}, which had to attach it (4.2 V): the report could not carry it. If "
            "it was sent later, record that; if the date is wrong, correct it.",
        ),
        "form_late": Message(
            es="El {anexo} de {nombre} ({role}) es del {fecha}, después del plazo del informe "
            "de cambio ({due}) que debía adjuntarlo (4.2 V): presentado {late_es}.",
            en="The {anexo} of {nombre} ({role}) is dated {fecha}, after the due date of the "
            "change report ({due}) that had to attach it (4.2 V): submitted {late_en}.",
        ),
        "due_soon": Message(
            es="El aviso a la CNCS del cambio de {nombre} ({role}, desde el {desde}) vence el "
            "{due} ({left_es}; {term} días hábiles). " + _FIX.es,
            en="The notice to CNCS of the change of {nombre} ({role}, since {desde}) is due on "
            "{due} ({left_en}; {term} business days). " + _FIX.en,
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
        people = dict(area.administrators())
        notices = list(change_notices(area, lin, ctx.calendar, ctx.as_of))
        for ob in notices:
            if ob.role is None or (ob.status == "ok" and not ob.late_days):
                continue
            params = {
                "nombre": ob.subject,
                "role": ob.role,
                "desde": people[ob.role].desde,
                "start": ob.window_start,
                "term": lin.plazo_aviso_cambio_dias_habiles,
            }
            if ob.status == "ok":
                yield problem(
                    source,
                    ob.path,
                    "late",
                    severity=WARNING,
                    due=ob.due,
                    done=ob.last_done,
                    params={**late_phrases(ob.late_days), **params},
                )
            else:
                yield obligation_problem(source, ob, params=params)
        yield from _forms_attached(ctx, source, people, notices)


def _forms_attached(
    ctx: Context,
    source: SourceFile,
    people: dict[Rol, Administrador],
    notices: list[Obligation],
) -> Iterator[Problem]:
    """4.2 V "adjuntando los formatos": the newest change's report attaches its Anexo 1 and
    the new person's Anexo 2, so neither may be dated after that report (nor after the
    report's due date). Older changes are not judged: the file keeps only the current
    forms, which may have been re-issued since (a new pair, new accounts). ``notices`` are
    the area's change notices (their due dates and reports)."""
    started = [ob for ob in notices if ob.role is not None and people[ob.role].desde <= ctx.as_of]
    if not started:
        return
    newest = max(people[ob.role].desde for ob in started if ob.role is not None)
    area = source.area
    des = area.designacion
    seen: set[tuple[str | int, ...]] = set()  # one Anexo 1 for a pair that starts together
    for ob in started:
        if ob.role is None or ob.due is None or people[ob.role].desde != newest:
            continue
        role, adm, due, report_date = ob.role, people[ob.role], ob.due, ob.last_done
        forms: list[tuple[tuple[str | int, ...], str, date]] = []
        if des is not None and des.fecha is not None and _designates(des.designa, adm.correo):
            forms.append((("designacion", "fecha"), "Anexo 1", des.fecha))
        resp = adm.responsiva
        if resp is not None and resp.fecha is not None and not _resigned(area, resp, report_date):
            forms.append((("administradores", role, "responsiva", "fecha"), "Anexo 2", resp.fecha))
        for path, anexo, fecha in forms:
            if path in seen or fecha > ctx.as_of:
                continue  # reported once; a form dated later does not exist yet
            seen.add(path)
            after_report = report_date is not None and fecha > report_date
            if not after_report and fecha <= due:
                continue
            yield problem(
                source,
                path,
                "form_after_report" if after_report else "form_late",
                severity=WARNING,
                anexo=anexo,
                fecha=fecha,
                informe=report_date,
                due=due,
                nombre=adm.nombre,
                role=role,
                params=late_phrases(business_days_late(due, fecha, ctx.calendar)),
            )


def _designates(designa: Designa | None, correo: str) -> bool:
    if designa is None:
        return True  # old format: formato-designacion asks for designa
    return same_person(designa.propietaria, correo) or same_person(designa.suplente, correo)


def _resigned(area: Area, resp: Responsiva, report: date | None) -> bool:
    """The responsiva was signed again for an account associated after the change report
    (responsiva-cuentas): it is not the form that report attached."""
    if report is None or resp.cuentas is None:
        return False
    later = [c for c in area.cuentas if c.asociacion is not None and c.asociacion.fecha > report]
    if not later:
        return False
    refs = {ref_key(ref) for ref in resp.cuentas}
    return any(ref_key(account_ref(c)) in refs for c in later)
