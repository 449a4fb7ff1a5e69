"""XLSX cells and the ``_xHHHH_`` escape of Office Open XML (red team, 2026-12-01).

A spreadsheet reads ``_x000A_`` in a cell's text as the character U+000A (ECMA-376 ST_Xstring:
Excel decodes every such escape, LibreOffice those of the control characters). A name typed as
``Juan_x000A_Pérez`` or ``Ana_x001B_[31m`` is plain text to the models (nothing hidden), so
it reached the CNCS roster and the UTSI list; there it became a line break or an ESC, and in
Excel ``_x202E_`` a bidi override and ``_x003D_`` a leading ``=`` that the formula check never
saw. ``xlsx_text`` now writes the underscore of such a sequence as ``_x005F_``: the cell
shows what was typed. Read back by a real LibreOffice.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import contract_area, make_inventory
from validator.escaping.spreadsheet import xlsx_restore, xlsx_text

SOFFICE = shutil.which("soffice")
NAME = "Juan_x000A_Pérez_x001B_[31m_x202E_ _x003D_1+1"
ROSTER_XLSX = "generated/cncs/administradores.xlsx"


def test_units() -> None:
    assert xlsx_text("a_x000A_b") == "a_x005F_x000A_b"
    assert xlsx_text("_x003D_1") == "_x005F_x003D_1"
    assert xlsx_text("a_x00_b _xZZZZ_ x000A_") == "a_x00_b _xZZZZ_ x000A_"  # not escapes
    assert xlsx_text("=1") == "'=1"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["_x000A_", "_x005F_", "_x", "x0041_", "_", "=", "a", "é"])))
def test_import_reads_back_what_was_written(parts: list[str]) -> None:
    value = "".join(parts)
    assert xlsx_restore(xlsx_text(value)) == value


@pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="needs LibreOffice (soffice)"
)
def test_libreoffice_shows_the_name_as_typed(tmp_path: Path) -> None:
    from validator.cli.generate import run_generate

    text = contract_area()
    old = "    nombre: Juan Carlos Pérez Soto"
    assert text.count(old) == 1
    root = make_inventory(
        tmp_path / "repo", {"jd01ags.yaml": text.replace(old, f'    nombre: "{NAME}"')}
    )
    err = io.StringIO()
    assert run_generate(root, out=io.StringIO(), err=err) == 0, err.getvalue()
    done = subprocess.run(
        [str(SOFFICE), "--headless", "--norestore",
         f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1',
         "--outdir", str(tmp_path / "out"), str(root / ROSTER_XLSX)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = list(
        csv.reader(io.StringIO((tmp_path / "out" / "administradores.csv").read_text("utf-8")))
    )
    cells = [cell for row in rows for cell in row]
    assert NAME in cells, [c for c in cells if "Juan" in c]
    assert not any("\n" in c or "\x1b" in c for c in cells)
