"""`ine-redes merge-hook` and `ine-redes hooks install`, in real temporary git repositories."""

from __future__ import annotations

import io
import os
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import contract_area, make_inventory
from validator.cli import main
from validator.gitops.identity import BOT_EMAIL, BOT_NAME, is_bot
from validator.gitops.merge_hook import HOOK_MARKER, install_hook, run_merge_hook

ROSTER = {
    "generated/cncs/administradores.csv",
    "generated/cncs/administradores.json",
    "generated/cncs/administradores.md",
    "generated/cncs/administradores.xlsx",
}


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No global or system git configuration; people with fixed names and dates."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-11-20T10:00:00+00:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-20T10:00:00+00:00")
    for key in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(key, raising=False)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Titular", "-c", "user.email=titular@ine.mx", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def two_areas(root: Path) -> Path:
    second = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    make_inventory(root, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": second})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "inventario inicial")
    return root


def edit(root: Path, clave: str, old: str, new: str) -> None:
    path = root / "inventory" / "areas" / f"{clave}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def merge_branch(root: Path, clave: str, old: str, new: str, branch: str = "cambio") -> None:
    git(root, "checkout", "-q", "-b", branch)
    edit(root, clave, old, new)
    git(root, "commit", "-q", "-am", f"{clave}: cambio")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "-m", f"Merge {branch}", branch)


def head(root: Path) -> str:
    return git(root, "rev-parse", "HEAD").strip()


def files_of(root: Path, rev: str = "HEAD") -> set[str]:
    out = git(root, "show", "--name-only", "--format=", rev)
    return {line for line in out.splitlines() if line}


def quiet() -> dict[str, io.StringIO]:
    return {"out": io.StringIO(), "err": io.StringIO()}


# --- merge-hook -------------------------------------------------------------------------------


def test_first_run_commits_every_generated_file_as_the_bot(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    before = head(root)
    result = run_merge_hook(root, **quiet())
    assert result.code == 0 and result.commit == head(root) != before
    assert files_of(root) == {
        ".github/CODEOWNERS",
        "generated/.gitattributes",
        *ROSTER,
        "generated/utsi/correos-genericos.csv",
        "generated/utsi/correos-genericos.json",
        "generated/utsi/correos-genericos.xlsx",
        "generated/publico/cuentas-oficiales.html",
        "generated/publico/cuentas-oficiales.json",
    }
    who = git(root, "log", "-1", "--format=%an|%ae|%cn|%ce").strip().split("|")
    assert who == [BOT_NAME, BOT_EMAIL, BOT_NAME, BOT_EMAIL]
    assert is_bot(who[0], who[1])
    assert result.areas == ["jd01ags", "jd02ags"]
    assert git(root, "log", "-1", "--format=%s").strip() == (
        "listados: regenera generated/ por cambios en jd01ags, jd02ags"
    )
    assert git(root, "status", "--porcelain") == ""


def test_after_a_merge_commits_exactly_the_changed_files_naming_the_area(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    run_merge_hook(root, **quiet())
    merge_branch(root, "jd02ags", "ext. 1240", "ext. 1299")
    merge_commit = head(root)
    result = run_merge_hook(root, **quiet())
    assert result.code == 0
    assert git(root, "rev-parse", "HEAD~1").strip() == merge_commit
    assert files_of(root) == ROSTER  # the phone is only in the roster
    message = git(root, "log", "-1", "--format=%B")
    assert message.startswith("listados: regenera generated/ por cambios en jd02ags\n")
    assert "jd01ags" not in message
    assert "Áreas con cambios: jd02ags" in message
    assert "- generated/cncs/administradores.xlsx" in message
    assert git(root, "status", "--porcelain") == ""


def test_second_run_commits_nothing(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    assert run_merge_hook(root, **quiet()).code == 0
    first = head(root)
    streams = quiet()
    result = run_merge_hook(root, **streams)
    assert result.code == 0 and result.commit is None
    assert head(root) == first
    assert "no hay nada que confirmar" in streams["out"].getvalue()


def test_other_staged_changes_stay_out_of_the_bot_commit(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    run_merge_hook(root, **quiet())
    edit(root, "jd01ags", "ext. 1234", "ext. 1235")
    (root / "notas.txt").write_text("borrador\n", encoding="utf-8")
    git(root, "add", "notas.txt", "inventory/areas/jd01ags.yaml")
    result = run_merge_hook(root, **quiet())
    assert result.code == 0 and files_of(root) == ROSTER
    assert result.areas == ["jd01ags"]
    status = set(git(root, "status", "--porcelain").splitlines())
    assert status == {"A  notas.txt", "M  inventory/areas/jd01ags.yaml"}


def test_a_broken_inventory_is_refused(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    edit(root, "jd01ags", "nivel_mando: medio", "nivel_mando: altisimo")
    before = head(root)
    streams = quiet()
    assert run_merge_hook(root, **streams).code == 1
    assert head(root) == before
    assert "[esquema]" in streams["err"].getvalue()


def test_outside_git_is_a_one_line_error(tmp_path: Path) -> None:
    root = make_inventory(tmp_path / "plain")
    result = CliRunner().invoke(main, ["merge-hook", "--repo", str(root)])
    assert result.exit_code == 2
    assert "no está en un repositorio git" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["hooks", "install", "--repo", str(root)])
    assert result.exit_code == 2 and "ine-redes hooks install:" in result.output


def test_cli_merge_hook(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    result = CliRunner().invoke(main, ["merge-hook", "--repo", str(root)])
    assert result.exit_code == 0, result.output
    assert "Confirmado" in result.output and BOT_NAME in result.output
    result = CliRunner().invoke(main, ["merge-hook", "--repo", str(root), "--lang", "en"])
    assert result.exit_code == 0 and "nothing to commit" in result.output


# --- hooks install ------------------------------------------------------------------------------


def test_install_writes_an_executable_post_merge_hook(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    result = CliRunner().invoke(main, ["hooks", "install", "--repo", str(root)])
    assert result.exit_code == 0, result.output
    hook = root / ".git" / "hooks" / "post-merge"
    assert hook.stat().st_mode & stat.S_IXUSR
    text = hook.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and HOOK_MARKER in text
    assert "-m validator merge-hook" in text
    # Installing again over our own hook is fine.
    assert install_hook(root, **quiet()) == 0


def test_install_refuses_a_foreign_hook_unless_forced(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    hook = root / ".git" / "hooks" / "post-merge"
    hook.write_text("#!/bin/sh\necho mío\n", encoding="utf-8")
    streams = quiet()
    assert install_hook(root, **streams) == 1
    assert "--force" in streams["err"].getvalue()
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\necho mío\n"
    assert install_hook(root, force=True, **quiet()) == 0
    assert HOOK_MARKER in hook.read_text(encoding="utf-8")
    backup = hook.with_name("post-merge.antes-de-ine-redes")
    assert backup.read_text(encoding="utf-8") == "#!/bin/sh\necho mío\n"


def test_a_real_git_merge_runs_the_hook(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    run_merge_hook(root, **quiet())
    assert install_hook(root, **quiet()) == 0
    merge_branch(root, "jd01ags", "ext. 1234", "ext. 1200")
    subject = git(root, "log", "-1", "--format=%an|%s").strip()
    assert subject == f"{BOT_NAME}|listados: regenera generated/ por cambios en jd01ags"
    assert git(root, "log", "-2", "--format=%s").splitlines()[1] == "Merge cambio"
    assert files_of(root) == ROSTER
    assert git(root, "status", "--porcelain") == ""


def test_the_hook_does_nothing_on_other_branches(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    run_merge_hook(root, **quiet())
    assert install_hook(root, **quiet()) == 0
    git(root, "checkout", "-q", "-b", "trabajo")
    merge_branch_into = "otra"
    git(root, "checkout", "-q", "-b", merge_branch_into)
    edit(root, "jd01ags", "ext. 1234", "ext. 1200")
    git(root, "commit", "-q", "-am", "jd01ags: cambio")
    git(root, "checkout", "-q", "trabajo")
    git(root, "merge", "-q", "--no-ff", "-m", "Merge otra", merge_branch_into)
    assert git(root, "log", "-1", "--format=%s").strip() == "Merge otra"


def test_hook_respects_core_hookspath(tmp_path: Path) -> None:
    root = two_areas(tmp_path / "repo")
    git(root, "config", "core.hooksPath", ".githooks")
    assert install_hook(root, **quiet()) == 0
    assert os.access(root / ".githooks" / "post-merge", os.X_OK)


def test_inventory_in_a_subfolder_of_the_git_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    root = repo / "redes"
    second = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    make_inventory(root, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": second})
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "inventario inicial")
    assert run_merge_hook(root, **quiet()).code == 0
    assert "redes/generated/cncs/administradores.csv" in files_of(repo)
    assert install_hook(root, **quiet()) == 0
    assert '"$top"/redes' in (repo / ".git" / "hooks" / "post-merge").read_text(encoding="utf-8")
    git(repo, "checkout", "-q", "-b", "cambio")
    edit(root, "jd02ags", "ext. 1240", "ext. 1299")
    git(repo, "commit", "-q", "-am", "jd02ags: cambio")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "Merge cambio", "cambio")
    assert files_of(repo) == {f"redes/{p}" for p in ROSTER}
    assert git(repo, "status", "--porcelain") == ""
