"""The run-wide prefilter (validator/secret_scan/prefilter.py): which files are scanned in detail.

A run judges in detail only the files holding a text that the prefilter keeps (see its module
docstring). The prefilter must keep every text the detailed checks could flag, in any field of
any file; these tests check it on the labelled set, on each piece alone and on generated text
(tests/rules/test_sin_secretos.py checks it end to end against the detailed scan of every file).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.secrets_set import NEGATIVES, POSITIVES, text_of
from validator.secret_scan import prefilter
from validator.secret_scan.comments import comment_texts, comments, with_inner_comments
from validator.secret_scan.phrases import phrase_open
from validator.secret_scan.prefilter import open_comments, suspects


def _flaggable(text: str, strict: bool = False) -> bool:
    """What the prefilter must keep: a text the detailed checks flag, or one holding a "#"
    that may start a comment whose own text they flag (see comment_texts)."""
    parts = with_inner_comments(text)
    return parts is None or any(prefilter._may_be_secret(p, strict) for p in parts)


def _labelled_texts() -> list[str]:
    texts = [text_of(c) for c in POSITIVES + NEGATIVES]
    return [t for t in texts if t] + [str(c["valor"]) for c in POSITIVES if "clave" in c]


def test_the_prefilter_keeps_every_labelled_secret() -> None:
    texts = set(_labelled_texts())
    flagged = {t for t in texts if _flaggable(t)}
    assert len(flagged) >= 100  # most positives (the others are values under a secret key)
    assert suspects(texts) == flagged
    for text in flagged:  # alone too (no neighbour in the joined texts)
        assert suspects({text}) == {text}, text


# Pieces people type around a password, and the characters where the prefilter's patterns
# change their mind: case, digits, strong symbols, separators, the joiner itself, letters that
# fold oddly, non-Latin digits and letters.
_PIECE_LIST = [
        "contraseña", "CONTRASEÑA", "Contrasenia", "password", "PaSSword", "pwd", "pin", "NIP",
        "token", "api key", "clave de acceso", "código de respaldo", "recovery codes",
        "llave privada", "secreto", "credenciales", "es", "is", ":", "=", " ", "  ", "\n", "\t",
        "de la cuenta", "del", "ticket:", "usuario:", "Girasol_2024", "girasol2024", "4821",
        "Xy7#kq92", "P@ssw0rd", "Qw3rtY8zK", "k3j9x0q7m2", "AbCdEfGh1x", "Zz1a2b3c4d",
        "A1B2C3D4E5", "ghp_" + "a1B2" * 6, "AKIA" + "Q7" * 8, "sk-" + "x" * 24, "eyJabcdefghij",
        "https://u:Secreta2026@x.com", "https://x.com/@INEJDE01Ags", "juan.perez2@ine.mx",
        "INE/JDE01-AGS/0042/2026", "CAU-2026-0551", "INC0012345", "2026-05-04", "10:32",
        "3f1c8d6e0b9a4f7c", "#Elecciones2027", "@INEJDE01Ags", "INEJDE01Ags", "ſecret", "İ",
        "ı", "Kelvin K", "٣٤٥٦", "²³", "ÑÓ", "ñA", "x", "1", "A", "a", "-", "_", ".", "/",
        "'", '"', "`", "!", "$", "^", "|", "\\", "\x00", "«", "»", "—", "PRIVATE KEY-----",
        "www.", "://", "@", "#", "xoxb-abcdefgh1j", "eyJabcdefgh1.eyJabcdefghi.", "Abcde7Efgh", " #Abcde7Efgh",
    "Abcdefghijklmn5pqrstuv", "Abcdefg5ijklmnopqrstuv", "Abcdefghijklmnopq5rst", "Abc5efghijklmnopqrstu",
    "semilla", "SEED", "TOTP", "otp", "2FA", "mFa", "Authenticator", "autenticadora",
    "clave de configuración", "setup key", "JBSWY3DPEHPK3PXP", "JBSW Y3DP EHPK 3PXP",
    "jbsw-y3dp-ehpk-3pxp", "Nueva", "new", ". ", "la", "REDES SOCIALES", "ſeed",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECE_LIST), min_size=1, max_size=12).map("".join)


@pytest.mark.parametrize("piece", _PIECE_LIST)
def test_the_prefilter_keeps_each_piece_alone(piece: str) -> None:
    assert suspects({piece}) == ({piece} if _flaggable(piece) else set())
    strict = _flaggable(piece, strict=True)
    assert suspects({piece}, strict=True) == ({piece} if strict else set())


@settings(max_examples=600, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=6))
def test_the_prefilter_keeps_every_flaggable_text(texts: list[str]) -> None:
    batch = set(texts)
    assert suspects(batch) == {t for t in batch if _flaggable(t)}
    strict = {t for t in batch if _flaggable(t, strict=True)}
    assert suspects(batch, strict=True) == strict  # under an identifier key


# Comment lines around a phrase left open at the end of a line ("# contraseña:" then the value).
_COMMENT_PIECES = st.sampled_from(
    ["# ", "#", " #", "\n", "\r\n", "\r", "\u2028", " ", "a: ", "- ", "'", '"', "|", "x#y",
     "contraseña", "CONTRASEÑA", ":", "=", "semilla 2FA", "TOTP", "Se cambió la contraseña.",
     "Nueva: ", "Girasol_2024", "JBSW Y3DP EHPK 3PXP", "de la cuenta", "es", "la", "nueva", "."]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_COMMENT_PIECES, max_size=30).map("".join))
def test_open_comments_keeps_every_comment_left_open(text: str) -> None:
    """A comment whose phrase is open at its end (its value may be on the next line) is the
    start of a comment text that open_comments keeps, so its file's comments are read."""
    kept = [with_inner_comments(note) for note in open_comments(set(comment_texts(text)))]
    if any(parts is None for parts in kept):
        return  # a hostile line: its file's comments are all read
    starts = [part for parts in kept if parts for part in parts]
    for _, _, comment in comments(text):
        if phrase_open(comment):
            assert any(start.startswith(comment) for start in starts), (text, comment)


@pytest.mark.parametrize(
    "noun",
    ["semilla", "Seed", "TOTP", "OTP", "2FA", "MFA", "autenticador", "Authenticator",
     "clave de configuración", "setup key", "ſeed"],
)  # fmt: skip
def test_the_prefilter_finds_every_seed_noun(noun: str) -> None:
    """A seed in groups of four has no shape the token pattern finds: the noun's own
    hint must find the text (a pattern per noun, see prefilter._FOLDED_HINT)."""
    text = f"{noun}: jbsw y3dp ehpk 3pxp"
    assert _flaggable(text)
    assert not prefilter._TOKEN_HINT.search(text)  # only the noun can find it
    assert suspects({text}) == {text}
