"""``ine-redes rules``: the rule registry listed as text or JSON; renderers and their registry
(the pattern of :mod:`validator.output_formats`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from validator.i18n import t
from validator.output_formats import Formats

if TYPE_CHECKING:
    from validator.rules.base import Rule

FORMATS: Formats[Callable[[Iterable[Rule], str], str]] = Formats(
    {
        "text": "validator.reporters.rule_list:render_text",
        "json": "validator.reporters.rule_list:render_json",
    }
)


def _rows(rules: Iterable[Rule], lang: str) -> list[dict[str, str]]:
    return [
        {
            "id": r.id,
            "severity": r.severity.value,
            "clause": r.clause,
            "description": r.summary.text(lang),
        }
        for r in rules
    ]


def render_json(rules: Iterable[Rule], lang: str = "es") -> str:
    data = {"version": 1, "rules": _rows(rules, lang)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_text(rules: Iterable[Rule], lang: str = "es") -> str:
    rows = _rows(rules, lang)
    width = max(len(r["id"]) for r in rows)
    lines = [
        f"{r['id']:<{width}}  {t(r['severity'], lang):<7}  {r['clause']:<22}  {r['description']}"
        for r in rows
    ]
    return "\n".join(lines) + "\n"
