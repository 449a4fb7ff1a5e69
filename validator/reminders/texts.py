"""Words the reminder formats share, in Spanish and English.

An obligation's kind is the ID of the rule that checks it: its clause and its how-to-fix text
are that rule's own (the rule registry), never a copy here.
"""

from __future__ import annotations

from validator.i18n import Message
from validator.obligations import KINDS, Obligation, days_left_phrases
from validator.rules import get as rule_of
from validator.rules.rotacion_contrasena import CAMPO_CUENTA, CAMPO_GENERICO

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
    "incidente-atendido": Message(es="Incidente de seguridad", en="Security incident"),
    "segundo-factor": Message(es="Segundo factor", en="Second factor"),
    "responsiva-cuentas": Message(es="Cuentas en la responsiva", en="Accounts in the responsiva"),
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
    # incidente-atendido: one text per duty (the field the obligation's path ends in)
    "contrasena_cambiada": Message(
        es="Cambiar con el CAU la contraseña de la cuenta {subject} tras el incidente",
        en="Change the password of account {subject} with CAU after the incident",
    ),
    "notificado_cncs": Message(
        es="Notificar a la CNCS el incidente de la cuenta {subject}",
        en="Notify CNCS of the incident on account {subject}",
    ),
    "segundo-factor": Message(
        es="Pasar el segundo factor de la cuenta {subject} al dispositivo de la propietaria",
        en="Move the second factor of account {subject} to the propietaria's device",
    ),
    "responsiva-cuentas": Message(
        es="Firmar una responsiva nueva ({role}) que enliste la cuenta {subject}",
        en="Sign a new responsiva ({role}) that lists account {subject}",
    ),
}


_WHAT_GENERIC = Message(
    es="Cambiar la contraseña del correo genérico {subject}",
    en="Change the password of generic address {subject}",
)


def what(ob: Obligation, lang: str) -> str:
    """What has to be done, naming the account, the generic address or the person."""
    if _is_generic(ob):
        return _WHAT_GENERIC.format(lang, subject=ob.subject)
    key = str(ob.path[-1]) if ob.kind == "incidente-atendido" else ob.kind
    return _WHAT[key].format(lang, subject=ob.subject, role=ob.role or "")


def _is_generic(ob: Obligation) -> bool:
    return ob.kind == "rotacion-contrasena" and ob.path[:1] == ("correos_genericos",)


def how(ob: Obligation, lang: str, correo_cncs: str) -> str:
    """The rule's own how-to-fix sentence for this obligation (the one its findings end with)."""
    fix = rule_of(ob.kind).how_to_fix
    assert fix is not None, f"rule {ob.kind} checks a dated duty: it needs how_to_fix"
    campo = CAMPO_GENERICO if _is_generic(ob) else CAMPO_CUENTA
    # {ref}: the account an obligation names (responsiva-cuentas); other texts have none
    return fix.format(lang, correo_cncs=correo_cncs, campo=campo, ref=ob.subject)


def clause(kind: str) -> str:
    """The clause of the rule whose ID is ``kind``."""
    return rule_of(kind).clause


_NO_TERM = Message(es="sin plazo: pendiente", en="no term: pending")
_WAS_DUE = Message(es="venció el {due} ({left_es})", en="was due {due} ({left_en})")
_DUE = Message(es="vence el {due} ({left_es})", en="due {due} ({left_en})")
_NO_RECORD = Message(es="sin registro", en="no record")
_LAST = Message(es="último: {last}", en="last: {last}")


def when(ob: Obligation, lang: str) -> str:
    """'vence el 2026-12-09 (faltan 10 días)', 'venció el …', or 'sin plazo'."""
    if ob.due is None:
        return _NO_TERM.text(lang)
    template = _WAS_DUE if ob.status == "overdue" else _DUE
    return template.format(lang, due=ob.due.isoformat(), **days_left_phrases(ob.days_left))


def last(ob: Obligation, lang: str) -> str:
    if ob.last_done is None:
        return _NO_RECORD.text(lang)
    return _LAST.format(lang, last=ob.last_done.isoformat())


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS[status].text(lang)


def kind_label(kind: str, lang: str) -> str:
    return KIND_LABELS[kind].text(lang)


def clauses() -> dict[str, str]:
    """The clause of each kind, for column headings."""
    return {kind: clause(kind) for kind in KINDS}
