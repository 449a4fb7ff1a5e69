"""Shared pieces of the adversarial corpus: build a hostile repository, run the real command.

Every case goes through :func:`validator.cli.validate.run_validate` (the function behind
``ine-redes validate``) with JSON output, so a case checks the whole path: reading,
loading, models, every rule, the engine and a reporter.
"""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import AS_OF, CONTRACT, contract_area

BASE = contract_area()
AREA = "inventory/areas/jd01ags.yaml"


def sub(old: str, new: str, text: str = BASE) -> str:
    """``text`` with ``old`` (which must be there exactly once) replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} is not exactly once in the base text"
    return text.replace(old, new)


def insert_after(anchor: str, line: str, text: str = BASE) -> str:
    """A new line right after the (only) line that contains ``anchor``."""
    lines = text.split("\n")
    hits = [i for i, existing in enumerate(lines) if anchor in existing]
    assert len(hits) == 1, f"{anchor!r} is on {len(hits)} lines"
    lines.insert(hits[0] + 1, line)
    return "\n".join(lines)


def line_of(text: str | bytes, marker: str | bytes, nth: int = 1) -> int:
    """1-based line of the ``nth`` occurrence of ``marker`` (any line ending counts)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if isinstance(marker, bytes):
        marker = marker.decode("utf-8", "replace")
    pos = -1
    for _ in range(nth):
        pos = text.index(marker, pos + 1)
    head = text[:pos].replace("\r\n", "\n").replace("\r", "\n")
    return head.count("\n") + 1


@dataclass(frozen=True)
class Outcome:
    code: int
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def places(self) -> set[tuple[str, int]]:
        return {(f["rule"], f["line"]) for f in self.findings}

    def rules_at(self, line: int) -> set[str]:
        return {f["rule"] for f in self.findings if f["line"] == line}


def make_repo(root: Path, area: str | bytes | None = None, name: str = "jd01ags.yaml") -> Path:
    shutil.copytree(CONTRACT / "inventory", root / "inventory", dirs_exist_ok=True)
    if area is not None:
        target = root / "inventory" / "areas" / name
        if name != "jd01ags.yaml":
            (root / "inventory" / "areas" / "jd01ags.yaml").unlink()
        target.write_bytes(area if isinstance(area, bytes) else area.encode("utf-8"))
    return root


def run(root: Path, lang: str = "es") -> Outcome:
    """The real validate function on ``root``; its JSON report must always parse."""
    from validator.cli.validate import ValidateOptions, run_validate

    out = io.StringIO()
    code = run_validate(ValidateOptions(root=root, as_of=AS_OF, fmt="json", lang=lang), out)  # type: ignore[arg-type]
    report = json.loads(out.getvalue())
    for finding in report["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1, finding
        assert finding["message"], finding
    return Outcome(code, report["findings"])


def run_area(tmp_path: Path, area: str | bytes, name: str = "jd01ags.yaml") -> Outcome:
    return run(make_repo(tmp_path, area, name))
