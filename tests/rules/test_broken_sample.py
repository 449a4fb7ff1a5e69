"""A deliberately broken inventory (tests/fixtures/broken-sample) fires every rule."""

from __future__ import annotations

from tests.conftest import FIXTURES, validate
from validator.rules import registry

BROKEN = FIXTURES / "broken-sample"


def test_every_default_rule_fires_at_least_once() -> None:
    result = validate(BROKEN)
    fired = {f.rule for f in result.findings}
    expected = {rid for rid, rule in registry().items() if rule.default_enabled}
    expected.discard("cambio-completo")  # needs a base commit: tests/rules/test_cambio_completo.py
    assert expected - fired == set()
    assert result.exit_code(strict=False) == 1


def test_opt_in_listados_actualizados_fires_when_lists_are_missing() -> None:
    result = validate(BROKEN, select=("listados-actualizados",))
    assert {f.rule for f in result.findings} == {"listados-actualizados"}


def test_every_finding_points_inside_its_file() -> None:
    result = validate(BROKEN)
    for finding in result.findings:
        if finding.rule == "listados-actualizados":
            continue
        lines = (BROKEN / finding.file).read_text(encoding="utf-8").splitlines()
        assert 1 <= finding.line <= len(lines), finding
        assert finding.messages["es"] and finding.messages["en"], finding
