"""Issue 11 point 3: a change of administrator is complete or it is not.

``validate --changed-since BASE`` judges each replaced person against the file at BASE, on
real git repositories (tests/gitrepo.py): the contract's example area is committed on
``main``, a branch edits it, and the real command runs.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import contract_area
from tests.gitrepo import GitRepo
from validator.cli import main

OLD_PROP = """    nombre: Juan Carlos Pérez Soto
    cargo: Vocal Secretario
    nivel_mando: medio               # superior | medio | operativo
    vinculo: servidora_publica       # servidora_publica | prestadora_servicios
    correo: juan.perez@ine.mx        # the person's own institutional address (Anexo 1)
"""
NEW_PROP = """    nombre: Rosa Elena Méndez Ríos
    cargo: Vocal Secretario
    nivel_mando: medio               # superior | medio | operativo
    vinculo: servidora_publica       # servidora_publica | prestadora_servicios
    correo: rosa.mendez@ine.mx       # the person's own institutional address (Anexo 1)
"""
OLD_RESP_SHA = "3f1c8d6e0b9a4f7c2d5e8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d"
OLD_DES_SHA = "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _one(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def only_name_and_correo() -> str:
    return _one(contract_area(), OLD_PROP, NEW_PROP)


def complete_change() -> str:
    """Rosa replaces Juan on Friday 2026-11-13, with both forms and the change report."""
    text = only_name_and_correo()
    text = _one(
        text, "    desde: 2026-01-15                # date", "    desde: 2026-11-13  # date"
    )
    text = _one(
        text,
        f"      fecha: 2026-01-15\n      documento:\n        sha256: {OLD_RESP_SHA}",
        f"      fecha: 2026-11-12\n      documento:\n        sha256: {_sha('rosa anexo 2')}",
    )
    text = _one(text, "{propietaria: juan.perez@ine.mx,", "{propietaria: rosa.mendez@ine.mx,")
    text = _one(
        text,
        "  fecha: 2026-01-15\n  oficio: INE/JDE01-AGS/0042/2026\n  remitida_cncs: 2026-01-16",
        "  fecha: 2026-11-12\n  oficio: INE/JDE01-AGS/0401/2026\n  remitida_cncs: 2026-11-12",
    )
    text = _one(text, OLD_DES_SHA, _sha("rosa anexo 1"))
    text = _one(
        text,
        "oficio: INE/JDE01-AGS/0311/2026}\n",
        "oficio: INE/JDE01-AGS/0311/2026}\n"
        "  - {fecha: 2026-11-17, tipo: cambio, oficio: INE/JDE01-AGS/0402/2026}\n",
    )
    return re.sub(
        r"      persona: juan.perez@ine.mx\n      desde: \S+",
        "      persona: rosa.mendez@ine.mx\n      desde: 2026-11-13",
        text,
    )


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    r = GitRepo(tmp_path / "repo")
    r.write_area("jd01ags", contract_area())
    r.commit("jd01ags", date="2026-01-20T10:00:00")
    r.branch("pr")
    return r


def _validate(repo: GitRepo, *args: str, lang: str = "es") -> tuple[int, list[dict]]:
    res = CliRunner().invoke(
        main,
        [
            "validate",
            "--repo",
            str(repo.path),
            "--as-of",
            "2026-11-29",
            "--format",
            "json",
            "--lang",
            lang,
            *args,
        ],
    )
    assert res.exit_code in (0, 1), res.output
    return res.exit_code, json.loads(res.stdout)["findings"]


def _transition(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["rule"] == "cambio-completo"]


def test_the_base_itself_is_clean(repo: GitRepo) -> None:
    code, findings = _validate(repo)
    assert (code, findings) == (0, [])


def test_only_nombre_and_correo_fails_listing_what_is_missing(repo: GitRepo) -> None:
    repo.write_area("jd01ags", only_name_and_correo())
    repo.commit("jd01ags: new propietaria (name and address only)", date="2026-11-20T10:00:00")
    code, findings = _validate(repo, "--changed-since", "main", lang="en")
    assert code == 1
    [finding] = _transition(findings)
    assert finding["severity"] == "error"
    assert finding["line"] == 21  # administradores.propietaria.correo
    message = finding["message"]
    for needed in (
        "a new 'desde'",
        "designacion.designa.propietaria: rosa.mendez@ine.mx",
        "the new signed Anexo 1",
        "the responsiva (Anexo 2) signed by Rosa Elena Méndez Ríos",
    ):
        assert needed in message, message
    # in Spanish by default
    _, findings_es = _validate(repo, "--changed-since", "main")
    [es] = _transition(findings_es)
    assert "al cambio le falta: un 'desde' nuevo" in es["message"]


def test_without_a_base_the_transition_is_not_judged(repo: GitRepo) -> None:
    repo.write_area("jd01ags", only_name_and_correo())
    repo.commit("jd01ags: new propietaria (name and address only)", date="2026-11-20T10:00:00")
    _, findings = _validate(repo)
    assert _transition(findings) == []
    # ... but the designation no longer names the pair (formato-designacion, point 1)
    assert any(f["rule"] == "formato-designacion" for f in findings)


def test_a_complete_change_passes(repo: GitRepo) -> None:
    repo.write_area("jd01ags", complete_change())
    repo.commit("jd01ags: Rosa replaces Juan", date="2026-11-20T10:00:00")
    code, findings = _validate(repo, "--changed-since", "main")
    assert (code, findings) == (0, [])


@pytest.mark.parametrize(
    ("undo", "needed"),
    [
        (("desde: 2026-11-13  # date", "desde: 2026-01-15  # date"), "a new 'desde'"),
        ((_sha("rosa anexo 2"), OLD_RESP_SHA), "(its documento.sha256 is Juan Carlos"),
        ((_sha("rosa anexo 1"), OLD_DES_SHA), "the new signed Anexo 1"),
    ],
)
def test_each_missing_piece_is_named(repo: GitRepo, undo: tuple[str, str], needed: str) -> None:
    repo.write_area("jd01ags", _one(complete_change(), *undo))
    repo.commit("jd01ags: an incomplete change", date="2026-11-20T10:00:00")
    code, findings = _validate(repo, "--changed-since", "main", lang="en")
    assert code == 1
    [finding] = _transition(findings)
    assert needed in finding["message"]
    assert finding["message"].count(";") == 0  # only that piece


def test_uncommitted_edits_are_judged_too(repo: GitRepo) -> None:
    repo.write_area("jd01ags", only_name_and_correo())  # in the working tree only
    code, findings = _validate(repo, "--changed-since", "main")
    assert code == 1
    assert len(_transition(findings)) == 1


def test_same_person_with_other_case_is_no_change(repo: GitRepo) -> None:
    repo.write_area(
        "jd01ags",
        _one(contract_area(), "correo: juan.perez@ine.mx  ", "correo: Juan.Perez@ine.mx  "),
    )
    repo.commit("jd01ags: capital letters", date="2026-11-20T10:00:00")
    _, findings = _validate(repo, "--changed-since", "main")
    assert _transition(findings) == []
