"""The loader's one builder: a valid file's values in one pass, its index on demand.

For every input, :func:`load_text` (values first, the position index built on first use)
gives exactly the values, error and index of one indexed pass of the same builder; and
for valid YAML every position equals the mark of the node that libyaml's own composer
(``yaml.compose``) builds for the same path.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO_ROOT, make_inventory
from validator.loading.inventory import load_inventory
from validator.loading.repo import relpath
from validator.loading.yaml_loader import _build, load_bytes, load_text


def composed_positions(text: str) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Value and key positions by path, from PyYAML's node tree (an independent reader)."""
    positions: dict[Any, Any] = {}
    keys: dict[Any, Any] = {}
    node = yaml.compose(text, Loader=yaml.CSafeLoader)

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                keys[(*path, k.value)] = (k.start_mark.line + 1, k.start_mark.column + 1)
                walk(v, (*path, k.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, (*path, i))

    if node is not None:
        walk(node, ())
    return positions, keys


def check_equivalent(text: str) -> None:
    data, error, index = _build(text, True)
    assert index is not None
    doc = load_text(text)
    assert doc.error == error
    assert doc.data == data
    assert type(doc.data) is type(data)
    assert doc.positions == index.positions
    assert doc.key_positions == index.key_positions
    assert doc.int_sources == index.int_sources
    if error is None:
        positions, keys = composed_positions(text)
        assert index.positions == positions
        assert index.key_positions == keys


def yaml_files() -> list[Path]:
    found = [
        *REPO_ROOT.glob("inventory/**/*.yaml"),
        *REPO_ROOT.glob("tests/fixtures/**/*.yaml"),
    ]
    return sorted(found)


def test_every_yaml_file_of_the_repository() -> None:
    files = yaml_files()
    assert files
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        check_equivalent(text)


def test_valid_files_are_indexed_on_demand_and_can_drop_it() -> None:
    text = (REPO_ROOT / "inventory" / "cncs.yaml").read_text(encoding="utf-8")
    doc = load_text(text)
    assert not doc.indexed  # nothing indexed yet
    expected = _build(text, True)[2].positions[("revisores", 1)]  # type: ignore[union-attr]
    assert doc.locate(("revisores", 1)) == expected
    assert doc.indexed
    doc.drop_index()
    assert not doc.indexed
    assert doc.locate(("revisores", 1)) == expected


def test_refused_files_keep_their_index() -> None:
    doc = load_text("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert doc.error is not None and doc.error.code == "duplicate_key"
    assert doc.error.params == {"key": "c", "first_line": 3}
    assert doc.indexed
    doc.drop_index()
    assert doc.indexed  # nothing to rebuild it from: kept
    assert doc.locate(("b", "c")) == (3, 6)


HAZARDS = [
    "a: 1\nb: [1,\n",
    "a:\n  b: 1\n  b: 2\n",
    "a: &x 1\nb: *x\n",
    "base: {a: 1}\nc:\n  <<: {a: 2}\n",
    "a: !!str 1\n",
    "a: 1\n---\nb: 2\n",
    "? [a, b]\n: 1\n",
    "[" * 40 + "]" * 40,
    "[" * 31 + "]" * 31,
    "[" * 32 + "]" * 32,
    "~\n",
    "",
    "just a scalar\n",
    "'<<': 1\n",
    "a: '1'\nb: \"x\"\nc: |\n  t\nd: >\n  f\n",
    "- ~\n- null\n- \n- true\n- -3\n- +4\n- 0x1\n",
    "{a: {b: {c: [1, {d: e}]}}}\n",
]


def test_hazards_and_corner_cases() -> None:
    for text in HAZARDS:
        check_equivalent(text)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(alphabet="ab1:-#&*!<> '\"~\n", max_size=6),
    st.sampled_from(["yes", "no", "~", "null", "2026-02-30", "0155", "<<", "&a", "*a", "!t"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(alphabet="ab<-1 ", min_size=1, max_size=3), inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=values, flow=st.booleans())
def test_random_documents(value: Any, flow: bool) -> None:
    text = yaml.safe_dump(value, default_flow_style=flow, allow_unicode=True)
    check_equivalent(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab:-[]{}&*!<>'\"~#\n ,?|", max_size=40))
def test_random_text(text: str) -> None:
    check_equivalent(text)


def _original_read_error(path: Path) -> str | None:
    """The checks the loader made before it used one lstat per file."""
    if path.is_symlink() or not path.is_file():
        return "missing" if not path.exists() else "not_regular"
    return None


@pytest.mark.parametrize("areas_link", [None, "inside", "outside"])
def test_area_paths_and_read_errors_are_unchanged(tmp_path: Path, areas_link: str | None) -> None:
    root = make_inventory(tmp_path / "repo")
    areas = root / "inventory" / "areas"
    if areas_link is not None:
        target = (root / "elsewhere") if areas_link == "inside" else (tmp_path / "outside")
        shutil.move(str(areas), str(target))
        areas.symlink_to(target, target_is_directory=True)
    good = areas / "jd01ags.yaml"
    (areas / "link.yaml").symlink_to(good)
    (areas / "dangling.yaml").symlink_to(areas / "nothing.yaml")
    (areas / "folder.yaml").mkdir()
    inventory = load_inventory(root)
    assert len(inventory.area_files) == 4
    for source in inventory.area_files:
        assert source.path == relpath(root, source.abspath)
        code = source.doc.error.code if source.doc.error else None
        assert code == _original_read_error(source.abspath)


def test_columns_count_characters_and_the_byte_order_mark_is_not_text() -> None:
    """Columns count characters, not bytes, after accented letters and astral characters;
    a byte-order mark is dropped before parsing."""
    text = "nombre: Pérez Ñúñez\nnota: 😀 x\nclave: ab\n"
    raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    for doc in (load_bytes(raw), load_text(text)):
        assert doc.error is None
        assert doc.text == text
        assert doc.data == {"nombre": "Pérez Ñúñez", "nota": "😀 x", "clave": "ab"}
        assert doc.locate(("clave",)) == (3, 8)
        assert doc.locate(("nota",)) == (2, 7)
    bad = load_bytes(b"a: \xff\n")
    assert bad.error is not None and bad.error.code == "encoding" and bad.text == ""
