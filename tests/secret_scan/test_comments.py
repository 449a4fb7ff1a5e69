"""Comments found in YAML text (validator/secret_scan/comments.py): exactly (``comments``) and
as the prefilter gathers them (``comment_texts``, a superset)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.secret_scan.comments import comment_texts, comments, with_inner_comments


def test_comment_scanner_skips_quoted_and_block_scalars() -> None:
    text = (
        'a: "x # not a comment"  # real one\n'
        "b: 'it''s # quoted'\n"
        "c: https://x.com/#frag\n"
        "d: |\n"
        "  # block content, not a comment\n"
        "  more\n"
        'e: "multi\n'
        '  line # still quoted"\n'
        "# top comment\n"
        "f: O'Brien # after plain\n"
        "- >-\n"
        "  # folded content\n"
        "g: [1, 2]  # flow\n"
    )
    got = [(line, col, body.strip()) for line, col, body in comments(text)]
    assert got == [
        (1, 25, "real one"),
        (9, 1, "top comment"),
        (10, 12, "after plain"),
        (13, 12, "flow"),
    ]


# Lines as titulars write them (and worse): keys, quotes, block scalars, comments, odd breaks.
_LINE_PIECES = st.sampled_from(
    ["a: ", "- ", "  ", "#", " #", "# x", "'", '"', "''", "|", ">", "|-", "\n", "\r", "\r\n",
     "\u2028", "\x0c", "\x85", "pwd=Ab#12345", "b", "c: d", "\\", "\t", "##", "x#y"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=30).map("".join))
def test_every_comment_is_within_a_comment_text(text: str) -> None:
    """comments() reads the YAML; comment_texts() does not, and gives a superset: every
    comment is the start of a text that it gives (or of the text after a later "#" in one),
    cut at a line break."""
    starts = [piece for found in comment_texts(text) for piece in with_inner_comments(found) or ()]
    for _, _, comment in comments(text):
        assert any(
            s.startswith(comment) and (len(s) == len(comment) or s[len(comment)].isspace())
            for s in starts
        ), (text, comment)
