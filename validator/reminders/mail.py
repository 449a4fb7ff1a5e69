"""Reminders as e-mail: one message per area with something overdue, pending or due soon.

Floor 5 (outputs): reads a :class:`Reminders` and the CNCS mail settings, builds
:class:`email.message.EmailMessage` objects; sending is :mod:`validator.reminders.delivery`.

Each message goes to the area's titular and both administradores (their institutional
addresses), in Spanish (English with ``--lang en``): a subject with the counts, a plain-text
and an HTML part that give each obligation with its clause and how to fix it, and the area's
calendar (the ``ics`` format) as an attachment. Its ``Message-ID`` is derived from the area,
the day and the content, so that a re-run on the same day recognises what was delivered.

Headers are built by the :mod:`email` package (RFC 2047 encoded words for non-ASCII names,
RFC 6532 for non-ASCII addresses); :func:`header_text` turns every control or format
character of a value into a space first, so a value can never start a new header line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from validator.escaping.email_header import display_name, header_text
from validator.escaping.html import escape
from validator.i18n import Message
from validator.reminders import ics
from validator.reminders.collect import AreaReminders, Item, Reminders
from validator.reminders.texts import clause, how, last, status_label, what, when

#: Headers folded only past RFC 5322's limit of 998 octets: folding an address list at 78,
#: the e-mail package (Python 3.12 and older) may write the comma between two addresses as an
#: encoded word, and the next recipient disappears from To: for every reader. Display names
#: are short enough (escaping.email_header.DISPLAY_NAME_MAX) never to need it.
_WIRE = SMTP.clone(max_line_length=998)

#: The statuses a reminder mail counts, in the order the subject names them.
COUNTED = ("overdue", "missing", "due_soon")

_COUNT: dict[str, tuple[Message, Message]] = {  # (one, many)
    "overdue": (
        Message(es="{n} vencida", en="{n} overdue"),
        Message(es="{n} vencidas", en="{n} overdue"),
    ),
    "missing": (
        Message(es="{n} pendiente", en="{n} pending"),
        Message(es="{n} pendientes", en="{n} pending"),
    ),
    "due_soon": (
        Message(es="{n} por vencer", en="{n} due soon"),
        Message(es="{n} por vencer", en="{n} due soon"),
    ),
}
_SUBJECT = Message(
    es="ine-redes · {clave}: obligaciones {counts}", en="ine-redes · {clave}: obligations {counts}"
)
_INTRO = Message(
    es="Al {as_of}, el área {nombre} ({clave}) tiene obligaciones de los Lineamientos para la "
    "administración de las cuentas de correo electrónico asociadas a las cuentas de redes "
    "sociales del INE que requieren atención: {counts}.",
    en="As of {as_of}, the area {nombre} ({clave}) has obligations under INE's guidelines for "
    "the e-mail accounts tied to its social-media accounts that need attention: {counts}.",
)
_DEADLINE = Message(es="Plazo", en="Deadline")
_HOW = Message(es="Cómo atenderlo", en="How to fix it")
_BASIS = Message(es="Fundamento: numeral {clause} de los Lineamientos", en="Basis: clause {clause}")
_WHERE = Message(es="Registro: {file}, línea {line}", en="Record: {file}, line {line}")
_CLOSING = Message(
    es="Se adjunta un calendario (.ics) con las fechas de esta área. Una vez atendida cada "
    "obligación, regístrela en el archivo del área mediante una solicitud de cambios (pull "
    "request). Este aviso lo envía ine-redes automáticamente; para dudas escriba a {contacto}.",
    en="A calendar (.ics) with this area's dates is attached. Once an obligation is met, record "
    "it in the area's file through a pull request. This notice is sent automatically by "
    "ine-redes; for questions write to {contacto}.",
)
_SENDER = Message(es="ine-redes (CNCS)", en="ine-redes (CNCS)")
_CALENDAR_NAME = Message(es="{clave}-obligaciones.ics", en="{clave}-obligations.ics")


@dataclass(frozen=True)
class MailSettings:
    """Who sends, as :class:`validator.models.catalogs.CorreoRecordatorios` says."""

    remitente: str
    nombre_remitente: str | None = None
    responder_a: str | None = None


@dataclass(frozen=True)
class Outgoing:
    """One message ready to send: its area, its recipients and its identity."""

    area: str
    message_id: str
    recipients: tuple[str, ...]
    message: EmailMessage

    def as_bytes(self) -> bytes:
        return self.message.as_bytes(policy=_WIRE)


def recipients(area: AreaReminders) -> list[tuple[str, str]]:
    """(name, address) of the titular and the administradores, each address once."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    people = [(area.titular.nombre, area.titular.correo)]
    people += [(p.nombre, p.correo) for p in area.administradores]
    for name, address in people:
        if address.casefold() not in seen:
            seen.add(address.casefold())
            out.append((name, address))
    return out


_LAST_OF = Message(es="{most} y {last}", en="{most} and {last}")


def counts_phrase(area: AreaReminders, lang: str) -> str:
    parts = []
    for status in COUNTED:
        n = sum(1 for item in area.due if item.obligation.status == status)
        if n:
            parts.append(_COUNT[status][0 if n == 1 else 1].render(lang, {"n": n}))
    if len(parts) > 1:
        return _LAST_OF.format(lang, most=", ".join(parts[:-1]), last=parts[-1])
    return parts[0] if parts else ""


@dataclass(frozen=True)
class _Entry:
    status: str
    what: str
    when: str
    how: str
    basis: str
    where: str


def _entries(rem: Reminders, area: AreaReminders, lang: str) -> list[_Entry]:
    def entry(item: Item) -> _Entry:
        ob = item.obligation
        return _Entry(
            status=status_label(ob.status, lang).upper(),
            what=what(ob, lang),
            when=f"{when(ob, lang)}; {last(ob, lang)}",
            how=how(ob, lang, rem.correo_cncs),
            basis=_BASIS.render(lang, {"clause": clause(ob.kind)}),
            where=_WHERE.render(lang, {"file": item.file, "line": item.line}),
        )

    return [entry(item) for item in area.due]


def _text(intro: str, entries: list[_Entry], closing: str, lang: str) -> str:
    lines = [intro, ""]
    for n, e in enumerate(entries, 1):
        lines += [
            f"{n}. {e.status} — {e.what}",
            f"   {_DEADLINE.render(lang, {})}: {e.when}.",
            f"   {_HOW.render(lang, {})}: {e.how}",
            f"   {e.basis}. {e.where}.",
            "",
        ]
    lines.append(closing)
    return "\n".join(lines) + "\n"


def _html(title: str, intro: str, entries: list[_Entry], closing: str, lang: str) -> str:
    esc = escape
    items = "".join(
        f"<li><p><strong>{esc(e.status)}</strong> — {esc(e.what)}<br>"
        f"{esc(_DEADLINE.render(lang, {}))}: {esc(e.when)}.<br>"
        f"{esc(_HOW.render(lang, {}))}: {esc(e.how)}<br>"
        f"<small>{esc(e.basis)}. {esc(e.where)}.</small></p></li>"
        for e in entries
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        f'<body style="font-family: sans-serif; max-width: 40em">\n'
        f"<p>{esc(intro)}</p>\n<ol>{items}</ol>\n<p>{esc(closing)}</p>\n</body></html>\n"
    )


def message_id(area: AreaReminders, as_of: date, content: str, domain: str) -> str:
    """``<digest@domain>``: the same area, day and content give the same identity."""
    digest = hashlib.sha256(f"{area.clave}\0{as_of.isoformat()}\0{content}".encode()).hexdigest()
    return f"<{digest[:40]}.{area.clave}@{domain}>"


def build_message(
    rem: Reminders,
    area: AreaReminders,
    settings: MailSettings,
    now: datetime,
    lang: str = "es",
) -> Outgoing:
    """The reminder mail of one area (which must have something due)."""
    counts = counts_phrase(area, lang)
    subject = header_text(_SUBJECT.render(lang, {"clave": area.clave, "counts": counts}))
    params = {"as_of": rem.as_of, "nombre": area.nombre, "clave": area.clave, "counts": counts}
    intro = _INTRO.render(lang, params)
    closing = _CLOSING.render(lang, {"contacto": settings.responder_a or rem.correo_cncs})
    entries = _entries(rem, area, lang)
    text = _text(intro, entries, closing, lang)
    people = recipients(area)
    addresses = tuple(address for _, address in people)
    calendar = ics.render(replace(rem, areas=[area], skipped=[]), lang)

    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = Address(
        display_name=display_name(settings.nombre_remitente or _SENDER.render(lang, {})),
        addr_spec=settings.remitente,
    )
    msg["To"] = [Address(display_name=display_name(name), addr_spec=a) for name, a in people]
    if settings.responder_a:
        msg["Reply-To"] = settings.responder_a
    msg["Date"] = format_datetime(now)
    domain = settings.remitente.rpartition("@")[2]
    content = "\0".join([subject, text, calendar, *addresses])
    ident = message_id(area, rem.as_of, content, domain)
    msg["Message-ID"] = ident
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    msg["Content-Language"] = lang
    msg.set_content(text)
    msg.add_alternative(_html(subject, intro, entries, closing, lang), subtype="html")
    msg.add_attachment(
        calendar.encode("utf-8"),
        maintype="text",
        subtype="calendar",
        filename=_CALENDAR_NAME.render(lang, {"clave": area.clave}),
        params={"method": "PUBLISH", "charset": "utf-8"},
    )
    return Outgoing(area.clave, ident, addresses, msg)


def build_all(
    rem: Reminders, settings: MailSettings, now: datetime, lang: str = "es"
) -> list[Outgoing]:
    """One message per area with something due, in the reminders' order."""
    return [build_message(rem, area, settings, now, lang) for area in rem.due_areas]
