"""documento-integro against real files, folders and symbolic links built in tmp_path.

Fixture files cannot hold symbolic links or files outside the repository, so these cases
build the repository here and run the real loader and engine over it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.conftest import contract_area, make_inventory, validate
from validator.rules import documento_integro
from validator.rules.documento_integro import judge

DESIG_SHA = "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"
PDF = b"%PDF-1.4\n% Anexo 1 de prueba\n"
PDF_SHA = hashlib.sha256(PDF).hexdigest()


def _area(ruta: str, sha: str = PDF_SHA) -> str:
    text = contract_area()
    old = f"    sha256: {DESIG_SHA}\n"
    assert old in text
    return text.replace(old, f"    sha256: {sha}\n    ruta: {ruta}\n")


def _repo(tmp_path: Path, ruta: str, sha: str = PDF_SHA) -> Path:
    root = make_inventory(tmp_path / "repo", {"jd01ags.yaml": _area(ruta, sha)})
    docs = root / "inventory" / "documentos" / "jd01ags"
    docs.mkdir(parents=True)
    (docs / "anexo1.pdf").write_bytes(PDF)
    return root


def _findings(root: Path) -> list[tuple[str, int, str]]:
    result = validate(root, select=("documento-integro",))
    return [(f.rule, f.line, f.message("en")) for f in result.findings]


def _ruta_line(root: Path) -> int:
    lines = (root / "inventory/areas/jd01ags.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip().startswith("ruta:"))


def test_existing_file_with_matching_hash_passes(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/anexo1.pdf")
    assert _findings(root) == []


def test_whole_run_is_clean_with_a_real_document(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/anexo1.pdf")
    assert validate(root).findings == []


def test_changed_file_is_reported_at_sha256(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/anexo1.pdf")
    (root / "inventory/documentos/jd01ags/anexo1.pdf").write_bytes(PDF + b"alterado")
    [(rule, line, message)] = _findings(root)
    assert rule == "documento-integro"
    assert line == _ruta_line(root) - 1  # the sha256 line, just above ruta
    assert PDF_SHA in message and "update sha256" in message


def test_absolute_path_to_a_real_file_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(PDF)
    root = _repo(tmp_path, str(outside))
    [(rule, line, message)] = _findings(root)
    assert (rule, line) == ("documento-integro", _ruta_line(root))
    assert "absolute" in message


def test_dotdot_to_a_real_file_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.pdf").write_bytes(PDF)
    root = _repo(tmp_path, "../outside.pdf")
    [(_, _, message)] = _findings(root)
    assert "'..'" in message


def test_symlink_leaving_the_repository_is_refused_even_with_the_right_hash(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(PDF)  # same bytes: the hash would match if it were read
    root = _repo(tmp_path, "inventory/documentos/jd01ags/enlace.pdf")
    os.symlink(outside, root / "inventory/documentos/jd01ags/enlace.pdf")
    [(rule, line, message)] = _findings(root)
    assert (rule, line) == ("documento-integro", _ruta_line(root))
    assert "leaves the repository" in message


def test_symlinked_folder_on_the_way_out_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "anexo1.pdf").write_bytes(PDF)
    root = _repo(tmp_path, "inventory/documentos/fuera/anexo1.pdf")
    os.symlink(elsewhere, root / "inventory/documentos/fuera")
    [(_, _, message)] = _findings(root)
    assert "leaves the repository" in message


def test_symlink_inside_the_repository_is_refused_too(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/copia.pdf")
    os.symlink("anexo1.pdf", root / "inventory/documentos/jd01ags/copia.pdf")
    [(_, _, message)] = _findings(root)
    assert "symbolic link" in message and "leaves" not in message


def test_folder_is_not_a_regular_file(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags")
    [(_, _, message)] = _findings(root)
    assert "not a regular file" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/tuberia.pdf")
    os.mkfifo(root / "inventory/documentos/jd01ags/tuberia.pdf")
    [(_, _, message)] = _findings(root)
    assert "not a regular file" in message


def test_missing_file(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/no-existe.pdf")
    [(_, _, message)] = _findings(root)
    assert "does not exist" in message


def test_file_under_a_file_is_missing(tmp_path: Path) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/anexo1.pdf/otro.pdf")
    [(_, _, message)] = _findings(root)
    assert "does not exist" in message


def test_ruta_without_sha256_names_the_hash(tmp_path: Path) -> None:
    text = contract_area().replace(
        f"    sha256: {DESIG_SHA}\n", "    ruta: inventory/documentos/jd01ags/anexo1.pdf\n"
    )
    root = make_inventory(tmp_path / "repo", {"jd01ags.yaml": text})
    docs = root / "inventory" / "documentos" / "jd01ags"
    docs.mkdir(parents=True)
    (docs / "anexo1.pdf").write_bytes(PDF)
    [(_, _, message)] = _findings(root)
    assert PDF_SHA in message


def test_size_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path, "inventory/documentos/jd01ags/anexo1.pdf")
    monkeypatch.setattr(documento_integro, "MAX_BYTES", 8)
    key, params = judge(root, "inventory/documentos/jd01ags/anexo1.pdf", PDF_SHA) or ("", {})
    assert key == "too_large"
    assert params["max_mib"] == documento_integro.MAX_MIB == 50


@pytest.mark.parametrize(
    ("ruta", "key"),
    [
        ("/etc/passwd", "absolute"),
        ("//server/share/a.pdf", "unc"),
        ("\\\\server\\share\\a.pdf", "unc"),
        ("C:\\docs\\a.pdf", "drive"),
        ("c:/docs/a.pdf", "drive"),
        ("inventory\\documentos\\a.pdf", "backslash"),
        ("inventory/../../etc/passwd", "dotdot"),
        ("..", "dotdot"),
        ("inventory/documentos/a\x00.pdf", "nul"),
        (".git/config", "git_dir"),
        ("inventory/../.git/config", "dotdot"),
        ("./.GIT/HEAD", "git_dir"),
    ],
)
def test_paths_refused_as_text(tmp_path: Path, ruta: str, key: str) -> None:
    found = judge(tmp_path, ruta, PDF_SHA)
    assert found is not None and found[0] == key


def test_findings_are_in_both_languages(tmp_path: Path) -> None:
    root = _repo(tmp_path, "/etc/passwd")
    [finding] = validate(root, select=("documento-integro",)).findings
    assert finding.clause == "4.2 IV"
    assert "absoluta" in finding.message("es") and "absolute" in finding.message("en")


def test_the_read_itself_never_follows_a_link(tmp_path: Path) -> None:
    """Even if a folder became a link after the checks, opening the file refuses it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "anexo1.pdf").write_bytes(PDF)
    root = _repo(tmp_path, "inventory/documentos/fuera/anexo1.pdf")
    os.symlink(elsewhere, root / "inventory/documentos/fuera")
    with pytest.raises(OSError):
        documento_integro._hash(root.resolve(), ["inventory", "documentos", "fuera", "anexo1.pdf"])
    os.symlink(elsewhere / "anexo1.pdf", root / "inventory/documentos/jd01ags/enlace.pdf")
    with pytest.raises(OSError):
        documento_integro._hash(
            root.resolve(), ["inventory", "documentos", "jd01ags", "enlace.pdf"]
        )
    digest, _ = documento_integro._hash(
        root.resolve(), ["inventory", "documentos", "jd01ags", "anexo1.pdf"]
    )
    assert digest == PDF_SHA
