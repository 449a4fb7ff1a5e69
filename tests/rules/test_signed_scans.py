"""Issue 11 points 1, 2 and 12: what `formatos` prints and records, and that a signed scan is
a scan.

Real parts: the PDFs `formatos` writes are read back with pypdf; `formatos registrar` runs
through the real command line against a copy of the sample inventory; `documento-integro`
runs through the real loader and engine.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from tests.conftest import REPO_ROOT, validate
from validator.cli import main
from validator.loading.yaml_loader import load_text
from validator.scans import UNSIGNED_MARK, judge_bytes

AREA = "inventory/areas/jd01ags.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    return root


def formatos(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["formatos", *args, "--repo", str(root)])
    return result.exit_code, result.output


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def generated(root: Path, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "form.pdf"
    code, output = formatos(root, *args, "--area", "jd01ags", "-o", str(out))
    assert code == 0, output
    return out


# --- point 12: marking and recognising the unsigned form ---------------------------------


def test_generated_forms_carry_the_mark_in_their_metadata(repo: Path, tmp_path: Path) -> None:
    for args in (("anexo1",), ("anexo2", "--rol", "suplente")):
        pdf = generated(repo, tmp_path, *args)
        assert PdfReader(pdf).metadata["/Keywords"] == UNSIGNED_MARK
        assert judge_bytes(pdf.read_bytes()) == "unsigned_form"


def test_registrar_refuses_the_unsigned_form(repo: Path, tmp_path: Path) -> None:
    before = (repo / AREA).read_bytes()
    pdf = generated(repo, tmp_path, "anexo2", "--rol", "suplente")
    code, out = formatos(
        repo, "registrar", "--area", "jd01ags", "--anexo", "2", "--rol", "suplente", str(pdf)
    )
    assert code == 1
    assert "es el formato SIN FIRMAR que generó `ine-redes formatos`" in out
    assert "Traceback" not in out
    assert (repo / AREA).read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "está vacío (0 bytes)"),
        (b"nombre: no es un escaneo\n", "no es un PDF ni una imagen"),
        (b"PK\x03\x04" + b"\0" * 40, "no es un PDF ni una imagen"),  # a .zip named .pdf
    ],
)
def test_registrar_refuses_what_is_not_a_scan(
    repo: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    before = (repo / AREA).read_bytes()
    bad = tmp_path / "escaneo.pdf"
    bad.write_bytes(content)
    code, out = formatos(repo, "registrar", "--area", "jd01ags", "--anexo", "1", str(bad))
    assert code == 1
    assert expected in out
    assert (repo / AREA).read_bytes() == before


def test_registrar_message_in_english(repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "vacio.pdf"
    bad.write_bytes(b"")
    code, out = formatos(
        repo, "registrar", "--area", "jd01ags", "--anexo", "1", str(bad), "--lang", "en"
    )
    assert code == 1 and "is empty (0 bytes)" in out


def test_images_and_a_digitally_signed_form_are_accepted(repo: Path, tmp_path: Path) -> None:
    png = tmp_path / "escaneo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    code, out = formatos(repo, "registrar", "--area", "jd01ags", "--anexo", "1", str(png))
    assert code == 0, out
    # the generated form, then signed digitally (a signature adds a /ByteRange): accepted
    pdf = generated(repo, tmp_path, "anexo1")
    signed = tmp_path / "firmado-digitalmente.pdf"
    signed.write_bytes(pdf.read_bytes() + b"\n% firma\n<< /Type /Sig /ByteRange [0 1 2 3] >>\n")
    assert judge_bytes(signed.read_bytes()) is None
    code, out = formatos(repo, "registrar", "--area", "jd01ags", "--anexo", "1", str(signed))
    assert code == 0, out


def _commit_by_hand(repo: Path, data: bytes, name: str) -> None:
    """Put a file in inventory/documentos and point designacion.documento at it."""
    target = repo / "inventory/documentos/jd01ags" / name
    target.write_bytes(data)
    text = (repo / AREA).read_text(encoding="utf-8")
    sha = load_text(text).data["designacion"]["documento"]["sha256"]
    new = hashlib.sha256(data).hexdigest()
    text = text.replace(
        f"    sha256: {sha}\n",
        f"    sha256: {new}\n    ruta: inventory/documentos/jd01ags/{name}\n",
    )
    (repo / AREA).write_text(text, encoding="utf-8")


def test_documento_integro_reports_the_unsigned_form_committed_by_hand(
    repo: Path, tmp_path: Path
) -> None:
    pdf = generated(repo, tmp_path, "anexo1")
    _commit_by_hand(repo, pdf.read_bytes(), "anexo1.pdf")
    findings = validate(repo, select=("documento-integro",)).findings
    assert [(f.rule, f.severity.value) for f in findings] == [("documento-integro", "error")]
    assert "formato SIN FIRMAR" in findings[0].message("es")
    assert "UNSIGNED form" in findings[0].message("en")


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"", "está vacío"), (b"version: 1\n", "no es un PDF ni una imagen")],
)
def test_documento_integro_reports_empty_and_non_scans(
    repo: Path, data: bytes, expected: str
) -> None:
    _commit_by_hand(repo, data, "anexo1.pdf")
    findings = validate(repo, select=("documento-integro",)).findings
    assert len(findings) == 1 and expected in findings[0].message("es")


def test_a_real_scan_committed_by_hand_passes(repo: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    _commit_by_hand(repo, buffer.getvalue(), "anexo1.pdf")
    assert validate(repo).findings == []


# --- points 1 and 2: what the forms contain and what registrar records -------------------


def test_anexo2_lists_exactly_the_accounts(repo: Path, tmp_path: Path) -> None:
    text = pdf_text(generated(repo, tmp_path, "anexo2", "--rol", "propietaria"))
    assert "de las cuentas que se enlistan a continuación" in text
    for handle in ("@INEJDE01Ags",):
        assert handle in text
    assert "https://www.facebook.com/INEJDE01Ags" in text
    assert "https://x.com/INEJDE01Ags" in text
    assert "cuentas institucionales del área" not in text


def test_anexo2_refuses_an_area_without_accounts(repo: Path, tmp_path: Path) -> None:
    text = (repo / AREA).read_text(encoding="utf-8")
    data = load_text(text).data
    start = text.index("\ncuentas:")
    (repo / AREA).write_text(text[:start] + "\ncuentas: []\n", encoding="utf-8")
    assert data["cuentas"]
    code, out = formatos(repo, "anexo2", "--area", "jd01ags", "--rol", "propietaria")
    assert code == 1 and "no registra cuentas" in out


def test_anexo1_names_the_pair(repo: Path, tmp_path: Path) -> None:
    text = pdf_text(generated(repo, tmp_path, "anexo1"))
    assert "designa a las siguientes personas" in text
    assert "juan.perez@ine.mx" in text and "ana.ramirez@ine.mx" in text


def _scan(tmp_path: Path, label: bytes) -> tuple[Path, str]:
    path = tmp_path / "escaneo.pdf"
    content = b"%PDF-1.4\n% escaneo firmado " + label + b"\n"
    path.write_bytes(content)
    return path, hashlib.sha256(content).hexdigest()


def test_registrar_records_designa_for_a_file_in_the_old_format(repo: Path, tmp_path: Path) -> None:
    text = (repo / AREA).read_text(encoding="utf-8")
    old = re.search(r"  designa:.*\n    propietaria: .*\n    suplente: .*\n", text)
    assert old is not None
    (repo / AREA).write_text(text.replace(old.group(0), ""), encoding="utf-8")
    assert any(f.rule == "formato-designacion" for f in validate(repo).findings)
    pdf, sha = _scan(tmp_path, b"anexo 1")
    code, out = formatos(repo, "registrar", "--area", "jd01ags", "--anexo", "1", str(pdf))
    assert code == 0, out
    assert "designacion.designa: propietaria juan.perez@ine.mx" in out
    data = load_text((repo / AREA).read_text(encoding="utf-8")).data
    assert data["designacion"]["designa"] == {
        "propietaria": "juan.perez@ine.mx",
        "suplente": "ana.ramirez@ine.mx",
    }
    assert data["designacion"]["documento"]["sha256"] == sha
    assert validate(repo, targets=frozenset({AREA})).findings == []


def test_registrar_records_the_accounts_an_anexo2_lists(repo: Path, tmp_path: Path) -> None:
    text = (repo / AREA).read_text(encoding="utf-8")
    # the suplente's responsiva predates the format: no 'cuentas'
    old = "      cuentas: [facebook/INEJDE01Ags, x/INEJDE01Ags]\n\n"
    assert old in text
    (repo / AREA).write_text(text.replace(old, "\n"), encoding="utf-8")
    pdf, sha = _scan(tmp_path, b"anexo 2")
    code, out = formatos(
        repo, "registrar", "--area", "jd01ags", "--anexo", "2", "--rol", "suplente", str(pdf)
    )
    assert code == 0, out
    data = load_text((repo / AREA).read_text(encoding="utf-8")).data
    resp = data["administradores"]["suplente"]["responsiva"]
    assert resp["cuentas"] == ["facebook/INEJDE01Ags", "x/INEJDE01Ags"]
    assert resp["documento"]["sha256"] == sha


def test_the_mark_is_found_across_chunk_boundaries() -> None:
    from validator.scans import ScanSniffer

    data = b"%PDF-1.4\n" + b"x" * 100 + b"/Keywords (" + UNSIGNED_MARK.encode() + b")\n"
    cut = data.index(b"formato") + 3  # split inside the mark
    sniffer = ScanSniffer()
    sniffer.feed(data[:cut])
    sniffer.feed(data[cut:])
    assert sniffer.verdict() == "unsigned_form"


def test_a_catalogue_with_the_retired_parameter_is_told_to_delete_it(repo: Path) -> None:
    lin = repo / "inventory/lineamientos.yaml"
    text = lin.read_text(encoding="utf-8")
    lin.write_text(
        text.replace("zona_horaria:", "designacion_antelacion_max_dias: 30\nzona_horaria:", 1),
        encoding="utf-8",
    )
    findings = [f for f in validate(repo).findings if f.file == "inventory/lineamientos.yaml"]
    assert [(f.rule, f.severity.value) for f in findings] == [("esquema", "error")]
    assert "ya no existe" in findings[0].message("es")
    assert "Bórrela" in findings[0].message("es")
    assert "no longer exists" in findings[0].message("en")
