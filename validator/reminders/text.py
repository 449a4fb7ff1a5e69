"""Reminders for a terminal: one block per area with its titular, most urgent first."""

from __future__ import annotations

from validator.escaping.terminal import visible
from validator.i18n import Message
from validator.reminders.collect import Reminders
from validator.reminders.texts import how, last, status_label, what, when

_HEADLINE = Message(
    es="Recordatorios al {as_of} (vencen en {within} días o menos): {overdue_es}, "
    "{missing_es}, {due_soon} por vencer en {areas_es}.",
    en="Reminders as of {as_of} (due within {within} days): {overdue_en} overdue, "
    "{missing_en} pending, {due_soon} due soon in {areas_en}.",
)
_SKIPPED = Message(
    es="Se omitieron archivos de área inválidos (ejecute `ine-redes validate`): {files}",
    en="Skipped invalid area files (run `ine-redes validate`): {files}",
)
_NOTHING_DUE = Message(es="Nada vence ni está pendiente en ese plazo.", en="Nothing is due.")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def headline(rem: Reminders, lang: str) -> str:
    c = rem.counts()
    n = len(rem.due_areas)
    return _HEADLINE.format(
        lang,
        as_of=rem.as_of.isoformat(),
        within=rem.within,
        due_soon=c["due_soon"],
        overdue_en=c["overdue"],
        missing_en=c["missing"],
        areas_en=_count(n, "area", "areas"),
        overdue_es=_count(c["overdue"], "vencida", "vencidas"),
        missing_es=_count(c["missing"], "pendiente", "pendientes"),
        areas_es=_count(n, "área", "áreas"),
    )


def skipped_note(rem: Reminders, lang: str) -> str | None:
    if not rem.skipped:
        return None
    files = ", ".join(rem.skipped)
    return _SKIPPED.format(lang, files=files)


def render(rem: Reminders, lang: str = "es") -> str:
    lines = [headline(rem, lang)]
    note = skipped_note(rem, lang)
    if note:
        lines.append(note)
    if not rem.due_areas:
        lines.append(_NOTHING_DUE.text(lang))
    width = max(len(status_label(s, lang)) for s in ("overdue", "missing", "due_soon"))
    for area in rem.due_areas:
        t = area.titular
        lines += [
            "",
            f"{area.clave} — {area.nombre}",
            f"  Titular: {t.nombre} <{t.correo}> (@{t.github})",
        ]
        for item in area.due:
            ob = item.obligation
            lines.append(
                f"  {status_label(ob.status, lang).upper():<{width}}  {what(ob, lang)}: "
                f"{when(ob, lang)}; {last(ob, lang)}. {item.file}:{item.line}"
            )
            lines.append(f"  {'':<{width}}  {how(ob, lang, rem.correo_cncs)}")
    return "\n".join(visible(line) for line in lines) + "\n"  # no value forges a line
