"""The run-wide prefilter: which of a run's distinct texts could hold a secret (``suspects``).

Judging every value and comment of an inventory one by one (~60k texts nationally) is slow,
and almost none of them is a secret. So a run first gathers, from each parsed file, its
string values (from its model, or its plain values if it failed its schema) and its comment
texts (a superset, found by one pattern over the file's text:
:func:`~validator.secret_scan.comments.comment_texts`), keeps each distinct text once, and
looks for candidates in all of them at once: two compiled patterns run over the distinct
texts joined, one for the credential nouns (over the text folded to lower case) and one for
password-like tokens. Only the candidates go through the detailed checks
(:func:`~validator.secret_scan.verdicts.text_levels`), and only a file holding a text that
could be a secret is scanned in detail (``scan_source`` in ``validator.rules.sin_secretos``);
the other files have no finding. Each pattern finds at least everything the detailed checks
flag (the argument is written beside each part; tests/secret_scan/test_prefilter.py checks it
on the labelled set, on each piece alone and on generated texts). A file that did not parse,
or that holds a value under a key naming a secret, is always scanned in detail (its raw lines
or its keys are judged too).

A comment can also give a secret with the next comment line ("# contraseña:" then
"#   Girasol_2024"): ``open_comments`` finds, over the distinct comment texts only (not the
values: a block scalar is one value), those whose phrase is open at the end of a comment
(:func:`~validator.secret_scan.phrases.phrase_open`, read only for the few texts where the
folded pattern finds a noun); a file holding one has its comments read in detail, and the
next line judged with it (:func:`~validator.secret_scan.verdicts.continued_values`).

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from validator.secret_scan.comments import with_inner_comments
from validator.secret_scan.phrases import phrase_open
from validator.secret_scan.shapes import DATE_TEXT, EMAIL_TEXT, HEX_TEXT
from validator.secret_scan.tokens import FORMAT_STARTS, STRONG_SYMBOLS
from validator.secret_scan.verdicts import text_levels

_SEP = "\x00"  # between the joined texts; no pattern below crosses it
# Over the texts folded to lower case ("İ", "ı" and "ſ", which re.IGNORECASE also matches with
# an ASCII letter, replaced first): every credential noun (phrases._NOUN) holds one of the
# first words (otp from its "t" and 2fa, mfa from their "f": a pattern is tried only where
# one of its first letters stands, and "o", "m" and "2" would add many places); then the start
# of a known token format, URL credentials and a private key.
_FOLD_FIRST = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
_FOLDED_HINT = re.compile(
    r"c(?:ontrase|lave|reden[ct]|[oó]dig|ode)|p(?:as|wd|in)|n(?:ip|tica(?:dor|tor))"
    r"|t(?:oken|(?<=ot)p)|key|se(?:cret|milla|ed)|llave|f(?<=[2m]f)a"
    rf"|{FORMAT_STARTS.lower()}"
    rf"|://[^/@\s:?#{_SEP}]*:[^/@\s?#{_SEP}]+@|private key-----"
)
_SYMBOL_CLASS = "[" + re.escape("".join(sorted(STRONG_SYMBOLS))) + "]"
_WORD = "[A-Za-z0-9_-]"
# Over the texts as they are: any other token that token_level does not call NO (at least
# 6 characters, no blank) shows a strong symbol next to another character of its token or,
# for the weak kinds (not judged under an identifier key), (a) digits, letters, digits, (b) a
# lower-case letter then a capital, (c) a lower-case letter, digits, a capital - a word of
# [A-Za-z0-9] with five runs or more of capitals, lower case and digits shows one of the
# three - or (d) a digit in a run of 20 [A-Za-z0-9_-] or more (17 or more around the digit).
# A whole text of a shape whose tokens are never more than NO is skipped first (commonest
# first): no digit; a URL; an e-mail address; a path or a "platform/handle"; a reference
# number; a hex hash; a date (known formats and credentials: the folded pattern's).
_SKIP = (
    rf"(?P<skip>{_SEP}(?:[^\d{_SEP}]*+|[a-z][a-z0-9+.-]*://[^\s{_SEP}]*|{EMAIL_TEXT}"
    r"|[\w.-]+(?:/[\w.-]+)+|[A-Z0-9]+(?:-[A-Z0-9]+)+|[A-Z]{2,5}[0-9]{5,}"
    rf"|{HEX_TEXT}|{DATE_TEXT})(?={_SEP}))"
)
_SYMBOL_HINT = rf"{_SYMBOL_CLASS}(?:(?<=[^\s{_SEP}]{_SYMBOL_CLASS})|(?=[^\s{_SEP}]))"
_WEAK_HINT = (
    r"[0-9][A-Za-z]++[0-9]|[A-Z](?<=[a-z][A-Z])|[0-9](?<=[a-z][0-9])[0-9]*+[A-Z]"
    rf"|[0-9](?:(?<={_WORD}{{16}})|(?={_WORD}{{15}})"
    rf"|(?<={_WORD}{{11}})(?={_WORD}{{5}})|(?<={_WORD}{{6}})(?={_WORD}{{10}}))"
)
_TOKEN_HINT = re.compile(f"{_SKIP}|{_SYMBOL_HINT}|{_WEAK_HINT}")
_STRONG_TOKEN_HINT = re.compile(f"{_SKIP}|{_SYMBOL_HINT}")


def suspects(texts: set[str], *, strict: bool = False) -> set[str]:
    """The texts (values or comment texts) that could hold a secret in some field of some
    file; the others never do (whatever their field and the file's account names).
    ``strict``: the texts are values under an identifier key (see :func:`leaf_levels`)."""
    plain = [text for text in texts if _SEP not in text]
    candidates = texts.difference(plain)  # holding the separator: judged in detail
    tokens = _STRONG_TOKEN_HINT if strict else _TOKEN_HINT
    for start in range(0, len(plain), _BATCH):
        candidates.update(_hinted(plain[start : start + _BATCH], tokens))
    return {
        text
        for text in candidates
        if (parts := with_inner_comments(text)) is None
        or any(_may_be_secret(part, strict) for part in parts)
    }


_BATCH = 4096  # texts joined at a time: the copies stay small, whatever the inventory


def open_comments(notes: set[str]) -> set[str]:
    """The comment texts (see :func:`~validator.secret_scan.comments.comment_texts`) where a
    comment may start whose credential phrase is still open at its end
    (:func:`~validator.secret_scan.phrases.phrase_open`): the next comment line may hold its
    value, so their files' comments are read in detail. A comment is the start of such a text
    (or of the text after a later "#" in it) up to its first line break."""
    found: set[str] = set()
    texts = list(notes)
    for start in range(0, len(texts), _BATCH):
        for text in _hinted(texts[start : start + _BATCH], None):
            parts = with_inner_comments(text)
            if parts is None or any(phrase_open(_first_line(part)) for part in parts):
                found.add(text)
    return found


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] if lines else ""


def _hinted(batch: list[str], tokens: re.Pattern[str] | None) -> set[str]:
    """The texts of ``batch`` where the folded pattern or ``tokens`` finds something."""
    joined = _SEP + _SEP.join(batch) + _SEP
    folded = joined
    for odd, plain in _FOLD_FIRST:
        if odd in folded:
            folded = folded.replace(odd, plain)
    hits = [m.start() for m in _FOLDED_HINT.finditer(folded.lower())]
    if tokens is not None:
        hits += [m.start() for m in tokens.finditer(joined) if m.lastgroup != "skip"]
    if not hits:
        return set()
    starts = list(accumulate((len(text) + 1 for text in batch), initial=1))
    return {batch[bisect_right(starts, at) - 1] for at in hits}


def _may_be_secret(text: str, strict: bool = False) -> bool:
    strong, phrased, weak = text_levels(text)
    return strong or bool(phrased) or (bool(weak) and not strict)
