"""``ine-redes verify``'s answer as text or JSON: renderers and their registry (the pattern
of :mod:`validator.output_formats`). The decision is :meth:`validator.accounts.Registry.verify`'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from validator.i18n import Message
from validator.output_formats import Formats

if TYPE_CHECKING:
    from validator.accounts import Verdict

FORMATS: Formats[Callable[[Verdict, str], str]] = Formats(
    {
        "text": "validator.reporters.verify:render_text",
        "json": "validator.reporters.verify:render_json",
    }
)

_OFFICIAL = Message(
    es="OFICIAL: «{query}» es una cuenta oficial del INE.\n",
    en="OFFICIAL: «{query}» is an official INE account.\n",
)
_AREA = Message(es="área", en="area")
_NOT_OFFICIAL = Message(
    es="NO OFICIAL: «{query}» {reason}.\n", en="NOT OFFICIAL: «{query}» {reason}.\n"
)
_CHECK_THE_LIST = Message(
    es="  Consulte el registro de cuentas oficiales "
    "(generated/publico/cuentas-oficiales.html) y reporte las suplantaciones "
    "a la CNCS.\n",
    en="  Check the list of official accounts "
    "(generated/publico/cuentas-oficiales.html) and report impersonations to "
    "the CNCS.\n",
)


def reason_text(code: str, lang: str) -> str:
    """Why an address or handle is not official, from its code."""
    from validator.accounts import REASONS

    entry = REASONS.get(code) or REASONS["desconocida"]
    return entry.text(lang)


def render_json(verdict: Verdict, lang: str = "es") -> str:
    data = {"version": 1, **verdict.to_dict()}
    if verdict.reason:
        data["reason_text"] = reason_text(verdict.reason, lang)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_text(verdict: Verdict, lang: str = "es") -> str:
    if verdict.official:
        out = [_OFFICIAL.render(lang, {"query": verdict.query})]
        for m in verdict.matches:
            out.append(
                f"  {m.plataforma_nombre} @{m.usuario} — {m.url}\n"
                f"    {_AREA.text(lang)}: {m.area} ({m.clave})\n"
            )
        return "".join(out)
    reason = reason_text(verdict.reason or "desconocida", lang)
    # render, not format: the query is whatever was pasted (a phishing link): its hidden
    # characters are shown as escapes, never sent to the terminal (validator.escaping.terminal)
    answer = _NOT_OFFICIAL.render(lang, {"query": verdict.query, "reason": reason})
    return answer + _CHECK_THE_LIST.text(lang)
