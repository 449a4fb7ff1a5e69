"""Verdicts on a text or on a value under a key: whether it holds a secret, from its phrases
and its password-like tokens (``text_secret``, ``text_levels``), and for a value, from its key
too (``leaf_levels``, ``leaf_secret``: no token test under ``sha256`` or ``*_patron``, only the
unambiguous ones under an identifier key); a phrased or weak value is not a secret when it is
one of the file's known words (its account names); ``continued_values`` judges a comment whose
phrase runs on to the next comment line. The caches live here (``clear_caches``).

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

from functools import lru_cache

from validator.secret_scan.keys import (
    IDENTIFIER_KEYS,
    NO_TOKEN_KEYS,
    NO_TOKEN_SUFFIXES,
    secret_key,
)
from validator.secret_scan.phrases import phrase_open, phrase_values
from validator.secret_scan.shapes import DATE
from validator.secret_scan.tokens import DIGIT, STRONG, WEAK, strip_token, token_level


def text_secret(text: str, known: frozenset[str] = frozenset(), *, strict: bool = False) -> bool:
    """Whether free text holds a secret: a phrase or a password-like token."""
    strong, phrased, weak = text_levels(text)
    return (
        strong
        or any(p not in known for p in phrased)
        or (not strict and any(w not in known for w in weak))
    )


@lru_cache(maxsize=2048)  # recurring dates, enum values, comments stay (memory-bounded)
def text_levels(text: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """The part of :func:`text_secret` that does not depend on the file: ``strong`` when
    ``text`` is a secret anyhow; the values its phrases give (secrets unless one of the
    file's known names, as in "contraseña de la cuenta: INEJDE01Ags" - that is the account,
    not its password); and its weak tokens (stripped, lower-cased: secrets unless
    ``strict`` or one of the file's known words). Cached: dates, enum values and template
    comments recur in every file."""
    phrased = phrase_values(text)
    if "PRIVATE KEY-----" in text:
        return True, (), ()
    if not DIGIT.search(text) and "://" not in text:
        return False, phrased, ()  # every token test needs a digit, URL credentials aside
    weak: list[str] = []
    for tok in text.split():
        if len(tok) >= 6:
            level = token_level(tok)
            if level == STRONG:
                return True, (), ()
            if level == WEAK:
                weak.append(strip_token(tok).lower())
    return False, phrased, tuple(weak)


def continued_values(first: str, following: str) -> tuple[str, ...]:
    """The credentials (lower-cased) that a phrase open at the end of comment ``first``
    (:func:`~validator.secret_scan.phrases.phrase_open`) gives on the next comment line
    ``following`` ("# contraseña:" then "#   Girasol_2024"; "# Se cambió la contraseña."
    then "# Nueva: Girasol_2024"): those of the two lines joined that neither gives alone."""
    if not phrase_open(first):
        return ()
    alone = {*phrase_values(first), *phrase_values(following)}
    joined = phrase_values(first.rstrip() + "\n" + following)
    return tuple(v for v in joined if v not in alone)


NEVER: tuple[bool, tuple[str, ...], tuple[str, ...]] = (False, (), ())
_ALWAYS: tuple[bool, tuple[str, ...], tuple[str, ...]] = (True, (), ())


@lru_cache(maxsize=2048)  # recurring values stay; unique names pass (memory-bounded)
def leaf_levels(value: str, key: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """:func:`leaf_secret` without the file's known words: ``(strong, phrased, weak)``; the
    value is a secret when ``strong`` or when a phrased or weak value is not a known word."""
    if len(value) < 4:
        return NEVER
    if DATE.match(value) or key in NO_TOKEN_KEYS or key.endswith(NO_TOKEN_SUFFIXES):
        return NEVER
    strong, phrased, weak = text_levels(value)
    if strong:
        return _ALWAYS
    if key in IDENTIFIER_KEYS:
        weak = ()
    return (False, phrased, weak) if phrased or weak else NEVER


def leaf_secret(value: str, known: frozenset[str], key: str) -> bool:
    """Whether the value under ``key`` is a secret, given the file's known words (the loops
    of the rule's walk, in validator.rules.sin_secretos, inline the common case: nothing
    at all)."""
    levels = leaf_levels(value, key)
    return levels is not NEVER and is_secret(levels, known)


def is_secret(levels: tuple[bool, tuple[str, ...], tuple[str, ...]], known: frozenset[str]) -> bool:
    strong, phrased, weak = levels
    return strong or any(w not in known for w in phrased) or any(w not in known for w in weak)


def clear_caches() -> None:
    """Forget the values judged in this run (a few MiB on a large inventory): the caches
    pay within one run, where dates, enum values and template comments recur."""
    for cached in (leaf_levels, text_levels, token_level, phrase_values, secret_key):
        cached.cache_clear()
