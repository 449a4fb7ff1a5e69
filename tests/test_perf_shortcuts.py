"""Every performance shortcut gives exactly the results of the long way.

Released plain values and a light ``--help``. (aviso-cambio's shortcut past the holiday
calendar is gone: the calendar counts arithmetically, and the rule takes the one path
through ``obligations.change_notices``.)
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO_ROOT, contract_area, make_inventory
from validator.engine import run, select_rules
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import YamlDocument, load_text

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
import make_inventory as make_inventory_module


def _all_findings(root: Path) -> list[tuple[str, str, int, int, str]]:
    result = run(load_inventory(root), date(2026, 11, 29), select_rules())
    return [(f.file, f.rule, f.line, f.column, f.message("en")) for f in result.findings]


def _secret_sample(tmp_path: Path) -> Path:
    text = contract_area()
    text = text.replace(
        "descripcion: Inicio de sesión desde un dispositivo desconocido",
        'descripcion: "Se restableció; contraseña temporal: Xy7#kq92"',
    )
    text = text.replace("ticket_cau: CAU-2026-0551", "ticket_cau: CAU-2026-0551  # pwd=Qw3rtY8zK!")
    return make_inventory(tmp_path / "secrets", {"jd01ags.yaml": text})


@pytest.mark.parametrize("sample", ["secrets", "broken-sample", "benchmark"])
def test_released_values_change_no_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample: str
) -> None:
    """The loader releases a valid file's plain values (memory); rules that read values
    (sin-secretos) then walk the model: every finding stays the same."""
    if sample == "secrets":
        root = _secret_sample(tmp_path)
    elif sample == "broken-sample":
        root = tmp_path / "broken"
        shutil.copytree(FIXTURES / "broken-sample", root)
    else:
        root = tmp_path / "bench"
        make_inventory_module.write_repo(root, 24)
    released = _all_findings(root)
    monkeypatch.setattr(YamlDocument, "release_data", lambda self: None)
    kept = _all_findings(root)
    assert released == kept
    if sample == "secrets":
        assert {r for _, r, *_ in released} >= {"sin-secretos"}


def test_released_data_is_parsed_again_on_demand(tmp_path: Path) -> None:
    inventory = load_inventory(make_inventory(tmp_path))
    source = inventory.area_files[0]
    assert source.doc.released
    assert source.doc.data is not None
    assert not source.doc.released
    assert source.doc.data == load_text(source.doc.text).data


def test_help_stays_light() -> None:
    """What `--help` imports never pulls in pydantic, gitpython, openpyxl, jsonschema,
    holidays or email_validator."""
    import subprocess

    heavy = ["pydantic", "git", "openpyxl", "jsonschema", "holidays", "email_validator", "fpdf"]
    code = (
        "import sys\n"
        "from validator.cli import main\n"
        f"print([h for h in {heavy!r} if h in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
