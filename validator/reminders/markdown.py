"""Reminders in GitHub Markdown, grouped by area and titular (the daily workflow posts it)."""

from __future__ import annotations

from validator.escaping.markdown import code, mention
from validator.escaping.markdown import text as esc
from validator.i18n import Message
from validator.obligations import KINDS
from validator.reminders.collect import Reminders
from validator.reminders.text import headline, skipped_note
from validator.reminders.texts import clause, how, kind_label, last, status_label, what, when

_MARK = {"overdue": "🔴", "missing": "🔴", "due_soon": "🟡", "ok": "🟢"}

_TITLE = Message(es="## Recordatorios al {as_of}", en="## Reminders as of {as_of}")
_NOTHING_DUE = Message(es="Nada vence ni está pendiente. ✅", en="Nothing is due. ✅")
_HOW_TO_ACT = Message(es="**Cómo atender cada tipo:**", en="**How to act on each kind:**")
_TABLE_HEAD = Message(
    es="| Estado | Obligación | Vence | Último | Dónde |",
    en="| Status | Obligation | Due | Last | Where |",
)


def render(rem: Reminders, lang: str = "es") -> str:
    out = [
        _TITLE.format(lang, as_of=rem.as_of.isoformat()),
        "",
        esc(headline(rem, lang)),
    ]
    note = skipped_note(rem, lang)
    if note:
        out += ["", f"> {esc(note)}"]
    if not rem.due_areas:
        out += ["", _NOTHING_DUE.text(lang)]
    present = {i.kind for a in rem.due_areas for i in a.due}
    if present:
        out += ["", _HOW_TO_ACT.text(lang), ""]
        for kind in KINDS:
            if kind in present:
                sample = next(i.obligation for a in rem.due_areas for i in a.due if i.kind == kind)
                out.append(
                    f"- {esc(kind_label(kind, lang))} ({clause(kind)}): "
                    f"{esc(how(sample, lang, rem.correo_cncs))}"
                )
    head = _TABLE_HEAD.text(lang)
    for area in rem.due_areas:
        t = area.titular
        out += [
            "",
            f"### {esc(area.clave)} — {esc(area.nombre)}",
            "",
            f"Titular: {esc(t.nombre)} ({esc(t.correo)}) {mention(t.github)}",
            "",
            head,
            "|---|---|---|---|---|",
        ]
        for item in area.due:
            ob = item.obligation
            status = f"{_MARK[ob.status]} {status_label(ob.status, lang)}"
            task = esc(what(ob, lang))
            where = code(f"{item.file}:{item.line}")
            out.append(
                f"| {status} | {task} | {esc(when(ob, lang))} | {esc(last(ob, lang))} | {where} |"
            )
    return "\n".join(out) + "\n"
