"""Stable JSON for machines: one object on stdout (contract: cli.md).

The bytes are those of ``json.dump(payload, out, ensure_ascii=False, indent=2)``, written
in a few large pieces: each finding is a flat object of strings, integers and nulls, so it
is formatted directly (strings by ``json``'s own encoder) instead of by ``json``'s
pure-Python indenting encoder, and a block of findings goes out in one ``write``.
"""

from __future__ import annotations

import json
from typing import IO, Any

from validator.engine import Result
from validator.findings import Lang
from validator.reporters import summary_counts

_BLOCK = 2000  # findings per write
_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # no ensure_ascii


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return _string(value)  # type: ignore[no-any-return]
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def _object(values: dict[str, Any], indent: str) -> str:
    """A flat object as ``json.dump(..., indent=2)`` writes it at depth ``indent``."""
    if not values:
        return "{}"
    inner = indent + "  "
    items = f",\n{inner}".join(f"{_string(k)}: {_scalar(v)}" for k, v in values.items())
    return f"{{\n{inner}{items}\n{indent}}}"


class JsonReporter:
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None:
        self.lang = lang

    def report(self, result: Result, out: IO[str]) -> None:
        findings = result.findings
        out.write(
            "{\n"
            f'  "version": 1,\n'
            f'  "as_of": {_string(result.as_of.isoformat())},\n'
            f'  "findings": {"[" if findings else "[],"}'
        )
        for start in range(0, len(findings), _BLOCK):
            block = findings[start : start + _BLOCK]
            lead = "\n    " if start == 0 else ",\n    "
            out.write(lead + ",\n    ".join(_object(f.to_dict(self.lang), "    ") for f in block))
        if findings:
            out.write("\n  ],")
        out.write(f'\n  "summary": {_object(summary_counts(result), "  ")}\n}}\n')
