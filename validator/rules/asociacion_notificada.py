"""asociacion-notificada: CNCS was told of every account's association, on/after it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from validator.obligations import association_notice_due, judge
from validator.rules.base import (
    ERROR,
    Context,
    Message,
    Problem,
    deadline_problem,
    problem,
    rule,
)


@rule(
    id="asociacion-notificada",
    severity=ERROR,
    clause="4.3 III",
    how_to_fix=Message(
        es="Escriba a {correo_cncs} y registre la fecha en asociacion.notificada_cncs.",
        en="Write to {correo_cncs} and record the date under asociacion.notificada_cncs.",
    ),
    summary=Message(
        es="Cada cuenta registra la fecha de su asociación y la de su notificación a la "
        "CNCS (asociacion.notificada_cncs), no anterior a la asociación y dentro del plazo.",
        en="Every account records the date of its association and of the notice to CNCS "
        "(asociacion.notificada_cncs), not before the association and within the term.",
    ),
    description=Message(
        es="Una vez realizada la asociación del correo genérico a la cuenta, las personas "
        "administradoras deben informarlo a la CNCS en cncs@ine.mx (4.3 III). Cada cuenta "
        "lleva `asociacion` con `fecha` (la asociación) y `notificada_cncs` (el correo a la "
        "CNCS), que no puede ser anterior a la asociación. El texto no fija plazo; se lee "
        "`asociacion_aviso_cncs_dias_habiles` días hábiles (5) después de la asociación: "
        "dentro del plazo y sin aviso, un aviso; vencido sin aviso, un error; notificada "
        "después del plazo, un aviso que registra el atraso en días hábiles.",
        en="Once the generic address is linked to the account, the administrators must "
        "tell CNCS at cncs@ine.mx (4.3 III). Every account carries `asociacion` with "
        "`fecha` (the association) and `notificada_cncs` (the e-mail to CNCS), which cannot "
        "precede the association. The text sets no term; it is read as "
        "`asociacion_aviso_cncs_dias_habiles` business days (5) after the association: "
        "within it and not yet notified, a warning; overdue, an error; notified after the "
        "term, a warning that records the delay in business days.",
    ),
    messages={
        "missing": Message(
            es="La cuenta {plataforma} '{usuario}' no tiene 'asociacion'. Agregue "
            "asociacion con fecha (cuando se asoció el correo genérico) y notificada_cncs "
            "(cuando se informó a {correo_cncs}).",
            en="The {plataforma} account '{usuario}' has no 'asociacion'. Add asociacion "
            "with fecha (when the generic address was linked) and notificada_cncs (when "
            "{correo_cncs} was told).",
        ),
        "overdue": Message(
            es="La asociación de la cuenta {plataforma} '{usuario}' ({fecha}) no se ha "
            "notificado a la CNCS; el plazo venció el {due} ({term} días hábiles). Informe a "
            "{correo_cncs} y registre la fecha en asociacion.notificada_cncs.",
            en="The association of the {plataforma} account '{usuario}' ({fecha}) has not "
            "been notified to CNCS; the term ended on {due} ({term} business days). Tell "
            "{correo_cncs} and record the date in asociacion.notificada_cncs.",
        ),
        "due_soon": Message(
            es="La asociación de la cuenta {plataforma} '{usuario}' ({fecha}) debe "
            "notificarse a la CNCS a más tardar el {due} ({left_es}). Informe a "
            "{correo_cncs} y registre la fecha en asociacion.notificada_cncs.",
            en="The association of the {plataforma} account '{usuario}' ({fecha}) must be "
            "notified to CNCS by {due} ({left_en}). Tell {correo_cncs} and record the date "
            "in asociacion.notificada_cncs.",
        ),
        "late": Message(
            es="La asociación de la cuenta {plataforma} '{usuario}' ({fecha}) se notificó a "
            "la CNCS el {done}, {late_es} (vencía el {due}). Queda registrado el atraso.",
            en="The association of the {plataforma} account '{usuario}' ({fecha}) was "
            "notified to CNCS on {done}, {late_en} (it was due by {due}). The delay is on "
            "record.",
        ),
        "before": Message(
            es="La notificación a la CNCS de la cuenta {plataforma} '{usuario}' "
            "({notificada}) es anterior a la asociación ({fecha}). Corrija alguna de las dos "
            "fechas: se notifica una vez realizada la asociación.",
            en="The notice to CNCS for the {plataforma} account '{usuario}' ({notificada}) "
            "precedes the association ({fecha}). Fix one of the two dates: the notice "
            "follows the association.",
        ),
    },
    passing="asociacion:\n  fecha: 2026-01-26\n  notificada_cncs: 2026-01-27\n",
    failing="asociacion:\n  fecha: 2026-01-26\n  notificada_cncs: 2026-01-20   # antes de asociar\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    correo_cncs = lin.correo_cncs
    term = lin.asociacion_aviso_cncs_dias_habiles
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            params = {
                "plataforma": cuenta.plataforma,
                "usuario": cuenta.usuario,
                "correo_cncs": correo_cncs,
            }
            asociacion = cuenta.asociacion
            if asociacion is None:
                yield problem(source, ("cuentas", i), "missing", params=params)
                continue
            notificada = asociacion.notificada_cncs
            if notificada is not None and notificada < asociacion.fecha:
                yield problem(
                    source,
                    ("cuentas", i, "asociacion", "notificada_cncs"),
                    "before",
                    fecha=asociacion.fecha,
                    notificada=notificada,
                    params=params,
                )
                continue
            if asociacion.fecha > ctx.as_of:
                continue  # not associated yet as of that date
            if notificada is not None and notificada <= min(
                ctx.as_of, asociacion.fecha + timedelta(days=term)
            ):
                continue  # in time whatever the days off: no need for the holiday calendar
            due = association_notice_due(asociacion.fecha, lin, ctx.calendar)
            found = deadline_problem(
                source,
                ("cuentas", i, "asociacion", "notificada_cncs")
                if notificada is not None
                else ("cuentas", i, "asociacion"),
                judge(due, notificada, ctx.as_of, ctx.calendar),
                at_key=notificada is None,
                fecha=asociacion.fecha,
                term=term,
                params=params,
            )
            if found is not None:
                yield found
