"""Adversarial corpus, part 3: a handful of hostile files through the real console script.

Runs ``ine-redes validate`` as a subprocess (the installed script, or ``python -m
validator`` when it is not on PATH) and checks the exit code, the rule in the output, and
that no traceback ever reaches the user - including through the ``github`` format, where a
crafted key must not be able to inject a workflow command of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adversarial.helpers import BASE, make_repo, sub


def _command() -> list[str]:
    script = shutil.which("ine-redes")
    return [script] if script else [sys.executable, "-m", "validator"]


def _validate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("INE_REDES_DEBUG", "GITHUB_STEP_SUMMARY", "PYTEST_CURRENT_TEST")
    }
    return subprocess.run(
        [*_command(), "validate", "--repo", str(root), "--as-of", "2026-11-29", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=120,
        check=False,
    )


LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
)


@pytest.mark.parametrize(
    ("id", "content", "rule"),
    [
        ("billion-laughs", LAUGHS.encode(), "yaml-invalido"),
        ("five-megabytes", b"a: " + b"x" * (5 * 1024 * 1024), "yaml-invalido"),
        ("random-bytes", bytes(range(256)) * 8, "yaml-invalido"),
        ("deep-nesting", b"[" * 10000, "yaml-invalido"),
        (
            "python-tag",
            sub("clave: jd01ags ", "clave: !!python/object/apply:os.system ['id'] ").encode(),
            "yaml-invalido",
        ),
        (
            "rtl-override",
            sub("cargo: Vocal Secretario", 'cargo: "Vocal \\u202eoiraterceS"').encode(),
            "esquema",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "",
)
def test_console_script_on_hostile_files(
    id: str, content: bytes, rule: str, tmp_path: Path
) -> None:
    root = make_repo(tmp_path, content)
    proc = _validate(root, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    report = json.loads(proc.stdout)
    assert rule in {f["rule"] for f in report["findings"]}
    text = _validate(root)
    assert text.returncode == 1
    assert "Traceback" not in text.stderr
    assert "\u202e" not in text.stdout


def test_github_format_cannot_be_hijacked_by_a_crafted_key(tmp_path: Path) -> None:
    """An unknown key is echoed in its finding; its newline must not start a new command."""
    hostile = '"x\\n::error file=.github/workflows/evil.yml,line=1::owned\\n::add-mask::y": 1\n'
    root = make_repo(tmp_path, BASE + hostile)
    proc = _validate(root, "--format", "github")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    for line in proc.stdout.splitlines():
        assert not line.startswith("::error file=.github"), line
        assert not line.startswith("::add-mask::"), line
    assert "esquema" in proc.stdout


def test_usage_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    proc = _validate(root, "--select", "no-such-rule")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    outside = _validate(root, str(tmp_path.parent / "elsewhere.yaml"))
    assert outside.returncode == 2
    assert "Traceback" not in outside.stderr
