"""Field types shared by every model: dates, addresses, phones, hashes, logins.

Each type validates a *string* as it stands in the YAML file (the loader never turns
dates into date objects) and exports a JSON Schema that an editor can apply on its own.
"""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, Literal, TypeVar, cast, dataclass_transform

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, Strict, WithJsonSchema
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic_core import PydanticCustomError

from validator.models.clean_text import CleanText

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


T = TypeVar("T")

# Unknown keys are errors. Each field's docstring (Spanish, with its clause) is its
# ``description``: the exported JSON Schemas carry it, so an editor explains every key on
# hover, and the wizard says it when a required answer is left empty. One text, written
# beside the field; read from the source only when asked (validator.models.model_api), not
# by pydantic each time the models are built (a sixth of their build time).
MODEL_CONFIG = ConfigDict(extra="forbid")


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, Field))
def strict_model(cls: type[T]) -> type[T]:
    """Make ``cls`` a model: a frozen, slotted pydantic dataclass (keyword-only fields).

    No silent coercion: every leaf type is strict on its own (clean text is a ``str`` as
    written, :data:`Flag` a real boolean, :data:`Count` a real integer, dates are parsed
    from their text); the class itself is not marked strict, because a strict dataclass
    accepts only instances of itself, never the mapping a file gives. Slotted instances
    hold their values and nothing else (no ``__dict__``, no set of given fields): a large
    inventory's tens of thousands of nested models take a third of the memory that
    ``BaseModel`` instances do (benchmarks/README.md).
    """
    model = pydantic_dataclass(cls, frozen=True, slots=True, kw_only=True, config=MODEL_CONFIG)
    return cast("type[T]", model)  # the same class, made a model


#: A YAML boolean: ``true``/``false`` only (never ``"true"``, ``1`` or ``yes``).
Flag = Annotated[bool, Strict()]
#: A YAML integer (never ``"5"``, ``5.0`` or ``true``).
Count = Annotated[int, Strict()]


def _bool_as_written(value: Any) -> Any:
    """A YAML boolean as its text, so that a literal refuses it (``True == 1`` in Python)."""
    return ("true" if value else "false") if isinstance(value, bool) else value


#: Every file's ``version``: the integer 1 (never ``true``, which Python counts as 1).
Version = Annotated[Literal[1], BeforeValidator(_bool_as_written)]


# One text type for every string field of every file kind: a single-line ``Line`` (names,
# cargos, URLs, oficios, handles, phones, patterns, logins, addresses) or a multi-line
# ``Lines`` (an incident's description), both refusing the same characters by Unicode
# property (validator/models/clean_text.py). The check runs *before* any length or pattern
# constraint, so the message names the character (U+001B ESCAPE) instead of a bare mismatch:
# the marker comes *after* a type's Field(...) constraints (which then stay in the exported
# JSON Schema) and still runs first.
CLEAN_LINE = CleanText()
CLEAN_LINES = CleanText(multiline=True)
Line = Annotated[str, CLEAN_LINE]
Lines = Annotated[str, CLEAN_LINES]


# The years a date of the inventory may have: every term the rules count runs from these
# dates (months, business days), so a typo such as 9999-12-30 or 0202-01-15 must be a
# finding on its line, not a calendar that runs past year 9999.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _parse_date(value: Any) -> Any:
    try:  # the same few hundred dates recur across an inventory
        return _DATES[value]
    except (KeyError, TypeError):  # not seen yet, or not a string at all
        pass
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if isinstance(value, str):
        if _DATE_RE.match(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                pass
            else:
                _in_range(parsed, value)
                if len(_DATES) < 65536:
                    _DATES[value] = parsed
                return parsed
        raise PydanticCustomError("fecha_invalida", "invalid date {value}", {"value": value})
    raise PydanticCustomError("fecha_tipo", "date expected", {"value": value})


def _in_range(day: date, text: str) -> date:
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return day
    raise PydanticCustomError(
        "fecha_fuera_de_rango",
        "date {value} outside {first}-{last}",
        {"value": text, "first": FIRST_YEAR, "last": LAST_YEAR},
    )


_DATES: dict[str, date] = {}  # valid ISO date text -> date (immutable values: safe to share)


IsoDate = Annotated[
    date,
    BeforeValidator(_parse_date),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": r"^(19\d\d|2[01]\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
        }
    ),
]


# A plain dot-atom local part (letters, digits, "_", "+", "-", single dots inside): a subset
# of what email_validator accepts. With a domain known to be valid, such an address is valid
# without importing email_validator (whose import alone costs more than a national run's
# addresses); anything else goes through email_validator. tests/models/test_models_fastpath.py
# checks the shortcut against email_validator.
_SIMPLE_LOCAL = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*\Z")
KNOWN_GOOD_DOMAINS = frozenset({"ine.mx"})


def _email_problem(value: str) -> str | None:
    local, at, domain = value.rpartition("@")
    if (
        at
        and domain in KNOWN_GOOD_DOMAINS
        and len(local) <= 64
        and len(value) <= 254
        and _SIMPLE_LOCAL.match(local)
    ):
        return None
    return _email_problem_full(value)


@lru_cache(maxsize=16384)
def _email_problem_full(value: str) -> str | None:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(
            value,
            check_deliverability=False,
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
        )
    except EmailNotValidError as exc:
        return str(exc)
    return None


def _check_email(value: str) -> str:
    problem = _email_problem(value)
    if problem is not None:
        raise PydanticCustomError(
            "correo_invalido",
            "invalid address {value}: {reason}",
            {"value": value, "reason": problem},
        )
    return value


def mailbox(address: str) -> str:
    """The mailbox ``address`` delivers to, as a comparison key: without case and without a
    ``+tag`` subaddress (RFC 5233). Exchange Online and most servers deliver
    ``juan.perez+redes@ine.mx`` to ``juan.perez@ine.mx``: the same person's own mailbox."""
    local, at, domain = address.rpartition("@")
    return (local.split("+", 1)[0] + at + domain).casefold()


Email = Annotated[
    Line,
    AfterValidator(_check_email),
    WithJsonSchema(
        {
            "type": "string",
            "format": "email",
            "pattern": r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$",
        }
    ),
]

Text = Annotated[str, Field(min_length=1, max_length=500), CLEAN_LINE]
LongText = Annotated[str, Field(min_length=1, max_length=4000), CLEAN_LINES]
# The patterns a titular can break: a schema finding explains each one in words (its own
# message in validator/rules/esquema.py, keyed by PATTERN_NAMES), never the regex.
TELEFONO_PATTERN = r"^[0-9+()\s.,\-a-zA-Z]+$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
CLAVE_PATTERN = r"^[a-z0-9]{2,16}$"
# GitHub logins: 1-39 alphanumerics or single hyphens, not at either end.
GITHUB_LOGIN_PATTERN = r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$"
PATTERN_NAMES: dict[str, str] = {
    TELEFONO_PATTERN: "telefono",
    SHA256_PATTERN: "sha256",
    CLAVE_PATTERN: "clave",
    GITHUB_LOGIN_PATTERN: "github",
}

Telefono = Annotated[str, Field(min_length=5, max_length=60, pattern=TELEFONO_PATTERN), CLEAN_LINE]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN), CLEAN_LINE]
Clave = Annotated[str, Field(pattern=CLAVE_PATTERN), CLEAN_LINE]
GithubLogin = Annotated[str, Field(pattern=GITHUB_LOGIN_PATTERN), CLEAN_LINE]


def same_login(a: str, b: str) -> bool:
    """GitHub logins are case-insensitive (and ASCII); a leading ``@`` is not part of them."""
    return a.strip().lstrip("@").lower() == b.strip().lstrip("@").lower()


Oficio = Annotated[str, Field(min_length=3, max_length=120), CLEAN_LINE]
