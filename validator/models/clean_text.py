"""Which characters a text field of the inventory refuses, defined by Unicode properties.

Every string field of every file kind (areas and the three catalogues) goes through
:func:`check_line` (single-line fields) or :func:`check_multiline` (free text that may run
over several lines: an incident's ``descripcion``). A character is refused when it is

* a control character (General_Category ``Cc``: C0, DEL, C1), except line feed and tab in
  multi-line text - ESC starts terminal escape sequences, CR and NEL forge lines;
* a format character (``Cf``), which includes every bidirectional control
  (``Bidi_Control``: U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069: "Trojan Source"),
  zero-width characters (U+200B-U+200D, U+2060), the soft hyphen and the tag characters
  (U+E0001, U+E0020-U+E007F);
* a default-ignorable code point (``Default_Ignorable_Code_Point``, DerivedCoreProperties:
  ``Cf`` + ``Other_Default_Ignorable_Code_Point`` + ``Variation_Selector``, less white space
  and a few visible format characters): the Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
  U+034F COMBINING GRAPHEME JOINER, the variation selectors U+180B-U+180F, U+FE00-U+FE0F,
  U+E0100-U+E01EF - characters that render as nothing and make two names that look equal
  differ, or a name that looks empty;
* a line or paragraph separator (``Zl``, ``Zp``: U+2028, U+2029), which break lines like LF;
* a non-character (``Noncharacter_Code_Point``: U+FDD0-U+FDEF and the last two code points
  of every plane), a surrogate (``Cs``), a private-use character (``Co``: no meaning outside
  a private agreement; fonts draw them as arbitrary icons) or an unassigned code point
  (``Cn``: it has no meaning yet and may become any character later).

Visible spaces (U+00A0 and the other ``Zs``) are accepted: they are white space, not hidden.

The properties come from the ``regex`` module's Unicode database (``\\p{…}``), a well-kept
library that exposes ``Default_Ignorable_Code_Point``, which Python's ``unicodedata`` does
not; names come from ``unicodedata`` and, for control characters (which have no name), from
their formal aliases in NameAliases.txt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

from validator.i18n import Message

# In ASCII, the refused characters are exactly the C0 controls and DEL (tests check it):
# most values are ASCII, and this check needs neither the regex module nor its tables.
_ASCII_LINE = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # tab and line feed allowed

REFUSED_PROPERTIES = (
    r"\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}"
    r"\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Noncharacter_Code_Point}"
)
_PATTERNS: dict[bool, Any] = {}


def _pattern(multiline: bool) -> Any:
    """The compiled ``regex`` pattern of the refused set (compiled on first non-ASCII text)."""
    found = _PATTERNS.get(multiline)
    if found is None:
        import regex

        if multiline:
            found = regex.compile(rf"(?V1)[[{REFUSED_PROPERTIES}]--[\t\n]]")
        else:
            found = regex.compile(rf"[{REFUSED_PROPERTIES}]")
        _PATTERNS[multiline] = found
    return found


def refused_at(value: str, *, multiline: bool = False) -> int:
    """Index of the first refused character of ``value``, or -1 when it is clean."""
    if value.isascii():
        m = (_ASCII_MULTILINE if multiline else _ASCII_LINE).search(value)
    else:
        m = _pattern(multiline).search(value)
    return -1 if m is None else m.start()


# Formal aliases (NameAliases.txt, type "control" or "figment") of the 65 control characters,
# which have no character name of their own; tests check each one with unicodedata.lookup.
_CONTROL_NAMES = dict(
    zip(
        [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)],
        [
            "NULL",
            "START OF HEADING",
            "START OF TEXT",
            "END OF TEXT",
            "END OF TRANSMISSION",
            "ENQUIRY",
            "ACKNOWLEDGE",
            "ALERT",
            "BACKSPACE",
            "CHARACTER TABULATION",
            "LINE FEED",
            "LINE TABULATION",
            "FORM FEED",
            "CARRIAGE RETURN",
            "SHIFT OUT",
            "SHIFT IN",
            "DATA LINK ESCAPE",
            "DEVICE CONTROL ONE",
            "DEVICE CONTROL TWO",
            "DEVICE CONTROL THREE",
            "DEVICE CONTROL FOUR",
            "NEGATIVE ACKNOWLEDGE",
            "SYNCHRONOUS IDLE",
            "END OF TRANSMISSION BLOCK",
            "CANCEL",
            "END OF MEDIUM",
            "SUBSTITUTE",
            "ESCAPE",
            "INFORMATION SEPARATOR FOUR",
            "INFORMATION SEPARATOR THREE",
            "INFORMATION SEPARATOR TWO",
            "INFORMATION SEPARATOR ONE",
            "DELETE",
            "PADDING CHARACTER",
            "HIGH OCTET PRESET",
            "BREAK PERMITTED HERE",
            "NO BREAK HERE",
            "INDEX",
            "NEXT LINE",
            "START OF SELECTED AREA",
            "END OF SELECTED AREA",
            "CHARACTER TABULATION SET",
            "CHARACTER TABULATION WITH JUSTIFICATION",
            "LINE TABULATION SET",
            "PARTIAL LINE FORWARD",
            "PARTIAL LINE BACKWARD",
            "REVERSE LINE FEED",
            "SINGLE SHIFT TWO",
            "SINGLE SHIFT THREE",
            "DEVICE CONTROL STRING",
            "PRIVATE USE ONE",
            "PRIVATE USE TWO",
            "SET TRANSMIT STATE",
            "CANCEL CHARACTER",
            "MESSAGE WAITING",
            "START OF GUARDED AREA",
            "END OF GUARDED AREA",
            "START OF STRING",
            "SINGLE GRAPHIC CHARACTER INTRODUCER",
            "SINGLE CHARACTER INTRODUCER",
            "CONTROL SEQUENCE INTRODUCER",
            "STRING TERMINATOR",
            "OPERATING SYSTEM COMMAND",
            "PRIVACY MESSAGE",
            "APPLICATION PROGRAM COMMAND",
        ],
        strict=True,
    )
)

# Why a character is refused, in the reader's words: (key, Spanish, English).
_KINDS = {
    "control": Message(es="carácter de control", en="control character"),
    "bidi": Message(es="control bidireccional", en="bidirectional control"),
    "format": Message(es="carácter de formato invisible", en="invisible format character"),
    "ignorable": Message(es="carácter que no se muestra", en="default-ignorable character"),
    "separator": Message(es="separador de línea", en="line separator"),
    "noncharacter": Message(es="no-carácter de Unicode", en="Unicode non-character"),
    "private": Message(es="carácter de uso privado", en="private-use character"),
    "surrogate": Message(es="sustituto suelto", en="lone surrogate"),
    "unassigned": Message(es="código sin asignar en Unicode", en="unassigned code point"),
}


# The first property that a refused character has, in this order, says why it is refused.
_KIND_ORDER = (
    ("control", r"\p{Cc}"),
    ("bidi", r"\p{Bidi_Control}"),
    ("noncharacter", r"\p{Noncharacter_Code_Point}"),
    ("separator", r"[\p{Zl}\p{Zp}]"),
    ("private", r"\p{Co}"),
    ("surrogate", r"\p{Cs}"),
    ("format", r"\p{Cf}"),
    ("ignorable", r"\p{Default_Ignorable_Code_Point}"),
    ("unassigned", r"\p{Cn}"),
)


def _kind(ch: str) -> str:
    import regex

    for kind, prop in _KIND_ORDER:
        if regex.fullmatch(prop, ch):
            return kind
    raise ValueError(f"U+{ord(ch):04X} is not refused")


def char_name(ch: str) -> str:
    """The character's Unicode name; a control's formal alias; else its code point label."""
    cp = ord(ch)
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(cp, "")
    if name:
        return name
    label = {
        "noncharacter": "noncharacter",
        "private": "private-use",
        "surrogate": "surrogate",
    }.get(_kind(ch), "reserved")
    return f"<{label}-{cp:04X}>"  # Unicode's code point labels (chapter 4.8)


def describe(value: str, index: int) -> dict[str, Any]:
    """The error context of the refused character at ``index``: code point, name, why, where
    (1-based line inside the value, 1-based character in that line)."""
    ch = value[index]
    kind = _KINDS[_kind(ch)]
    line_start = value.rfind("\n", 0, index) + 1
    return {
        "char": f"U+{ord(ch):04X}",
        "name": char_name(ch),
        "kind_es": kind.es,
        "kind_en": kind.en,
        "text_line": value.count("\n", 0, index) + 1,
        "position": index - line_start + 1,
    }


def _refuse(value: str, multiline: bool) -> None:
    index = refused_at(value, multiline=multiline)
    if index >= 0:
        raise PydanticCustomError(
            "texto_invisible",
            "invisible or control character {char} {name} at position {position}",
            describe(value, index),
        )


# Every string of every file passes here, so the common cases take a shortcut that needs
# no property lookup: ASCII text is checked for C0 controls and DEL; other text passes when
# ``str.isprintable()`` (no Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs character, by Python's own
# tables) and it holds none of the default-ignorable code points that are letters or marks
# below. Anything else (a tab, a no-break space, a character newer than Python's tables)
# goes through the full property check. tests/models/test_clean_text.py checks over every code
# point that the shortcut never accepts what the full check refuses.
_PRINTABLE_IGNORABLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef]"
)
_SEARCH_ASCII_LINE = _ASCII_LINE.search
_SEARCH_ASCII_MULTILINE = _ASCII_MULTILINE.search
_SEARCH_PRINTABLE_IGNORABLE = _PRINTABLE_IGNORABLE.search


def check_line(value: Any) -> Any:
    """A single-line text field: refuse every character of the refused set (see module)."""
    if value.__class__ is str:
        if value.isascii():
            if _SEARCH_ASCII_LINE(value):
                _refuse(value, False)
        elif not value.isprintable() or _SEARCH_PRINTABLE_IGNORABLE(value):
            _refuse(value, False)
    return value


def check_multiline(value: Any) -> Any:
    """A multi-line text field: the same, but line feed and tab are text."""
    if value.__class__ is str:
        if value.isascii():
            if _SEARCH_ASCII_MULTILINE(value):
                _refuse(value, True)
        elif not value.isprintable() or _SEARCH_PRINTABLE_IGNORABLE(value):
            _refuse(value, True)
    return value


@lru_cache(maxsize=2)
def schema_class(multiline: bool) -> str:
    """The refused set as a portable regular-expression class for the exported JSON Schema
    (ECMA-262 and Python both read ``\\uXXXX``): the Basic Multilingual Plane only, and
    without its unassigned and private-use code points, which would make the class
    hundreds of ranges long. Editors get this approximation; the validator is the judge."""
    import regex

    skip = regex.compile(r"[\p{Co}\p{Cs}\p{Cn}--[\p{Noncharacter_Code_Point}\p{DI}]]", regex.V1)
    pattern = _pattern(multiline)
    ranges: list[list[int]] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if pattern.match(ch) and not skip.match(ch):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    parts = (f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return "[" + "".join(parts) + "]"


@dataclass(frozen=True)
class CleanText:
    """The marker that makes a ``str`` field clean text: ``Annotated[str, Field(...),
    CleanText()]``. It validates *before* the field's own constraints (so a refused
    character is named even where a pattern would also fail) and adds ``not: {pattern}``
    to the field's JSON Schema."""

    multiline: bool = False

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        check = check_multiline if self.multiline else check_line
        inner = handler(source)
        if inner.get("type") == "str":  # clean text is a str as written: never bytes coerced
            inner = {**inner, "strict": True}
        return core_schema.no_info_before_validator_function(check, inner)

    def __get_pydantic_json_schema__(
        self, schema: Any, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        out = dict(handler(schema))
        out["not"] = {"pattern": schema_class(self.multiline)}
        return out
