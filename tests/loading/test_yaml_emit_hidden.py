"""A value the YAML writer quotes reads back exactly, whatever characters it holds (red team,
2026-12-01).

``quoted`` wrote JSON's string syntax with ``ensure_ascii=False``, which leaves every
character JSON does not have to escape raw. YAML is stricter: a raw NEL (U+0085) in a
double-quoted scalar is a line break, folded to a space (an imported cell's control
character vanished instead of being refused), a raw DEL made the written file unreadable,
and a character outside the BMP escaped by JSON as a surrogate pair does not read back.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.loading.yaml_emit import quoted, scalar
from validator.loading.yaml_loader import load_text

HIDDEN = ["\x85", "\x7f", "\x9b", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e",
          "\U000e0020", "\x00", "\x1b"]  # fmt: skip


def _reads_back(value: str) -> bool:
    doc = load_text(f"k: {scalar(value)}\n")
    return doc.error is None and doc.data == {"k": value}


def test_each_hidden_character_reads_back() -> None:
    for char in HIDDEN:
        value = f"a{char}b"
        assert _reads_back(value), (value, scalar(value))
        assert quoted(value).isprintable(), quoted(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*HIDDEN, "a", " ", '"', "\\", "é", "😀"])))
def test_any_mix_reads_back(value: str) -> None:
    assert _reads_back(value), (value, scalar(value))
