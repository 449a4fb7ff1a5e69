"""``ine-redes import`` of a workbook whose sheet is broken XML (red team, 2026-12-01).

The sheet's XML failed while the workbook opened (read-only mode reads a sheet's dimension
then) or while its rows were read: the command ended with «error interno: ParseError …» instead of naming the file as a
bad workbook (exit 2), as it does when the workbook does not open at all. Entity expansion
(«billion laughs») is refused when the workbook opens (defusedxml, through openpyxl).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.importing.test_import import empty_repo, run

SHEET = "xl/worksheets/sheet1.xml"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
BROKEN = f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Clave'
# The dimension first (the workbook opens), then rows that break while they are read.
BROKEN_LATER = (
    f'<worksheet xmlns="{NS}"><dimension ref="A1:B2"/><sheetData><row r="1">'
    '<c r="A1" t="inlineStr"><is><t>Clave</t></is></c></row><row r="2"><c r="A2" t="inlineStr">'
)
ENTITIES = (
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t>'
    "</is></c></row></sheetData></worksheet>"
)


def _workbook(tmp_path: Path, sheet_xml: str) -> Path:
    good = tmp_path / "bueno.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Clave", "Nombre"])
    ws.append(["jd01ags", "Junta"])
    wb.save(good)
    bad = tmp_path / "roto.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = sheet_xml.encode() if item.filename == SHEET else src.read(item.filename)
            dst.writestr(item.filename, data)
    return bad


@pytest.mark.parametrize(
    "sheet_xml", [BROKEN, BROKEN_LATER, ENTITIES], ids=["broken", "broken-later", "entities"]
)
def test_a_bad_sheet_is_a_clear_error(tmp_path: Path, sheet_xml: str) -> None:
    result = run(empty_repo(tmp_path), _workbook(tmp_path, sheet_xml))
    assert result.exit_code == 2, result.output
    assert "roto.xlsx: no es un libro XLSX válido" in result.output
    assert "error interno" not in result.output and "Traceback" not in result.output
    assert not list((tmp_path / "destino" / "inventory" / "areas").iterdir())


def test_json_nested_past_the_stack_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "lista.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run(empty_repo(tmp_path), source)
    assert result.exit_code == 2, result.output
    assert "lista.json: JSON inválido" in result.output
    assert "error interno" not in result.output
