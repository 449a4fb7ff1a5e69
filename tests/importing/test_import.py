"""``ine-redes import``: the round trip from the generated lists, the template, and every way a
spreadsheet can be wrong — on real files (CSV bytes, XLSX written and read by openpyxl)."""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from tests.conftest import REPO_ROOT
from validator.cli import main
from validator.loading.yaml_loader import load_text

LISTS = (
    "generated/cncs/administradores",
    "generated/utsi/correos-genericos",
)
PUBLIC = "generated/publico/cuentas-oficiales.json"


def empty_repo(tmp_path: Path, source: Path = REPO_ROOT) -> Path:
    """A repository with the same catalogues and no areas."""
    repo = tmp_path / "destino"
    (repo / "inventory" / "areas").mkdir(parents=True)
    for name in ("lineamientos.yaml", "plataformas.yaml", "cncs.yaml"):
        shutil.copy2(source / "inventory" / name, repo / "inventory" / name)
    return repo


def run(repo: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["import", "--repo", str(repo), *map(str, args)])


def people_accounts_generics(data: dict[str, Any]) -> dict[str, Any]:
    """What the round trip must keep: people, accounts and generic addresses of an area."""
    admins = data.get("administradores") or {}
    people = {
        rol: {k: str(p[k]) for k in ("nombre", "cargo", "nivel_mando", "vinculo", "correo",
                                     "telefono", "desde")}
        for rol, p in admins.items() if p
    }  # fmt: skip
    accounts = sorted(
        (c["plataforma"], c["usuario"], c["url"], c.get("correo_asociado"))
        for c in data.get("cuentas") or []
    )
    generics = sorted(
        (g["correo"], g["estado"], g["tramita"], str(g["solicitado"]), str(g.get("asignado")),
         str(g.get("baja")))
        for g in data.get("correos_genericos") or []
    )  # fmt: skip
    return {
        "clave": data["clave"],
        "nombre": data["nombre"],
        "tipo": data["tipo"],
        "entidad": data.get("entidad"),
        "distrito": data.get("distrito"),
        "people": people,
        "accounts": accounts,
        "generics": generics,
    }


def areas_of(repo: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted((repo / "inventory" / "areas").glob("*.yaml")):
        doc = load_text(path.read_text(encoding="utf-8"))
        assert doc.error is None, (path, doc.error)
        out[path.stem] = people_accounts_generics(doc.data)
    return out


@pytest.mark.parametrize("ext", ["csv", "xlsx", "json"])
def test_round_trip_of_the_sample_lists(tmp_path: Path, ext: str) -> None:
    repo = empty_repo(tmp_path)
    files = [REPO_ROOT / f"{base}.{ext}" for base in LISTS] + [REPO_ROOT / PUBLIC]
    result = run(repo, *files)
    assert result.exit_code == 0, result.output
    assert "Áreas importadas: 6; en conflicto (archivo existente, no se tocó): 0" in result.output
    assert areas_of(repo) == areas_of(REPO_ROOT)


def test_round_trip_of_a_national_inventory(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    import make_inventory

    source = tmp_path / "nacional"
    make_inventory.write_repo(source)
    # The synthetic inventory carries one deliberate schema error (a date that does not
    # exist); `generate` refuses an inventory with schema errors, so mend it first.
    for path in (source / "inventory" / "areas").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if "2026-02-30" in text:
            path.write_text(text.replace("2026-02-30", "2026-02-27"), encoding="utf-8")
    generated = CliRunner().invoke(main, ["generate", "--repo", str(source)])
    assert generated.exit_code == 0, generated.output
    repo = empty_repo(tmp_path, source)
    files = [source / f"{base}.xlsx" for base in LISTS] + [source / PUBLIC]
    result = run(repo, *files)
    assert result.exit_code == 0, result.output[-2000:]
    imported = areas_of(repo)
    assert len(imported) == 332
    assert imported == areas_of(source)


def test_imported_files_mark_what_is_pending_and_validate_lists_it(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    run(repo, *(REPO_ROOT / f"{b}.csv" for b in LISTS), REPO_ROOT / PUBLIC)
    text = (repo / "inventory" / "areas" / "jd01ags.yaml").read_text(encoding="utf-8")
    assert "nombre:                            # PENDIENTE: nombre de la persona titular" in text
    assert "# documento: PENDIENTE. Registre el escaneo: ine-redes formatos registrar" in text
    assert "vinculada_a_cuenta_externa:      # PENDIENTE: true o false" in text
    validated = CliRunner().invoke(
        main, ["validate", "--repo", str(repo), "--as-of", "2026-11-29", "--format", "json"]
    )
    import json

    findings = json.loads(validated.output)["findings"]
    mine = [f for f in findings if f["file"] == "inventory/areas/jd01ags.yaml"]
    paths = {(f["rule"], f["line"]) for f in mine}
    lines = text.splitlines()
    pending_lines = {
        i for i, line in enumerate(lines, 1) if "PENDIENTE: " in line and ":  " in line
    }
    # Every empty required key marked PENDIENTE is reported at its own line; never a secret.
    assert pending_lines <= {line for _, line in paths}
    assert not any(f["rule"] == "sin-secretos" for f in findings)


def test_existing_area_file_is_never_overwritten(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    existing = repo / "inventory" / "areas" / "jd01ags.yaml"
    original = (REPO_ROOT / "inventory" / "areas" / "jd01ags.yaml").read_text(encoding="utf-8")
    existing.write_text(
        original.replace("Juan Carlos Pérez Soto", "Juan Carlos Pérez Solís"), encoding="utf-8"
    )
    before = existing.read_bytes()
    result = run(repo, *(REPO_ROOT / f"{b}.json" for b in LISTS), REPO_ROOT / PUBLIC)
    assert result.exit_code == 1
    assert existing.read_bytes() == before
    assert "jd01ags: CONFLICTO" in result.output
    assert (
        "diferencia: propietaria.nombre: archivo «Juan Carlos Pérez Solís», hoja «Juan Carlos Pérez Soto»"
        in result.output
    )
    assert (repo / "inventory" / "areas" / "jd02ags.yaml").exists()  # the others are written


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


PEOPLE_HEADER = ["Clave", "Área", "Rol", "Nombre", "Cargo", "Nivel de mando", "Vínculo", "Correo",
                 "Teléfono", "Desde", "Fecha de responsiva", "Fecha de designación"]  # fmt: skip


def _person(clave: str, rol: str, nombre: str, correo: str, **over: str) -> list[str]:
    row = {"Clave": clave, "Área": f"Área {clave}", "Rol": rol, "Nombre": nombre,
           "Cargo": "Vocal", "Nivel de mando": "Medio" if rol == "Propietaria" else "Operativo",
           "Vínculo": "Servidora pública", "Correo": correo, "Teléfono": "449 910 0000",
           "Desde": "2026-01-15", "Fecha de responsiva": "15/01/2026",
           "Fecha de designación": "2026-01-10"} | over  # fmt: skip
    return [row[h] for h in PEOPLE_HEADER]


def test_windows_1252_semicolon_csv_is_read_correctly(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    rows = [
        PEOPLE_HEADER,
        _person("jd05jal", "Propietaria", "José Núñez Peña", "jose.nunez@ine.mx"),
        _person("jd05jal", "Suplente", "Inés Muñoz", "ines.munoz@ine.mx"),
    ]
    path = _csv(tmp_path / "personas.csv", rows, encoding="cp1252", delimiter=";")
    result = run(repo, path)
    assert result.exit_code == 0, result.output
    text = (repo / "inventory" / "areas" / "jd05jal.yaml").read_text(encoding="utf-8")
    assert 'nombre: "José Núñez Peña"' in text and "entidad: jal" in text
    assert "fecha: 2026-01-15" in text  # DD/MM/AAAA read as a date


def test_undecodable_csv_is_refused_naming_the_encoding(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    path = tmp_path / "raro.csv"
    path.write_bytes(b"Clave,Rol\njd01ags,\x81\x8d\n")
    result = run(repo, path)
    assert result.exit_code == 2
    assert "no está en UTF-8 ni en Windows-1252 (byte 0x81" in result.output
    assert "Traceback" not in result.output


def test_bad_rows_block_the_import_with_file_sheet_row_and_column(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
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
    accounts.append(["jd01ags", "Facebook", "INEJDE01", "https://www.facebook.com/INEJDE01"])
    accounts.append(["jd03ags", "facebook", "INEJDE01", "https://www.facebook.com/INEJDE01"])
    accounts.append(["jd01ags", "X", '=HYPERLINK("http://evil")', "https://x.com/evil"])
    areas = book.create_sheet("Áreas")
    areas.append(["Clave", "Área", "Entidad", "Distrito", "Titular"])
    areas.append(["jd05jal", "Junta 05", "ags", "5", "Eva"])  # clave says Jalisco
    path = tmp_path / "roster.xlsx"
    book.save(path)

    result = run(repo, path)
    assert result.exit_code == 1
    out = result.output
    assert "No se escribió ningún archivo" in out
    assert list((repo / "inventory" / "areas").iterdir()) == []
    assert (
        "roster.xlsx, hoja «Personas», fila 3, columna «Correo»: «Correo» «bea.dos@ine» no es un correo"
        in out
    )
    assert (
        "roster.xlsx, hoja «Personas», fila 4, columna «Correo»: «ana.uno@ine.mx» ya administra en el área «jd01ags»"
        in out
    )
    assert (
        "roster.xlsx, hoja «Personas», fila 2, columna «Correo»: «ana.uno@ine.mx» administra también en el área «jd02ags»"
        in out
    )
    assert (
        "hoja «Cuentas», fila 2, columna «Plataforma»: «Plataforma» «MySpace» no está en inventory/plataformas.yaml"
        in out
    )
    assert (
        "hoja «Cuentas», fila 4, columna «Usuario»: «Usuario» la cuenta facebook/INEJDE01 ya está en el área «jd01ags»"
        in out
    )
    assert (
        "hoja «Áreas», fila 2, columna «Entidad»: «Entidad» «ags» no corresponde a la clave «jd05jal»"
        in out
    )

    skipped = run(repo, path, "--omitir-invalidas", "--informe", tmp_path / "informe.xlsx")
    assert skipped.exit_code == 0, skipped.output
    written = sorted(p.name for p in (repo / "inventory" / "areas").iterdir())
    assert written == ["jd01ags.yaml"]
    text = (repo / "inventory" / "areas" / "jd01ags.yaml").read_text(encoding="utf-8")
    assert "Bea Dos" not in text and "myspace" not in text.lower()
    # A formula typed in a cell stays text (quoted YAML), never evaluated.
    usuarios = [c["usuario"] for c in load_text(text).data["cuentas"]]
    assert '=HYPERLINK("http://evil")' in usuarios, text
    report = load_workbook(tmp_path / "informe.xlsx", read_only=True)
    assert report.sheetnames == ["Resumen", "Pendientes", "Conflictos", "Filas rechazadas"]
    refused = list(report["Filas rechazadas"].iter_rows(values_only=True))
    assert refused[0] == ("Archivo", "Hoja", "Fila", "Columna", "Motivo")
    assert refused[1][:4] == ("roster.xlsx", "Personas", "3", "Correo")


def test_template_has_a_sheet_per_kind_and_drop_down_lists(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    out = tmp_path / "plantilla.xlsx"
    result = CliRunner().invoke(main, ["import", "--repo", str(repo), "--plantilla", str(out)])
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.sheetnames == [
        "Instrucciones",
        "Áreas",
        "Personas",
        "Cuentas",
        "Correos genéricos",
        "Listas",
    ]
    assert book["Listas"].sheet_state == "hidden"
    personas = book["Personas"]
    headers = [c.value for c in personas[1]]
    assert headers[:4] == ["Clave *", "Área", "Rol *", "Nombre *"]
    validations = {str(v.sqref): v.formula1 for v in personas.data_validations.dataValidation}
    lists = book["Listas"]

    def options(formula: str) -> list[str]:
        ref = formula.split("!")[1].replace("$", "")
        return [c.value for row in lists[ref] for c in row]

    assert options(validations["C2:C2001"]) == ["Propietaria", "Suplente"]
    assert options(validations["F2:F2001"]) == ["Superior", "Medio", "Operativo"]
    cuentas = book["Cuentas"]
    cv = {str(v.sqref): v.formula1 for v in cuentas.data_validations.dataValidation}
    assert "Facebook" in options(cv["C2:C2001"]) and "X" in options(cv["C2:C2001"])
    assert personas.column_dimensions["I"].number_format == "@"  # a phone number stays text
    # Byte-for-byte deterministic, and the empty template imports to nothing.
    again = tmp_path / "otra.xlsx"
    CliRunner().invoke(main, ["import", "--repo", str(repo), "--plantilla", str(again)])
    assert again.read_bytes() == out.read_bytes()
    empty = run(repo, out)
    assert empty.exit_code == 0, empty.output
    assert "Áreas importadas: 0" in empty.output


def test_a_filled_template_imports(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    out = tmp_path / "plantilla.xlsx"
    CliRunner().invoke(main, ["import", "--repo", str(repo), "--plantilla", str(out)])
    book = load_workbook(out)
    book["Áreas"].append(["jlags", "Junta Local Ejecutiva en Aguascalientes", "junta_local",
                          "Aguascalientes", None, "Laura Vega", "Vocal Ejecutiva",
                          "laura.vega@ine.mx", "lvega-ine"])  # fmt: skip
    book["Personas"].append(_person("jlags", "Propietaria", "Rosa Díaz", "rosa.diaz@ine.mx"))
    book["Cuentas"].append(["jlags", None, "X", "INEJLEAgs", "https://x.com/INEJLEAgs",
                            "redes.jlags@ine.mx", "no", "2026-02-01"])  # fmt: skip
    book["Correos genéricos"].append(["redes.jlags@ine.mx", "Asignado", "jlags", None,
                                      "Propietaria", "2026-01-20", "2026-01-25"])  # fmt: skip
    book.save(out)
    result = run(repo, out)
    assert result.exit_code == 0, result.output
    text = (repo / "inventory" / "areas" / "jlags.yaml").read_text(encoding="utf-8")
    data = load_text(text).data
    assert data["titular"] == {"nombre": "Laura Vega", "cargo": "Vocal Ejecutiva",
                               "correo": "laura.vega@ine.mx", "github": "lvega-ine"}  # fmt: skip
    assert data["entidad"] == "ags" and data["tipo"] == "junta_local"
    [cuenta] = data["cuentas"]
    assert cuenta["vinculada_a_cuenta_externa"] is False
    assert str(cuenta["asociacion"]["fecha"]) == "2026-02-01"
    assert "suplente: PENDIENTE" in text


def test_usage_errors_are_spanish_and_exit_2(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    nothing = run(repo)
    assert nothing.exit_code == 2 and "indique los archivos que importar" in nothing.output
    odd = tmp_path / "hoja.csv"
    _csv(odd, [["Nombre", "Edad"], ["a", "1"]])
    unknown = run(repo, odd)
    assert unknown.exit_code == 2
    assert "no se reconoce el tipo de hoja por sus encabezados" in unknown.output
    txt = tmp_path / "lista.txt"
    txt.write_text("x", encoding="utf-8")
    assert "sólo se importan archivos .xlsx, .csv o .json" in run(repo, txt).output


def test_docs_explain_every_column() -> None:
    from validator.importing.columns import KINDS

    doc = (REPO_ROOT / "docs" / "importar.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"### {kind.title}" in doc
        for col in kind.columns:
            assert f"| {col.header}{' *' if col.required else ''} |" in doc, col.header


def test_a_write_failure_leaves_nothing_and_says_why(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    areas = repo / "inventory" / "areas"
    areas.rmdir()
    areas.write_text("no es una carpeta\n", encoding="utf-8")  # the files cannot go there
    result = run(repo, *(REPO_ROOT / f"{b}.csv" for b in LISTS), REPO_ROOT / PUBLIC)
    assert result.exit_code == 2
    assert "no se escribió ningún archivo (se escriben todos o ninguno)" in result.output
    assert "Traceback" not in result.output
    assert areas.read_text(encoding="utf-8") == "no es una carpeta\n"
    assert sorted(p.name for p in (repo / "inventory").iterdir()) == [
        "areas", "cncs.yaml", "lineamientos.yaml", "plataformas.yaml",
    ]  # fmt: skip


def test_a_platform_alias_is_accepted_as_new_area_accepts_it(tmp_path: Path) -> None:
    repo = empty_repo(tmp_path)
    out = tmp_path / "plantilla.xlsx"
    CliRunner().invoke(main, ["import", "--repo", str(repo), "--plantilla", str(out)])
    book = load_workbook(out)
    book["Personas"].append(_person("jlags", "Propietaria", "Rosa Díaz", "rosa.diaz@ine.mx"))
    book["Cuentas"].append(["jlags", None, "Twitter", "INEJLEAgs", "https://x.com/INEJLEAgs",
                            None, "no", "2026-02-01"])  # fmt: skip
    book.save(out)
    result = run(repo, out)
    assert result.exit_code == 0, result.output
    data = load_text((repo / "inventory/areas/jlags.yaml").read_text(encoding="utf-8")).data
    [cuenta] = data["cuentas"]
    assert cuenta["plataforma"] == "x"


def test_a_refused_template_cell_names_its_column_without_the_required_mark(
    tmp_path: Path,
) -> None:
    repo = empty_repo(tmp_path)
    out = tmp_path / "plantilla.xlsx"
    CliRunner().invoke(main, ["import", "--repo", str(repo), "--plantilla", str(out)])
    book = load_workbook(out)
    book["Personas"].append(
        _person("jlags", "Propietaria", "Rosa Díaz", "rosa.diaz@ine.mx", Desde="2026-02-30")
    )
    book.save(out)
    result = run(repo, out)
    assert result.exit_code == 1, result.output
    assert "columna «Desde»: «Desde» «2026-02-30» no es una fecha" in result.output
    assert "*" not in result.output
