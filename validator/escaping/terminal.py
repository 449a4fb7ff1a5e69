"""The terminal channel: a value never carries an invisible or control character to a screen.

A file name or a value shown in a terminal, a CI log or a plain-text report could otherwise
move the cursor or recolour the screen (ANSI ``ESC`` sequences), start a forged line (CR,
LF, U+2028), reorder what the reader sees (bidirectional overrides, "Trojan Source") or hide
text (zero-width and other default-ignorable characters). :func:`visible` shows each such
character as an escape (``\\x1b``, ``\\u202e``, ``\\U000e0020``) instead, so the reader
sees that it is there and which one it is.

Which characters: by Unicode property - controls (Cc), format characters (Cf, which holds
the bidi controls, zero-width characters and tags), line and paragraph separators (Zl, Zp),
surrogates (Cs), private-use (Co) and unassigned code points and non-characters (Cn) - plus
the default-ignorable code points that are letters or marks (U+034F, U+115F, U+1160,
U+17B4, U+17B5, U+180B-U+180F, U+3164, U+FE00-U+FE0F, U+FFA0, U+E0100-U+E01EF).

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from pathlib import PurePath

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# Default-ignorable code points that are letters or marks (not caught by category).
_IGNORABLE_SEARCH = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\u180b-\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef]"
)


def is_hidden(char: str) -> bool:
    """True for a character that a terminal or a reader would not show as itself."""
    return (
        unicodedata.category(char) in _HIDDEN_CATEGORIES
        or _IGNORABLE_SEARCH.match(char) is not None
    )


def escape_char(char: str) -> str:
    """``\\x1b``, ``\\u202e`` or ``\\U000e0020``: the character, named instead of shown."""
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(value: object) -> str:
    """``value`` as text with every hidden character shown as an escape (see the module)."""
    text = str(value)
    # The usual case, decided in C: ``isprintable`` is False for every hidden category
    # (and for spaces other than " ", which then take the slow path and are kept).
    if text.isprintable() and (text.isascii() or not _IGNORABLE_SEARCH.search(text)):
        return text
    return "".join(escape_char(c) if is_hidden(c) else c for c in text)


def has_hidden(value: str) -> bool:
    """True when :func:`visible` would change ``value``."""
    return visible(value) != value


def visible_params(params: Mapping[str, object]) -> dict[str, object]:
    """Message parameters with every text and path value passed through :func:`visible`
    (numbers, dates and other values are left for the template to format)."""
    return {
        key: visible(value) if isinstance(value, (str, PurePath)) else value
        for key, value in params.items()
    }
