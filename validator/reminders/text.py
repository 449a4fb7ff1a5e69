"""Reminders for a terminal: one block per area with its titular, most urgent first."""

from __future__ import annotations

from validator.escaping.terminal import visible
from validator.reminders.collect import Reminders
from validator.reminders.texts import how, last, status_label, what, when


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def headline(rem: Reminders, lang: str) -> str:
    c = rem.counts()
    n = len(rem.due_areas)
    if lang == "en":
        return (
            f"Reminders as of {rem.as_of.isoformat()} (due within {rem.within} days): "
            f"{c['overdue']} overdue, {c['missing']} pending, {c['due_soon']} due soon "
            f"in {_count(n, 'area', 'areas')}."
        )
    return (
        f"Recordatorios al {rem.as_of.isoformat()} (vencen en {rem.within} días o menos): "
        f"{_count(c['overdue'], 'vencida', 'vencidas')}, "
        f"{_count(c['missing'], 'pendiente', 'pendientes')}, {c['due_soon']} por vencer "
        f"en {_count(n, 'área', 'áreas')}."
    )


def skipped_note(rem: Reminders, lang: str) -> str | None:
    if not rem.skipped:
        return None
    files = ", ".join(rem.skipped)
    if lang == "en":
        return f"Skipped invalid area files (run `ine-redes validate`): {files}"
    return f"Se omitieron archivos de área inválidos (ejecute `ine-redes validate`): {files}"


def render(rem: Reminders, lang: str = "es") -> str:
    en = lang == "en"
    lines = [headline(rem, lang)]
    note = skipped_note(rem, lang)
    if note:
        lines.append(note)
    if not rem.due_areas:
        lines.append("Nothing is due." if en else "Nada vence ni está pendiente en ese plazo.")
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
