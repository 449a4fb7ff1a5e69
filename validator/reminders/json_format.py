"""Reminders as one stable JSON object (version 1) for machines."""

from __future__ import annotations

import json
from typing import Any

from validator.reminders.collect import AreaReminders, Item, Reminders
from validator.reminders.texts import clause, how, what, when


def item_dict(item: Item, lang: str, correo_cncs: str) -> dict[str, Any]:
    ob = item.obligation
    return {
        "kind": ob.kind,
        "clause": clause(ob.kind),
        "status": ob.status,
        "subject": ob.subject,
        "role": ob.role,
        "due": ob.due.isoformat() if ob.due else None,
        "last_done": ob.last_done.isoformat() if ob.last_done else None,
        "days_left": ob.days_left,
        "file": item.file,
        "line": item.line,
        "column": item.column,
        "message": f"{what(ob, lang)}: {when(ob, lang)}. {how(ob, lang, correo_cncs)}",
    }


def area_dict(area: AreaReminders, lang: str, correo_cncs: str) -> dict[str, Any]:
    return {
        "clave": area.clave,
        "nombre": area.nombre,
        "tipo": area.tipo,
        "entidad": area.entidad,
        "distrito": area.distrito,
        "file": area.file,
        "titular": {
            "nombre": area.titular.nombre,
            "correo": area.titular.correo,
            "github": area.titular.github,
        },
        "items": [item_dict(i, lang, correo_cncs) for i in area.due],
    }


def render(rem: Reminders, lang: str = "es") -> str:
    c = rem.counts()
    doc = {
        "version": 1,
        "as_of": rem.as_of.isoformat(),
        "within": rem.within,
        "areas": [area_dict(a, lang, rem.correo_cncs) for a in rem.due_areas],
        "summary": {
            "areas": len(rem.areas),
            "areas_with_items": len(rem.due_areas),
            "items": c["due"],
            "overdue": c["overdue"],
            "missing": c["missing"],
            "due_soon": c["due_soon"],
        },
        "skipped": rem.skipped,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
