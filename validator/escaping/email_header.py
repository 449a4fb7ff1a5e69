"""The e-mail header channel: a value put in a header (Subject, a display name) stays one line.

Controls, format characters and line or paragraph separators become spaces and runs of
white space one space, so a value can neither end the header and start another (``\\r\\n
Bcc: …``) nor hide text; the ``email`` package then encodes what is left (RFC 2047). A
display name also loses what makes an address (:func:`display_name`).

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import unicodedata

# What makes an address: no person's name holds them (see display_name).
_ADDRESS_MARKS = str.maketrans({"<": " ", ">": " ", "@": " "})


def header_text(value: str) -> str:
    """A value fit for an e-mail header: controls and format characters become spaces, and
    ``=?`` is written ``= ?``: text shaped as an RFC 2047 encoded word
    (``=?utf-8?b?…?=``) is decoded by mail clients - and by the ``email`` package itself
    while it builds the header - into whatever it hides."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in value
    )
    return " ".join(cleaned.replace("=?", "= ?").split())


#: The longest display name written (longer names are cut, with "…"): three of them, encoded,
#: fit on one header line of 998 octets, so a To: header never needs folding (see mail.py).
DISPLAY_NAME_MAX = 60


def display_name(value: str) -> str:
    """A person's name as the display name of an address: :func:`header_text`, ``<``, ``>``
    and ``@`` as spaces, at most :data:`DISPLAY_NAME_MAX` characters. A non-ASCII name
    travels as an RFC 2047 encoded word, and a mail client that decodes encoded words before
    it parses the addresses ("Mailsploit") would read ``María <intruso@evil.example>`` inside
    it as one more recipient."""
    name = header_text(value.translate(_ADDRESS_MARKS))
    if len(name) > DISPLAY_NAME_MAX:
        name = name[: DISPLAY_NAME_MAX - 1].rstrip() + "…"
    return name
