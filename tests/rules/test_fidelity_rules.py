"""Issue 11 (fid-b): rules that compare areas or read the text's exact words."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import contract_area, make_inventory, validate

SUPLENTE = "    correo: ana.ramirez@ine.mx"


def _jd02(text: str) -> str:
    return (
        text.replace("clave: jd01ags ", "clave: jd02ags ")
        .replace("distrito: 1    ", "distrito: 2    ")
        .replace("INEJDE01Ags", "INEJDE02Ags")
        .replace("redes.jd01ags@ine.mx", "redes.jd02ags@ine.mx")
        .replace("    correo: juan.perez@ine.mx", "    correo: laura.diaz@ine.mx")
        .replace("  github: mflopez-ine", "  github: otra-titular")
        .replace("  correo: maria.lopez@ine.mx", "  correo: rosa.mendez@ine.mx")
    )


def test_one_person_one_area_reported_in_the_targeted_file(tmp_path: Path) -> None:
    jd02 = _jd02(contract_area()).replace(SUPLENTE, "    correo: Ana.Ramirez@INE.mx")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": jd02})
    whole = validate(root, select=("administrador-unico",))
    assert sorted((f.file, f.line) for f in whole.findings) == [
        ("inventory/areas/jd01ags.yaml", 34),
        ("inventory/areas/jd02ags.yaml", 34),
    ]
    only = validate(
        root,
        select=("administrador-unico",),
        targets=frozenset({"inventory/areas/jd02ags.yaml"}),
    )
    assert [f.file for f in only.findings] == ["inventory/areas/jd02ags.yaml"]
    assert "jd01ags" in only.findings[0].message("es")
    assert "4.2 III" in only.findings[0].message("es")


def test_a_different_person_is_fine(tmp_path: Path) -> None:
    jd02 = _jd02(contract_area()).replace(SUPLENTE, "    correo: pablo.sosa@ine.mx")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": jd02})
    assert validate(root, select=("administrador-unico",)).findings == []


def test_person_address_off_domain_warns_and_does_not_block(tmp_path: Path) -> None:
    text = (
        contract_area()
        .replace(SUPLENTE, "    correo: ana.ramirez@gmail.com")
        .replace("suplente: ana.ramirez@ine.mx}", "suplente: ana.ramirez@gmail.com}")
    )  # the Anexo 1 designates her by that address too (designacion.designa)
    result = validate(make_inventory(tmp_path, {"jd01ags.yaml": text}))
    assert [(f.rule, f.severity.value, f.clause) for f in result.findings] == [
        ("correo-persona-institucional", "warning", "Anexo 1")
    ]
    assert result.exit_code(strict=False) == 0
    assert "Anexo 1" in result.findings[0].message("es")
