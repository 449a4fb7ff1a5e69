"""Password-like tokens: how password-like one whitespace-free word is (``token_level``: no,
weak, strong), from its mix of letters, digits and symbols, its runs of case and digits, its
Shannon entropy (computed only for such candidates), the well-known token formats (``ghp_…``,
``AKIA…``, JWT …) and credentials inside a URL; ``password_like`` for one word.

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from validator.secret_scan.shapes import (
    DATE,
    DMY,
    EMAIL,
    HASHTAG_OR_HANDLE,
    HEX,
    MASK,
    MONEY,
    NUMBERISH,
    PATH_LIKE,
    REGEX_LIKE,
    URL_CREDENTIALS,
)

STRONG_SYMBOLS = frozenset("!#$%&*+=?^~|@\\`")
_LEAD_STRIP = "\"'([{¿¡«“‘<"
_TRAIL_STRIP = "\"')]}»”’>.,;:"
# Well-known token formats (how each starts, then its body), each at the start of a word;
# lengths are bounded so that a hostile 1 MiB string cannot make a search quadratic.
_FORMATS = (
    ("gh[pousr]_", "[A-Za-z0-9]{20,255}"),
    ("github_pat_", "[A-Za-z0-9_]{20,255}"),
    ("AKIA", "[0-9A-Z]{16}(?![0-9A-Z])"),
    ("xox[abprs]-", "[A-Za-z0-9-]{10,255}"),
    ("sk-", "[A-Za-z0-9_-]{20,255}"),
    ("AIza", "[0-9A-Za-z_-]{30,255}"),
    ("glpat-", "[A-Za-z0-9_-]{20,255}"),
    ("eyJ", r"[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,4096}\."),
)
FORMAT_STARTS = "|".join(start for start, _ in _FORMATS)
_KNOWN_FORMATS = re.compile(
    r"(?<![A-Za-z0-9_-])(?:" + "|".join(start + body for start, body in _FORMATS) + ")"
)
_ALNUM = re.compile(r"^[A-Za-z0-9]+$")
_WORDISH = re.compile(r"^[A-Za-z0-9_-]+$")


def _entropy(token: str) -> float:
    """Shannon entropy in bits per character."""
    n = len(token)
    return -sum(c / n * math.log2(c / n) for c in Counter(token).values())


def _runs(token: str) -> int:
    """How many runs of one character class (upper, lower, digit) the token holds."""
    runs, last = 0, ""
    for ch in token:
        cls = "u" if ch.isupper() else "l" if ch.islower() else "d" if ch.isdigit() else "s"
        if cls != last:
            runs += 1
            last = cls
    return runs


def strip_token(token: str) -> str:
    """The token without the quotes, brackets and punctuation around it."""
    token = token.lstrip(_LEAD_STRIP)
    return token.rstrip(_TRAIL_STRIP)


def _safe_shape(tok: str) -> bool:
    return bool(
        DATE.match(tok)
        or DMY.match(tok)
        or HEX.match(tok)
        or NUMBERISH.match(tok)
        or EMAIL.match(tok)
        or HASHTAG_OR_HANDLE.match(tok)
        or MONEY.match(tok)
        or REGEX_LIKE.search(tok)
        or PATH_LIKE.match(tok)
    )


NO = 0
WEAK = 1  # random-looking letters and digits: not a secret if it is one of the file's names
STRONG = 2  # unambiguous: symbols, known token formats, URL credentials
DIGIT = re.compile(r"\d")


@lru_cache(maxsize=2048)  # bounded: recurring tokens stay, unique ones pass (memory)
def token_level(token: str) -> int:
    """How password-like one whitespace-free token is (NO, WEAK or STRONG)."""
    if len(token) > 8192:
        return NO  # no password or token is this long; a hostile blob is not scanned
    if "://" in token or token[:4].lower() == "www.":
        m = URL_CREDENTIALS.search(token, 0, 512)
        return STRONG if m and not MASK.match(m.group(1)) else NO
    if _KNOWN_FORMATS.search(token):
        return STRONG
    tok = strip_token(token)
    n = len(tok)
    if n < 6 or n > 200 or not DIGIT.search(tok) or not any(c.isalpha() for c in tok):
        return NO
    if _safe_shape(tok):
        return NO
    if any(c in STRONG_SYMBOLS for c in tok):
        return STRONG  # letters + digits + a symbol: P@ssw0rd, Abc123!, Xy7#kq92
    has_upper = any(c.isupper() for c in tok)
    has_lower = any(c.islower() for c in tok)
    if _ALNUM.match(tok):
        runs = _runs(tok)
        ratio = runs / n
        mixed_case = has_upper and has_lower and n >= 8 and runs >= 6 and ratio >= 0.5
        if mixed_case and _entropy(tok) >= 2.75:
            return WEAK  # Qw3rtY8zK: case and digits interleaved as no name or code is
        if n >= 10 and ratio >= 0.5 and _entropy(tok) >= 3.0:
            return WEAK  # k3j9x0q7m2, X7K9Q2M4P1
    if n >= 20 and has_upper and has_lower and _WORDISH.match(tok) and _entropy(tok) >= 4.0:
        return WEAK  # long random API keys
    return NO


def password_like(token: str, known: frozenset[str] = frozenset(), *, strict: bool = False) -> bool:
    """Whether one whitespace-free token looks like a password or a secret.

    ``known`` holds lower-cased words that are never secrets in this file (its account user
    names). ``strict`` keeps only the unambiguous tests (identifier fields).
    """
    level = token_level(token)
    if level == STRONG:
        return True
    return level == WEAK and not strict and strip_token(token).lower() not in known
