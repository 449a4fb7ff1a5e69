"""Spreadsheet safety: what a CSV or XLSX cell may hold.

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return) as a formula: a name such as ``=HYPERLINK("http://…")``
typed into an area file would otherwise run on the computer of whoever opens the CNCS roster
or the UTSI list. Following OWASP's advice on CSV injection, such a cell gets a leading
apostrophe; it is then plain text everywhere. XLSX cells are also written as strings.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 (and so XLSX) cannot hold; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def neutralise(value: str) -> str:
    """The cell text, with a leading ``'`` when a spreadsheet would run it as a formula."""
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The value :func:`neutralise` was given: its apostrophe taken off again (import)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def xlsx_text(value: str) -> str:
    """A neutralised cell text that XLSX can store (illegal control characters replaced)."""
    return neutralise(_XML_ILLEGAL.sub("\ufffd", value))


# Inline Markdown that could turn a value into markup: code, emphasis, links, cell breaks.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value: str) -> str:
    """Text for a Markdown table cell or heading: nothing in it is markup.

    HTML-significant characters become entities, Markdown punctuation is backslash-escaped,
    line breaks become spaces (a table row is one line).
    """
    text = " ".join(value.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    return _MD_SPECIAL.sub(r"\\\1", text)
