"""Issue 12 §1: every reference resolves to one commit, or the command refuses (exit 2).

A real repository where an attacker pushed a tag named ``origin/main`` (anyone who can push
a branch can push a tag, and ``actions/checkout`` with ``fetch-depth: 0`` fetches tags).
git looks for tags before remote-tracking branches, so without the check ``authorize
--base origin/main`` read the attacker's ``inventory/cncs.yaml`` (naming the attacker a
CNCS reviewer) and allowed a change to another titular's area.
"""

from __future__ import annotations

from pathlib import Path

import git as gitpython
import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, person
from validator.cli import main
from validator.gitops.authorize import authorize
from validator.gitops.changes import changed_since
from validator.gitops.diff import plan
from validator.gitops.repo import GitProblem, resolve

ATTACKER = "atacante"  # titular of jd01; wants to rewrite jd02 (otra-titular's)


def _area(clave: str, github: str, correo: str) -> str:
    return area(
        clave,
        titular_github=github,
        propietaria=person("Juan Pérez", correo, "2026-01-15"),
        suplente=person("Ana Ramírez", f"ana.{clave}@ine.mx", "2026-01-15", nivel="operativo"),
    )


@pytest.fixture
def shadowed(tmp_path: Path) -> GitRepo:
    """main (also as refs/remotes/origin/main); a tag ``origin/main`` whose cncs.yaml names
    the attacker a reviewer; the attacker's branch ``pr`` edits jd02."""
    r = GitRepo(tmp_path / "repo")
    r.write_area("jd01", _area("jd01", ATTACKER, "juan.perez@ine.mx"))
    r.write_area("jd02", _area("jd02", "otra-titular", "pedro.soto@ine.mx"))
    main_sha = r.commit("inventory", author=("CNCS", "cncs@ine.mx"))
    r.git("update-ref", "refs/remotes/origin/main", main_sha)
    r.branch("forja")
    cncs = r.path / "inventory" / "cncs.yaml"
    text = cncs.read_text(encoding="utf-8")
    assert "revisores: [" in text
    cncs.write_text(text.replace("revisores: [", f"revisores: [{ATTACKER}, ", 1), "utf-8")
    r.commit("forged reviewers")
    r.git("tag", "origin/main")
    r.checkout("main")
    r.git("branch", "-D", "forja")
    r.branch("pr")
    r.write_area("jd02", _area("jd02", "otra-titular", "intruso@ine.mx"))
    r.commit("take over jd02")
    return r


def _run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.stdout, res.stderr


def test_the_tag_really_shadows_the_branch_for_git(shadowed: GitRepo) -> None:
    """The premise: plain git (and gitpython) pick the tag."""
    forged = shadowed.git("rev-parse", "refs/tags/origin/main")
    assert gitpython.Repo(shadowed.path).commit("origin/main").hexsha == forged


def test_authorize_refuses_the_ambiguous_name(shadowed: GitRepo) -> None:
    with pytest.raises(GitProblem) as caught:
        authorize(shadowed.path, ATTACKER, "origin/main")
    message = caught.value.message("es")
    assert "ambigua" in message
    assert "refs/tags/origin/main" in message and "refs/remotes/origin/main" in message
    assert "ambiguous" in caught.value.message("en")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_authorize_cli_exit_2_with_a_clear_message(shadowed: GitRepo, lang: str) -> None:
    code, out, err = _run(
        "authorize", "--repo", str(shadowed.path), "--actor", ATTACKER,
        "--base", "origin/main", "--format", "github", "--lang", lang,
    )  # fmt: skip
    assert code == 2 and out == ""
    assert ("es ambigua" if lang == "es" else "is ambiguous") in err
    assert "Traceback" not in err


def test_a_fully_qualified_name_or_a_sha_is_judged_on_the_real_base(shadowed: GitRepo) -> None:
    main_sha = shadowed.git("rev-parse", "refs/heads/main")
    for base in ("refs/remotes/origin/main", main_sha, main_sha.upper()):
        result = authorize(shadowed.path, ATTACKER, base)
        assert not result.allowed, base
        assert [d.reason for d in result.refused] == ["area_ajena"]
    # The forged base, asked for by its full name, is what the old code silently used.
    assert authorize(shadowed.path, ATTACKER, "refs/tags/origin/main").allowed


def test_validate_changed_since_refuses_the_ambiguous_name(shadowed: GitRepo) -> None:
    with pytest.raises(GitProblem):
        changed_since(shadowed.path, "origin/main")
    code, _, err = _run("validate", "--repo", str(shadowed.path), "--changed-since", "origin/main")
    assert code == 2 and "ambigua" in err and "Traceback" not in err
    changed = changed_since(shadowed.path, "refs/remotes/origin/main")
    assert changed.targets == {"inventory/areas/jd02.yaml"}


def test_diff_refuses_the_ambiguous_name(shadowed: GitRepo) -> None:
    with pytest.raises(GitProblem):
        plan(shadowed.path, "origin/main", "HEAD")
    code, _, err = _run(
        "diff", "--repo", str(shadowed.path), "--base", "origin/main", "--lang", "en"
    )
    assert code == 2 and "is ambiguous" in err
    assert _run("diff", "--repo", str(shadowed.path), "--base", "refs/remotes/origin/main")[0] == 0


def test_history_and_report_read_head_through_the_same_check(shadowed: GitRepo) -> None:
    """They take no reference but HEAD, which git reads from .git/HEAD before any
    namespace (a push cannot create it): the tag changes nothing for them."""
    repo = gitpython.Repo(shadowed.path)
    assert resolve(repo, "HEAD").hexsha == shadowed.head()
    code, _, err = _run("history", "--repo", str(shadowed.path), "--at", "2026-01-10")
    assert code == 0, err


def test_branch_and_tag_of_one_name_and_abbreviated_shas(shadowed: GitRepo) -> None:
    repo = gitpython.Repo(shadowed.path)
    main_sha = shadowed.git("rev-parse", "refs/heads/main")
    assert resolve(repo, "main").hexsha == main_sha
    assert resolve(repo, "main~0").hexsha == main_sha
    assert resolve(repo, "pr^").hexsha == main_sha
    assert resolve(repo, main_sha[:10]).hexsha == main_sha
    shadowed.git("tag", "main", "refs/tags/origin/main")  # a tag shadowing the branch main
    with pytest.raises(GitProblem, match="ambiguous_ref"):
        resolve(repo, "main")
    assert resolve(repo, "refs/heads/main").hexsha == main_sha
    short = main_sha[:8]
    shadowed.git("branch", short, "pr")  # a branch named like an abbreviated SHA
    with pytest.raises(GitProblem) as caught:
        resolve(repo, short)
    assert caught.value.key == "ambiguous_ref"


@pytest.mark.parametrize(
    "ref", ["main..pr", "main:inventory", "HEAD@{1}", "-x", "a b", "../../config", "origin/nada"]
)
def test_other_forms_are_refused_with_exit_2(shadowed: GitRepo, ref: str) -> None:
    code, out, err = _run("diff", "--repo", str(shadowed.path), "--base", ref)
    assert code == 2 and "Traceback" not in err, (out, err)
