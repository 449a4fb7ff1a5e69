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

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from validator.secret_scan.credentials import apposition, credential

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
_NOUN = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<token>{_TOKEN_NOUN})|(?P<pin>{_PIN_NOUN})|"
    rf"(?P<password>{_PASSWORD_NOUN}))(?![\w-])"
)
_PHRASE_HINT = re.compile(
    r"(?i)pas|pwd|contrase|clave|nip|pin|token|key|secret|credenc|credent|c[oó]dig|code|llave"
)
# The same test for ASCII text, on its lower-case form: a case-insensitive search tries every
# alternative at every position (a quarter of this rule's time); a case-sensitive one skips
# ahead on the first letters. Non-ASCII text keeps the case-insensitive search, which also
# folds the special cases ("ſ", "K", "İ") that ``str.lower`` does not.
_PHRASE_HINT_ASCII = re.compile(
    r"pas|pwd|contrase|clave|nip|pin|token|key|secret|credenc|credent|codig|code|llave"
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


@lru_cache(maxsize=4096)
def phrase_values(text: str) -> tuple[str, ...]:
    """Every credential that a phrase in ``text`` gives, lower-cased (bounded: each noun
    looks only until the next noun, at most ``_SCAN`` characters, within its sentence)."""
    if not _phrase_hint(text):
        return ()
    found: list[str] = []
    nouns = list(_NOUN.finditer(text, 0, 1 << 20))
    i = 0
    while i < len(nouns):
        head = nouns[i]
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
            segment = segment[: cut.end()]
        kind = head.lastgroup or "password"
        found.extend(v.lower() for v in _phrase_values(segment, kind))
        if len(found) > 16:
            break
        i += 1
    return tuple(found)


def phrase_secret(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names a credential and gives it (not one of the file's known names)."""
    return any(v not in known for v in phrase_values(text))
