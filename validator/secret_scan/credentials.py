"""Credential values: whether the word a phrase gives after its noun looks like a credential
*for that noun* (``credential``: a password mixes letters and digits, or strong symbols, or
random case; a PIN is 4-8 digits; a token is long and mixed; a TOTP seed is base32) and not a
placeholder, a date, a time, a URL, an address, a version, a percentage or a reference number
(CAU-2026-0551, INE/JDE01-AGS/0042/2026); ``apposition``: a value without a connector must
clearly be one; ``seed``: a TOTP seed as authenticator apps show it (``JBSWY3DPEHPK3PXP``, or
in groups ``jbsw y3dp ehpk 3pxp``).

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
from itertools import pairwise

from validator.secret_scan.shapes import DATE, DMY, EMAIL, MASK, MONEY, URL
from validator.secret_scan.tokens import STRONG_SYMBOLS, strip_token

_PLACEHOLDERS = frozenset(
    {
        "n/a", "na", "none", "null", "nil", "ninguna", "ninguno", "pendiente", "vacía", "vacia",
        "empty", "unknown", "desconocida", "xxxx", "xxxxxx", "xxxxxxxx", "tbd",
    }
)  # fmt: skip
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:h|hrs?)?$", re.I)
_VERSION = re.compile(r"^v?\d+(?:\.\d+){1,3}[a-z]?$", re.I)
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$")
_SHA = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$", re.I)
_PERCENT = re.compile(r"^[\d.,]+%$")
# Reference numbers: capitals and digits in groups joined by - or / (CAU-2026-0551,
# INE/JDE01-AGS/0042/2026, 2026-INC-0045), or a short prefix and a long number (INC0012345).
_REFERENCE = re.compile(
    r"^(?=[^a-z]*$)(?=.*\d)(?=.*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)+$|^[A-Z]{2,5}\d{5,}$"
)
_DIGITS = re.compile(r"^\d+(?:[ -]\d+)*$")
# A TOTP seed (RFC 4648 base32, 80 bits or more): one case, no 0, 1, 8 or 9, "=" padding.
_SEED = re.compile(r"^(?:[A-Z2-7]{16,128}|[a-z2-7]{16,128})=*$")
_SEED_DIGITS = frozenset("234567")


def seed(value: str) -> bool:
    """Whether ``value`` (its groups joined: ``JBSW-Y3DP-…``) is a TOTP seed: base32 of one
    case, 16 characters or more, with a letter and a digit - upper-case words run together
    ("REDESSOCIALESINSTITUCIONALES") have no digit, and entropy cannot tell them apart from a
    16-character seed, so a seed without a digit (one in 28 of them) is not recognised."""
    joined = value.replace("-", "")
    return (
        _SEED.match(joined) is not None
        and not _SEED_DIGITS.isdisjoint(joined)
        and not joined.rstrip("=").isdigit()
    )


def _not_a_value(tok: str) -> bool:
    """Shapes that are never a credential, whatever noun precedes them."""
    return bool(
        DATE.match(tok)
        or DMY.match(tok)
        or _TIME.match(tok)
        or URL.match(tok)
        or tok.startswith(("/", "\\", "@", "#", "$", "+"))
        or EMAIL.match(tok)
        or _VERSION.match(tok)
        or _IPV4.match(tok)
        or _SHA.match(tok)
        or _PERCENT.match(tok)
        or MONEY.match(tok)
        or _REFERENCE.match(tok)
    )


def _case_changes(tok: str) -> int:
    """How many times a lower-case letter is followed by a capital (kqXyZw: 2; WhatsApp: 1)."""
    return sum(1 for a, b in pairwise(tok) if a.islower() and b.isupper())


def credential(raw: str, kind: str) -> str | None:
    """The value (stripped) when ``raw`` looks like a credential of ``kind``, else None."""
    tok = strip_token(strip_token(raw).strip("`").removeprefix("**").removesuffix("**"))  # Markdown
    if seed(tok):  # also in groups joined by "-", which a reference number looks like
        return tok
    if kind == "seed":  # a seed noun ("semilla", "TOTP", "2FA") gives only a seed
        return None
    n = len(tok)
    if n < 4 or n > 128 or MASK.match(tok) or tok.lower() in _PLACEHOLDERS:
        return None
    if _not_a_value(tok):
        return None
    digits = sum(c.isdigit() for c in tok)
    letters = sum(c.isalpha() for c in tok)
    strong = any(c in STRONG_SYMBOLS for c in tok)
    if _DIGITS.match(tok):  # only digits: a PIN or a numeric password, never a phone
        ok = kind != "token" and 4 <= digits <= 8
    elif kind == "token":  # "token" also names a device: "el token es USB-C", "FIDO2"
        ok = n >= 8 and digits > 0 and letters > 0
    elif digits and letters:
        ok = True  # Girasol_2024, girasol2024, Jd01-Ags-2026, Summer2026
    else:  # no digits (or no letters): strong symbols or random case, not prose or USB-C
        ok = (strong and (letters > 0 or digits > 0)) or _case_changes(tok) >= 2
    return tok if ok else None


def apposition(value: str, kind: str) -> bool:
    """A value that stands after the noun without a connector must clearly be one."""
    if kind == "seed":
        return True  # credential() already asked for a seed's shape
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return (has_digit and has_alpha) if kind != "pin" else has_digit
