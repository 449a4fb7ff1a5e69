"""Performance shortcuts inside rules give exactly the findings of the long way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import contract_area, make_inventory
from validator.engine import run, select_rules
from validator.loading.inventory import load_inventory
from validator.rules import aviso_cambio

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
