"""``ine-redes import`` names its source files in a comment of each area file it writes (red
team, 2026-12-01).

A spreadsheet saved under a name holding a line break (``lista\\ncuentas: []\\n#.csv``: the
name came with an e-mail attachment) ended the comment and wrote the rest of the name as YAML
into every imported area file: keys of the attacker's choosing. A comment the YAML writer
writes is now one line, its hidden characters shown as escapes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.importing.test_import import empty_repo, run
from validator.loading.yaml_loader import load_text

NAMES = [
    "lista\nsin_cuenta_propia: [{correo: intruso@ine.mx}]\n#.csv",
    "lista\ncorreos_genericos: [{correo: intruso@ine.mx}]\n#\u2028x.csv",
]


@pytest.mark.parametrize("name", NAMES, ids=["key", "separator"])
def test_a_file_name_cannot_write_yaml_into_the_imported_files(tmp_path: Path, name: str) -> None:
    repo = empty_repo(tmp_path)
    source = tmp_path / name
    shutil.copy(REPO_ROOT / "generated" / "cncs" / "administradores.csv", source)
    result = run(repo, source)
    assert result.exit_code == 0, result.output
    written = sorted((repo / "inventory" / "areas").glob("*.yaml"))
    assert written
    for path in written:
        text = path.read_text(encoding="utf-8")
        doc = load_text(text)
        assert doc.error is None, (path.name, doc.error)
        assert "intruso@ine.mx" not in str(doc.data)
        assert "# Importado con `ine-redes import` desde: lista\\x0a" in text  # shown, one line
        assert "\u2028" not in text
