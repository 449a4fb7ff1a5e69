"""The GitHub workflows keep their hardening (issue 4 item 5, issue 6 item 6).

zizmor, check-jsonschema and actionlint run on them in .ci/run; these tests pin down the
project's own rules, which those tools do not all enforce: no ``pull_request_target``,
every action pinned by a full commit SHA with its version beside it, no expression inside
a ``run:`` script, explicit least-privilege permissions per job, ``persist-credentials:
false`` on every checkout, a timeout on every job, and the commands each workflow must run.
"""

from __future__ import annotations

import re
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
