"""``ine-redes authorize``: real repositories, real branches, judged on the base branch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, person
from validator.cli import main
from validator.gitops.authorize import authorize
from validator.rules import registry

CNCS = "cncs-redes"  # a reviewer in the contract's cncs.yaml
TITULAR = "mflopez-ine"
OTHER = "otra-titular"


def _area(clave: str, github: str, correo: str = "juan.perez@ine.mx") -> str:
    return area(
        clave,
        titular_github=github,
        propietaria=person("Juan Pérez", correo, "2026-01-15"),
        suplente=person("Ana Ramírez", f"ana.{clave}@ine.mx", "2026-01-15", nivel="operativo"),
    )


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    """main: two areas (jd01 by mflopez-ine, jd02 by otra-titular), a generated file."""
    r = GitRepo(tmp_path / "repo")
    r.write_area("jd01", _area("jd01", TITULAR))
    r.write_area("jd02", _area("jd02", OTHER, "pedro.soto@ine.mx"))
    r.write("generated/cncs/administradores.csv", "clave\n")
    r.write(".github/CODEOWNERS", "* @cncs-redes\n")
    r.write("docs/guia.md", "guía\n")
    r.commit("initial inventory", date="2026-01-10T10:00:00", author=("CNCS", "cncs@ine.mx"))
    r.branch("pr")
    return r


def _decisions(result: object) -> dict[str, bool]:
    return {d.path: d.allowed for d in result.decisions}  # type: ignore[attr-defined]


def test_titular_edits_own_area_is_allowed(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("jd01: new propietaria")
    result = authorize(repo.path, TITULAR, "main")
    assert result.allowed
    assert _decisions(result) == {"inventory/areas/jd01.yaml": True}
    assert result.decisions[0].reason == "titular"


def test_logins_compare_case_insensitively(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("jd01: new propietaria")
    assert authorize(repo.path, "MFLopez-INE", "main").allowed
    assert authorize(repo.path, "@mflopez-ine", "main").allowed
    assert not authorize(repo.path, "mflopez-ine2", "main").allowed
    assert authorize(repo.path, "CNCS-Redes", "main").decisions[0].reason == "cncs"


def test_titular_edits_another_area_is_refused(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.write_area("jd02", _area("jd02", OTHER, "intruso@ine.mx"))
    repo.commit("both areas")
    result = authorize(repo.path, TITULAR, "main")
    assert not result.allowed
    assert _decisions(result) == {
        "inventory/areas/jd01.yaml": True,
        "inventory/areas/jd02.yaml": False,
    }
    refused = result.refused[0]
    assert refused.reason == "area_ajena"
    assert OTHER in refused.message("es") and "titular" in refused.message("es")
    assert "may not change" in refused.message("en")


def test_attacker_making_themself_titular_is_refused(repo: GitRepo) -> None:
    repo.write_area("jd02", _area("jd02", "atacante", "intruso@ine.mx"))
    repo.commit("jd02: I am the titular now", author=("Atacante", "atacante@example.com"))
    result = authorize(repo.path, "atacante", "main")
    assert not result.allowed
    assert result.refused[0].params["titular"] == OTHER  # judged by what the base records


def test_titular_changed_on_base_after_branching_counts(repo: GitRepo) -> None:
    """The base branch's *current* titular decides, not the one the branch started from."""
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("jd01 edit")
    repo.checkout("main")
    repo.write_area("jd01", _area("jd01", "nueva-titular"))
    repo.commit("CNCS: jd01 has a new titular", author=("CNCS", "cncs@ine.mx"))
    repo.checkout("pr")
    assert not authorize(repo.path, TITULAR, "main").allowed
    assert authorize(repo.path, "nueva-titular", "main").allowed


def test_cncs_reviewer_may_change_anything_in_the_inventory(repo: GitRepo) -> None:
    repo.write_area("jd02", _area("jd02", "alguien-mas"))
    repo.write_area("jd03", _area("jd03", "nueva"))
    repo.remove("inventory/areas/jd01.yaml")
    repo.write(
        "inventory/lineamientos.yaml",
        repo.path.joinpath("inventory/lineamientos.yaml").read_text() + "\n",
    )
    repo.write("inventory/documentos/jd02/anexo1.pdf", "%PDF")
    repo.write("docs/guia.md", "otra guía\n")
    repo.commit("CNCS maintenance")
    result = authorize(repo.path, CNCS, "main")
    assert result.allowed, [d.message("en") for d in result.refused]
    assert len(result.decisions) == 6
    assert {d.reason for d in result.decisions} == {"cncs"}


@pytest.mark.parametrize("path", ["generated/cncs/administradores.csv", ".github/CODEOWNERS"])
def test_generated_files_by_nobodys_pull_request(repo: GitRepo, path: str) -> None:
    """Issue 12 §5: no login is special, not even the merge hook's name in any case (the
    hook pushes with the workflow's token and never opens a pull request)."""
    repo.write(path, "editado a mano\n")
    repo.commit("hand edit")
    for actor in (CNCS, TITULAR, OTHER, "ine-redes-bot", "INE-REDES-BOT", "github-actions"):
        result = authorize(repo.path, actor, "main")
        assert not result.allowed, actor
        assert [d.reason for d in result.refused] == ["generado"]
        assert "ine-redes-bot" not in result.refused[0].message("es").replace(actor, "")


def test_the_merge_hooks_name_is_an_ordinary_login(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "bot.admin@ine.mx"))
    repo.commit("bot edits inventory")
    result = authorize(repo.path, "ine-redes-bot", "main")
    assert not result.allowed and result.refused[0].reason == "area_ajena"


def test_titular_may_not_create_delete_or_rename_areas(repo: GitRepo) -> None:
    repo.rename("inventory/areas/jd01.yaml", "inventory/areas/jd01b.yaml")
    repo.commit("rename")
    result = authorize(repo.path, TITULAR, "main")
    assert _decisions(result) == {
        "inventory/areas/jd01.yaml": False,
        "inventory/areas/jd01b.yaml": False,
    }
    assert {d.reason for d in result.decisions} == {"area_renombre"}
    assert {d.status for d in result.decisions} == {"R"}
    assert authorize(repo.path, CNCS, "main").allowed


def test_titular_may_not_delete_own_area(repo: GitRepo) -> None:
    repo.remove("inventory/areas/jd01.yaml")
    repo.commit("delete")
    result = authorize(repo.path, TITULAR, "main")
    assert [(d.status, d.reason) for d in result.decisions] == [("D", "area_baja")]


def test_titular_may_not_add_an_area(repo: GitRepo) -> None:
    repo.write_area("jd09", _area("jd09", TITULAR))
    repo.commit("add")
    result = authorize(repo.path, TITULAR, "main")
    assert [(d.status, d.reason) for d in result.decisions] == [("A", "area_alta")]


def test_catalogues_code_and_docs_are_cncs_only(repo: GitRepo) -> None:
    repo.write("inventory/cncs.yaml", "version: 1\ncorreo: cncs@ine.mx\nrevisores: [mflopez-ine]\n")
    repo.write("validator/x.py", "")
    repo.write("docs/guia.md", "cambio\n")
    repo.commit("power grab")
    result = authorize(repo.path, TITULAR, "main")
    assert not result.allowed
    assert {d.reason for d in result.decisions} == {"solo_cncs"}
    assert len(result.decisions) == 3


def test_documents_of_own_area_are_allowed(repo: GitRepo) -> None:
    repo.write("inventory/documentos/jd01/anexo2.pdf", "%PDF-1.7")
    repo.write("inventory/documentos/jd02/anexo2.pdf", "%PDF-1.7")
    repo.commit("scans")
    result = authorize(repo.path, TITULAR, "main")
    assert _decisions(result) == {
        "inventory/documentos/jd01/anexo2.pdf": True,
        "inventory/documentos/jd02/anexo2.pdf": False,
    }


def test_changes_merged_from_main_are_not_the_authors(repo: GitRepo) -> None:
    """Only what the branch changes since the merge base counts (merging main in is fine)."""
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("jd01 edit")
    repo.checkout("main")
    repo.write_area("jd02", _area("jd02", OTHER, "cambio.cncs@ine.mx"))
    repo.commit("CNCS edit of jd02", author=("CNCS", "cncs@ine.mx"))
    repo.checkout("pr")
    repo.merge("main", date="2026-01-12T10:00:00")
    result = authorize(repo.path, TITULAR, "main")
    assert _decisions(result) == {"inventory/areas/jd01.yaml": True}


def test_no_changes_is_allowed(repo: GitRepo) -> None:
    result = authorize(repo.path, TITULAR, "main")
    assert result.allowed and result.decisions == ()


def test_cli_json_and_exit_codes(repo: GitRepo) -> None:
    repo.write_area("jd02", _area("jd02", "atacante"))
    repo.commit("attack")
    runner = CliRunner()
    args = ["authorize", "--repo", str(repo.path), "--base", "main", "--format", "json"]
    res = runner.invoke(main, [*args, "--actor", "atacante", "--lang", "en"])
    assert res.exit_code == 1, res.output
    payload = json.loads(res.stdout)
    assert (
        payload["actor"] == "atacante" and payload["base"] == "main" and payload["head"] == "HEAD"
    )
    assert payload["allowed"] is False
    assert payload["paths"] == [
        {
            "path": "inventory/areas/jd02.yaml",
            "status": "M",
            "allowed": False,
            "reason": payload["paths"][0]["reason"],
        }
    ]
    assert "otra-titular" in payload["paths"][0]["reason"]
    res = runner.invoke(main, [*args, "--actor", CNCS])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["allowed"] is True


def test_cli_github_annotations_and_summary(
    repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("generated/cncs/administradores.csv", "x,y\n")
    repo.commit("hand edit")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    res = CliRunner().invoke(
        main,
        ["authorize", "--repo", str(repo.path), "--base", "main", "--actor", TITULAR,
         "--format", "github"],
    )  # fmt: skip
    assert res.exit_code == 1
    first = res.stdout.splitlines()[0]
    assert first.startswith("::error file=generated/cncs/administradores.csv,title=autorizacion::")
    assert "RECHAZADO" in res.stdout
    assert "administradores.csv" in summary.read_text(encoding="utf-8")


def test_cli_text_and_unknown_ref(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("edit")
    runner = CliRunner()
    base = ["authorize", "--repo", str(repo.path), "--actor", TITULAR]
    res = runner.invoke(main, [*base, "--base", "main"])
    assert res.exit_code == 0 and "permitido" in res.stdout
    res = runner.invoke(main, [*base, "--base", "origin/nada"])
    assert res.exit_code == 2
    assert "origin/nada" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(main, [*base, "--base", "--output=/tmp/x"])
    assert res.exit_code == 2


def test_shallow_clone_without_base_says_fetch_depth(repo: GitRepo, tmp_path: Path) -> None:
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("edit", date="2026-01-11T10:00:00")
    clone = tmp_path / "shallow"
    GitRepo.shallow_clone(repo, clone)  # clones the checked-out branch (pr), depth 1
    res = CliRunner().invoke(
        main, ["authorize", "--repo", str(clone), "--actor", TITULAR, "--base", "origin/main"]
    )
    assert res.exit_code == 2
    assert "fetch-depth: 0" in res.stderr


def test_rule_is_registered_opt_in() -> None:
    rule = registry()["autorizacion"]
    assert rule.default_enabled is False
    assert rule.clause == "4.2 I; 4.5"
    for message in rule.messages.values():
        assert message.es and message.en
    res = CliRunner().invoke(main, ["explain", "autorizacion", "--lang", "en"])
    assert res.exit_code == 0 and "base branch" in res.stdout


def test_shallow_clone_with_enough_history_works(repo: GitRepo, tmp_path: Path) -> None:
    """Where the base branch and the merge base are in the clone, no more history is needed."""
    repo.write_area("jd01", _area("jd01", TITULAR, "nuevo.admin@ine.mx"))
    repo.commit("edit", date="2026-01-11T10:00:00")
    clone = repo.shallow_clone(tmp_path / "shallow", depth=5, all_branches=True)
    res = CliRunner().invoke(
        main, ["authorize", "--repo", str(clone), "--actor", TITULAR, "--base", "origin/main"]
    )
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, ["diff", "--repo", str(clone), "--base", "origin/main"])
    assert res.exit_code == 0 and "juan.perez@ine.mx" in res.stdout


# --- pre-registered new areas (issue 13 point 3) -------------------------------------------
NUEVA = "plsaucedo-ine"


@pytest.fixture
def preregistered(tmp_path: Path) -> GitRepo:
    """main: jd01 (mflopez-ine) and CNCS's pre-registration of jd09 for plsaucedo-ine."""
    r = GitRepo(tmp_path / "repo")
    r.write_area("jd01", _area("jd01", TITULAR))
    cncs = (r.path / "inventory" / "cncs.yaml").read_text(encoding="utf-8")
    r.write(
        "inventory/cncs.yaml",
        cncs + f"altas:\n  jd09:\n    nombre: Área jd09\n    titular_github: {NUEVA}\n",
    )
    r.commit("CNCS: preregistro de jd09", author=("CNCS", "cncs@ine.mx"))
    r.branch("pr")
    return r


def test_preregistered_titular_may_create_the_area_and_its_documents(
    preregistered: GitRepo,
) -> None:
    preregistered.write_area("jd09", _area("jd09", NUEVA, "irma.robles@ine.mx"))
    preregistered.write("inventory/documentos/jd09/anexo1.pdf", "%PDF-1.7")
    preregistered.commit("alta de jd09")
    result = authorize(preregistered.path, "PLSaucedo-INE", "main")
    assert result.allowed, [d.message() for d in result.refused]
    assert {d.reason for d in result.decisions} == {"alta"}
    assert "preregistró" in result.decisions[0].message("es")
    # Anybody else is refused, and told whom CNCS pre-registered.
    other = authorize(preregistered.path, TITULAR, "main")
    assert [d.reason for d in other.decisions] == ["alta_ajena", "alta_ajena"]
    assert NUEVA in other.refused[0].message("es")
    assert authorize(preregistered.path, CNCS, "main").allowed


def test_preregistered_area_must_carry_the_preregistered_titular_and_name(
    preregistered: GitRepo,
) -> None:
    preregistered.write_area("jd09", _area("jd09", "amiga-de-plsaucedo"))
    preregistered.commit("alta de jd09 con otra titular")
    [decision] = authorize(preregistered.path, NUEVA, "main").decisions
    assert (decision.allowed, decision.reason) == (False, "alta_distinta")
    assert "amiga-de-plsaucedo" in decision.message("es") and NUEVA in decision.message("es")
    preregistered.write_area("jd09", area("jd09", titular_github=NUEVA, nombre="Otra"))
    preregistered.commit("otro nombre")
    [decision] = authorize(preregistered.path, NUEVA, "main").decisions
    assert decision.reason == "alta_distinta" and "«Área jd09»" in decision.message("es")
    preregistered.write_area("jd09", "version: 1\nclave: jd09\n")
    preregistered.commit("archivo incompleto")
    [decision] = authorize(preregistered.path, NUEVA, "main").decisions
    assert decision.reason == "alta_invalida"


def test_preregistration_covers_only_its_clave_and_only_a_new_file(
    preregistered: GitRepo,
) -> None:
    preregistered.write_area("jd08", _area("jd08", NUEVA))
    preregistered.write("inventory/documentos/jd08/anexo1.pdf", "%PDF-1.7")
    preregistered.write("inventory/areas/jd09.yml", _area("jd09", NUEVA))
    preregistered.commit("otras altas")
    result = authorize(preregistered.path, NUEVA, "main")
    assert {d.path: d.reason for d in result.decisions} == {
        "inventory/areas/jd08.yaml": "area_alta",
        "inventory/areas/jd09.yml": "area_alta",
        "inventory/documentos/jd08/anexo1.pdf": "area_sin_titular",
    }
    # Once the area exists on main, its titular there decides, not the pre-registration.
    preregistered.checkout("main")
    preregistered.write_area("jd09", _area("jd09", OTHER))
    preregistered.commit("CNCS: alta de jd09 con otra titular", author=("CNCS", "cncs@ine.mx"))
    preregistered.branch("pr2")
    preregistered.write("inventory/documentos/jd09/anexo1.pdf", "%PDF-1.7")
    preregistered.commit("escaneo")
    [decision] = authorize(preregistered.path, NUEVA, "main").decisions
    assert decision.reason == "area_ajena"
