"""docs/traceability.md maps every registered rule, and cites only rules that exist."""

from __future__ import annotations

import re

from tests.conftest import REPO_ROOT
from validator.rules import CONTRACT_ORDER, registry

MATRIX = REPO_ROOT / "docs" / "traceability.md"


def _tokens() -> set[str]:
    return set(re.findall(r"`([a-z0-9-]+)`", MATRIX.read_text(encoding="utf-8")))


def test_every_rule_of_the_contract_and_registry_is_in_the_matrix() -> None:
    cited = _tokens()
    assert set(CONTRACT_ORDER) - cited == set()
    assert set(registry()) - cited == set()


def test_the_matrix_cites_only_known_rules() -> None:
    known = set(CONTRACT_ORDER) | set(registry())
    # Backticked words with a dash look like rule IDs; the few that are commands are listed.
    not_rules = {"merge-hook"}
    dashed = {c for c in _tokens() if "-" in c}
    assert dashed - known - not_rules == set()


def test_every_clause_of_the_lineamientos_is_covered() -> None:
    text = MATRIX.read_text(encoding="utf-8")
    clauses = ["| 1 |", "| 2 |"]
    clauses += [f"| 3 {x}" for x in "abcdghi"]
    clauses += ["| 4.1 párr. 1", "| 4.1 párr. 2", "| 4.1 párr. 3 (1)", "| 4.1 párr. 3 (2)"]
    clauses += ["| 4.1 párr. 3 (3)"]
    clauses += [f"| 4.2 {r} |" for r in ("I", "II", "III", "IV", "V")]
    clauses += [f"| 4.3 {r} |" for r in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")]
    clauses += [f"| 4.4 {r} |" for r in ("I", "II", "III")]
    clauses += [f"| 4.5 {r} |" for r in ("I", "II", "III", "IV")]
    clauses += ["| Anexo 1", "| Anexo 2"]
    assert [c for c in clauses if c not in text] == []


def test_the_titulars_guide_tells_every_rule() -> None:
    """docs/guia-titulares.md's table («Todas las reglas») has a row for every rule, and no
    row for a rule that does not exist: a titular finds what a finding's ID means."""
    guide = (REPO_ROOT / "docs" / "guia-titulares.md").read_text(encoding="utf-8")
    table = guide[guide.index("| Regla | Gravedad") : guide.index("## 8.")]
    rows = set(re.findall(r"^\| `([a-z0-9-]+)`", table, re.M))
    assert rows == set(registry())
