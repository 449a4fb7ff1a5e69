"""Credential phrases: the credentials that a phrase in a text gives (``phrase_values``).

People write a password the way they write anything else: "contraseña de la página:
Girasol_2024", "nueva contraseña enviada por WhatsApp: Jd01-Ags-2026", "password for the
admin is girasol2024", "PIN 4821". A phrase is a credential noun, then at most a few words,
then a connector (":", "=", "es", "is", "quedó como", "set to" …), then a value; or the noun
directly followed by the value ("la contraseña temporal Xy7#kq92"). The value decides
(:mod:`~validator.secret_scan.credentials`): it must look like a credential *for that noun* -
a password mixes letters and digits (or strong symbols, or random case); a PIN is 4-8 digits;
a token is long and mixed. Prose ("la contraseña es personal", "el token es USB-C"), dates,
times, URLs, addresses, reference numbers (CAU-2026-0551, INE/JDE01-AGS/0042/2026) and a
value that belongs to another label ("…, ticket: INC0012345", "usuario: INEJDE01Ags") are
not.

Three more shapes (the red team's, 2026-12-01): a seed noun ("semilla 2FA", "TOTP", "clave de
configuración", "autenticador") gives a TOTP seed in base32, its groups joined ("JBSW Y3DP EHPK
3PXP"); the value before the noun ("Girasol_2024 es la contraseña nueva": value, "es"/"is",
articles and adjectives, noun); and a sentence that names the noun, followed by one that
labels the value with an adjective only ("Se cambió la contraseña. Nueva: Girasol_2024").
``phrase_open`` tells whether a phrase is still open at the end of a text (a comment whose
next line may hold the value: "# contraseña:" then "#   Girasol_2024").

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from validator.secret_scan.credentials import apposition, credential, seed

_PASSWORD_NOUN = (
    r"contrase(?:ñ|n|ni)as?|passwords?|passwd|pass|pwd|passcode|passphrase|"
    r"clave\s+(?:de\s+acceso|secreta|del?\s+(?:la\s+|el\s+)?(?:cuenta|correo|sesi[oó]n|"
    r"p[aá]gina|perfil|usuario))|credenciales?|credentials?|secret[oa]?s?"
)
_PIN_NOUN = (
    r"pin|nip|c[oó]digos?\s+de\s+(?:respaldo|recuperaci[oó]n|seguridad)|"
    r"(?:backup|recovery)\s+codes?"
)
_TOKEN_NOUN = (
    r"tokens?|api[\s_-]?keys?|access[\s_-]?keys?|secret[\s_-]?keys?|"
    r"llaves?\s+privadas?|private[\s_-]?keys?"
)
# A TOTP seed is the second factor itself (4.3 V): whoever holds it makes the codes.
_SEED_NOUN = (
    r"semillas?|seeds?|t?otp|2fa|mfa|autenticador(?:a|es)?|authenticators?|"
    r"clave\s+de\s+configuraci[oó]n|setup\s+keys?"
)
_NOUN = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<token>{_TOKEN_NOUN})|(?P<pin>{_PIN_NOUN})|"
    rf"(?P<password>{_PASSWORD_NOUN})|(?P<seed>{_SEED_NOUN}))(?![\w-])"
)
_PHRASE_HINT = re.compile(
    r"(?i)pas|pwd|contrase|clave|nip|pin|token|key|secret|credenc|credent|c[oó]dig|code|llave"
    r"|se(?:milla|ed)|otp|[2m]fa|autentica|authentica"
)
# The same test for ASCII text, on its lower-case form: a case-insensitive search tries every
# alternative at every position (a quarter of this rule's time); a case-sensitive one skips
# ahead on the first letters. Non-ASCII text keeps the case-insensitive search, which also
# folds the special cases ("ſ", "K", "İ") that ``str.lower`` does not.
_PHRASE_HINT_ASCII = re.compile(
    r"pas|pwd|contrase|clave|nip|pin|token|key|secret|credenc|credent|codig|code|llave"
    r"|se(?:milla|ed)|otp|[2m]fa|autentica|authentica"
)


def _phrase_hint(text: str) -> bool:
    """Whether ``text`` holds the start of a credential noun (a cheap test before the nouns)."""
    if text.isascii():
        return _PHRASE_HINT_ASCII.search(text.lower()) is not None
    return _PHRASE_HINT.search(text) is not None


_SCAN = 160  # characters after a noun where its value may stand
_WINDOW = 8  # words between the noun and its connector
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
_COMPLEMENT = re.compile(r"(?i)\s+(?:del?|of|for|para)\s+(?:(?:la|el|the|su|its)\s+)?\Z")
# Connectors: symbols (split off the words they touch) and words.
_SYMBOL_CONNECTORS = frozenset({":", "=", "->", "=>", "→", ":=", "=="})
_WORD_CONNECTORS = frozenset(
    {
        "es", "era", "fue", "será", "sera", "sería", "seria", "sea", "son", "eran", "queda",
        "quedó", "quedo", "como", "siendo", "is", "was", "are", "were", "be", "to",
    }
)  # fmt: skip
# Words that may stand between a connector and the value ("es la siguiente: …").
_FILLERS = frozenset(
    {
        "la", "el", "los", "las", "lo", "un", "una", "the", "a", "an", "nueva", "nuevo",
        "new", "temporal", "temporary", "temp", "siguiente", "following", "actual", "current",
        "anterior", "old", "previous", "provisional", "now", "ahora", "set", "ya",
    }
)  # fmt: skip
# A connector right after one of these labels introduces *that* label's value, not the
# credential's: "…, ticket: INC0012345", "usuario: INEJDE01Ags", "ext: 1234".
_OTHER_LABELS = frozenset(
    {
        "ticket", "tickets", "folio", "folios", "caso", "case", "oficio", "reporte", "report",
        "incidente", "incident", "expediente", "acta", "fecha", "date", "hora", "time", "día",
        "dia", "ext", "ext.", "extensión", "extension", "teléfono", "telefono", "tel", "tel.",
        "phone", "ip", "url", "enlace", "link", "id", "puerto", "port",
        "versión", "version", "modelo", "model", "serie", "serial", "número", "numero",
        "no", "no.", "núm", "núm.", "ref", "ref.", "referencia", "reference", "numeral",
        "artículo", "articulo", "art", "art.", "usuario", "usuaria", "user", "username",
        "login", "handle", "dispositivo", "device", "marca",
        "brand", "vigencia", "longitud", "length", "mínimo", "minimo", "máximo", "maximo",
    }
)  # fmt: skip


def _items(segment: str) -> Iterator[str]:
    """Words and connectors: ``página:`` gives ``página``, ``:``; ``pwd=x`` gives ``=``, ``x``;
    ``10:32`` and ``db8:85a3`` stay whole (a colon between digits joins)."""
    for word in segment.split():
        while word:
            m = _CONNECTOR_IN_WORD.search(word)
            if m is None:
                yield word
                break
            if m.start():
                yield word[: m.start()]
            yield m.group()
            word = word[m.end() :]


# A colon joins digits (10:32, db8:85a3) and starts a token after an opening bracket or a
# backtick ((`:8443`)); elsewhere it ends a label (página:, :Abc123).
_CONNECTOR_IN_WORD = re.compile(r"=>|->|→|:=|==|=|(?<![(\[{<`])(?:(?<![0-9A-Fa-f]):|:(?![0-9]))")


_PREPOSITIONS = frozenset({"de", "del", "of", "for", "para"})
_ARTICLES = frozenset({"la", "el", "los", "las", "the", "su", "sus", "its", "their"})
_APPOSITION_ITEMS = 3  # "NIP del conmutador 7731": the value a few words after the noun


def _phrase_values(segment: str, kind: str) -> Iterator[str]:
    """The credential values that a noun's segment gives (usually none).

    After a connector, the value is the next word that is not a filler. Before any
    connector, a word close to the noun is its value only when it clearly is one ("la
    contraseña temporal Xy7#kq92", "PIN 4821"): digits and letters, or digits for a PIN. A
    connector right after another label ("ticket:", "ext.:", "usuario:") introduces that
    label's value - unless the label is the noun's complement ("contraseña del usuario:").
    """
    pending = False
    fillers = words = 0
    previous: list[str] = []  # the words read so far, lower-cased
    for item in _items(segment):
        low = item.lower()
        if item in _SYMBOL_CONNECTORS or low in _WORD_CONNECTORS:
            pending = not _other_label(previous)
            fillers = 0
            continue
        if pending:
            if low in _FILLERS and fillers < 3:
                fillers += 1
                continue
            value = credential(item, kind)
            if value is not None:
                yield value
                return
            pending = False
        elif words < _APPOSITION_ITEMS and low not in _FILLERS and not _complement(previous):
            value = credential(item, kind)
            if value is not None and apposition(value, kind):
                yield value
                return
        words += 1
        previous.append(low.rstrip(",()"))
        if words > _WINDOW:
            return


def _complement(previous: list[str]) -> bool:
    """Whether the next word is the object of a preposition ("contraseña para Windows10",
    "del SSO2026"): what the credential belongs to, not the credential."""
    before = [w for w in previous if w not in _ARTICLES]
    return bool(before) and before[-1] in _PREPOSITIONS


def _other_label(previous: list[str]) -> bool:
    """Whether the last word read is another field's label (not the noun's complement)."""
    if not previous or previous[-1] not in _OTHER_LABELS:
        return False
    before = [w for w in previous[:-1] if w not in _ARTICLES]
    return not before or before[-1] not in _PREPOSITIONS


# A seed in groups of four, as authenticator apps show it ("JBSW Y3DP EHPK 3PXP", "jbsw y3dp
# ehpk 3pxp"): joined into one word when the groups make a seed (credentials.seed).
_GROUPED_SEED = re.compile(
    r"(?<!\S)(?:(?:[A-Z2-7]{4} ){3,31}[A-Z2-7]{1,4}|(?:[a-z2-7]{4} ){3,31}[a-z2-7]{1,4})(?!\S)"
)


def _joined_seeds(segment: str) -> str:
    """``segment`` with each seed written in groups joined into one word."""

    def join(m: re.Match[str]) -> str:
        joined = m.group().replace(" ", "")
        return joined if seed(joined) else m.group()

    return _GROUPED_SEED.sub(join, segment) if segment.count(" ") >= 3 else segment


# A sentence that names the noun, then one that labels its value with an adjective only:
# "Se cambió la contraseña. Nueva: Girasol_2024", "… La nueva es Girasol_2024".
_ELLIPTIC_LABEL = re.compile(
    r"(?i)\s+(?:(?:la|el|the|su|its)\s+)?"
    r"(?:nuev[ao]|new|temporal|temporary|provisional|actual|current|anterior|old|previous)"
    r"\s*(?::|=|\s(?:es|is|será|sera|era|was)(?!\S))"
)
# The value before its noun: "Girasol_2024 es la contraseña nueva", "hunter2 is the password".
_BACK = 80  # characters before a noun where such a value may stand
_COPULAS = frozenset({"es", "era", "fue", "será", "sera", "sería", "seria", "is", "was"})
_BEFORE_NOUN = _FILLERS | {"mi", "tu", "su", "nuestra", "nuestro", "my", "our", "your", "its"}


def _value_before(text: str, start: int, end: int, kind: str) -> str | None:
    """The credential given before its noun (which starts at ``end``; ``start``: where the
    previous noun's phrase ends): the word before a copula ("es", "era", "is" …), then
    at most three articles, adjectives or possessives, within the noun's sentence; it must
    clearly be a value (as an apposition: letters and digits, or digits for a PIN)."""
    begin = max(start, end - _BACK)
    window = text[begin:end]
    sentence = max((m.end() for m in _SENTENCE_END.finditer(window)), default=-1)
    if sentence >= 0:
        window = window[sentence:]
    elif begin > start and window[:1].strip():  # the window starts inside a word: not that word
        window = "".join(window.split(None, 1)[1:])
    items = list(_items(_joined_seeds(window)))
    i = len(items) - 1
    while i >= 0 and items[i].lower() in _BEFORE_NOUN and len(items) - i <= 3:
        i -= 1
    if i < 1 or items[i].lower() not in _COPULAS:
        return None
    value = credential(items[i - 1], kind)
    return value if value is not None and apposition(value, kind) else None


@lru_cache(maxsize=4096)
def phrase_values(text: str) -> tuple[str, ...]:
    """Every credential that a phrase in ``text`` gives, lower-cased (bounded: each noun
    looks only until the next noun, at most ``_SCAN`` characters, within its sentence - or
    the next one when it only labels the value: "Nueva: …"; and back at most ``_BACK``
    characters, within its sentence, for a value given first)."""
    if not _phrase_hint(text):
        return ()
    found: list[str] = []
    nouns = list(_NOUN.finditer(text, 0, 1 << 20))
    i = 0
    previous_end = 0
    while i < len(nouns):
        head = nouns[i]
        kind = head.lastgroup or "password"
        before = _value_before(text, previous_end, head.start(), kind)
        if before is not None:
            found.append(before.lower())
        # A noun that is the head's complement ("NIP del token", "password for the PIN
        # pad") belongs to the head's phrase: the head's kind judges the value.
        while i + 1 < len(nouns) and _COMPLEMENT.match(text, nouns[i].end(), nouns[i + 1].start()):
            i += 1
        stop = head.end() + _SCAN
        if i + 1 < len(nouns):
            stop = min(stop, nouns[i + 1].start())
        segment = text[head.end() : stop]
        cut = _SENTENCE_END.search(segment)
        if cut is not None:
            label = _ELLIPTIC_LABEL.match(segment, cut.end())
            if label is not None:  # the next sentence labels this noun's value
                cut = _SENTENCE_END.search(segment, label.end())
            if cut is not None:
                segment = segment[: cut.end()]
        found.extend(v.lower() for v in _phrase_values(_joined_seeds(segment), kind))
        if len(found) > 16:
            break
        previous_end = nouns[i].end()
        i += 1
    return tuple(found)


# A value that every noun takes (letters and digits, base32: a password, a PIN, a token, a
# seed) and no text holds, written on the line after a text to see if its phrase is open.
_PROBE = "QZ7XKW2MPL4RTVB3"


def phrase_open(text: str) -> bool:
    """Whether a credential phrase of ``text`` is still open at its end: a value alone on
    the next line would be its value ("contraseña:", "la contraseña nueva", "semilla 2FA"),
    or, when ``text`` ends a sentence, a line that labels it would ("Se cambió la
    contraseña." then "Nueva: …"). Only a text that names a credential is read."""
    if not _phrase_hint(text):
        return False
    body = text.rstrip()
    ends_sentence = body[-1:] in (".", ";", "!", "?")
    probe = ("\nNueva: " if ends_sentence else "\n") + _PROBE
    return _PROBE.lower() in phrase_values(body + probe)


def phrase_secret(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names a credential and gives it (not one of the file's known names)."""
    return any(v not in known for v in phrase_values(text))
