"""Reminders as an iCalendar (RFC 5545) feed a titular can subscribe to.

One VEVENT per obligation: every pending one and the next date of each recurring one
(password rotations, quarterly report). All-day events on the due date (pending items
without a term sit on the as-of date), a stable UID, an alarm ``aviso_anticipado_dias``
before. Written by hand: CRLF line ends and folding at 75 octets; TEXT values are escaped by
the iCalendar channel (:mod:`validator.escaping.icalendar`).
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from validator.escaping.icalendar import text as escape_text
from validator.i18n import Message
from validator.reminders.collect import AreaReminders, Item, Reminders
from validator.reminders.texts import clause, how, last, status_label, what, when

CRLF = "\r\n"
MAX_OCTETS = 75


def fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue after CRLF + one space.

    Never splits a UTF-8 sequence; the leading space of a continuation counts.
    """
    out: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += n
    out.append(current)
    return CRLF.join(out)


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def uid(area: AreaReminders, item: Item) -> str:
    """Stable across runs: kind, area, subject, and the due date (a new date, a new event)."""
    ob = item.obligation
    subject = hashlib.sha256(f"{ob.subject}|{ob.role or ''}".encode()).hexdigest()[:12]
    due = _date(ob.due) if ob.due else "pendiente"
    return f"{ob.kind}-{area.clave}-{subject}-{due}@ine-redes"


_CLAUSE_AT = Message(es="Cláusula {clause}; {where}", en="Clause {clause}; {where}")
_CALENDAR_NAME = Message(
    es="ine-redes: obligaciones ({scope})", en="ine-redes: obligations ({scope})"
)


def _event(rem: Reminders, area: AreaReminders, item: Item, lang: str) -> list[str]:
    ob = item.obligation
    start = ob.due or rem.as_of
    summary = f"[{area.clave}] {what(ob, lang)}"
    if ob.status != "ok":
        summary = f"{status_label(ob.status, lang)}: {summary}"
    description = "\n".join(
        [
            f"{area.nombre} ({area.clave})",
            f"Titular: {area.titular.nombre} <{area.titular.correo}>",
            f"{what(ob, lang)}: {when(ob, lang)}; {last(ob, lang)}.",
            how(ob, lang, rem.correo_cncs),
            _CLAUSE_AT.format(lang, clause=clause(ob.kind), where=f"{item.file}:{item.line}"),
        ]
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(area, item)}",
        f"DTSTAMP:{_date(rem.as_of)}T000000Z",
        f"DTSTART;VALUE=DATE:{_date(start)}",
        f"DTEND;VALUE=DATE:{_date(start + timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(ob.kind)}",
        "TRANSP:TRANSPARENT",
    ]
    if ob.due is not None and rem.aviso_anticipado_dias > 0 and ob.status == "ok":
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            f"TRIGGER;RELATED=START:-P{rem.aviso_anticipado_dias}D",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def render(rem: Reminders, lang: str = "es") -> str:
    scope = rem.areas[0].clave if len(rem.areas) == 1 else "INE"
    name = _CALENDAR_NAME.format(lang, scope=scope)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//INE//ine-redes reminders//ES",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for area in rem.areas:
        for item in sorted(area.calendar, key=lambda i: uid(area, i)):
            lines += _event(rem, area, item, lang)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
