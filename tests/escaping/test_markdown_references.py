"""GitHub's ``GH-123`` references in Markdown values (red team, 2026-12-01).

GitHub links ``#123``, ``owner/repo#123`` *and* ``GH-123`` to issue 123 of the repository
(docs: "Autolinked references and URLs"), in the rendered text, where an escape no longer
helps. ``markdown.text`` broke the first two with a zero-width space but not ``GH-``: an area
named «Junta GH-1» in the daily reminders issue linked issue 1 and put a cross-reference
on its timeline.
"""

from __future__ import annotations

import re

import pytest

from tests.escaping.test_escaping import REFERENCE, assert_inert
from validator.escaping import markdown

# GitHub's references as it finds them in rendered text (adds GH- to the suite's REFERENCE).
GH_REFERENCE = re.compile(r"(?:^|[^A-Za-z0-9_])GH-[0-9]+", re.I)


@pytest.mark.parametrize("value", ["Junta GH-1", "gh-42 y (GH-7)", "x GH-12a", "GH-1"])
def test_gh_references_are_broken(value: str) -> None:
    page = assert_inert(f"| h |\n|---|\n| {markdown.text(value)} |\n")
    text = "".join(page.text)
    assert not GH_REFERENCE.search(text), text
    assert not REFERENCE.search(text), text
    assert page.cells[0].replace("\u200b", "") == value


@pytest.mark.parametrize("value", ["LGH-1", "GH-x", "OGH-2026", "HIGH-5"])
def test_other_words_are_left_alone(value: str) -> None:
    assert markdown.text(value) == value
