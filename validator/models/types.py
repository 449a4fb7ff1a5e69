"""Field types shared by every model: dates, addresses, phones, hashes, logins.

Each type validates a *string* as it stands in the YAML file (the loader never turns
dates into date objects) and exports a JSON Schema that an editor can apply on its own.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class StrictModel(BaseModel):
    """Base of every model: unknown keys are errors, no silent coercion.

    Each field's docstring (Spanish, with its clause) is its ``description``: the exported
    JSON Schemas carry it, so an editor explains every key on hover, and the wizard says
    it when a required answer is left empty. One text, written beside the field.
    """

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True
    )


def _parse_date(value: Any) -> Any:
    try:  # the same few hundred dates recur across an inventory
        return _DATES[value]
    except (KeyError, TypeError):  # not seen yet, or not a string at all
        pass
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if _DATE_RE.match(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                pass
            else:
                if len(_DATES) < 65536:
                    _DATES[value] = parsed
                return parsed
        raise PydanticCustomError("fecha_invalida", "invalid date {value}", {"value": value})
    raise PydanticCustomError("fecha_tipo", "date expected", {"value": value})


_DATES: dict[str, date] = {}  # valid ISO date text -> date (immutable values: safe to share)


IsoDate = Annotated[
    date,
    BeforeValidator(_parse_date),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
        }
    ),
]


# A plain dot-atom local part (letters, digits, "_", "+", "-", single dots inside): a subset
# of what email_validator accepts. With a domain known to be valid, such an address is valid
# without importing email_validator (whose import alone costs more than a national run's
# addresses); anything else goes through email_validator. tests/test_models_fastpath.py
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


Email = Annotated[
    str,
    AfterValidator(_check_email),
    WithJsonSchema(
        {
            "type": "string",
            "format": "email",
            "pattern": r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$",
        }
    ),
]

# Invisible characters have no place in names, cargos or URLs: C0/C1 controls (a newline
# in a name breaks a CSV row or a Markdown table), the Unicode bidirectional controls
# (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C: "Trojan Source" reordering of what the
# reviewer reads) and zero-width/format characters (look-alike names, hidden text).
_INVISIBLE = "\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb"
_NOT_SINGLE_LINE = re.compile(f"[\\x00-\\x1f{_INVISIBLE}]")
_NOT_MULTILINE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f{_INVISIBLE}]")  # tab and newline allowed


def _refuse(pattern: re.Pattern[str]) -> Any:
    def check(value: str) -> str:
        m = pattern.search(value)
        if m is not None:
            raise PydanticCustomError(
                "texto_invisible",
                "invisible or control character {char} at position {position}",
                {"char": f"U+{ord(m.group()):04X}", "position": m.start() + 1},
            )
        return value

    return check


Text = Annotated[
    str, Field(min_length=1, max_length=500), AfterValidator(_refuse(_NOT_SINGLE_LINE))
]
LongText = Annotated[
    str, Field(min_length=1, max_length=4000), AfterValidator(_refuse(_NOT_MULTILINE))
]
Telefono = Annotated[str, Field(min_length=5, max_length=60, pattern=r"^[0-9+()\s.,\-a-zA-Z]+$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Clave = Annotated[str, Field(pattern=r"^[a-z0-9]{2,16}$")]
# GitHub logins: 1-39 alphanumerics or single hyphens, not at either end.
GithubLogin = Annotated[str, Field(pattern=r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$")]
Oficio = Annotated[str, Field(min_length=3, max_length=120)]
