"""The YAML emitter's cheap plain-scalar check never disagrees with the full one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.loading.yaml_emit import _OBVIOUSLY_PLAIN, _YAML11_WORDS, _plain_ok, scalar
from validator.loading.yaml_loader import load_text

TEXT = st.text(
    alphabet=st.sampled_from(list("aZé9 .:/@#'’()?=&%~+-_,!\"[]{}|>*\tñÁ")), min_size=1, max_size=12
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_fast_path_agrees_with_the_full_check(text: str) -> None:
    fast = (
        _OBVIOUSLY_PLAIN.fullmatch(text)
        and text.lower() not in _YAML11_WORDS
        and not any(s in text for s in (": ", " #", "  "))
    )
    if fast:
        assert _plain_ok(text), text
    doc = load_text(f"k: {scalar(text)}\n")
    assert doc.error is None and doc.data == {"k": text}


def test_common_values_are_plain() -> None:
    for value in ("María López", "maria.lopez@ine.mx", "https://x.com/INEMexico",
                  "https://www.facebook.com/profile.php?id=100"):  # fmt: skip
        assert scalar(value) == value
    for value in ("yes", "No", "x: y", "a #b", "2026-01-15", "0123"):
        assert scalar(value) != value
