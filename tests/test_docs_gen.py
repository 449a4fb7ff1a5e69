"""docs/rules.md is generated from the rule registry and the committed copy is current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.conftest import REPO_ROOT, make_inventory
from validator.cli import LAZY_COMMANDS, main
from validator.cli.docs import run_docs
from validator.docs_gen import DOC_PATH, render_rules_doc, stale_docs
from validator.rules import registry


def test_committed_rules_doc_is_current() -> None:
    assert stale_docs(REPO_ROOT) == [], "docs/rules.md is stale: run `ine-redes docs`"


def test_every_registered_rule_is_documented() -> None:
    text = render_rules_doc()
    for rule in registry().values():
        section = text.split(f"\n## {rule.id}\n", 1)
        assert len(section) == 2, rule.id
        body = section[1].split("\n## ", 1)[0]
        assert f"**Cláusula:** {rule.clause}" in body
        assert rule.severity.value in body
        if rule.description is not None:
            assert rule.description.es in body
        if rule.passing:
            assert "**Cumple:**" in body and rule.passing.rstrip() in body
        if rule.failing:
            assert "**No cumple:**" in body and rule.failing.rstrip() in body
        assert f"*English:* {rule.summary.en}" in body
        assert f"[`{rule.id}`](#{rule.id})" in text  # the index links to the section


def test_rendering_is_deterministic() -> None:
    assert render_rules_doc() == render_rules_doc()


def test_check_writes_nothing_and_fails_when_stale(tmp_path: Path) -> None:
    root = make_inventory(tmp_path)
    doc = root / DOC_PATH
    doc.parent.mkdir(parents=True)
    doc.write_text("# viejo\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["docs", "--check", "--repo", str(root)])
    assert result.exit_code == 1
    assert "docs/rules.md" in result.output
    assert doc.read_text(encoding="utf-8") == "# viejo\n"


def test_check_fails_when_missing(tmp_path: Path) -> None:
    root = make_inventory(tmp_path)
    assert run_docs(root, check=True) == 1
    assert not (root / DOC_PATH).exists()


def test_write_then_check_passes(tmp_path: Path) -> None:
    root = make_inventory(tmp_path)
    result = CliRunner().invoke(main, ["docs", "--repo", str(root)])
    assert result.exit_code == 0, result.output
    assert (root / DOC_PATH).read_text(encoding="utf-8") == render_rules_doc()
    assert run_docs(root, check=True) == 0
    assert run_docs(root, check=False) == 0  # already current: nothing rewritten


def test_docs_is_a_lazy_command() -> None:
    assert LAZY_COMMANDS["docs"][0] == "validator.cli.docs:docs"


def test_no_repository_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "--check", "--repo", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
