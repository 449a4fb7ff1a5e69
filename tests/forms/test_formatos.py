"""ine-redes formatos: Anexo 1 / Anexo 2 PDFs hold every field; registrar edits surgically."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from tests.conftest import REPO_ROOT, validate
from validator.authoring.surgical import EditError, delete_key, set_scalar
from validator.cli import main
from validator.forms.anexos import fecha_larga
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import load_text

AREAS = sorted(p.stem for p in (REPO_ROOT / "inventory" / "areas").glob("*.yaml"))
FECHA = date(2026, 11, 29)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    return root


def run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["formatos", *args, "--repo", str(root)])
    return result.exit_code, result.output


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def area_model(root: Path, clave: str):  # type: ignore[no-untyped-def]
    inventory = load_inventory(root)
    source = next(f for f in inventory.area_files if f.clave == clave)
    assert source.model is not None
    return source.model, {k: p.nombre for k, p in inventory.plataformas.plataformas.items()}


def assert_has(text: str, value: str) -> None:
    assert flat(value) in flat(text) or nospace(value) in nospace(text), value


@pytest.mark.parametrize("clave", AREAS)
def test_anexo1_holds_every_field(repo: Path, tmp_path: Path, clave: str) -> None:
    out = tmp_path / "a1.pdf"
    code, msg = run(repo, "anexo1", "--area", clave, "--output", str(out), "--fecha", "2026-11-29")
    assert code == 0, msg
    text = pdf_text(out)
    area, names = area_model(repo, clave)
    assert_has(text, "Fecha: 29 de noviembre de 2026")
    assert_has(text, area.nombre)
    assert_has(
        text, "Formato de designación de la persona administradora de cuentas institucionales"
    )
    assert_has(
        text,
        "De conformidad con el inciso IV del artículo 4.2 de los Lineamientos para la administración de las cuentas de correo electrónico",
    )
    for rol in ("propietaria", "suplente"):
        admin = getattr(area.administradores, rol)
        for value in (admin.nombre, admin.cargo, admin.correo, admin.telefono):
            assert_has(text, value)
    assert_has(text, "Propietaria")
    assert_has(text, "Suplente")
    assert_has(text, area.titular.nombre)
    assert_has(text, area.titular.cargo)
    for caption in (
        "Firma Administrador de cuenta propietario",
        "Firma Administrador de cuenta suplente",
        "Firma de la Persona Titular del Área Responsable",
    ):
        assert_has(text, caption)
    for cuenta in area.cuentas:
        assert_has(text, names[cuenta.plataforma])
        assert_has(text, "@" + cuenta.usuario)
        assert_has(text, cuenta.url)
        assert_has(text, cuenta.correo_asociado)


@pytest.mark.parametrize("clave", AREAS)
@pytest.mark.parametrize("rol", ["propietaria", "suplente"])
def test_anexo2_holds_every_field(repo: Path, tmp_path: Path, clave: str, rol: str) -> None:
    out = tmp_path / "a2.pdf"
    code, msg = run(
        repo, "anexo2", "--area", clave, "--rol", rol, "-o", str(out), "--fecha", "2026-11-29"
    )
    assert code == 0, msg
    text = pdf_text(out)
    area, names = area_model(repo, clave)
    admin = getattr(area.administradores, rol)
    assert_has(text, "Carta responsiva de la persona administradora de cuentas institucionales")
    assert_has(text, "Fecha: 29 de noviembre de 2026")
    assert_has(text, area.nombre)
    assert_has(
        text, f"yo {admin.nombre}, que a la fecha de la presente ocupo el cargo de {admin.cargo}"
    )
    for value in (admin.correo, admin.telefono, f"({rol})"):
        assert_has(text, value)
    other = getattr(area.administradores, "suplente" if rol == "propietaria" else "propietaria")
    assert other.correo not in text
    for cuenta in area.cuentas:
        assert_has(text, names[cuenta.plataforma])
        assert_has(text, "@" + cuenta.usuario)
        assert_has(text, cuenta.url)
    for correo in area.correos_genericos:
        if correo.estado != "baja":
            assert_has(text, correo.correo)
    for sentence in (
        "así como las contraseñas correspondientes",
        "Los daños causados por los contenidos generados o imprudencia serán mi responsabilidad",
        "I. Resguardar adecuadamente la contraseña.",
        "recomendaciones indicadas por la UTSI",
        "Cambiar la contraseña, al menos, cada dos meses",
        "IV. Informar cualquier cambio de contraseña a la persona titular del Área Responsable.",
        "Nombre, cargo y firma de la persona administradora",
        "Nombre y firma del titular del área responsable",
    ):
        assert_has(text, sentence)
    assert_has(text, area.titular.nombre)


def test_default_output_name_and_recorded_date(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(repo, "anexo1", "--area", "jd01ags")[0] == 0
    assert run(repo, "anexo2", "--area", "jd01ags", "--rol", "suplente")[0] == 0
    # Not the working directory nor the repository root: a folder that git ignores.
    assert not list(tmp_path.glob("*.pdf")) and not list(repo.glob("*.pdf"))
    a1 = repo / "formatos-por-firmar" / "jd01ags-anexo1.pdf"
    a2 = repo / "formatos-por-firmar" / "jd01ags-anexo2-suplente.pdf"
    # Without --fecha, the dates recorded in the inventory.
    assert_has(pdf_text(a1), "Fecha: 15 de enero de 2026")
    assert_has(pdf_text(a2), "Fecha: 15 de enero de 2026")


def test_default_output_folder_is_ignored_by_git(repo: Path) -> None:
    shutil.copy(REPO_ROOT / ".gitignore", repo / ".gitignore")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    assert run(repo, "anexo1", "--area", "jd01ags")[0] == 0
    status = subprocess.run(
        ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "formatos-por-firmar" not in status and "anexo1" not in status
    assert (repo / "formatos-por-firmar" / "jd01ags-anexo1.pdf").is_file()


def test_output_is_deterministic(repo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    run(repo, "anexo2", "--area", "cncs", "--rol", "propietaria", "-o", str(first))
    run(repo, "anexo2", "--area", "cncs", "--rol", "propietaria", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"%PDF-")


def test_unknown_area_and_missing_role(repo: Path, tmp_path: Path) -> None:
    code, out = run(repo, "anexo1", "--area", "nada", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "no existe el área nada" in out
    code, out = run(repo, "anexo2", "--area", "jd01ags")
    assert code == 2


def test_invalid_area_file_is_refused(repo: Path, tmp_path: Path) -> None:
    path = repo / "inventory/areas/jd01ags.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("nivel_mando: medio", "nivel_mando: alto"),
        encoding="utf-8",
    )
    code, out = run(repo, "anexo1", "--area", "jd01ags", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "ine-redes validate" in out


def test_fecha_larga() -> None:
    assert fecha_larga(date(2027, 2, 1)) == "1 de febrero de 2027"


NAMES = {
    "María Fernanda López Ruiz": "Łucja Brzęczyszczykiewicz",
    "Juan Carlos Pérez Soto": "Tomás D’Ángelo Núñez",
    "Ana Sofía Ramírez Gómez": "Xꞌu Chan Pat",
}


def rename(repo: Path, names: dict[str, str], clave: str = "jd01ags") -> None:
    path = repo / f"inventory/areas/{clave}.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in names.items():
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("anexo", ["anexo1", "anexo2"])
def test_every_valid_name_prints_exactly(repo: Path, tmp_path: Path, anexo: str) -> None:
    names = {
        **NAMES,
        "Junta Distrital Ejecutiva 01 en Aguascalientes": "Junta 李小龍 김민지 ひかり",
    }
    rename(repo, names)
    assert validate(repo, select=("esquema",)).findings == []
    out = tmp_path / "f.pdf"
    extra = ["--rol", "propietaria"] if anexo == "anexo2" else []
    code, msg = run(repo, anexo, "--area", "jd01ags", *extra, "-o", str(out))
    assert code == 0, msg
    text = pdf_text(out)
    wanted = (
        list(names.values())
        if anexo == "anexo1"
        else [*list(names.values())[:2], "Junta 李小龍 김민지 ひかり"]
    )
    for name in wanted:
        assert name in text, (name, text)
    for wrong in ("Lucja", "D'Ángelo", "X?u", "?"):
        assert wrong not in text


def test_markup_in_a_name_prints_as_written(repo: Path, tmp_path: Path) -> None:
    """No character sequence in a value is markup: emphasis, links, the page-count alias."""
    odd = "Ana--María__Pé**rez ~~x [a](1) {nb}"
    rename(repo, {"Juan Carlos Pérez Soto": odd})
    for anexo in (["anexo1"], ["anexo2", "--rol", "propietaria"]):
        out = tmp_path / f"{anexo[0]}.pdf"
        code, msg = run(repo, *anexo, "--area", "jd01ags", "-o", str(out))
        assert code == 0, msg
        text = pdf_text(out)
        assert odd in flat(text), text
        assert "página 1 de" in text and "{nb}" in text


def test_a_character_no_font_has_is_refused(repo: Path, tmp_path: Path) -> None:
    rename(repo, {"Juan Carlos Pérez Soto": "Juan 𓀀 Pérez"})  # U+13000, Egyptian hieroglyph
    out = tmp_path / "f.pdf"
    code, msg = run(repo, "anexo1", "--area", "jd01ags", "-o", str(out))
    assert code == 1
    assert "«Juan 𓀀 Pérez» tiene el carácter 𓀀 (U+13000" in msg
    assert "no se generó el PDF para no imprimir otro nombre" in msg
    assert not out.exists()


def test_cjk_without_the_extra_says_how_to_install_it(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import validator.forms.pdf as pdf

    monkeypatch.setattr(pdf, "cjk_fonts", lambda: ())  # as without `ine-redes[cjk]`
    rename(repo, {"Juan Carlos Pérez Soto": "李小龍"})
    code, msg = run(repo, "anexo1", "--area", "jd01ags", "-o", str(tmp_path / "f.pdf"))
    assert code == 1
    assert "«李小龍» tiene el carácter 李 (U+674E)" in msg
    assert "pip install 'ine-redes[cjk]'" in msg


@pytest.mark.parametrize(
    ("args", "size"), [((), (612, 792)), (("--papel", "a4"), (595.28, 841.89))]
)
def test_paper_is_carta_unless_a4_is_asked(
    repo: Path, tmp_path: Path, args: tuple[str, ...], size: tuple[float, float]
) -> None:
    out = tmp_path / "f.pdf"
    assert run(repo, "anexo1", "--area", "jd01ags", "-o", str(out), *args)[0] == 0
    for page in PdfReader(out).pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size


def test_a_long_area_name_never_clips_the_footer(repo: Path, tmp_path: Path) -> None:
    long_name = "Dirección Ejecutiva " + " ".join(f"de la Unidad Técnica {n}" for n in range(18))
    rename(repo, {"Junta Distrital Ejecutiva 01 en Aguascalientes": long_name})
    out = tmp_path / "f.pdf"
    assert run(repo, "anexo2", "--area", "jd01ags", "--rol", "suplente", "-o", str(out))[0] == 0
    reader = PdfReader(out)
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        footer: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font, size, footer=footer):  # type: ignore[no-untyped-def]
            if text.strip() and abs(tm[0] * size - 7) < 0.01:  # the footer's 7 pt text
                footer.append((text, tm[4], tm[5]))

        page.extract_text(visitor_text=visit)
        assert footer, "no footer"
        for _text, x, y in footer:
            assert 0 < x < width and 0 < y < height
        joined = flat(" ".join(t for t, _, _ in footer))
        assert long_name in joined.replace("- ", "-")
        assert f"página {number} de {len(reader.pages)}" in joined


# ---------------------------------------------------------------------------- registrar


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """Lines only in ``before`` and only in ``after``, after the common prefix/suffix."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start : len(a) - end], b[start : len(b) - end]


def scan(tmp_path: Path, content: bytes = b"%PDF-1.4 escaneo firmado") -> tuple[Path, str]:
    path = tmp_path / "firmado.pdf"
    path.write_bytes(content)
    return path, hashlib.sha256(content).hexdigest()


def reg(root: Path, *args: str) -> tuple[int, str]:
    return run(root, "registrar", *args)


def test_registrar_anexo1_replaces_only_the_hash(repo: Path, tmp_path: Path) -> None:
    path = repo / "inventory/areas/jd01ags.yaml"
    before = path.read_text(encoding="utf-8")
    pdf, sha = scan(tmp_path)
    code, out = reg(repo, "--area", "jd01ags", "--anexo", "1", str(pdf))
    assert code == 0, out
    after = path.read_text(encoding="utf-8")
    old, new = changed_lines(before, after)
    assert old == ["    sha256: 7a5390c11ee69c832fa320a63f56fdbf728b90e83fbc06cccd5c46afa9e65d92\n"]
    assert new == [f"    sha256: {sha}\n"]
    assert load_text(after).data["designacion"]["documento"]["sha256"] == sha
    # Same document again: nothing to do.
    code, out = reg(repo, "--area", "jd01ags", "--anexo", "1", str(pdf))
    assert code == 0 and "ya tenía" in out
    assert path.read_text(encoding="utf-8") == after


def test_registrar_anexo2_drops_a_stale_ruta(repo: Path, tmp_path: Path) -> None:
    path = repo / "inventory/areas/jd01ags.yaml"
    before = path.read_text(encoding="utf-8")
    pdf, sha = scan(tmp_path)
    code, out = reg(repo, "--area", "jd01ags", "--anexo", "2", "--rol", "suplente", str(pdf))
    assert code == 0, out
    assert "Se quitó la ruta anterior" in out
    after = path.read_text(encoding="utf-8")
    old, new = changed_lines(before, after)
    assert len(old) == 2 and old[1].lstrip().startswith("ruta:")
    assert new == [f"        sha256: {sha}\n"]
    documento = load_text(after).data["administradores"]["suplente"]["responsiva"]["documento"]
    assert documento == {"sha256": sha}
    assert validate(repo, FECHA, select=("documento-integro",)).findings == []


def test_registrar_copiar_stores_the_scan_and_its_ruta(repo: Path, tmp_path: Path) -> None:
    path = repo / "inventory/areas/jd01ags.yaml"
    before = path.read_text(encoding="utf-8")
    pdf, sha = scan(tmp_path)
    code, out = reg(
        repo, "--area", "jd01ags", "--anexo", "2", "--rol", "propietaria", str(pdf), "--copiar"
    )
    assert code == 0, out
    ruta = "inventory/documentos/jd01ags/anexo2-responsiva-propietaria-2026-01-15.pdf"
    assert (repo / ruta).read_bytes() == pdf.read_bytes()
    after = path.read_text(encoding="utf-8")
    old, new = changed_lines(before, after)
    assert new[-2:] == [f"        sha256: {sha}\n", f"        ruta: {ruta}\n"]
    assert len(old) == 1 and "sha256:" in old[0]
    assert validate(repo, FECHA, select=("documento-integro",)).findings == []
    assert validate(repo, FECHA, targets=frozenset({"inventory/areas/jd01ags.yaml"})).findings == []


def test_registrar_refuses_to_overwrite_another_copy(repo: Path, tmp_path: Path) -> None:
    pdf, _ = scan(tmp_path)
    existing = repo / "inventory/documentos/jd01ags/anexo2-responsiva-suplente-2026-01-15.pdf"
    before = existing.read_bytes()
    area_before = (repo / "inventory/areas/jd01ags.yaml").read_bytes()
    code, out = reg(
        repo, "--area", "jd01ags", "--anexo", "2", "--rol", "suplente", str(pdf), "--copiar"
    )
    assert code == 1 and "ya existe otro archivo" in out
    assert existing.read_bytes() == before
    assert (repo / "inventory/areas/jd01ags.yaml").read_bytes() == area_before


def test_registrar_fills_a_new_area_pending_document(repo: Path, tmp_path: Path) -> None:
    from tests.authoring.test_new_area import options

    result = CliRunner().invoke(
        main,
        [
            "new-area",
            *options(**{"designacion-documento": None}),
            "--cuenta",
            "plataforma=x,usuario=INEJDE07Ags",
            "--repo",
            str(repo),
        ],
    )
    assert result.exit_code == 0, result.output
    path = repo / "inventory/areas/jd07ags.yaml"
    before = path.read_text(encoding="utf-8")
    assert "  # documento: PENDIENTE" in before
    a1 = tmp_path / "jd07ags-anexo1.pdf"
    assert run(repo, "anexo1", "--area", "jd07ags", "-o", str(a1))[0] == 0
    # the form as generated is not signed: refused (issue 11 point 12), nothing written
    code, out = reg(repo, "--area", "jd07ags", "--anexo", "1", str(a1), "--copiar")
    assert code == 1 and "SIN FIRMAR" in out
    assert path.read_text(encoding="utf-8") == before
    signed, sha = scan(tmp_path)  # printed, signed and scanned
    code, out = reg(repo, "--area", "jd07ags", "--anexo", "1", str(signed), "--copiar")
    assert code == 0, out
    after = path.read_text(encoding="utf-8")
    old, new = changed_lines(before, after)
    assert old == [x for x in before.splitlines(keepends=True) if "# documento: PENDIENTE" in x]
    assert new == [
        "  documento:\n",
        f"    sha256: {sha}\n",
        "    ruta: inventory/documentos/jd07ags/anexo1-designacion-2026-11-20.pdf\n",
    ]
    assert validate(repo, FECHA, targets=frozenset({"inventory/areas/jd07ags.yaml"})).findings == []


def test_registrar_usage_errors(repo: Path, tmp_path: Path) -> None:
    pdf, _ = scan(tmp_path)
    assert reg(repo, "--area", "jd01ags", "--anexo", "2", str(pdf))[0] == 2
    assert reg(repo, "--area", "jd01ags", "--anexo", "1", "--rol", "suplente", str(pdf))[0] == 2
    assert reg(repo, "--area", "nada", "--anexo", "1", str(pdf))[0] == 2
    code, out = reg(repo, "--area", "jd01ags", "--anexo", "1", str(tmp_path / "no.pdf"))
    assert code == 2 and "no se encontró" in out


# ---------------------------------------------------------------------------- surgical


def test_set_scalar_keeps_comments_and_quotes() -> None:
    text = 'a:  # bloque\n  b: "viejo"   # comentario\n  c: 1\nd: x\n'
    out = set_scalar(text, ("a", "b"), "nuevo")
    assert out == "a:  # bloque\n  b: nuevo   # comentario\n  c: 1\nd: x\n"
    out = set_scalar(text, ("a", "e", "f"), "g")
    assert out == 'a:  # bloque\n  b: "viejo"   # comentario\n  c: 1\n  e:\n    f: g\nd: x\n'


def test_set_scalar_fills_an_empty_value() -> None:
    text = "a:\n  b:   # vacío\nc: 1\n"
    assert set_scalar(text, ("a", "b"), "x") == "a:\n  b: x   # vacío\nc: 1\n"
    text = "a:\n  b:\nc: 1"
    assert set_scalar(text, ("a", "b", "d"), "x") == "a:\n  b:\n    d: x\nc: 1"


def test_set_scalar_inside_a_list_item_and_at_the_end_without_newline() -> None:
    text = "l:\n  - k: 1\n    m: 2"
    assert set_scalar(text, ("l", 0, "n"), "3") == "l:\n  - k: 1\n    m: 2\n    n: 3\n"


def test_set_scalar_refuses_flow_blocks() -> None:
    with pytest.raises(EditError):
        set_scalar("a: {b: 1}\n", ("a", "c"), "2")
    with pytest.raises(EditError):
        set_scalar("a:\n  b: 1\n", ("a",), "2")


def test_delete_key() -> None:
    text = "a:\n  b: 1  # x\n  c: 2\n"
    assert delete_key(text, ("a", "b")) == "a:\n  c: 2\n"
    assert delete_key(text, ("a", "z")) == text


def test_set_scalar_keeps_crlf_line_endings() -> None:
    text = "a:\r\n  b: 1\r\nc: 2\r\n"
    assert set_scalar(text, ("a", "d"), "x") == "a:\r\n  b: 1\r\n  d: x\r\nc: 2\r\n"
    assert set_scalar(text, ("a", "b"), "9") == "a:\r\n  b: 9\r\nc: 2\r\n"


def test_registrar_scan_already_in_the_documents_folder(repo: Path) -> None:
    """A scan uploaded to inventory/documentos/<clave>/ is registered where it is."""
    folder = repo / "inventory/documentos/jlags"
    folder.mkdir(parents=True)
    pdf = folder / "designacion firmada.pdf"
    pdf.write_bytes(b"%PDF-1.4 subido desde el navegador")
    code, out = reg(repo, "--area", "jlags", "--anexo", "1", str(pdf))
    assert code == 0, out
    assert "Ruta registrada: inventory/documentos/jlags/designacion firmada.pdf" in out
    documento = load_text((repo / "inventory/areas/jlags.yaml").read_text(encoding="utf-8")).data[
        "designacion"
    ]["documento"]
    assert documento == {
        "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
        "ruta": "inventory/documentos/jlags/designacion firmada.pdf",
    }
    assert sorted(p.name for p in folder.iterdir()) == ["designacion firmada.pdf"]
    assert validate(repo, FECHA, select=("documento-integro",)).findings == []


def test_registrar_edit_refusal_speaks_the_run_language(repo: Path, tmp_path: Path) -> None:
    path = repo / "inventory/areas/jd01ags.yaml"
    text = path.read_text(encoding="utf-8")
    block = text[text.index("    responsiva:  ") : text.index("  suplente:")]
    flow = "    responsiva: {fecha: 2026-01-15, cuentas: [facebook/INEJDE01Ags, x/INEJDE01Ags]}\n"
    path.write_text(text.replace(block, flow, 1), encoding="utf-8")
    pdf, _sha = scan(tmp_path)
    args = ("--area", "jd01ags", "--anexo", "2", "--rol", "propietaria", str(pdf))
    code, out = reg(repo, *args, "--lang", "en")
    assert code == 2
    assert "is written on one line ({...}); write it over several lines" in flat(out)
    assert "escríbalo" not in out
    code, out = reg(repo, *args)
    assert code == 2
    assert "está escrito en una sola línea ({...}); escríbalo en varias líneas" in flat(out)


def test_registrar_names_the_accepted_scan_kinds_in_each_language(
    repo: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notas.txt"
    text.write_text("hola", encoding="utf-8")
    args = ("--area", "jd01ags", "--anexo", "1", str(text))
    assert "(PDF, JPG, PNG o TIFF)" in flat(reg(repo, *args)[1])
    assert "(PDF, JPG, PNG or TIFF)" in flat(reg(repo, *args, "--lang", "en")[1])
