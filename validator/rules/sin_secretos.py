"""sin-secretos: no value and no comment anywhere looks like a password or a secret.

This rule is about *text*, not about the model: a password committed to git stays in the
history even after it is deleted, so it must be caught in every inventory file - areas and
catalogues, valid or not (a file that fails its schema, or even fails to parse, is still
committed). It therefore reads the loader's plain values (``doc.data``) and the file's text
(``doc.text``, for comments, and line by line when the YAML does not parse) instead of the
typed models, which is the documented exception to "rules read typed models".

Three detectors, all precompiled and cheap (the national inventory is ~77k lines):

* **Secret keys** - a key such as ``password``, ``pwd``, ``contrasena``, ``clave_acceso``,
  ``token``, ``secret``, ``api_key``, ``pin`` holding a string or number. ``contrasena:`` as
  the contract uses it holds a mapping (``cambios``) and is fine; keys that describe a secret
  instead of holding it (``contrasena_cambiada``, ``rotacion_contrasena_meses``) are too.
* **Phrases** in any value or comment - ``contraseña: Abc123!``, ``password = hunter2``,
  ``contraseña de la página: Girasol_2024``, ``password for the admin is girasol2024``,
  ``PIN 4821`` - a credential noun, a few words, a connector and a value that looks like a
  credential *for that noun* (see "phrases" below), not a word of prose, a date or a
  reference number; a value that is one of the file's account names is not a secret.
* **Password-like tokens** in any value or comment - a word mixing letters, digits and
  symbols (``P@ssw0rd``), a random-looking mix of case and digits (``Qw3rtY8zK``), a
  well-known token format (``ghp_…``, ``AKIA…``, JWT, private keys) or credentials inside a
  URL. Shannon entropy is computed only for such candidates. Never flagged: ``sha256``
  values and other hex hashes, dates, oficio numbers (``INE/JDE01-AGS/0042/2026``), CAU
  tickets, URLs without credentials, e-mail addresses, handles and GitHub logins, the
  file's own account user names, regular expressions (``*_patron``), ordinary prose.

A run does not judge every value and comment one by one (most of this rule's time, and
almost none is a secret): it gathers each parsed file's string values and comment texts,
finds with two compiled patterns over the distinct ones joined the few that could hold a
secret, and scans in detail only the files that hold one (see "which files need the
detailed scan" below; the tests check that the patterns miss nothing the detailed checks
flag).

Messages never repeat the secret (findings end up in CI logs and PR annotations).
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, Literal, Union, cast, get_args, get_origin, get_type_hints

from validator.loading.schema_issues import dotted
from validator.loading.sources import SourceFile
from validator.models.model_api import is_model
from validator.rules.base import ERROR, Context, Message, Problem, rule

# --- secret keys -------------------------------------------------------------------------

# Words that name a secret when they are (part of) a key, after lower-casing, removing
# accents and splitting on "_", "-", "." and spaces.
_SECRET_WORDS = frozenset(
    {
        "password", "passwords", "passwd", "pass", "pwd", "passcode", "passphrase",
        "contrasena", "contrasenas", "contrasenia", "token", "tokens", "secret", "secrets",
        "secreto", "secreta", "apikey", "pin", "nip", "otp", "totp", "credencial",
        "credenciales", "credential", "credentials", "privatekey",
    }
)  # fmt: skip
# Joined forms (parts glued with "_") that name a secret.
_SECRET_JOINED = (
    "clave_acceso", "clave_de_acceso", "clave_secreta", "claveacceso", "api_key",
    "access_key", "private_key", "client_secret", "llave_privada", "llave_acceso",
)  # fmt: skip
# A key that also holds one of these parts describes a secret without holding it:
# contrasena_cambiada (a date), rotacion_contrasena_meses (a number), fecha_cambio_pin.
_META_WORDS = frozenset(
    {
        "cambiada", "cambiado", "cambio", "cambios", "fecha", "fechas", "meses", "dias",
        "rotacion", "informado", "informada", "vigencia", "politica", "expira", "caduca",
        "longitud", "notificado", "notificada", "actualizada", "actualizado", "requiere",
        "requerida", "soporta", "tipo", "estado", "ultimo", "ultima", "periodicidad",
        "minimo", "maximo", "min", "max",
    }
)  # fmt: skip
# Keys whose values are never free text (hashes, patterns): skip the token detector there.
_NO_TOKEN_KEYS = frozenset({"sha256"})
_NO_TOKEN_SUFFIXES = ("patron", "pattern", "regex")
# Identifier keys: only the unambiguous detectors (symbols, known formats) apply.
_IDENTIFIER_KEYS = frozenset({"usuario", "github", "clave", "revisores", "accesos", "plataforma"})

_KEY_SPLIT = re.compile(r"[_\-.\s]+")
_MASK = re.compile(r"^[*•·xX.\-_ ]+$|^<?(?:redacted|oculta|oculto|omitida|omitido)>?$", re.I)


def _fold(text: str) -> str:
    """Lower case without accents: 'Contraseña' -> 'contrasena'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def secret_key(key: str) -> bool:
    """Whether a mapping key names a secret value (``password``, ``clave_acceso`` …)."""
    folded = _fold(key)
    parts = [p for p in _KEY_SPLIT.split(folded) if p]
    if not parts or _META_WORDS.intersection(parts):
        return False
    if _SECRET_WORDS.intersection(parts):
        return True
    joined = "_".join(parts)
    return any(j in joined for j in _SECRET_JOINED)


# --- shapes that are never secrets -------------------------------------------------------

# (The bodies of the shapes that a whole value often has are also used by the prefilter.)
_DATE_TEXT = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE = re.compile(rf"^{_DATE_TEXT}$")
_DMY = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
_HEX_TEXT = r"[0-9a-f]{7,}|[0-9A-F]{16,}"
_HEX = re.compile(rf"^(?:{_HEX_TEXT})$")
_NUMBERISH = re.compile(r"^[\d\s().,+/:°ºª%$#-]+$")
_EMAIL_TEXT = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\.?"
_EMAIL = re.compile(rf"^{_EMAIL_TEXT}$")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.I)
_URL_CREDENTIALS = re.compile(r"://[^/@\s:?#]*:([^/@\s?#]+)@", re.I)
_HASHTAG_OR_HANDLE = re.compile(r"^[#@][\w.-]+$")
_REGEX_LIKE = re.compile(r"^\^.*\$$|\\|\[[^\]]*\]|\(\?|\{\d*,?\d*\}")
_MONEY = re.compile(r"^\$[\d,.]+(?:[A-Za-z]{1,4})?$")
_PATH_LIKE = re.compile(r"^[\w.~$=-]*(?:\.{1,2}/|/)[\w./<>{}-]*$|^\S*/[^\s/]+\.[A-Za-z0-9]{2,5}$")

# --- tokens ------------------------------------------------------------------------------

_STRONG_SYMBOLS = frozenset("!#$%&*+=?^~|@\\`")
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
_FORMAT_STARTS = "|".join(start for start, _ in _FORMATS)
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


def _strip(token: str) -> str:
    token = token.lstrip(_LEAD_STRIP)
    return token.rstrip(_TRAIL_STRIP)


def _safe_shape(tok: str) -> bool:
    return bool(
        _DATE.match(tok)
        or _DMY.match(tok)
        or _HEX.match(tok)
        or _NUMBERISH.match(tok)
        or _EMAIL.match(tok)
        or _HASHTAG_OR_HANDLE.match(tok)
        or _MONEY.match(tok)
        or _REGEX_LIKE.search(tok)
        or _PATH_LIKE.match(tok)
    )


_NO = 0
_WEAK = 1  # random-looking letters and digits: not a secret if it is one of the file's names
_STRONG = 2  # unambiguous: symbols, known token formats, URL credentials
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=2048)  # bounded: recurring tokens stay, unique ones pass (memory)
def _token_level(token: str) -> int:
    """How password-like one whitespace-free token is (_NO, _WEAK or _STRONG)."""
    if len(token) > 8192:
        return _NO  # no password or token is this long; a hostile blob is not scanned
    if "://" in token or token[:4].lower() == "www.":
        m = _URL_CREDENTIALS.search(token, 0, 512)
        return _STRONG if m and not _MASK.match(m.group(1)) else _NO
    if _KNOWN_FORMATS.search(token):
        return _STRONG
    tok = _strip(token)
    n = len(tok)
    if n < 6 or n > 200 or not _DIGIT.search(tok) or not any(c.isalpha() for c in tok):
        return _NO
    if _safe_shape(tok):
        return _NO
    if any(c in _STRONG_SYMBOLS for c in tok):
        return _STRONG  # letters + digits + a symbol: P@ssw0rd, Abc123!, Xy7#kq92
    has_upper = any(c.isupper() for c in tok)
    has_lower = any(c.islower() for c in tok)
    if _ALNUM.match(tok):
        runs = _runs(tok)
        ratio = runs / n
        mixed_case = has_upper and has_lower and n >= 8 and runs >= 6 and ratio >= 0.5
        if mixed_case and _entropy(tok) >= 2.75:
            return _WEAK  # Qw3rtY8zK: case and digits interleaved as no name or code is
        if n >= 10 and ratio >= 0.5 and _entropy(tok) >= 3.0:
            return _WEAK  # k3j9x0q7m2, X7K9Q2M4P1
    if n >= 20 and has_upper and has_lower and _WORDISH.match(tok) and _entropy(tok) >= 4.0:
        return _WEAK  # long random API keys
    return _NO


def password_like(token: str, known: frozenset[str] = frozenset(), *, strict: bool = False) -> bool:
    """Whether one whitespace-free token looks like a password or a secret.

    ``known`` holds lower-cased words that are never secrets in this file (its account user
    names). ``strict`` keeps only the unambiguous tests (identifier fields).
    """
    level = _token_level(token)
    if level == _STRONG:
        return True
    return level == _WEAK and not strict and _strip(token).lower() not in known


# --- phrases -----------------------------------------------------------------------------
#
# People write a password the way they write anything else: "contraseña de la página:
# Girasol_2024", "nueva contraseña enviada por WhatsApp: Jd01-Ags-2026", "password for the
# admin is girasol2024", "PIN 4821". A phrase is a credential noun, then at most a few
# words, then a connector (":", "=", "es", "is", "quedó como", "set to" …), then a value;
# or the noun directly followed by the value ("la contraseña temporal Xy7#kq92"). The
# value decides: it must look like a credential *for that noun* - a password mixes letters
# and digits (or strong symbols, or random case); a PIN is 4-8 digits; a token is long and
# mixed. Prose ("la contraseña es personal", "el token es USB-C"), dates, times, URLs,
# addresses, reference numbers (CAU-2026-0551, INE/JDE01-AGS/0042/2026) and a value that
# belongs to another label ("…, ticket: INC0012345", "usuario: INEJDE01Ags") are not.

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


def _not_a_value(tok: str) -> bool:
    """Shapes that are never a credential, whatever noun precedes them."""
    return bool(
        _DATE.match(tok)
        or _DMY.match(tok)
        or _TIME.match(tok)
        or _URL.match(tok)
        or tok.startswith(("/", "\\", "@", "#", "$", "+"))
        or _EMAIL.match(tok)
        or _VERSION.match(tok)
        or _IPV4.match(tok)
        or _SHA.match(tok)
        or _PERCENT.match(tok)
        or _MONEY.match(tok)
        or _REFERENCE.match(tok)
    )


def _case_changes(tok: str) -> int:
    """How many times a lower-case letter is followed by a capital (kqXyZw: 2; WhatsApp: 1)."""
    return sum(1 for a, b in pairwise(tok) if a.islower() and b.isupper())


def _credential(raw: str, kind: str) -> str | None:
    """The value (stripped) when ``raw`` looks like a credential of ``kind``, else None."""
    tok = _strip(_strip(raw).strip("`").removeprefix("**").removesuffix("**"))  # Markdown
    n = len(tok)
    if n < 4 or n > 128 or _MASK.match(tok) or tok.lower() in _PLACEHOLDERS:
        return None
    if _not_a_value(tok):
        return None
    digits = sum(c.isdigit() for c in tok)
    letters = sum(c.isalpha() for c in tok)
    strong = any(c in _STRONG_SYMBOLS for c in tok)
    if _DIGITS.match(tok):  # only digits: a PIN or a numeric password, never a phone
        ok = kind != "token" and 4 <= digits <= 8
    elif kind == "token":  # "token" also names a device: "el token es USB-C", "FIDO2"
        ok = n >= 8 and digits > 0 and letters > 0
    elif digits and letters:
        ok = True  # Girasol_2024, girasol2024, Jd01-Ags-2026, Summer2026
    else:  # no digits (or no letters): strong symbols or random case, not prose or USB-C
        ok = (strong and (letters > 0 or digits > 0)) or _case_changes(tok) >= 2
    return tok if ok else None


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
            value = _credential(item, kind)
            if value is not None:
                yield value
                return
            pending = False
        elif words < _APPOSITION_ITEMS and low not in _FILLERS and not _complement(previous):
            value = _credential(item, kind)
            if value is not None and _apposition(value, kind):
                yield value
                return
        words += 1
        previous.append(low.rstrip(",()"))
        if words > _WINDOW:
            return


def _apposition(value: str, kind: str) -> bool:
    """A value that stands after the noun without a connector must clearly be one."""
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return (has_digit and has_alpha) if kind != "pin" else has_digit


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


def text_secret(text: str, known: frozenset[str] = frozenset(), *, strict: bool = False) -> bool:
    """Whether free text holds a secret: a phrase or a password-like token."""
    strong, phrased, weak = _text_levels(text)
    return (
        strong
        or any(p not in known for p in phrased)
        or (not strict and any(w not in known for w in weak))
    )


@lru_cache(maxsize=2048)  # recurring dates, enum values, comments stay (memory-bounded)
def _text_levels(text: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """The part of :func:`text_secret` that does not depend on the file: ``strong`` when
    ``text`` is a secret anyhow; the values its phrases give (secrets unless one of the
    file's known names, as in "contraseña de la cuenta: INEJDE01Ags" - that is the account,
    not its password); and its weak tokens (stripped, lower-cased: secrets unless
    ``strict`` or one of the file's known words). Cached: dates, enum values and template
    comments recur in every file."""
    phrased = phrase_values(text)
    if "PRIVATE KEY-----" in text:
        return True, (), ()
    if not _DIGIT.search(text) and "://" not in text:
        return False, phrased, ()  # every token test needs a digit, URL credentials aside
    weak: list[str] = []
    for tok in text.split():
        if len(tok) >= 6:
            level = _token_level(tok)
            if level == _STRONG:
                return True, (), ()
            if level == _WEAK:
                weak.append(_strip(tok).lower())
    return False, phrased, tuple(weak)


# --- comments ----------------------------------------------------------------------------

_INTERESTING = re.compile(r"[#'\"]")
_BLOCK_INDICATOR = re.compile(r"(?:^|[:?-])\s*[|>][+-]?[1-9]?[+-]?\s*$")
_LEADING = re.compile(r"^( *)((?:- +)*)")
_KEY_AT = re.compile(r"^(?:[^\s#'\"][^#]*?|\"[^\"]*\"|'[^']*'):(?:\s|$)")
_MODELINE = re.compile(r"^\s*yaml-language-server:")


def _close_quote(line: str, start: int, quote: str) -> int:
    """Index of the quote closing a scalar opened before ``start`` (-1: not on this line)."""
    i = start
    n = len(line)
    while i < n:
        j = line.find(quote, i)
        if j < 0:
            return -1
        if quote == "'":
            if j + 1 < n and line[j + 1] == "'":
                i = j + 2
                continue
            return j
        backslashes = 0
        k = j - 1
        while k >= start and line[k] == "\\":
            backslashes += 1
            k -= 1
        if backslashes % 2 == 0:
            return j
        i = j + 1
    return -1


def _opens_scalar(line: str, i: int) -> bool:
    """Whether the quote at ``i`` starts a quoted scalar (not an apostrophe in plain text)."""
    j = i - 1
    while j >= 0 and line[j] in " \t":
        j -= 1
    if j < 0:
        return True
    last = line[j]
    if last in "[{,":
        return True
    return last in ":-?" and j < i - 1


def comments(text: str) -> Iterator[tuple[int, int, str]]:
    """Every ``#`` comment outside quoted and block scalars: (line, column, text)."""
    in_quote = ""
    block_indent = -1  # inside a block scalar: the indentation of its parent node
    content_indent = -1  # ... and of its content (set by its first non-blank line)
    for lineno, line in enumerate(text.splitlines(), 1):
        if block_indent >= 0:
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if content_indent < 0 and indent > block_indent:
                content_indent = indent
                continue
            if 0 <= content_indent <= indent:
                continue
            block_indent = content_indent = -1  # a less indented line ends the scalar
        pos = 0
        if in_quote:
            end = _close_quote(line, 0, in_quote)
            if end < 0:
                continue
            in_quote = ""
            pos = end + 1
        if (
            "#" not in line
            and "'" not in line
            and '"' not in line
            and "|" not in line
            and (">" not in line)
        ):
            continue
        comment_at = -1
        while True:
            m = _INTERESTING.search(line, pos)
            if m is None:
                break
            i = m.start()
            ch = line[i]
            if ch == "#":
                if i == 0 or line[i - 1] in " \t":
                    comment_at = i
                    break
                pos = i + 1
                continue
            if _opens_scalar(line, i):
                end = _close_quote(line, i + 1, ch)
                if end < 0:
                    in_quote = ch
                    break
                pos = end + 1
            else:
                pos = i + 1
        if comment_at >= 0:
            yield lineno, comment_at + 1, line[comment_at + 1 :]
        if in_quote:
            continue
        content = line[:comment_at] if comment_at >= 0 else line
        if ("|" in content or ">" in content) and _BLOCK_INDICATOR.search(content):
            lead = _LEADING.match(content)
            assert lead is not None
            rest = content[lead.end() :]
            if _KEY_AT.match(rest):
                block_indent = lead.end()
            else:
                dashes = lead.group(2)
                block_indent = len(lead.group(1)) + (dashes.rfind("-") if dashes else 0)


# --- which files need the detailed scan ---------------------------------------------------
#
# Judging every value and comment of an inventory one by one (~60k texts nationally) is
# slow, and almost none of them is a secret. So a run first gathers, from each parsed file,
# its string values (from its model, or its plain values if it failed its schema) and its
# comment texts (a superset, found by one pattern over the file's text), keeps each distinct
# text once, and looks for candidates in all of them at once: two compiled patterns run over
# the distinct texts joined, one for the credential nouns (over the text folded to lower
# case) and one for password-like tokens. Only the candidates go through the detailed checks
# (:func:`_text_levels`), and only a file holding a text that could be a secret is scanned
# in detail (:func:`scan_source`); the other files have no finding. Each pattern finds at
# least everything the detailed checks flag (the argument is written beside each part;
# tests/rules/test_sin_secretos.py checks it on the labelled set, on each piece alone and on
# generated texts). A file that did not parse, or that holds a value under a key naming a
# secret, is always scanned in detail (its raw lines or its keys are judged too).

_SEP = "\x00"  # between the joined texts; no pattern below crosses it
# Over the texts folded to lower case ("İ", "ı" and "ſ", which re.IGNORECASE also matches with
# an ASCII letter, replaced first): every credential noun (_NOUN) holds one of the first
# words; then the start of a known token format, URL credentials and a private key.
_FOLD_FIRST = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
_FOLDED_HINT = re.compile(
    r"c(?:ontrase|lave|reden[ct]|[oó]dig|ode)|p(?:as|wd|in)|nip|token|key|secret|llave"
    rf"|{_FORMAT_STARTS.lower()}"
    rf"|://[^/@\s:?#{_SEP}]*:[^/@\s?#{_SEP}]+@|private key-----"
)
_SYMBOL_CLASS = "[" + re.escape("".join(sorted(_STRONG_SYMBOLS))) + "]"
_WORD = "[A-Za-z0-9_-]"
# Over the texts as they are: any other token that _token_level does not call _NO (at least
# 6 characters, no blank) shows a strong symbol next to another character of its token or,
# for the weak kinds (not judged under an identifier key), (a) digits, letters, digits, (b) a
# lower-case letter then a capital, (c) a lower-case letter, digits, a capital - a word of
# [A-Za-z0-9] with five runs or more of capitals, lower case and digits shows one of the
# three - or (d) a digit in a run of 20 [A-Za-z0-9_-] or more (17 or more around the digit).
# A whole text of a shape whose tokens are never more than _NO is skipped first (commonest
# first): no digit; a URL; an e-mail address; a path or a "platform/handle"; a reference
# number; a hex hash; a date (known formats and credentials: the folded pattern's).
_SKIP = (
    rf"(?P<skip>{_SEP}(?:[^\d{_SEP}]*+|[a-z][a-z0-9+.-]*://[^\s{_SEP}]*|{_EMAIL_TEXT}"
    r"|[\w.-]+(?:/[\w.-]+)+|[A-Z0-9]+(?:-[A-Z0-9]+)+|[A-Z]{2,5}[0-9]{5,}"
    rf"|{_HEX_TEXT}|{_DATE_TEXT})(?={_SEP}))"
)
_SYMBOL_HINT = rf"{_SYMBOL_CLASS}(?:(?<=[^\s{_SEP}]{_SYMBOL_CLASS})|(?=[^\s{_SEP}]))"
_WEAK_HINT = (
    r"[0-9][A-Za-z]++[0-9]|[A-Z](?<=[a-z][A-Z])|[0-9](?<=[a-z][0-9])[0-9]*+[A-Z]"
    rf"|[0-9](?:(?<={_WORD}{{16}})|(?={_WORD}{{15}})"
    rf"|(?<={_WORD}{{11}})(?={_WORD}{{5}})|(?<={_WORD}{{6}})(?={_WORD}{{10}}))"
)
_TOKEN_HINT = re.compile(f"{_SKIP}|{_SYMBOL_HINT}|{_WEAK_HINT}")
_STRONG_TOKEN_HINT = re.compile(f"{_SKIP}|{_SYMBOL_HINT}")
# Where a comment may start: a "#" first on its line or after a blank (as comments() reads
# lines: str.splitlines() ends a line at any of these). Its text runs to the end of the line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_COMMENT_START = re.compile(rf"#(?<![^ \t{_LINE_BREAKS}]#)")
_COMMENT_TEXT = re.compile(_COMMENT_START.pattern + r"([^\n]*)")


def comment_texts(text: str) -> list[str]:
    """A superset of the texts of the file's comments (:func:`comments`): every "#" that may
    start one, to the end of its ``\\n`` line - quoted and block scalars are not told apart,
    and a text may run on past a rarer line break. A comment that starts inside an earlier
    text is judged with it (see :func:`_with_inner_comments`)."""
    return _COMMENT_TEXT.findall(text) if "#" in text else []


def _with_inner_comments(text: str) -> list[str] | None:
    """``text`` and what follows every later "#" in it that may start a comment; None when
    there are more than _INNER of those (a hostile line: its file is scanned in detail)."""
    parts = [text]
    for m in _COMMENT_START.finditer(text, 1):
        if len(parts) > _INNER:
            return None
        parts.append(text[m.end() :])
    return parts


_INNER = 16


def suspects(texts: set[str], *, strict: bool = False) -> set[str]:
    """The texts (values or comment texts) that could hold a secret in some field of some
    file; the others never do (whatever their field and the file's account names).
    ``strict``: the texts are values under an identifier key (see :func:`_leaf_levels`)."""
    plain = [text for text in texts if _SEP not in text]
    candidates = texts.difference(plain)  # holding the separator: judged in detail
    tokens = _STRONG_TOKEN_HINT if strict else _TOKEN_HINT
    for start in range(0, len(plain), _BATCH):
        candidates.update(_hinted(plain[start : start + _BATCH], tokens))
    return {
        text
        for text in candidates
        if (parts := _with_inner_comments(text)) is None
        or any(_may_be_secret(part, strict) for part in parts)
    }


_BATCH = 4096  # texts joined at a time: the copies stay small, whatever the inventory


def _hinted(batch: list[str], tokens: re.Pattern[str]) -> set[str]:
    """The texts of ``batch`` where the folded pattern or ``tokens`` finds something."""
    joined = _SEP + _SEP.join(batch) + _SEP
    folded = joined
    for odd, plain in _FOLD_FIRST:
        if odd in folded:
            folded = folded.replace(odd, plain)
    hits = [m.start() for m in _FOLDED_HINT.finditer(folded.lower())]
    hits += [m.start() for m in tokens.finditer(joined) if m.lastgroup != "skip"]
    if not hits:
        return set()
    starts = list(accumulate((len(text) + 1 for text in batch), initial=1))
    return {batch[bisect_right(starts, at) - 1] for at in hits}


def _may_be_secret(text: str, strict: bool = False) -> bool:
    strong, phrased, weak = _text_levels(text)
    return strong or bool(phrased) or (bool(weak) and not strict)


def _string_values(root: Any) -> tuple[list[str], list[str]]:
    """Every string in a file's values (model or plain data), in no particular order: what
    :func:`_walk` judges - those under an identifier key (``usuario``, ``clave`` ...) apart,
    as they are judged on the unambiguous tests only."""
    found: list[str] = []
    strict: list[str] = []
    stack = [root]
    kinds = _KINDS
    while stack:
        node = stack.pop()
        kind = kinds.get(type(node))
        if kind is None:
            kind = _kind(type(node))
        if kind == _LEAF:
            found.append(node)
        elif kind == _MAP:
            for key, value in node.items():
                if key in _IDENTIFIER_KEYS:
                    _add_strict(value, strict, stack)
                else:
                    stack.append(value)
        elif kind == _SEQ:
            stack.extend(node)
        elif kind == _MODEL:
            plain, identifiers = _text_values(cast("Hashable", type(node)))
            stack.extend(plain(node))
            for value in identifiers(node):
                if type(value) is str:
                    strict.append(value)
                else:
                    _add_strict(value, strict, stack)
    return found, strict


def _add_strict(value: Any, strict: list[str], stack: list[Any]) -> None:
    """A value under an identifier key: its strings (in lists too, as _walk passes the key
    down a list) to ``strict``, anything else to walk."""
    if isinstance(value, str):
        strict.append(value)
    elif isinstance(value, list):
        for item in value:
            _add_strict(item, strict, stack)
    else:
        stack.append(value)


# --- the rule ----------------------------------------------------------------------------

_HOW = Message(
    es=" Quítela del archivo y CAMBIE ESA CONTRASEÑA AHORA: el historial de git la conserva "
    "aunque se borre (4.3 VI y VII). El inventario sólo registra las fechas de los cambios.",
    en=" Remove it from the file and CHANGE THAT PASSWORD NOW: git history keeps it even after "
    "it is deleted (4.3 VI and VII). The inventory records only the dates of the changes.",
)


def _without_comment(value: str) -> str:
    value = value.strip()
    if value.startswith("#"):
        return ""
    cut = min((i for i in (value.find(" #"), value.find("\t#")) if i >= 0), default=-1)
    return value[:cut] if cut >= 0 else value


_NODE_PROPERTIES = re.compile(r"^(?:[!&*]\S*(?:\s+|$))+")  # tags, anchors, aliases
# A hostile file can hold tens of thousands of password-like lines: one finding per line for
# the first ones, then a single "and N more".
MAX_PER_FILE = 100

_LINE_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)*([\"']?)([^\s:#\"'][^:#]*?)\1[ \t]*:(?=\s|$)")


@rule(
    id="sin-secretos",
    severity=ERROR,
    clause="4.3 VI",
    summary=Message(
        es="Ningún valor ni comentario contiene una contraseña, token o secreto.",
        en="No value or comment holds a password, token or secret.",
    ),
    description=Message(
        es=(
            "Las contraseñas son personales e intransferibles y se resguardan (4.3 VI y VII): "
            "nunca se escriben en el inventario, que es público dentro del INE y cuyo "
            "historial de git conserva todo lo que alguna vez se subió. El inventario sólo "
            "registra las fechas de los cambios (`contrasena.cambios`). La regla revisa cada "
            "archivo del inventario, válido o no, y también sus comentarios: claves como "
            "`password`, `contrasena`, `clave_acceso`, `token`, `pin` con un valor; frases "
            "como «contraseña: …»; y palabras con aspecto de contraseña (letras, números y "
            "símbolos mezclados). No confunde hashes sha256, fechas, oficios, tickets del CAU, "
            "URL ni correos. Si encuentra una, hay que quitarla y cambiar la contraseña."
        ),
        en=(
            "Passwords are personal and non-transferable and must be safeguarded (4.3 VI and "
            "VII): they are never written in the inventory, which is visible across INE and "
            "whose git history keeps everything ever committed. The inventory records only "
            "the dates of the changes (`contrasena.cambios`). The rule reads every inventory "
            "file, valid or not, comments included: keys such as `password`, `contrasena`, "
            "`clave_acceso`, `token`, `pin` holding a value; phrases like 'password: …'; and "
            "password-like words (letters, digits and symbols mixed). sha256 hashes, dates, "
            "oficio numbers, CAU tickets, URLs and addresses are not mistaken for secrets. "
            "When one is found it must be removed and the password changed."
        ),
    ),
    messages={
        "key": Message(
            es="'{field}' contiene un valor secreto (contraseña, token o clave de acceso)."
            + _HOW.es,
            en="'{field}' holds a secret value (password, token or access key)." + _HOW.en,
        ),
        "value": Message(
            es="'{field}' contiene lo que parece una contraseña o un secreto." + _HOW.es,
            en="'{field}' contains what looks like a password or a secret." + _HOW.en,
        ),
        "more": Message(
            es="... y {count} posible(s) secreto(s) más en este archivo desde esta línea (sólo se "
            "muestran los primeros 100). Revise el archivo completo." + _HOW.es,
            en="... and {count} more possible secret(s) in this file from this line on (only the "
            "first 100 are shown). Review the whole file." + _HOW.en,
        ),
        "comment": Message(
            es="Este comentario contiene lo que parece una contraseña o un secreto (los "
            "comentarios también se suben al repositorio)." + _HOW.es,
            en="This comment contains what looks like a password or a secret (comments are "
            "committed too)." + _HOW.en,
        ),
    },
    passing=(
        "    contrasena:                 # sólo el registro de los cambios\n"
        "      cambios:\n"
        "        - fecha: 2026-10-20\n"
        "          informado_titular: 2026-10-20\n"
    ),
    failing=(
        "    contrasena: Ags2026!        # nunca la contraseña misma\n"
        "    incidentes:\n"
        "      - descripcion: Se restableció; contraseña temporal: Xy7#kq92\n"
    ),
)
def check(ctx: Context) -> Iterator[Problem]:
    targets = ctx.targets
    sources = [
        source
        for source in ctx.inventory.files
        if targets is None or source.path in targets or source.kind != "area"
    ]
    for start in range(0, len(sources), _GROUP):
        yield from _check_group(sources[start : start + _GROUP])
    clear_caches()


_GROUP = 512  # files gathered at a time: what is held stays that of a national inventory


def _check_group(sources: list[SourceFile]) -> Iterator[Problem]:
    notes_seen: dict[str, str] = {}  # one string per distinct comment text (memory)
    gathered = [_texts(source, notes_seen) for source in sources]
    possible = suspects(set(notes_seen).union(*(texts[0] for texts in gathered if texts)))
    identifiers = set().union(*(texts[1] for texts in gathered if texts))
    possible_identifiers = suspects(identifiers, strict=True)
    for source, texts in zip(sources, gathered, strict=True):
        if texts is None:
            yield from _capped(scan_source(source))
            continue
        in_values = not (
            possible.isdisjoint(texts[0]) and possible_identifiers.isdisjoint(texts[1])
        )
        notes = possible.intersection(texts[2])
        if in_values or notes:
            yield from _capped(scan_source(source, values=in_values, notes=notes))


def _texts(
    source: SourceFile, notes_seen: dict[str, str]
) -> tuple[list[str], list[str], list[str]] | None:
    """A parsed file's string values (apart: those under an identifier key) and its
    distinct comment texts (see :func:`suspects`; each text once in ``notes_seen``); None
    for a file that is scanned in detail anyhow: one that did not parse (its raw lines are
    read) or that holds a value under a key naming a secret. A valid file holds none (its
    model admits only the contract's keys, and the one that names a secret, ``contrasena``,
    holds a mapping), so its keys are not read."""
    doc = source.doc
    if source.model is not None:
        values, identifiers = _string_values(source.model if doc.released else doc.data)
    elif doc.error is not None or doc.data is None or _holds_secret_key(doc.data):
        return None
    else:
        values, identifiers = _string_values(doc.data)
    notes = [notes_seen.setdefault(note, note) for note in set(comment_texts(doc.text))]
    return values, identifiers, notes


def _holds_secret_key(data: Any) -> bool:
    """Whether a mapping anywhere in plain data holds a value under a key naming a secret."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and secret_key(key) and _secret_value(value):
                    return True
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _capped(found: Iterator[Problem]) -> Iterator[Problem]:
    """The first MAX_PER_FILE findings of a file, then one "and N more"."""
    shown = 0
    first_hidden: Problem | None = None
    hidden = 0
    for problem in found:
        if shown < MAX_PER_FILE:
            shown += 1
            yield problem
        else:
            first_hidden = first_hidden or problem
            hidden += 1
    if first_hidden is not None:
        yield replace(first_hidden, key="more", params={"count": hidden})


def clear_caches() -> None:
    """Forget the values judged in this run (a few MiB on a large inventory): the caches
    pay within one run, where dates, enum values and template comments recur."""
    for cached in (_leaf_levels, _text_levels, _token_level, phrase_values, secret_key):
        cached.cache_clear()


def scan_source(
    source: SourceFile, *, values: bool = True, notes: Collection[str] | None = None
) -> Iterator[Problem]:
    """Every secret in one file: values (or raw lines when unparsed) and comments. A parsed
    file may be read for some of them only: ``values=False`` skips its values and keys, and
    ``notes`` (comment texts, see :func:`comment_texts`) keeps only the comments that start
    one of them (or the text after a "#" in one) - an empty collection, none."""
    doc = source.doc
    # A valid file's plain values may have been released by the loader (memory): its typed
    # model holds the very same strings at the same paths (dates are skipped either way).
    data = source.model if doc.released else doc.data
    parsed = data is not None and doc.error is None
    if not parsed and not (values and notes is None):
        raise ValueError("a file that did not parse is scanned whole")
    known = frozenset(_known_words(data)) if parsed and values else None
    if parsed and values:
        yield from _walk(source, data, (), known or frozenset(), "")
    if notes is not None and not notes:
        return
    text = doc.text  # once: a released file's text is read again from the file
    if not parsed and text:
        yield from _scan_raw_lines(source, text)
    if not text or "#" not in text:
        return
    starts: list[str] | None = None  # None: judge every comment
    if notes is not None:
        every = [_with_inner_comments(note) for note in notes]
        if all(parts is not None for parts in every):
            starts = [part for parts in every if parts for part in parts]
    for line, column, comment in comments(text):
        if _MODELINE.match(comment):
            continue
        if starts is not None and not any(start.startswith(comment) for start in starts):
            continue  # not a comment text that could hold a secret
        strong, phrased, weak = _text_levels(comment)
        if not strong and (phrased or weak) and known is None:  # the file's names count
            known = frozenset(_known_words(data)) if parsed else frozenset()
        if strong or ((phrased or weak) and text_secret(comment, known or frozenset())):
            yield Problem(source, (), "comment", {}, position=(line, column))


# What _walk does with a value, by its exact type (one dict look-up per value instead of a
# chain of isinstance tests; a subclass is classified once, on first sight).
_LEAF, _MAP, _SEQ, _MODEL, _OTHER = range(5)
_BASE_KINDS: dict[type, int] = {str: _LEAF, dict: _MAP, list: _SEQ}
_KINDS: dict[type, int] = dict(_BASE_KINDS)


def _kind(cls: type) -> int:
    kind = _KINDS.get(cls)
    if kind is None:
        if issubclass(cls, str):
            kind = _LEAF
        elif issubclass(cls, dict):
            kind = _MAP
        elif issubclass(cls, list):
            kind = _SEQ
        elif dataclasses.is_dataclass(cls):  # a model: walked as the mapping it came from
            kind = _MODEL
        else:
            kind = _OTHER
        _KINDS[cls] = kind
    return kind


@cache
def _field_names(cls: Hashable) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cast("type[Any]", cls)))


@cache
def _text_values(cls: Hashable) -> tuple[_Getter, _Getter]:
    """The values of a model that :func:`_walk` may judge as text, read at once: the fields
    whose declared type can hold a string (a model is validated against its types,
    strictly) - not dates, numbers, flags or date-only records - except the plain strings
    under a key never judged (``sha256``, ``*_patron``); every field of another dataclass.
    Two readers: the fields under an identifier key, and the others."""
    model = cast("type[Any]", cls)
    if not is_model(model):
        names = _field_names(cls)
    else:
        names = tuple(
            name
            for name, annotation in _annotations(model).items()
            if _may_hold_text(annotation, {model})
            and (
                not (name in _NO_TOKEN_KEYS or name.endswith(_NO_TOKEN_SUFFIXES))
                or any(_record(leaf) for leaf in _leaf_types(annotation))
            )
        )
    plain = tuple(name for name in names if name not in _IDENTIFIER_KEYS)
    return _getter(plain), _getter(tuple(name for name in names if name in _IDENTIFIER_KEYS))


_Getter = Callable[[Any], tuple[Any, ...]]


def _getter(names: tuple[str, ...]) -> _Getter:
    """Reads these attributes of an object at once, as a tuple."""
    if not names:
        return lambda model: ()
    if len(names) == 1:
        read = attrgetter(names[0])
        return lambda model: (read(model),)
    return cast("_Getter", attrgetter(*names))


def _annotations(model: type[Any]) -> dict[str, Any]:
    """A model's declared field types, by field name."""
    return _hints(cast("Hashable", model))


@cache
def _hints(model: Hashable) -> dict[str, Any]:
    hints = get_type_hints(model, include_extras=True)
    return {name: hints[name] for name in _field_names(model)}


def _leaf_types(annotation: Any) -> Iterator[Any]:
    """What a value of this declared type is made of: plain types and models (unions,
    lists, mapping values and ``Annotated`` opened; a literal gives its values' types)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        yield from _leaf_types(args[0])
    elif origin is Literal:
        yield from {type(arg) for arg in args}
    elif origin is dict and len(args) == 2:
        yield dict  # _walk reads a mapping's values with their own keys
        yield from _leaf_types(args[1])
    elif origin in (Union, UnionType, list, tuple, set, frozenset) and args:
        for arg in args:
            if arg is not Ellipsis:
                yield from _leaf_types(arg)
    else:
        yield annotation


def _record(leaf: Any) -> bool:
    """Whether a value of this leaf type is walked into (a model, a mapping, or unknown)."""
    return not isinstance(leaf, type) or is_model(leaf) or issubclass(leaf, dict)


def _may_hold_text(annotation: Any, seen: set[type]) -> bool:
    """Whether a value of this declared type can be or hold a string (when unsure: yes)."""
    for leaf in _leaf_types(annotation):
        if not isinstance(leaf, type) or issubclass(leaf, str | dict):
            return True
        if is_model(leaf):
            if leaf in seen or any(
                _may_hold_text(annotation, seen | {leaf})
                for annotation in _annotations(leaf).values()
            ):
                return True
        elif not issubclass(leaf, bool | int | float | date | type(None)):
            return True
    return False


def _as_mapping(model: Any) -> dict[str, Any]:
    """A model's values by field name, as the mapping it was validated from."""
    return {name: getattr(model, name) for name in _field_names(cast("Hashable", type(model)))}


def _known_words(data: Any) -> Iterator[str]:
    """The file's own account user names: never a secret when they appear in prose."""
    if dataclasses.is_dataclass(data):
        data = _as_mapping(data)
    cuentas = data.get("cuentas") if isinstance(data, dict) else None
    if not isinstance(cuentas, list):
        return
    for cuenta in cuentas:
        if dataclasses.is_dataclass(cuenta):
            cuenta = _as_mapping(cuenta)
        if isinstance(cuenta, dict):
            for key in ("usuario", "url"):
                value = cuenta.get(key)
                if isinstance(value, str):
                    yield from (w.lower() for w in _NON_ALNUM.split(value) if w)
                    if key == "usuario":
                        yield value.lower()  # whole, as a phrase gives it: ine.jde01.ags


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def _secret_value(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, str):
        v = value.strip()
        return bool(v) and not _DATE.match(v) and not _MASK.match(v)
    if isinstance(value, list):
        return any(_secret_value(v) for v in value)
    return False


def _walk(
    source: SourceFile,
    node: Any,
    path: tuple[str | int, ...],
    known: frozenset[str],
    key: str,
) -> Iterator[Problem]:
    # Leaves are checked in their parent's loop (no generator per value: ~90k per national
    # inventory); the path of a child is built only when there is something to report.
    # A model (see scan_source) is walked like the mapping it was validated from.
    kinds = _KINDS
    kind = kinds.get(type(node)) or _kind(type(node))
    if kind == _MODEL:
        node = _as_mapping(node)
        kind = _MAP
    if kind == _MAP:
        for k, v in node.items():
            child_key = k if isinstance(k, str) else ""
            if child_key and secret_key(k) and _secret_value(v):
                child = (*path, k)
                yield Problem(source, child, "key", {"field": dotted(child)})
                continue
            v_kind = kinds.get(type(v))
            if v_kind is None:
                v_kind = _kind(type(v))
            if v_kind == _LEAF:
                levels = _leaf_levels(v, child_key)
                if levels is not _NEVER and _is_secret(levels, known):
                    child = (*path, k)
                    yield Problem(source, child, "value", {"field": dotted(child)})
            elif v_kind != _OTHER:
                yield from _walk(source, v, (*path, k), known, child_key)
    elif kind == _SEQ:
        for i, v in enumerate(node):
            v_kind = kinds.get(type(v))
            if v_kind is None:
                v_kind = _kind(type(v))
            if v_kind == _LEAF:
                levels = _leaf_levels(v, key)
                if levels is not _NEVER and _is_secret(levels, known):
                    child = (*path, i)
                    yield Problem(source, child, "value", {"field": dotted(child)})
            elif v_kind != _OTHER:
                yield from _walk(source, v, (*path, i), known, key)
    elif kind == _LEAF and _leaf_secret(node, known, key):
        yield Problem(source, path, "value", {"field": dotted(path)})


_NEVER: tuple[bool, tuple[str, ...], tuple[str, ...]] = (False, (), ())
_ALWAYS: tuple[bool, tuple[str, ...], tuple[str, ...]] = (True, (), ())


@lru_cache(maxsize=2048)  # recurring values stay; unique names pass (memory-bounded)
def _leaf_levels(value: str, key: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """:func:`_leaf_secret` without the file's known words: ``(strong, phrased, weak)``; the
    value is a secret when ``strong`` or when a phrased or weak value is not a known word."""
    if len(value) < 4:
        return _NEVER
    if _DATE.match(value) or key in _NO_TOKEN_KEYS or key.endswith(_NO_TOKEN_SUFFIXES):
        return _NEVER
    strong, phrased, weak = _text_levels(value)
    if strong:
        return _ALWAYS
    if key in _IDENTIFIER_KEYS:
        weak = ()
    return (False, phrased, weak) if phrased or weak else _NEVER


def _leaf_secret(value: str, known: frozenset[str], key: str) -> bool:
    """Whether the value under ``key`` is a secret, given the file's known words (the loops
    of :func:`_walk` inline the common case: nothing at all)."""
    levels = _leaf_levels(value, key)
    return levels is not _NEVER and _is_secret(levels, known)


def _is_secret(
    levels: tuple[bool, tuple[str, ...], tuple[str, ...]], known: frozenset[str]
) -> bool:
    strong, phrased, weak = levels
    return strong or any(w not in known for w in phrased) or any(w not in known for w in weak)


def _scan_raw_lines(source: SourceFile, text: str) -> Iterator[Problem]:
    """A file that did not parse is still committed: look at its ``key: value`` lines."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if len(line) > 2000:
            line = line[:2000]
        m = _LINE_KEY.match(line)
        if m is None:
            continue
        key = m.group(2)
        value = _NODE_PROPERTIES.sub("", _without_comment(line[m.end() :])).strip().strip("\"'")
        if not value:
            continue
        column = line.find(key) + 1
        if secret_key(key) and _secret_value(value):
            yield Problem(source, (), "key", {"field": key}, position=(lineno, column))
        elif (
            key not in _NO_TOKEN_KEYS
            and not key.endswith(_NO_TOKEN_SUFFIXES)
            and text_secret(value, strict=key in _IDENTIFIER_KEYS)
        ):
            yield Problem(source, (), "value", {"field": key}, position=(lineno, column))
