"""YAML text written by hand, not dumped: the key order and comments people expect.

:func:`scalar` writes a string plain only when every YAML reader gives it back unchanged
(YAML 1.1 readers included: ``no``, ``on``, ``0123``, ``1:30``, ``2026-01-15`` ... are quoted)
and double-quoted otherwise.

Floor 2 (loading): the writer of the same YAML dialect the loader reads (it asks the loader
whether a plain scalar reads back unchanged), shared by the tools that write files for
people (``authoring``, ``importing``), which stand side by side and never import each other.
"""

from __future__ import annotations

import json
import re
from datetime import date

import yaml

from validator.escaping.terminal import visible
from validator.loading.yaml_loader import load_text

# YAML 1.1 booleans PyYAML does not resolve but other readers do.
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
# Numbers in any YAML version (1.2 core: 1e3, 0o17, .inf; 1.1: 1_000, 0b1, 190:20:30).
_NUMBER_LIKE = re.compile(
    r"[-+]?(\.\d+|\d[\d_]*(\.\d*)?)([eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|0b[01_]+"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[-+]?\d[\d_]*(:[0-5]?\d)+(\.\d*)?"
)
# Letters, digits and a few inner punctuation marks (a colon not followed by a space), starting
# with a letter and ending with a letter, digit, dot, slash or parenthesis: plain in every YAML
# reader unless a reserved word. The cheap check that spares most values the two trial parses
# of :func:`_plain_ok` (tests/loading/test_yaml_emit.py checks that the two agree).
_OBVIOUSLY_PLAIN = re.compile(r"[^\W\d_]([\w .@/'’()?=&%~+-]|:(?! ))*[\w.)/]|[^\W\d_]")
COMMENT_COLUMN = 37  # comments start here (0-based), as in the sample inventory


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or not text.isprintable():
        return False
    if text[0] in _INDICATORS or text.lower() in _YAML11_WORDS or _NUMBER_LIKE.fullmatch(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or any(c in text for c in "[]{},"):
        return False
    try:
        if yaml.safe_load(f"k: {text}\n") != {"k": text}:  # YAML 1.1 resolution
            return False
    except yaml.YAMLError:
        return False
    doc = load_text(f"k: {text}\n")
    return doc.error is None and doc.data == {"k": text}


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is valid YAML), every character that
    is not printable written as an escape: YAML reads a raw NEL or U+2028 as a line break and
    refuses a raw DEL, and a JSON surrogate pair (``\\ud83d\\ude00``) is no YAML escape."""
    body = json.dumps(text, ensure_ascii=False)
    return "".join(c if c.isprintable() else _escape(c) for c in body)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def scalar(value: object) -> str:
    """One value as YAML text: dates ISO, booleans, integers, strings plain or quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if (
        _OBVIOUSLY_PLAIN.fullmatch(text)
        and text.lower() not in _YAML11_WORDS
        and not any(s in text for s in (": ", " #", "  "))
    ):
        return text
    return text if _plain_ok(text) else quoted(text)


def flow_list(values: list[str]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


class Lines:
    """Builds the file line by line, with comments aligned at :data:`COMMENT_COLUMN`."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def raw(self, text: str = "") -> None:
        self.lines.append(text)

    def comment(self, indent: int, text: str) -> None:
        """A comment line: one line whatever ``text`` holds (a line break in it would end
        the comment and write the rest as YAML), its hidden characters shown as escapes."""
        self.lines.append(" " * indent + "# " + visible(text))

    def key(self, indent: int, key: str, value: str | None = None, note: str | None = None) -> None:
        line = " " * indent + key + ":" + ("" if value is None else " " + value)
        if note:
            note = visible(note)  # one line, as in comment()
            if len(line) < COMMENT_COLUMN - 1:
                line = line.ljust(COMMENT_COLUMN) + "# " + note
            else:
                line = line + "  # " + note
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"
