"""The strict loader: plain values, exact positions, and every hazard refused as a value."""

from __future__ import annotations

import time

import pytest

from validator.loading.yaml_loader import load_bytes, load_text


def test_values_and_positions() -> None:
    doc = load_text("a: 1\nb:\n  - x\n  - {c: 'd'}\ne: 2026-01-15\n")
    assert doc.error is None
    assert doc.data == {"a": 1, "b": ["x", {"c": "d"}], "e": "2026-01-15"}
    assert doc.positions[("a",)] == (1, 4)
    assert doc.positions[("b", 1, "c")] == (4, 9)
    assert doc.key_positions[("b",)] == (2, 1)
    assert doc.locate(("b", 7, "zzz")) == (3, 3)  # nearest existing ancestor: the list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("v: no", "no"),
        ("v: yes", "yes"),
        ("v: on", "on"),
        ("v: 012", 12),
        ("v: 1e3", "1e3"),
        ("v: 0x1F", "0x1F"),
        ("v: 1:20", "1:20"),
        ("v: 1.5", "1.5"),
        ("v: .inf", ".inf"),
        ("v: true", True),
        ("v: False", False),
        ("v: ~", None),
        ("v:", None),
        ("v: -7", -7),
        ("v: '0155512345'", "0155512345"),
        ("v: 2026-13-01", "2026-13-01"),
    ],
)
def test_scalar_resolution_avoids_yaml11_traps(text: str, expected: object) -> None:
    assert load_text(text).data == {"v": expected}


def test_unquoted_integer_keeps_its_source_for_hints() -> None:
    doc = load_text("telefono: 0155512345\n")
    assert doc.int_sources[("telefono",)] == "0155512345"


@pytest.mark.parametrize(
    ("raw", "code", "line"),
    [
        (b"a: 1\nb: [1,\n", "syntax", 2),  # the unclosed bracket, not past the end
        (b"a:\n  b: 1\n  b: 2\n", "duplicate_key", 3),
        (b"a: &x 1\nb: *x\n", "anchor", 1),
        (b"a: [1]\nb: *x\n", "alias", 2),
        (b"base: {a: 1}\nc:\n  <<: {a: 2}\n", "merge_key", 3),
        (b"a: 1\nb: !!python/object/apply:os.system ['ls']\n", "tag", 2),
        (b"a: !!str 1\n", "tag", 1),
        (b"a: 1\n---\nb: 2\n", "multi_document", 2),
        (b"a: 1\n\xff\xfe\n", "encoding", 2),
        (b"\xff\xfea\x00:\x00", "binary", 1),
        (b"a: 1\nb: x\x00y\n", "binary", 2),
        (b"", "empty", 1),
        (b"# nothing but a comment\n", "empty", 1),
        (b"a:\n\tb: 1\n", "syntax", 2),
        (b"? [a, b]\n: 1\n", "complex_key", 1),
    ],
)
def test_hazards_are_refused_with_a_line(raw: bytes, code: str, line: int) -> None:
    doc = load_bytes(raw)
    assert doc.error is not None
    assert (doc.error.code, doc.error.line) == (code, line)
    assert doc.data is None


def test_size_limit() -> None:
    doc = load_bytes(b"a: " + b"x" * 2_000_000 + b"\n")
    assert doc.error is not None and doc.error.code == "too_large"


def test_alias_bomb_is_refused_fast() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    start = time.perf_counter()
    doc = load_text("\n".join(lines) + "\n")
    assert doc.error is not None and doc.error.code == "anchor"
    assert time.perf_counter() - start < 5  # generous: refusal is immediate, not a timing test


def test_deep_nesting_is_refused() -> None:
    doc = load_text("[" * 10_000 + "]" * 10_000)
    assert doc.error is not None and doc.error.code == "too_deep"


def test_utf8_bom_is_accepted() -> None:
    doc = load_bytes(b"\xef\xbb\xbfa: 1\n")
    assert doc.error is None and doc.data == {"a": 1}


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # an unclosed quote: at the quote, not one line past the file's end
        ('version: 1\nnombre: "Junta\n', 2, 9),
        ("version: 1\nnombre: 'Junta\n\n\n", 2, 9),
        # an unclosed bracket or brace, with and without a final line break
        ("a: [1, 2\n", 1, 4),
        ("a: [1, 2", 1, 4),
        ("a: {b: 1\n", 1, 4),
    ],
)
def test_an_error_at_the_end_of_the_file_points_where_it_opened(
    text: str, line: int, column: int
) -> None:
    error = load_text(text).error
    assert error is not None and error.code == "syntax"
    assert (error.line, error.column) == (line, column)
    assert error.line <= len(text.splitlines())  # a line the pull request view can show


def test_every_syntax_error_stays_inside_the_file() -> None:
    for text in ("a: b\n  c: d\n", 'x: "a\\q"\n', "- a\nb: c\n", "a:\n\t- b\n", "k: [a, b}\n"):
        error = load_text(text).error
        assert error is not None
        assert 1 <= error.line <= len(text.splitlines()), (text, error)


def test_glued_hashes_are_found_with_their_lines_and_columns() -> None:
    from validator.loading.yaml_loader import glued_hashes

    text = 'cargo: Vocal #1 Ejecutivo\nnombre: "A #1"\n# full\nx: y  #z\n\n\nq: w #e #f\n'
    # a superset: the quoted one is told apart by the rule; "# full" has its space
    assert glued_hashes(text) == ((1, 14), (2, 12), (4, 7), (7, 6), (7, 9))
    assert load_text(text.replace('"A #1"', "b")).glued_hashes == ((1, 14), (4, 7), (7, 6), (7, 9))
    assert glued_hashes("#first\nk: v # spaced\nu: https://x.com/a#b\n") == ()


def test_glued_hashes_stay_linear_and_capped_on_hostile_text() -> None:
    from validator.loading.yaml_loader import MAX_GLUED, glued_hashes

    found = glued_hashes("k: a" + " #x" * 300_000 + "\n" + "j: b #y\n" * 1000)
    assert len(found) == MAX_GLUED and found[0] == (1, 6)
