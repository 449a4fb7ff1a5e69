"""Every performance shortcut gives exactly the results of the long way.

Rules' shortcuts (aviso-cambio without the holiday calendar), released plain values and a
light ``--help``.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, REPO_ROOT, contract_area, make_inventory
from validator.engine import run, select_rules
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import YamlDocument, load_text
from validator.rules import aviso_cambio

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
import make_inventory as make_inventory_module

BASE = date(2026, 11, 13)  # a Friday before Revolution Day (Monday 2026-11-16)


def _area(desde_p: date, desde_s: date, reports: list[date]) -> str:
    text = contract_area()
    text = text.replace("desde: 2026-01-15", f"desde: {desde_p.isoformat()}", 1)
    text = text.replace("desde: 2026-01-15", f"desde: {desde_s.isoformat()}", 1)
    informes = "".join(
        f"  - fecha: {d.isoformat()}\n    tipo: cambio\n    oficio: INE/X/{i:04d}/2026\n"
        for i, d in enumerate(reports)
    )
    start = text.index("informes:")
    end = text.index("correos_genericos:")
    return (
        text[:start]
        + "informes:\n"
        + informes
        + "  - fecha: 2026-11-20\n    tipo: trimestral\n\n"
        + text[end:]
    )


def _findings(root: Path, as_of: date) -> list[tuple[str, int, str]]:
    result = run(load_inventory(root), as_of, select_rules(("aviso-cambio",)))
    return [(f.rule, f.line, f.message("en")) for f in result.findings]


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("aviso")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    p=st.integers(-40, 20),
    s=st.integers(-40, 20),
    reports=st.lists(st.integers(-45, 25), max_size=3),
    as_of=st.integers(-5, 25),
)
def test_aviso_cambio_shortcut_changes_nothing(
    tmp_root: Path, monkeypatch: pytest.MonkeyPatch, p: int, s: int, reports: list[int], as_of: int
) -> None:
    day = timedelta(days=1)
    text = _area(BASE + p * day, BASE + s * day, [BASE + r * day for r in reports])
    root = make_inventory(
        tmp_root / f"{p}_{s}_{'_'.join(map(str, reports))}_{as_of}", {"jd01ags.yaml": text}
    )
    cut = BASE + as_of * day
    fast = _findings(root, cut)
    monkeypatch.setattr(aviso_cambio, "_clearly_in_time", lambda *a: False)
    assert _findings(root, cut) == fast


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
