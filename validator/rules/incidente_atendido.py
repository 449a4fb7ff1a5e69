"""incidente-atendido: an unauthorised access was handled as 4.3 IV requires."""

from __future__ import annotations

from collections.abc import Iterator

from validator.i18n import count
from validator.obligations import INCIDENT_DUTIES, incident_deadline, incident_term_days
from validator.rules.base import (
    ERROR,
    Context,
    Message,
    Problem,
    deadline_problem,
    problem,
    rule,
)

_DATES = ("contrasena_cambiada", "notificado_titular", "notificado_cncs")
_WHERE = Message(
    es="El incidente del {fecha} de la cuenta '{usuario}' ({plataforma})",
    en="The incident of {fecha} on account '{usuario}' ({plataforma})",
)
_CHANGE = Message(
    es="Cambie la contraseña con apoyo del CAU y registre la fecha y el ticket.",
    en="Change the password with CAU's help and record the date and the ticket.",
)
_CNCS = Message(
    es="Notifíquelo a {correo_cncs} y registre la fecha en 'notificado_cncs'.",
    en="Notify {correo_cncs} and record the date under 'notificado_cncs'.",
)


@rule(
    id="incidente-atendido",
    severity=ERROR,
    clause="4.3 IV",
    how_to_fix=Message(
        es="Cambie la contraseña con apoyo del CAU, notifique a {correo_cncs} y registre en "
        "'incidentes' las fechas (contrasena_cambiada, notificado_titular, notificado_cncs) y "
        "el ticket del CAU.",
        en="Change the password with CAU's help, notify {correo_cncs} and record under "
        "'incidentes' the dates (contrasena_cambiada, notificado_titular, notificado_cncs) and "
        "the CAU ticket.",
    ),
    summary=Message(
        es="Cada incidente de acceso no autorizado registra el aviso a la titular, el cambio "
        "de contraseña con el CAU (de inmediato) y el aviso a la CNCS (a la brevedad).",
        en="Every unauthorised-access incident records the notice to the titular, the "
        "password change through CAU (immediately) and the notice to CNCS (promptly).",
    ),
    description=Message(
        es="Cuando personas distintas a las autorizadas tienen acceso a una cuenta, la persona "
        "administradora lo notifica a la titular (`notificado_titular`), modifica la "
        "contraseña 'de forma inmediata' con apoyo del CAU (`contrasena_cambiada`, "
        "`ticket_cau`) y lo notifica a la CNCS 'a la brevedad' (`notificado_cncs`). "
        "'Inmediata' se lee como a más tardar `incidente_cambio_dias_habiles` días hábiles "
        "(1) después de la detección (`fecha`); 'a la brevedad', "
        "`incidente_aviso_cncs_dias_habiles` (1). Sin cambio o sin aviso a la CNCS cuando el "
        "plazo ya venció: error; mientras corre el plazo: aviso; hecho después del plazo: "
        "aviso que registra el atraso en días hábiles. Ninguna fecha es anterior a la del "
        "incidente; un cambio registrado lleva su `ticket_cau`.",
        en="When people other than the authorised ones have access to an account, the "
        "administrator tells the titular (`notificado_titular`), changes the password "
        "'immediately' with CAU's help (`contrasena_cambiada`, `ticket_cau`) and notifies "
        "CNCS 'promptly' (`notificado_cncs`). 'Immediately' is read as within "
        "`incidente_cambio_dias_habiles` business days (1) after detection (`fecha`); "
        "'promptly' as `incidente_aviso_cncs_dias_habiles` (1). No change or no notice to "
        "CNCS once the term is over: error; while it runs: warning; done after the term: a "
        "warning recording the delay in business days. No date precedes the incident's; a "
        "recorded change carries its `ticket_cau`.",
    ),
    messages={
        "cambio_overdue": Message(
            es=_WHERE.es + " no registra el cambio de contraseña ('contrasena_cambiada'), "
            "que vencía el {due} ({term_es}: 'de forma inmediata'). " + _CHANGE.es,
            en=_WHERE.en + " records no password change ('contrasena_cambiada'), due by {due} "
            "({term_en}: 'immediately'). " + _CHANGE.en,
        ),
        "cambio_due_soon": Message(
            es=_WHERE.es + " aún no registra el cambio de contraseña; debe hacerse de forma "
            "inmediata, a más tardar el {due} ({left_es}). " + _CHANGE.es,
            en=_WHERE.en + " records no password change yet; it must be immediate, by {due} "
            "({left_en}). " + _CHANGE.en,
        ),
        "cambio_late": Message(
            es=_WHERE.es + " se atendió cambiando la contraseña el {done}, {late_es} (vencía "
            "el {due}; el 4.3 IV pide cambiarla de forma inmediata). Queda registrado el "
            "atraso; si la fecha es un error, corríjala.",
            en=_WHERE.en + " was handled by changing the password on {done}, {late_en} (due "
            "by {due}; 4.3 IV asks for an immediate change). The delay is on record; if the "
            "date is wrong, correct it.",
        ),
        "cncs_overdue": Message(
            es=_WHERE.es + " no registra el aviso a la CNCS ('notificado_cncs'), que vencía el "
            "{due} ({term_es}: 'a la brevedad'). " + _CNCS.es,
            en=_WHERE.en + " records no notice to CNCS ('notificado_cncs'), due by {due} "
            "({term_en}: 'promptly'). " + _CNCS.en,
        ),
        "cncs_due_soon": Message(
            es=_WHERE.es + " aún no registra el aviso a la CNCS; notifíquelo a la brevedad, a "
            "más tardar el {due} ({left_es}). " + _CNCS.es,
            en=_WHERE.en + " records no notice to CNCS yet; notify promptly, by {due} "
            "({left_en}). " + _CNCS.en,
        ),
        "cncs_late": Message(
            es=_WHERE.es + " se notificó a la CNCS el {done}, {late_es} (vencía el {due}; "
            "el 4.3 IV pide notificar a la brevedad). Queda registrado el atraso.",
            en=_WHERE.en + " was notified to CNCS on {done}, {late_en} (due by {due}; 4.3 IV "
            "asks for a prompt notice). The delay is on record.",
        ),
        "missing_ticket_cau": Message(
            es=_WHERE.es + " no registra el ticket del CAU ('ticket_cau'). Registre el número "
            "de ticket con el que el CAU apoyó el cambio de contraseña.",
            en=_WHERE.en + " records no CAU ticket ('ticket_cau'). Record the number of the "
            "ticket under which CAU supported the password change.",
        ),
        "missing_notificado_titular": Message(
            es=_WHERE.es + " no registra el aviso a la persona titular ('notificado_titular'). "
            "Notifíquelo a la persona titular del área y registre la fecha.",
            en=_WHERE.en + " records no notice to the titular ('notificado_titular'). Notify "
            "the area's titular and record the date.",
        ),
        "before": Message(
            es=_WHERE.es + " tiene '{key}' el {value}, antes del propio incidente. Corrija la "
            "fecha: las acciones se registran en o después del {fecha}.",
            en=_WHERE.en + " has '{key}' on {value}, before the incident itself. Correct the "
            "date: the actions happen on or after {fecha}.",
        ),
    },
    passing="incidentes:\n  - fecha: 2026-11-13          # viernes\n    descripcion: …\n"
    "    contrasena_cambiada: 2026-11-17   # el lunes 16 es inhábil: 1 día hábil\n"
    "    ticket_cau: CAU-2026-0551\n"
    "    notificado_titular: 2026-11-13\n    notificado_cncs: 2026-11-13\n",
    failing="# as-of 2026-11-29\nincidentes:\n  - fecha: 2026-11-13\n    descripcion: …\n"
    "    notificado_titular: 2026-11-13\n    # falta contrasena_cambiada y notificado_cncs\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    cal = ctx.calendar
    terms = [
        (prefix, key, count(days, "día hábil", "días hábiles"),
         count(days, "business day", "business days"))
        for prefix, key in zip(("cambio_", "cncs_"), INCIDENT_DUTIES, strict=True)
        for days in (incident_term_days(key, lin),)
    ]  # fmt: skip
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            for k, inc in enumerate(cuenta.incidentes):
                if inc.fecha > ctx.as_of:
                    continue  # not detected yet as of that date
                base = ("cuentas", i, "incidentes", k)
                where = {
                    "fecha": inc.fecha,
                    "usuario": cuenta.usuario,
                    "plataforma": cuenta.plataforma,
                    "correo_cncs": lin.correo_cncs,
                }
                early = False
                for key in _DATES:
                    value = getattr(inc, key)
                    if value is not None and value < inc.fecha:
                        early = True
                        yield problem(
                            source, (*base, key), "before", key=key, value=value, params=where
                        )
                if inc.notificado_titular is None:
                    yield problem(
                        source,
                        (*base, "notificado_titular"),
                        "missing_notificado_titular",
                        at_key=True,
                        params=where,
                    )
                if inc.contrasena_cambiada is not None and inc.ticket_cau is None:
                    yield problem(
                        source,
                        (*base, "ticket_cau"),
                        "missing_ticket_cau",
                        at_key=True,
                        params=where,
                    )
                if early:
                    continue  # the dates must be fixed before the terms mean anything
                for prefix, key, term_es, term_en in terms:
                    found = deadline_problem(
                        source,
                        (*base, key),
                        incident_deadline(inc, key, lin, cal, ctx.as_of),
                        prefix,
                        at_key=getattr(inc, key) is None,
                        term_es=term_es,
                        term_en=term_en,
                        params=where,
                    )
                    if found is not None:
                        yield found
