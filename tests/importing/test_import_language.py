"""``ine-redes import`` speaks the run's language: Spanish by default, English with ``--lang en``
or ``INE_REDES_LANG=en`` — row errors, usage problems, the migration report (text and XLSX).
The area files written stay Spanish (the inventory is Spanish)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from tests.importing.test_import import PEOPLE_HEADER, _csv, _person, empty_repo
from validator.cli import main


def _roster(tmp_path: Path) -> Path:
    """One good area (jd01ags) and three refused rows."""
    book = Workbook()
    people = book.active
    people.title = "Personas"
    people.append(PEOPLE_HEADER)
    people.append(_person("jd01ags", "Propietaria", "Ana Uno", "ana.uno@ine.mx"))
    people.append(_person("jd01ags", "Suplente", "Bea Dos", "bea.dos@ine"))  # malformed e-mail
    people.append(_person("jd02ags", "Propietaria", "Ana Uno", "ana.uno@ine.mx"))  # two areas
    accounts = book.create_sheet("Cuentas")
    accounts.append(["Clave", "Plataforma", "Usuario", "URL"])
    accounts.append(["jd01ags", "MySpace", "ine", "https://myspace.com/ine"])  # unknown platform
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def _import(repo: Path, *args: Any, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(
        main, ["import", "--repo", str(repo), *map(str, args)], env=env or {"INE_REDES_LANG": ""}
    )


SPANISH_BLOCKED = """\
jd01ags: no escrita — 1 persona, 0 cuentas, 0 correos genéricos

Filas rechazadas (4):
  roster.xlsx, hoja «Personas», fila 3, columna «Correo»: «Correo» «bea.dos@ine» no es un correo electrónico válido
  roster.xlsx, hoja «Personas», fila 4, columna «Correo»: «ana.uno@ine.mx» ya administra en el área «jd01ags» (roster.xlsx, hoja «Personas», fila 2); una persona administra en una sola área (4.2 III)
  roster.xlsx, hoja «Personas», fila 2, columna «Correo»: «ana.uno@ine.mx» administra también en el área «jd02ags» (roster.xlsx, hoja «Personas», fila 4)
  roster.xlsx, hoja «Cuentas», fila 2, columna «Plataforma»: «Plataforma» «MySpace» no está en inventory/plataformas.yaml

No se escribió ningún archivo: hay 4 filas rechazadas. Corríjalas, o repita con --omitir-invalidas para importar sin ellas.
"""

ENGLISH_BLOCKED = """\
jd01ags: not written — 1 person, 0 accounts, 0 generic addresses

Refused rows (4):
  roster.xlsx, sheet «Personas», row 3, column «Correo»: «Correo» «bea.dos@ine» is not a valid e-mail address
  roster.xlsx, sheet «Personas», row 4, column «Correo»: «ana.uno@ine.mx» already administers in the area «jd01ags» (roster.xlsx, sheet «Personas», row 2); a person administers in one area only (4.2 III)
  roster.xlsx, sheet «Personas», row 2, column «Correo»: «ana.uno@ine.mx» also administers in the area «jd02ags» (roster.xlsx, sheet «Personas», row 4)
  roster.xlsx, sheet «Cuentas», row 2, column «Plataforma»: «Plataforma» «MySpace» is not in inventory/plataformas.yaml

No file was written: there are 4 refused rows. Correct them, or repeat with --omitir-invalidas to import without them.
"""


def test_spanish_by_default_unchanged(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    roster = _roster(tmp_path)
    default = _import(repo, roster)
    assert default.exit_code == 1
    assert default.output == SPANISH_BLOCKED
    assert _import(repo, roster, "--lang", "es").output == SPANISH_BLOCKED


@pytest.mark.parametrize("how", ["option", "environment"])
def test_english_row_errors_report_and_workbook(tmp_path: Path, how: str) -> None:
    repo = empty_repo(tmp_path)
    roster = _roster(tmp_path)
    lang: list[str] = ["--lang", "en"] if how == "option" else []
    env = {"INE_REDES_LANG": "en"} if how == "environment" else None

    blocked = _import(repo, roster, *lang, env=env)
    assert blocked.exit_code == 1
    assert blocked.output == ENGLISH_BLOCKED
    assert list((repo / "inventory" / "areas").iterdir()) == []

    informe = tmp_path / "report.xlsx"
    done = _import(repo, roster, "--omitir-invalidas", "--informe", informe, *lang, env=env)
    assert done.exit_code == 0, done.output
    out = done.output
    assert out.startswith(
        "jd01ags: imported — 0 people, 0 accounts, 0 generic addresses\n"
        "  pending (5): details of the titular; propietaria person; suplente person; "
        "designation (Anexo 1): official letter, submission to CNCS and document; "
        "reports to CNCS\n\nRefused rows (4):\n"
    ), out
    assert (
        "Areas imported: 1; in conflict (existing file, left untouched): 0; rows skipped: 4." in out
    )
    assert "Next step: `ine-redes validate` lists what each area still has to complete." in out
    assert f"Migration report: {informe}" in out
    assert "importada" not in out and "Filas" not in out

    book = load_workbook(informe, read_only=True)
    assert book.sheetnames == ["Summary", "Pending", "Conflicts", "Refused rows"]
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[0][:3] == ("Key", "Result", "People")
    assert summary[1][:2] == ("jd01ags", "imported")
    refused = list(book["Refused rows"].iter_rows(values_only=True))
    assert refused[0] == ("File", "Sheet", "Row", "Column", "Reason")
    assert refused[1] == (
        "roster.xlsx",
        "Personas",
        "3",
        "Correo",
        "«Correo» «bea.dos@ine» is not a valid e-mail address",
    )

    # The inventory stays Spanish whatever the language of the run.
    text = (repo / "inventory" / "areas" / "jd01ags.yaml").read_text(encoding="utf-8")
    assert "suplente: PENDIENTE. Las listas importadas no traen a la persona suplente." in text

    again = _import(repo, roster, "--omitir-invalidas", *lang, env=env)
    assert again.exit_code == 1
    assert "jd01ags: CONFLICT — " in again.output
    assert "  difference: the existing file is not valid (run `ine-redes validate`)" in again.output


def test_english_usage_problems(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    nothing = _import(repo, "--lang", "en")
    assert nothing.exit_code == 2 and "name the files to import" in nothing.output
    odd = _csv(tmp_path / "hoja.csv", [["Nombre", "Edad"], ["a", "1"]])
    unknown = _import(repo, odd, "--lang", "en")
    assert unknown.exit_code == 2
    assert "hoja.csv: the kind of sheet is not recognised from its headers" in unknown.output
    txt = tmp_path / "lista.txt"
    txt.write_text("x", encoding="utf-8")
    suffix = _import(repo, txt, env={"INE_REDES_LANG": "en"})
    assert suffix.exit_code == 2
    assert "lista.txt: only .xlsx, .csv or .json (from ine-redes) files are imported" in (
        suffix.output
    )
    assert "Traceback" not in suffix.output
    template = _import(repo, "--plantilla", tmp_path / "t.xlsx", "--lang", "en")
    assert template.exit_code == 0 and "Template written: " in template.output


def test_counts_read_as_real_plurals_in_each_language(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    book = Workbook()
    people = book.active
    people.title = "Personas"
    people.append(PEOPLE_HEADER)
    people.append(_person("jd01ags", "Propietaria", "Ana Uno", "ana.uno@ine.mx"))
    people.append(_person("jd01ags", "Suplente", "Bea Dos", "bea.dos@ine"))  # malformed e-mail
    roster = tmp_path / "one.xlsx"
    book.save(roster)
    es, en = _import(repo, roster).output, _import(repo, roster, "--lang", "en").output
    assert "— 1 persona, 0 cuentas, 0 correos genéricos" in es
    assert "No se escribió ningún archivo: hay 1 fila rechazada." in es
    assert "— 1 person, 0 accounts, 0 generic addresses" in en
    assert "No file was written: there is 1 refused row." in en
    assert "(s)" not in es + en and "(es)" not in en
