"""Every rule has passing and failing fixtures under tests/fixtures/rules/<rule-id>/.

A fixture is an area file (or a folder of area files, for cross-area rules) placed beside
the contract's catalogues. Header comments say what the run must find, exactly:

    # file: jd01ags.yaml          (optional: the name to give it; default: its clave)
    # as-of: 2026-11-29           (optional; default 2026-11-29)
    # expect: segundo-factor error 57
    # expect: rotacion-contrasena warning 60

``pass*`` fixtures expect nothing at all; ``fail*`` fixtures must list every finding.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, brief, make_inventory, validate
from validator.rules import registry

RULE_FIXTURES = FIXTURES / "rules"
_HEADER = re.compile(r"^#\s*(file|as-of|expect|catalog):\s*(.+?)\s*$")


def _parse(text: str) -> dict[str, list[str]]:
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            header.setdefault(m.group(1), []).append(m.group(2))
    return header


def _clave(text: str) -> str:
    m = re.search(r"^clave:\s*([^\s#]+)", text, re.M)
    return m.group(1) if m else "area"


def _cases() -> list[pytest.param]:
    cases = []
    if not RULE_FIXTURES.is_dir():
        return cases
    for rule_dir in sorted(RULE_FIXTURES.iterdir()):
        for fixture in sorted(rule_dir.iterdir()):
            if fixture.name.startswith((".", "_")):
                continue
            cases.append(pytest.param(rule_dir.name, fixture, id=f"{rule_dir.name}/{fixture.name}"))
    return cases


def _load_fixture(
    fixture: Path,
) -> tuple[dict[str, str], dict[str, str], date, set[tuple[str, str, str, int]]]:
    files = sorted(fixture.glob("*.yaml")) if fixture.is_dir() else [fixture]
    areas: dict[str, str] = {}
    catalogs: dict[str, str] = {}
    as_of = date(2026, 11, 29)
    expected: set[tuple[str, str, str, int]] = set()
    for f in files:
        text = f.read_text(encoding="utf-8")
        header = _parse(text)
        if "catalog" in header:  # a catalogue override, e.g. "# catalog: lineamientos.yaml"
            catalogs[header["catalog"][0]] = text
            continue
        name = header.get("file", [f"{_clave(text)}.yaml"])[0]
        areas[name] = text
        if "as-of" in header:
            as_of = date.fromisoformat(header["as-of"][0])
        for exp in header.get("expect", []):
            rule, severity, line = exp.split()
            expected.add((f"inventory/areas/{name}", rule, severity, int(line)))
    return areas, catalogs, as_of, expected


@pytest.mark.parametrize(("rule_id", "fixture"), _cases())
def test_fixture(rule_id: str, fixture: Path, tmp_path: Path) -> None:
    areas, catalogs, as_of, expected = _load_fixture(fixture)
    root = make_inventory(tmp_path, areas, catalogs=catalogs)
    result = validate(root, as_of=as_of)
    got = {(f.file, f.rule, f.severity.value, f.line) for f in result.findings}
    if fixture.name.startswith("pass"):
        assert got == set(), brief(result.findings)
    else:
        assert fixture.name.startswith("fail"), "fixtures are named pass* or fail*"
        assert any(e[1] == rule_id for e in expected), "a failing fixture must expect its rule"
        assert got == expected, [(f.file, f.rule, f.line, f.message("en")) for f in result.findings]


def test_every_rule_has_passing_and_failing_fixtures() -> None:
    missing = []
    for rule_id in registry():
        if rule_id in {"listados-actualizados", "autorizacion", "cambio-completo"}:
            # exercised through generate --check, authorize and validate --changed-since (it
            # needs a base commit), in their own tests
            continue
        folder = RULE_FIXTURES / rule_id
        names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        if not any(n.startswith("pass") for n in names) or not any(
            n.startswith("fail") for n in names
        ):
            missing.append(rule_id)
    assert missing == []
