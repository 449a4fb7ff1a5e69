"""Words the reminder formats share, in Spanish and English."""

from __future__ import annotations

from validator.i18n import Message
from validator.obligations import CLAUSES, Obligation, days_left_phrases

STATUS_LABELS: dict[str, Message] = {
    "overdue": Message(es="Vencido", en="Overdue"),
    "missing": Message(es="Pendiente", en="Pending"),
    "due_soon": Message(es="Por vencer", en="Due soon"),
    "ok": Message(es="Al corriente", en="Up to date"),
    "none": Message(es="Sin obligaciones", en="None"),
}

KIND_LABELS: dict[str, Message] = {
    "rotacion-contrasena": Message(es="Cambio de contraseñas", en="Password changes"),
    "informe-trimestral": Message(es="Informe trimestral", en="Quarterly report"),
    "aviso-cambio": Message(es="Aviso de cambio", en="Change notice"),
    "asociacion-notificada": Message(es="Aviso de asociación", en="Association notice"),
}

_WHAT: dict[str, Message] = {
    "rotacion-contrasena": Message(
        es="Cambiar la contraseña de la cuenta {subject}",
        en="Change the password of account {subject}",
    ),
    "informe-trimestral": Message(
        es="Enviar el informe trimestral a la CNCS", en="Send the quarterly report to CNCS"
    ),
    "aviso-cambio": Message(
        es="Informar a la CNCS el cambio de {subject} ({role})",
        en="Report the change of {subject} ({role}) to CNCS",
    ),
    "asociacion-notificada": Message(
        es="Informar a la CNCS la asociación de la cuenta {subject}",
        en="Tell CNCS about the association of account {subject}",
    ),
}

_HOW: dict[str, Message] = {
    "rotacion-contrasena": Message(
        es="Cambie la contraseña, infórmelo a la persona titular y registre la fecha en "
        "contrasena.cambios.",
        en="Change the password, tell the titular and record the date under contrasena.cambios.",
    ),
    "informe-trimestral": Message(
        es="Envíe el oficio a la CNCS y regístrelo en informes (tipo: trimestral).",
        en="Send the oficio to CNCS and record it under informes (tipo: trimestral).",
    ),
    "aviso-cambio": Message(
        es="Envíe el oficio con los Anexos 1 y 2 a la CNCS y regístrelo en informes "
        "(tipo: cambio).",
        en="Send the oficio with Anexos 1 and 2 to CNCS and record it under informes "
        "(tipo: cambio).",
    ),
    "asociacion-notificada": Message(
        es="Escriba a {correo_cncs} y registre la fecha en asociacion.notificada_cncs.",
        en="Write to {correo_cncs} and record the date under asociacion.notificada_cncs.",
    ),
}


def t(table: dict[str, Message], key: str, lang: str) -> str:
    return table[key].text(lang)


_WHAT_GENERIC = Message(
    es="Cambiar la contraseña del correo genérico {subject}",
    en="Change the password of generic address {subject}",
)


def what(ob: Obligation, lang: str) -> str:
    """What has to be done, naming the account, the generic address or the person."""
    if ob.kind == "rotacion-contrasena" and ob.path[:1] == ("correos_genericos",):
        return _WHAT_GENERIC.text(lang).format(subject=ob.subject)
    return t(_WHAT, ob.kind, lang).format(subject=ob.subject, role=ob.role or "")


def how(ob: Obligation, lang: str, correo_cncs: str) -> str:
    return t(_HOW, ob.kind, lang).format(correo_cncs=correo_cncs)


def clause(ob: Obligation) -> str:
    return CLAUSES[ob.kind]


def when(ob: Obligation, lang: str) -> str:
    """'vence el 2026-12-09 (faltan 10 días)', 'venció el …', or 'sin plazo'."""
    en = lang == "en"
    if ob.due is None:
        return "no term: pending" if en else "sin plazo: pendiente"
    left = days_left_phrases(ob.days_left)["left_en" if en else "left_es"]
    if ob.status == "overdue":
        return (
            f"was due {ob.due.isoformat()} ({left})"
            if en
            else (f"venció el {ob.due.isoformat()} ({left})")
        )
    return f"due {ob.due.isoformat()} ({left})" if en else f"vence el {ob.due.isoformat()} ({left})"


def last(ob: Obligation, lang: str) -> str:
    if ob.last_done is None:
        return "no record" if lang == "en" else "sin registro"
    return ("last: " if lang == "en" else "último: ") + ob.last_done.isoformat()


def status_label(status: str, lang: str) -> str:
    return t(STATUS_LABELS, status, lang)


def kind_label(kind: str, lang: str) -> str:
    return t(KIND_LABELS, kind, lang)


#: The clause of each kind, for column headings.
CLAUSES_LABEL: dict[str, str] = dict(CLAUSES)
