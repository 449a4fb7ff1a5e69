"""Mapping keys that name a secret (``password``, ``clave_acceso``, ``api_key``, ``pin`` …), the
values such a key may hold without a finding (a mapping, a date, a mask), and the keys whose
values the other detectors judge differently (hashes and patterns; identifiers).

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from validator.secret_scan.shapes import DATE, MASK

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
NO_TOKEN_KEYS = frozenset({"sha256"})
NO_TOKEN_SUFFIXES = ("patron", "pattern", "regex")
# Identifier keys: only the unambiguous detectors (symbols, known formats) apply.
IDENTIFIER_KEYS = frozenset({"usuario", "github", "clave", "revisores", "accesos", "plataforma"})

_KEY_SPLIT = re.compile(r"[_\-.\s]+")


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


def secret_value(value: Any) -> bool:
    """Whether a value under a key naming a secret holds one: an integer, or a string that is
    not blank, a date or a mask (in a list too); not a flag, a null, a float or a mapping."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, str):
        v = value.strip()
        return bool(v) and not DATE.match(v) and not MASK.match(v)
    if isinstance(value, list):
        return any(secret_value(v) for v in value)
    return False
