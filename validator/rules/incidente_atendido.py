"""incidente-atendido: an unauthorised access was handled as 4.3 IV requires."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, WARNING, Context, Message, Problem, problem, rule

# key -> message key when missing
_REQUIRED = (
    ("contrasena_cambiada", "missing_contrasena_cambiada"),
    ("ticket_cau", "missing_ticket_cau"),
    ("notificado_titular", "missing_notificado_titular"),
    ("notificado_cncs", "missing_notificado_cncs"),
)
_DATES = ("contrasena_cambiada", "notificado_titular", "notificado_cncs")
_WHERE_ES = "El incidente del {fecha} de la cuenta '{usuario}' ({plataforma})"
_WHERE_EN = "The incident of {fecha} on account '{usuario}' ({plataforma})"


@rule(
    id="incidente-atendido",
    severity=ERROR,
    clause="4.3 IV",
    summary=Message(
        es="Cada incidente de acceso no autorizado registra el cambio de contraseña con el "
        "CAU y los avisos a la titular y a la CNCS (aviso si el cambio no fue el mismo día).",
        en="Every unauthorised-access incident records the password change through CAU and "
        "the notices to the titular and CNCS (warning when the change was not the same day).",
    ),
    description=Message(
        es="Cuando personas distintas a las autorizadas tienen acceso a una cuenta, la persona "
        "administradora lo notifica a la titular, modifica la contraseña de forma inmediata "
        "con apoyo del CAU y lo notifica a la CNCS (cncs@ine.mx). Cada incidente lleva "
        "`contrasena_cambiada`, `ticket_cau`, `notificado_titular` y `notificado_cncs`, "
        "ninguna fecha anterior a la del incidente; si la contraseña no se cambió el mismo "
        "día, es un aviso.",
        en="When people other than the authorised ones have access to an account, the "
        "administrator tells the titular, changes the password immediately with CAU's help and "
        "notifies CNCS (cncs@ine.mx). Every incident carries `contrasena_cambiada`, "
        "`ticket_cau`, `notificado_titular` and `notificado_cncs`, no date before the "
        "incident's; a password change after the incident's day is a warning.",
    ),
    messages={
        "missing_contrasena_cambiada": Message(
            es=_WHERE_ES + " no registra el cambio de contraseña ('contrasena_cambiada'). "
            "Cambie la contraseña de inmediato con apoyo del CAU y registre la fecha.",
            en=_WHERE_EN + " records no password change ('contrasena_cambiada'). Change the "
            "password immediately with CAU's help and record the date.",
        ),
        "missing_ticket_cau": Message(
            es=_WHERE_ES + " no registra el ticket del CAU ('ticket_cau'). Registre el número "
            "de ticket con el que el CAU apoyó el cambio de contraseña.",
            en=_WHERE_EN + " records no CAU ticket ('ticket_cau'). Record the number of the "
            "ticket under which CAU supported the password change.",
        ),
        "missing_notificado_titular": Message(
            es=_WHERE_ES + " no registra el aviso a la persona titular ('notificado_titular'). "
            "Notifíquelo a la persona titular del área y registre la fecha.",
            en=_WHERE_EN + " records no notice to the titular ('notificado_titular'). Notify "
            "the area's titular and record the date.",
        ),
        "missing_notificado_cncs": Message(
            es=_WHERE_ES + " no registra el aviso a la CNCS ('notificado_cncs'). Notifíquelo "
            "a {correo_cncs} a la brevedad y registre la fecha.",
            en=_WHERE_EN + " records no notice to CNCS ('notificado_cncs'). Notify "
            "{correo_cncs} as soon as possible and record the date.",
        ),
        "before": Message(
            es=_WHERE_ES + " tiene '{key}' el {value}, antes del propio incidente. Corrija la "
            "fecha: las acciones se registran en o después del {fecha}.",
            en=_WHERE_EN + " has '{key}' on {value}, before the incident itself. Correct the "
            "date: the actions happen on or after {fecha}.",
        ),
        "late_change": Message(
            es=_WHERE_ES + " se atendió cambiando la contraseña el {value}, {dias_es} "
            "después; el 4.3 IV pide cambiarla de forma inmediata. Cambie la contraseña el "
            "mismo día del incidente o, si la fecha es un error, corríjala.",
            en=_WHERE_EN + " was handled by changing the password on {value}, {days_en} "
            "later; 4.3 IV asks for an immediate change. Change the password on the incident's "
            "day or, if the date is wrong, correct it.",
        ),
    },
    passing="incidentes:\n  - fecha: 2026-05-04\n    descripcion: …\n"
    "    contrasena_cambiada: 2026-05-04\n    ticket_cau: CAU-2026-0551\n"
    "    notificado_titular: 2026-05-04\n    notificado_cncs: 2026-05-04\n",
    failing="incidentes:\n  - fecha: 2026-05-04\n    descripcion: …\n"
    "    contrasena_cambiada: 2026-05-04\n    # falta ticket_cau y los avisos\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.inventory.lineamientos  # only for the message: a broken catalogue does not skip
    correo_cncs = lin.correo_cncs if lin is not None else "cncs@ine.mx"
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            for k, inc in enumerate(cuenta.incidentes):
                base = ("cuentas", i, "incidentes", k)
                where = {
                    "fecha": inc.fecha,
                    "usuario": cuenta.usuario,
                    "plataforma": cuenta.plataforma,
                }
                for key, msg in _REQUIRED:
                    if getattr(inc, key) is None:
                        yield problem(
                            source, (*base, key), msg, at_key=True, correo_cncs=correo_cncs, **where
                        )
                for key in _DATES:
                    value = getattr(inc, key)
                    if value is not None and value < inc.fecha:
                        yield problem(source, (*base, key), "before", key=key, value=value, **where)
                changed = inc.contrasena_cambiada
                if changed is not None and changed > inc.fecha:
                    yield problem(
                        source,
                        (*base, "contrasena_cambiada"),
                        "late_change",
                        severity=WARNING,
                        value=changed,
                        days=(days := (changed - inc.fecha).days),
                        dias_es="1 día" if days == 1 else f"{days} días",
                        days_en="1 day" if days == 1 else f"{days} days",
                        **where,
                    )
