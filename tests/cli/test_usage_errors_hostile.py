"""Usage errors that echo an argument (red team, 2026-12-01).

Several commands refuse a value by naming it (``explain``, ``validate --select``,
``reminders --area``, ``verify --plataforma``, ``formatos --area``, ``validate FILE``); the
message reached the terminal raw, so a bidi override or a zero-width character in the value
(pasted from a document, or passed by a script from a file name) reordered or hid what the
user reads; on a terminal click does not strip an ESC sequence either (it does when the output
is not a terminal, as here). The messages are built in each command and shown by click; the
one place that escapes them is the CLI's entry point: ``validator.cli._shown_escaped`` passes
every usage error through the terminal channel.
"""

from __future__ import annotations

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
