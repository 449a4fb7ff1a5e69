"""The iCalendar channel: TEXT values of the reminders calendar (RFC 5545 3.3.11).

Backslash, semicolon and comma are escaped with a backslash and a line break becomes ``\\n``
(the only way TEXT holds one). Every other hidden character (ESC and the other controls, C1
controls such as NEL U+0085, the line and paragraph separators U+2028/U+2029 that some
readers take for line ends, bidi overrides, zero-width characters) is shown as an escape
(:mod:`validator.escaping.terminal`): RFC 5545 allows no control character in TEXT, and a
calendar shows a summary to a person, who should see what is there.

Floor 0: imports only :mod:`validator.escaping.terminal`.
"""

from __future__ import annotations

import re

from validator.escaping.terminal import visible

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def text(value: str) -> str:
    """``value`` as an RFC 5545 TEXT property value. A hidden character's escape has its
    backslash escaped in turn, so a calendar shows ``\\x1b`` where the value held ESC."""
    return "\\n".join(_line(visible(line)) for line in _LINE_BREAK.split(value))


def _line(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
