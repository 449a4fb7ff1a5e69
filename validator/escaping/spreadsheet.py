"""The spreadsheet channel: what a CSV or XLSX cell may hold (CNCS roster, UTSI list, history).

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return) as a formula: a name such as ``=HYPERLINK("http://…")``
typed into an area file would otherwise run on the computer of whoever opens the CNCS roster
or the UTSI list. Following OWASP's advice on CSV injection, such a cell gets a leading
apostrophe; it is then plain text everywhere. XLSX cells are also written as strings.

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 (and so XLSX) cannot hold; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Office Open XML reads ``_xHHHH_`` in a cell's text as the character U+HHHH (ECMA-376
# ST_Xstring: Excel decodes every one, LibreOffice those of control characters), so typed
# text ``Juan_x000A_Pérez`` would show a line break, ``_x202E_`` a bidi override, ``_x003D_``
# a leading "=". Its underscore written as ``_x005F_`` (the escape of "_") keeps it text.
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPED = re.compile(r"_x005[Ff]_(?=x[0-9A-Fa-f]{4}_)")


def neutralise(value: str) -> str:
    """The cell text, with a leading ``'`` when a spreadsheet would run it as a formula."""
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


# Mexican area codes of two digits (Mexico City, Guadalajara, Monterrey); the rest have three.
_TWO_DIGIT_AREA_CODES = ("55", "56", "33", "81")


def phone_text(value: str) -> str:
    """A telephone number as spreadsheet text.

    A number written with digits only (``3336000000``) is what a spreadsheet's CSV import
    turns into a number (LibreOffice, with its default options, reads every plain decimal
    string as one: ``3.336E+09``, leading zeros lost). A quote or an apostrophe does not stop
    it, but any character that is not part of a number does, so such a number is written as
    Mexican numbers are written, in groups (``33 3600 0000``, ``449 910 0000``,
    ``(+52) 33 3600 0000``). Anything else (``"449 910 0000 ext. 12"``) stays as typed.
    """
    text = value.strip()
    if text.startswith("+52") and re.fullmatch(r"[0-9]{10}", text[3:]):
        # Not "+52 ...": a leading "+" is a formula in a spreadsheet (see neutralise).
        return "(+52) " + _national(text[3:])
    if not re.fullmatch(r"[0-9]+", text):
        return value
    if len(text) == 10:
        return _national(text)
    groups: list[str] = []  # any other length: blocks of four from the right (never a valid number)
    while text:
        groups.insert(0, text[-4:])
        text = text[:-4]
    return " ".join(groups)


def _national(digits: str) -> str:
    """Ten digits as ``55 5900 0000`` or ``449 910 0000``, by the length of the area code."""
    if digits.startswith(_TWO_DIGIT_AREA_CODES):
        return f"{digits[:2]} {digits[2:6]} {digits[6:]}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def restore(value: str) -> str:
    """The value :func:`neutralise` was given: its apostrophe taken off again (import)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def xlsx_text(value: str) -> str:
    """A neutralised cell text that XLSX can store (illegal control characters replaced) and
    that a spreadsheet shows as written (``_xHHHH_`` kept as text, see ``_OOXML_ESCAPE``)."""
    return neutralise(_OOXML_ESCAPE.sub("_x005F_", _XML_ILLEGAL.sub("\ufffd", value)))


def xlsx_restore(value: str) -> str:
    """The value :func:`xlsx_text` was given, from the cell text openpyxl reads (it decodes
    no ``_xHHHH_``): the ``_x005F_`` put before an escape-like sequence taken off again."""
    return restore(_OOXML_ESCAPED.sub("_", value))
