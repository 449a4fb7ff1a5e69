"""The models' shortcuts (e-mail addresses, dates) agree with the full checks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from validator.models import types


def full_problem(value: str) -> str | None:
    """The long way: email-validator itself, as the models call it without the shortcut."""
    return types._email_problem_full(value)


@pytest.mark.parametrize("domain", sorted(types.KNOWN_GOOD_DOMAINS))
def test_known_good_domains_are_valid(domain: str) -> None:
    assert full_problem(f"a@{domain}") is None


@settings(max_examples=800, deadline=None)
@given(
    local=st.text(alphabet="aZ09._+-@\"' \\<>()ñ,;:", max_size=70),
    domain=st.sampled_from(["ine.mx", "INE.mx", "ine.mx.", "ine..mx", "gmail.com", "ine"]),
)
def test_email_shortcut_agrees_with_email_validator(local: str, domain: str) -> None:
    value = f"{local}@{domain}"
    assert (types._email_problem(value) is None) == (full_problem(value) is None)


def test_email_messages_come_from_email_validator() -> None:
    assert types._email_problem("juan..perez@ine.mx") == full_problem("juan..perez@ine.mx")
    assert types._email_problem("juan.perez@ine.mx") is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.dates().map(date.isoformat), st.text(alphabet="0123456789-", max_size=11)))
def test_date_cache_agrees_with_fromisoformat(text: str) -> None:
    for _ in range(2):  # the second call comes from the cache
        try:
            got = types._parse_date(text)
        except PydanticCustomError:
            got = None
        try:
            want = date.fromisoformat(text) if types._DATE_RE.match(text) else None
        except ValueError:
            want = None
        if want is not None and not types.FIRST_YEAR <= want.year <= types.LAST_YEAR:
            want = None  # a real date, outside the inventory's years: refused too
        assert got == want
