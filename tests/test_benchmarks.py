"""The benchmark's synthetic inventory is valid except for its deliberate violations.

No timings here: ``benchmarks/run.py`` measures; this only checks that what it measures
is a realistic, valid inventory (so that the benchmark exercises every rule's normal path).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF, REPO_ROOT, validate
from validator.rules import registry

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import make_inventory


@pytest.mark.parametrize("areas", [12, 40])
def test_generated_inventory_has_exactly_the_deliberate_violations(
    tmp_path: Path, areas: int
) -> None:
    expected = make_inventory.write_repo(tmp_path, areas)
    assert {e.rule for e in expected} == {rule for rule, _ in make_inventory.DELIBERATE}
    known = registry()
    want = {(e.file, e.rule, e.severity, e.line) for e in expected if e.rule in known}
    result = validate(tmp_path, as_of=AS_OF)
    got = {(f.file, f.rule, f.severity.value, f.line) for f in result.findings}
    assert got == want, [(f.file, f.rule, f.line, f.message("en")) for f in result.findings]
    assert len(list((tmp_path / "inventory" / "areas").glob("*.yaml"))) == areas


def test_generator_is_deterministic_and_claves_are_realistic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    make_inventory.write_repo(first, 20)
    make_inventory.write_repo(second, 20)
    names = sorted(p.name for p in (first / "inventory" / "areas").iterdir())
    assert names == sorted(p.name for p in (second / "inventory" / "areas").iterdir())
    for name in names:
        a = (first / "inventory" / "areas" / name).read_bytes()
        assert a == (second / "inventory" / "areas" / name).read_bytes()
    kinds = {n[:2] for n in names}
    assert {"jl", "jd"} <= kinds and len(kinds) >= 3  # central units, locales, distritales
    assert "jd01ags.yaml" in {s.clave + ".yaml" for s in make_inventory.universe()}


def test_scaled_inventory_replicates_with_unique_claves() -> None:
    specs = make_inventory.choose_areas(make_inventory.NATIONAL * 2 + 10)
    claves = [s.clave for s in specs]
    assert len(claves) == len(set(claves))
    assert all(len(c) <= 16 and c.isalnum() and c.islower() for c in claves)
