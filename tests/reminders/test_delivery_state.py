"""The delivery state of ``reminders --estado`` is a file restored from the Actions cache:
whatever it holds, a clear refusal (exit 2), never an internal error (red team, 2026-12-01:
deeply nested JSON ended in «error interno: RecursionError»)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO_ROOT
from validator.cli import main


@pytest.mark.parametrize(
    "content",
    ["[" * 100_000 + "]" * 100_000, "[]", "nope", '{"entregados": 5}', "\udcff"],
    ids=["deep", "list", "not-json", "shape", "not-utf8"],
)
def test_a_bad_state_file_is_refused_clearly(tmp_path: Path, content: str) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "inventory", repo / "inventory")
    state = tmp_path / "estado.json"
    state.write_bytes(content.encode("utf-8", "surrogateescape"))
    result = CliRunner().invoke(
        main,
        ["reminders", "--repo", str(repo), "--as-of", "2026-12-20", "--dry-run",
         str(tmp_path / "out"), "--estado", str(state)],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"no se puede leer el estado {state}" in result.output
    assert "error interno" not in result.output
