"""Every performance shortcut gives exactly the results of the long way.

Rules' shortcuts (aviso-cambio without the holiday calendar), released plain values,
compacted models and compressed texts (large inventories), and the prefetch helper process
(parsing and sin-secretos' scan, with and without failures, named files, second-chance scans).
"""

from __future__ import annotations

import io
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, REPO_ROOT, contract_area, make_inventory
from validator.cli.validate import ValidateOptions, run_validate
from validator.engine import run, select_rules
from validator.loading import inventory as inventory_module
from validator.loading.inventory import load_inventory
from validator.loading.repo import area_paths
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


def test_compaction_keeps_every_value_and_field_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "bench"
    make_inventory_module.write_repo(root, 30)
    plain = load_inventory(root)
    monkeypatch.setattr(inventory_module, "COMPACT_FROM", 1)
    compacted = load_inventory(root)
    shared_sets = 0
    ref = next(f.model.cuentas[0] for f in compacted.area_files if f.model is not None)
    for a, b in zip(plain.files, compacted.files, strict=True):
        assert a.model == b.model
        assert a.doc.text == b.doc.text
        assert b.doc._text is None or not b.doc._text  # kept compressed
        assert a.doc.locate(("cuentas", 0)) == b.doc.locate(("cuentas", 0))
        if a.model is None:
            continue
        assert a.model.model_dump() == b.model.model_dump()
        assert a.model.model_dump(exclude_unset=True) == b.model.model_dump(exclude_unset=True)
        if b.kind == "area":
            shared_sets += b.model.cuentas[0].__pydantic_fields_set__ is ref.__pydantic_fields_set__
    assert shared_sets > 1
    monkeypatch.setattr(inventory_module, "COMPACT_FROM", 10**9)
    expected = _all_findings(root)
    monkeypatch.setattr(inventory_module, "COMPACT_FROM", 1)
    assert _all_findings(root) == expected


def test_released_data_is_parsed_again_on_demand(tmp_path: Path) -> None:
    inventory = load_inventory(make_inventory(tmp_path))
    source = inventory.area_files[0]
    assert source.doc.released
    assert source.doc.data is not None
    assert not source.doc.released
    assert source.doc.data == load_text(source.doc.text).data


def _odd_inventory(tmp_path: Path) -> Path:
    """A benchmark inventory plus every kind of file the helper must leave to the loader."""
    root = tmp_path / "odd"
    make_inventory_module.write_repo(root, 60)
    areas = root / "inventory" / "areas"
    (areas / "zz-broken.yaml").write_text("clave: [unclosed\n", encoding="utf-8")
    (areas / "zz-latin1.yaml").write_bytes("nombre: Ñandú\n".encode("latin-1"))
    (areas / "zz-dup.yaml").write_text("a: 1\na: 2\n", encoding="utf-8")
    (areas / "zz-link.yaml").symlink_to(areas / "jd01ags.yaml")
    (areas / "zz-dir.yaml").mkdir()
    (areas / "zz-big.yaml").write_bytes(b"a: " + b"x" * 1_100_000 + b"\n")
    (areas / "zz-empty.yaml").write_bytes(b"")
    text = contract_area().replace("clave: jd01ags", "clave: zzsecret")
    text = text.replace(
        "descripcion: Inicio de sesión desde un dispositivo desconocido",
        'descripcion: "Se restableció; contraseña temporal: Xy7#kq92"',
    )
    text = text.replace("ticket_cau: CAU-2026-0551", "ticket_cau: CAU-2026-0551  # pwd=Qw3rtY8zK!")
    (areas / "zzsecret.yaml").write_text(text, encoding="utf-8")
    return root


def _snapshot(root: Path, helper: Any) -> list[tuple[Any, ...]]:
    try:
        inventory = load_inventory(root, prefetch=helper)
    finally:
        if helper is not None:
            helper.close()
    return [
        (f.path, f.kind, f.doc.error, f.doc.text, f.doc.data, f.model, f.schema_issues)
        for f in inventory.files
    ]


def test_prefetch_gives_the_same_inventory(tmp_path: Path) -> None:
    from validator.loading import prefetch

    root = _odd_inventory(tmp_path)
    paths = area_paths(root)
    if not prefetch.enabled(len(paths)):
        pytest.skip("no fork here (not Linux, or threads running)")
    reference = _snapshot(root, None)
    for wait in (True, False):  # the helper did everything / the two share the work
        helper = prefetch.start(paths, scanners=["sin-secretos"])
        assert helper is not None
        if wait:
            helper.wait()
        assert _snapshot(root, helper) == reference


def test_prefetch_helper_failure_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from validator.loading import prefetch

    root = _odd_inventory(tmp_path)
    paths = area_paths(root)
    if not prefetch.enabled(len(paths)):
        pytest.skip("no fork here (not Linux, or threads running)")

    def dies_midway(self: Any, store: int, pipe: int) -> None:
        self.paths = self.paths[:10]
        original_work(self, store, pipe)
        raise RuntimeError("helper crashed")

    original_work = prefetch.Prefetch._work
    monkeypatch.setattr(prefetch.Prefetch, "_work", dies_midway)
    helper = prefetch.start(paths)
    assert helper is not None
    helper.wait()
    assert _snapshot(root, helper) == _snapshot(root, None)


@pytest.mark.parametrize(
    ("named", "scan_later"),
    [
        ((), True),
        ((), False),
        (("inventory/areas/zzsecret.yaml",), True),
        (("inventory/areas/cncs.yaml",), True),
    ],
)
def test_validate_output_is_the_same_with_prefetch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: tuple[str, ...], scan_later: bool
) -> None:
    """The helper parses the areas and runs sin-secretos' scan (after every parse, or file
    by file on large inventories); the output is the same."""
    from validator.loading import prefetch

    if not scan_later:
        monkeypatch.setattr(prefetch, "_SCAN_LATER_UP_TO", 0)
    root = _odd_inventory(tmp_path)
    monkeypatch.chdir(root)
    scans: list[Any] = []
    original = prefetch.Prefetch.scanned

    def counting(self: Any, source: Any, name: str) -> Any:
        found = original(self, source, name)
        scans.append(found is not None)
        return found

    monkeypatch.setattr(prefetch.Prefetch, "scanned", counting)
    original_start = prefetch.start

    def start_and_wait(*args: Any, **kwargs: Any) -> Any:
        helper = original_start(*args, **kwargs)
        if helper is not None:
            helper.wait()  # deterministic: the helper's results are all used
        return helper

    monkeypatch.setattr(prefetch, "start", start_and_wait)
    outputs = []
    for flag in (True, False):
        out = io.StringIO()
        opts = ValidateOptions(
            root=root,
            paths=tuple(Path(n) for n in named),
            as_of=date(2026, 11, 29),
            fmt="json",
            prefetch=flag,
        )
        code = run_validate(opts, out)
        outputs.append((code, out.getvalue()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == (0 if named == ("inventory/areas/cncs.yaml",) else 1)
    if prefetch.enabled(len(area_paths(root))):
        assert any(scans)  # the helper's scans were used
    if named == ("inventory/areas/zzsecret.yaml",):
        assert '"sin-secretos"' in outputs[0][1]


def test_helper_scans_files_the_main_process_parsed_itself(tmp_path: Path) -> None:
    """When the main process parsed a file itself, the helper may still scan it (reading it
    again); its result is used only for the very same text, and findings stay the same."""
    from validator.loading import prefetch

    root = _odd_inventory(tmp_path)
    paths = area_paths(root)
    if not prefetch.enabled(len(paths)):
        pytest.skip("no fork here (not Linux, or threads running)")
    reference = _all_findings(root)
    helper = prefetch.start(paths, scanners=["sin-secretos"])
    assert helper is not None
    helper._claim(prefetch._PARSED, len(paths) - 1)  # "the main process parses everything"
    try:
        inventory = load_inventory(root, prefetch=helper)
        helper.wait()
        used = [
            helper.scanned(f, "sin-secretos") is not None
            for f in inventory.area_files
            if f.abspath in paths[:5]
        ]
        assert any(used)  # second-chance scans, matched by text
        helper2 = prefetch.start(paths, scanners=["sin-secretos"])
        assert helper2 is not None
        helper2._claim(prefetch._PARSED, len(paths) - 1)
        inventory = load_inventory(root, prefetch=helper2)
        helper2.wait()
        result = run(inventory, date(2026, 11, 29), select_rules())
        got = [(f.file, f.rule, f.line, f.column, f.message("en")) for f in result.findings]
        helper2.close()
    finally:
        helper.close()
    assert got == reference


def test_helper_and_help_stay_light() -> None:
    """What the prefetch helper imports (PyYAML, the scanners) and what `--help` imports
    never pull in pydantic, gitpython, openpyxl, jsonschema, holidays or email_validator:
    the helper must parse while the main process imports those."""
    import subprocess

    heavy = ["pydantic", "git", "openpyxl", "jsonschema", "holidays", "email_validator", "fpdf"]
    modules = ["validator.loading.prefetch"] + [m for m, _ in _scanner_modules()]
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "from validator.cli import main\n"
        f"print([h for h in {heavy!r} if h in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def _scanner_modules() -> list[tuple[str, str]]:
    from validator.loading import prefetch

    return list(prefetch.SCANNERS.values())
