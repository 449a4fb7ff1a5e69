"""The loader's fast path (values only, position index on demand) is never wrong.

For every input, either the fast path declines, or it gives exactly the values of the full
builder; and the index built on demand equals the index the full builder builds eagerly.
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
from validator.loading.yaml_loader import (
    _SLOW,
    YamlDocument,
    _fast_values,
    _full_parse,
    _new_doc,
    load_text,
)


def full(text: str) -> YamlDocument:
    doc = _new_doc(text)
    _full_parse(doc)
    return doc


def check_equivalent(text: str) -> None:
    reference = full(text)
    try:
        fast: Any = _fast_values(text)
    except Exception:  # load_text catches these and uses the full builder
        fast = _SLOW
    if fast is not _SLOW:
        assert reference.error is None, reference.error
        assert fast == reference.data
        assert type(fast) is type(reference.data)
    doc = load_text(text)
    assert doc.error == reference.error
    assert doc.data == reference.data
    assert doc.positions == reference.positions
    assert doc.key_positions == reference.key_positions
    assert doc.int_sources == reference.int_sources


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


def test_valid_files_take_the_fast_path_and_index_lazily() -> None:
    text = (REPO_ROOT / "inventory" / "cncs.yaml").read_text(encoding="utf-8")
    doc = load_text(text)
    assert doc._positions is None  # nothing indexed yet
    assert doc.locate(("revisores", 1)) == full(text).positions[("revisores", 1)]
    assert doc._positions is not None


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
