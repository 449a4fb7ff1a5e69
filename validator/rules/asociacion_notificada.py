"""asociacion-notificada: CNCS was told of every account's association, on/after it."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="asociacion-notificada",
    severity=ERROR,
    clause="4.3 III",
    summary=Message(
        es="Cada cuenta registra la fecha de su asociación y la de su notificación a la "
        "CNCS (asociacion.notificada_cncs), no anterior a la asociación.",
        en="Every account records the date of its association and of the notice to CNCS "
        "(asociacion.notificada_cncs), not before the association.",
    ),
    description=Message(
        es="Una vez realizada la asociación del correo genérico a la cuenta, las personas "
        "administradoras deben informarlo a la CNCS en cncs@ine.mx (4.3 III). Cada cuenta "
        "lleva `asociacion` con `fecha` (la asociación) y `notificada_cncs` (el correo a la "
        "CNCS), que no puede ser anterior a la asociación.",
        en="Once the generic address is linked to the account, the administrators must "
        "tell CNCS at cncs@ine.mx (4.3 III). Every account carries `asociacion` with "
        "`fecha` (the association) and `notificada_cncs` (the e-mail to CNCS), which cannot "
        "precede the association.",
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
        "not_notified": Message(
            es="La asociación de la cuenta {plataforma} '{usuario}' ({fecha}) no se ha "
            "notificado a la CNCS. Informe a {correo_cncs} y registre la fecha en "
            "asociacion.notificada_cncs.",
            en="The association of the {plataforma} account '{usuario}' ({fecha}) has not "
            "been notified to CNCS. Tell {correo_cncs} and record the date in "
            "asociacion.notificada_cncs.",
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
    correo_cncs = ctx.lineamientos.correo_cncs
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            params = {
                "plataforma": cuenta.plataforma,
                "usuario": cuenta.usuario,
                "correo_cncs": correo_cncs,
            }
            asociacion = cuenta.asociacion
            if asociacion is None:
                yield problem(source, ("cuentas", i), "missing", **params)
            elif asociacion.notificada_cncs is None:
                yield problem(
                    source,
                    ("cuentas", i, "asociacion"),
                    "not_notified",
                    at_key=True,
                    fecha=asociacion.fecha,
                    **params,
                )
            elif asociacion.notificada_cncs < asociacion.fecha:
                yield problem(
                    source,
                    ("cuentas", i, "asociacion", "notificada_cncs"),
                    "before",
                    fecha=asociacion.fecha,
                    notificada=asociacion.notificada_cncs,
                    **params,
                )
