"""``validate --changed-since REF``: only the inventory files changed since REF are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, cuenta, person
from validator.cli import main
from validator.gitops.changes import changed_since


def _area(clave: str, correo: str = "juan.perez@ine.mx") -> str:
    return area(
        clave,
        titular_github=f"titular-{clave}",
        propietaria=person("Juan Pérez", correo, "2026-01-15"),
        suplente=person("Ana Ramírez", f"ana.{clave}@ine.mx", "2026-01-15", nivel="operativo"),
        # the last password change is old: rotacion-contrasena fails in every area
        cuentas=[cuenta(clave, f"INE{clave}", cambios=("2026-01-20",))],
    )


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    r = GitRepo(tmp_path / "repo")
    for clave in ("jd01", "jd02", "jd03"):
        r.write_area(clave, _area(clave))
    r.commit("inventory", date="2026-01-10T10:00:00")
    r.branch("pr")
    return r


def _files(repo: GitRepo, *args: str) -> tuple[int, set[str], str]:
    res = CliRunner().invoke(
        main,
        ["validate", "--repo", str(repo.path), "--as-of", "2026-11-29", "--format", "json", *args],
    )
    payload = json.loads(res.stdout)
    return res.exit_code, {f["file"] for f in payload["findings"]}, res.stderr


def test_everything_is_reported_without_the_option(repo: GitRepo) -> None:
    code, files, _ = _files(repo)
    assert code == 1
    assert files == {f"inventory/areas/{c}.yaml" for c in ("jd01", "jd02", "jd03")}


def test_only_changed_files_are_reported(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", "nuevo.admin@ine.mx"))
    repo.commit("jd01: new propietaria", date="2026-02-01T10:00:00")
    code, files, _ = _files(repo, "--changed-since", "main")
    assert files == {"inventory/areas/jd01.yaml"}
    assert code == 1  # jd01's own overdue password still blocks its own pull request


def test_working_tree_and_untracked_files_count(repo: GitRepo) -> None:
    repo.write_area("jd02", _area("jd02", "sin.commit@ine.mx"))  # modified, not committed
    repo.write_area("jd04", _area("jd04"))  # untracked
    _, files, _ = _files(repo, "--changed-since", "main")
    assert files == {"inventory/areas/jd02.yaml", "inventory/areas/jd04.yaml"}
    got = changed_since(repo.path, "main")
    assert got.targets == {"inventory/areas/jd02.yaml", "inventory/areas/jd04.yaml"}
    assert got.catalogs == ()


def test_changes_on_ref_after_branching_are_not_counted(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", "nuevo.admin@ine.mx"))
    repo.commit("jd01", date="2026-02-01T10:00:00")
    repo.checkout("main")
    repo.write_area("jd03", _area("jd03", "otro.cambio@ine.mx"))
    repo.commit("jd03 on main", date="2026-02-02T10:00:00")
    repo.checkout("pr")
    _, files, _ = _files(repo, "--changed-since", "main")
    assert files == {"inventory/areas/jd01.yaml"}


def test_named_paths_narrow_further(repo: GitRepo) -> None:
    repo.write_area("jd01", _area("jd01", "a@ine.mx"))
    repo.write_area("jd02", _area("jd02", "b@ine.mx"))
    _, files, _ = _files(
        repo, "--changed-since", "main", str(repo.path / "inventory/areas/jd02.yaml")
    )
    assert files == {"inventory/areas/jd02.yaml"}


def test_a_document_targets_its_area(repo: GitRepo) -> None:
    repo.write("inventory/documentos/jd03/anexo1.pdf", "%PDF")
    assert changed_since(repo.path, "main").targets >= {"inventory/areas/jd03.yaml"}
    _, files, _ = _files(repo, "--changed-since", "main")
    assert files == {"inventory/areas/jd03.yaml"}


def test_a_changed_catalogue_reports_everything(repo: GitRepo) -> None:
    path = repo.path / "inventory" / "lineamientos.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# comentario\n", encoding="utf-8")
    code, files, err = _files(repo, "--changed-since", "main")
    assert len(files) == 3 and code == 1
    assert "inventory/lineamientos.yaml" in err


def test_nothing_changed_reports_nothing(repo: GitRepo) -> None:
    repo.write("docs/otra-cosa.md", "fuera del inventario\n")
    repo.commit("docs", date="2026-02-01T10:00:00")
    code, files, err = _files(repo, "--changed-since", "main")
    assert (code, files) == (0, set())
    assert "main" in err


def test_missing_ref_is_a_usage_error(repo: GitRepo) -> None:
    res = CliRunner().invoke(
        main, ["validate", "--repo", str(repo.path), "--changed-since", "origin/main"]
    )
    assert res.exit_code == 2
    assert len(res.stderr.strip().splitlines()) == 1
    assert "origin/main" in res.stderr and "fetch-depth: 0" in res.stderr
    assert "Traceback" not in res.output


def test_shallow_clone_lacking_ref_says_fetch_depth(repo: GitRepo, tmp_path: Path) -> None:
    repo.write_area("jd01", _area("jd01", "a@ine.mx"))
    repo.commit("pr work", date="2026-02-01T10:00:00")
    clone = repo.shallow_clone(tmp_path / "shallow")
    res = CliRunner().invoke(
        main, ["validate", "--repo", str(clone), "--changed-since", "origin/main"]
    )
    assert res.exit_code == 2
    assert "shallow" in res.stderr and "fetch-depth: 0" in res.stderr


def test_not_a_git_repository(tmp_path: Path) -> None:
    from tests.conftest import make_inventory

    root = make_inventory(tmp_path / "plain")
    res = CliRunner().invoke(main, ["validate", "--repo", str(root), "--changed-since", "main"])
    assert res.exit_code == 2 and "git" in res.stderr
