"""Shared test helpers: build inventories in temporary directories and validate them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from validator.engine import Result, run, select_rules
from validator.findings import Finding
from validator.generators import drift_for
from validator.loading.inventory import load_inventory

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CONTRACT = FIXTURES / "contract"  # the contract's complete example and catalogues
REPO_ROOT = TESTS.parent
AS_OF = date(2026, 11, 29)


def contract_area() -> str:
    return (CONTRACT / "inventory" / "areas" / "jd01ags.yaml").read_text(encoding="utf-8")


def make_inventory(
    root: Path,
    areas: dict[str, str | bytes] | None = None,
    *,
    base: Path = CONTRACT,
    keep_base_areas: bool = False,
    catalogs: dict[str, str | bytes] | None = None,
) -> Path:
    """Copy ``base`` (catalogues + areas) to ``root`` and write ``areas`` as area files.

    ``areas`` maps a file name (``jd01ags.yaml``) to its content.
    """
    shutil.copytree(base / "inventory", root / "inventory", dirs_exist_ok=True)
    area_dir = root / "inventory" / "areas"
    if not keep_base_areas and areas is not None:
        for old in area_dir.glob("*.y*ml"):
            old.unlink()
    for name, content in (areas or {}).items():
        target = area_dir / name
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    for name, content in (catalogs or {}).items():
        target = root / "inventory" / name
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def validate(
    root: Path,
    as_of: date = AS_OF,
    select: tuple[str, ...] = (),
    targets: frozenset[str] | None = None,
) -> Result:
    """What ``ine-redes validate`` finds (the generated lists compared, as the command does,
    when listados-actualizados is selected)."""
    rules, inventory = select_rules(select), load_inventory(root)
    return run(inventory, as_of, rules, targets, stale_outputs=drift_for(rules, inventory))


def brief(findings: list[Finding]) -> list[tuple[str, str, int]]:
    """(rule, severity, line) of each finding, the shape most assertions use."""
    return [(f.rule, f.severity.value, f.line) for f in findings]


@pytest.fixture
def contract_repo(tmp_path: Path) -> Path:
    return make_inventory(tmp_path)


def console_script(name: str = "ine-redes") -> str:
    """The console script pip installed beside the interpreter running the tests (a
    virtualenv's, pipx's or the system's ``bin``), not whatever ``PATH`` finds first."""
    import shutil
    import sysconfig

    found = shutil.which(name, path=sysconfig.get_path("scripts")) or shutil.which(name)
    assert found, f"{name} is not installed (pip install -e '.[test]')"
    return found
