"""The e-mail header channel: a value put in a header (Subject, a display name) stays one line.

Controls, format characters and line or paragraph separators become spaces and runs of
white space one space, so a value can neither end the header and start another (``\\r\\n
Bcc: …``) nor hide text; the ``email`` package then encodes what is left (RFC 2047).

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import unicodedata


def header_text(value: str) -> str:
    """A value fit for an e-mail header: controls and format characters become spaces."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in value
    )
    return " ".join(cleaned.split())
