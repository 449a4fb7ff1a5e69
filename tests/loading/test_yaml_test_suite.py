"""The official YAML test suite through the loader and the whole validate path.

Every ``in.yaml`` of ``yaml-test-suite`` (valid and invalid YAML, every corner of the
spec) must end as a clean result: either plain data or a ``yaml-invalido`` finding with a
line >= 1 - never an exception, never a hang. The suite is read from the shared test data
(``shared/testdata/yaml-test-suite`` beside the clone, or ``$YAML_TEST_SUITE``); without it
the tests are skipped.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import AS_OF, CONTRACT, REPO_ROOT
from validator.cli.validate import ValidateOptions, run_validate
from validator.loading.sources import SourceFile
from validator.loading.yaml_loader import load_bytes


def _suite() -> Path:
    """``$YAML_TEST_SUITE``, else the project's shared/ folder beside the clone (as CI lays
    it), else the workplace's."""
    candidates = [
        os.environ.get("YAML_TEST_SUITE", ""),
        REPO_ROOT.parent / "shared" / "testdata" / "yaml-test-suite",
        "/work/shared/testdata/yaml-test-suite",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path(candidates[1])


SUITE = _suite()
CASES = sorted(SUITE.rglob("in.yaml")) if SUITE.is_dir() else []
pytestmark = pytest.mark.skipif(not CASES, reason=f"yaml-test-suite not found at {SUITE}")


def _case_id(path: Path) -> str:
    return path.parent.relative_to(SUITE).as_posix()


@contextlib.contextmanager
def _no_hang(seconds: int = 10) -> Iterator[None]:
    """Fail instead of hanging (a guard, not a timing assertion)."""

    def _alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_the_suite_is_complete() -> None:
    # 350 case folders (some hold several numbered sub-cases): 402 inputs in all.
    assert len({p.parent.relative_to(SUITE).parts[0] for p in CASES}) >= 350
    assert len(CASES) >= 400


@pytest.mark.parametrize("case", CASES, ids=[_case_id(p) for p in CASES])
def test_loader_gives_data_or_a_placed_error(case: Path) -> None:
    with _no_hang():
        doc = load_bytes(case.read_bytes())
    if doc.error is None:
        assert doc.data is not None
        assert all(line >= 1 and col >= 1 for line, col in doc.positions.values())
    else:
        assert doc.error.line >= 1 and doc.error.column >= 1
        assert doc.data is None
    if doc.error is None:  # the model and the secrets scan take whatever shape came out
        from validator.loading.inventory import validate_model
        from validator.rules.sin_secretos import scan_source

        source = SourceFile("inventory/areas/x.yaml", case, "area", doc)
        validate_model(source)
        assert (source.model is None) == bool(source.schema_issues)
        list(scan_source(source))


def test_every_case_as_an_area_file_through_validate(tmp_path: Path) -> None:
    """All cases side by side as area files of one inventory, through the real command."""
    shutil.copytree(CONTRACT / "inventory", tmp_path / "inventory")
    areas = tmp_path / "inventory" / "areas"
    names: dict[str, Path] = {}
    for n, case in enumerate(CASES):
        name = f"c{n:03d}.yaml"
        (areas / name).write_bytes(case.read_bytes())
        names[f"inventory/areas/{name}"] = case
    out = io.StringIO()
    with _no_hang(120):
        code = run_validate(ValidateOptions(root=tmp_path, as_of=AS_OF, fmt="json"), out)
    assert code == 1  # most cases are not inventories
    report = json.loads(out.getvalue())
    by_file: dict[str, set[str]] = {}
    for finding in report["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1, finding
        by_file.setdefault(finding["file"], set()).add(finding["rule"])
    for rel, case in names.items():
        doc = load_bytes(case.read_bytes())
        rules = by_file.get(rel, set())
        if doc.error is not None:
            assert "yaml-invalido" in rules, _case_id(case)
        else:
            assert "yaml-invalido" not in rules, _case_id(case)
            assert rules, f"{_case_id(case)} is not an area, yet nothing was found"


# Leading blank lines more indented than the first content line: libyaml reads the last of
# them as a comment, the spec calls it an error; the secrets scanner reads it as content.
_COMMENT_SCANNER_EXCEPTIONS = {"S98Z"}


def test_the_secrets_comment_scanner_agrees_with_libyaml() -> None:
    """``sin-secretos`` finds comments with a line scanner; libyaml's scalar spans are the truth:
    a comment it reports is never inside a scalar, and none outside scalars is missed."""
    import yaml

    from validator.secret_scan.comments import comments

    inside: list[str] = []
    missed: list[str] = []
    for case in CASES:
        try:
            text = case.read_bytes().decode("utf-8").removeprefix("\ufeff")
            events = list(yaml.parse(text, Loader=yaml.CSafeLoader))
        except (UnicodeDecodeError, yaml.YAMLError):
            continue
        spans = [
            (
                (e.start_mark.line + 1, e.start_mark.column + 1),
                (e.end_mark.line + 1, e.end_mark.column + 1),
                e.style,
            )
            for e in events
            if isinstance(e, yaml.ScalarEvent)
        ]

        def in_scalar(pos: tuple[int, int], spans: list[Any] = spans) -> bool:
            return any(
                start <= pos < end and not (style in ("|", ">") and pos[0] == start[0])
                for start, end, style in spans
            )

        found = {line: col for line, col, _ in comments(text)}
        for line, col in found.items():
            if in_scalar((line, col)):
                inside.append(f"{_case_id(case)}:{line}:{col}")
        for lineno, body in enumerate(text.splitlines(), 1):
            for col, char in enumerate(body, 1):
                if char == "#" and (col == 1 or body[col - 2] in " \t"):
                    exception = _case_id(case).split("/")[0] in _COMMENT_SCANNER_EXCEPTIONS
                    if not in_scalar((lineno, col)) and lineno not in found and not exception:
                        missed.append(f"{_case_id(case)}:{lineno}:{col}")
                    break
    assert (inside, missed) == ([], [])
