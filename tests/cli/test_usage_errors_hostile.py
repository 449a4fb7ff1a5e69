"""Usage errors that echo an argument (red team, 2026-12-01).

Several commands refuse a value by naming it (``explain``, ``validate --select``,
``reminders --area``, ``verify --plataforma``, ``formatos --area``, ``validate FILE``); the
message reached the terminal raw, so a bidi override or a zero-width character in the value
(pasted from a document, or passed by a script from a file name) reordered or hid what the
user reads; on a terminal click does not strip an ESC sequence either (it does when the output
is not a terminal, as here). The messages are built in each command and shown by click; the
one place that escapes them is the CLI's entry point: ``validator.cli._escaped`` passes
every usage error through the terminal channel.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO_ROOT
from validator.cli import main
from validator.escaping.terminal import has_hidden

VALUE = "jd01ags\u202e\u200b"
REPO = ["--repo", str(REPO_ROOT)]
COMMANDS = [
    ["explain", VALUE],
    ["validate", *REPO, "--select", VALUE],
    ["reminders", *REPO, "--area", VALUE],
    ["verify", *REPO, "--plataforma", VALUE, "@INEMexico"],
    ["formatos", "anexo1", *REPO, "--area", VALUE],
    ["validate", *REPO, f"inventory/{VALUE}.yaml"],
]


@pytest.mark.parametrize(
    "args", COMMANDS, ids=["explain", "select", "reminders", "verify", "formatos", "file"]
)
def test_a_refused_value_is_shown_escaped(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "jd01ags" in result.output
    assert not has_hidden(result.output.replace("\n", " ")), result.output


def test_a_refusal_keeps_its_exit_status_and_words() -> None:
    """Escaping builds the error again: verify's "cannot answer" (2) stays 2, and a plain
    usage error keeps click's usage lines."""
    result = CliRunner().invoke(main, ["validate", "--format", "nope"])
    assert result.exit_code == 2
    assert "validate [OPCIONES]" in result.output and "'nope'" in result.output


def test_verify_without_a_platform_catalogue_still_exits_2(tmp_path: Path) -> None:
    """A refusal that is not a usage error keeps its own status once escaped (verify: 2)."""
    shutil.copytree(REPO_ROOT / "inventory", tmp_path / "inventory")
    (tmp_path / "inventory" / "plataformas.yaml").write_text("version: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["verify", "--repo", str(tmp_path), "@INEMexico"])
    assert result.exit_code == 2, result.output
    assert "inventory/plataformas.yaml tiene errores" in result.output
