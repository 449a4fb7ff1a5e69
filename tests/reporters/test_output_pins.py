"""Every output format's exact bytes on an inventory with findings from every rule.

``tests/fixtures/broken-sample`` fires every default rule; its ``validate`` output in each
format registered in ``validator.reporters.FORMATS`` (and the GitHub job summary), in
both languages, must equal the pinned files in ``tests/data/output-pins/`` byte for byte.
Work on speed or memory must change none of them.

When a rule or a format changes ON PURPOSE, regenerate the pins in their own commit::

    UPDATE_OUTPUT_PINS=1 .venv/bin/python -m pytest tests/reporters/test_output_pins.py -q

(then review ``git diff tests/data/output-pins``).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF, FIXTURES, TESTS
from validator import __version__
from validator.cli.validate import ValidateOptions, run_validate
from validator.engine import Result
from validator.findings import Finding, Severity
from validator.loading.inventory import load_inventory
from validator.reporters import FORMATS, summary_counts
from validator.reporters.json_reporter import JsonReporter

BROKEN = FIXTURES / "broken-sample"
PINS = TESTS / "data" / "output-pins"
UPDATE = os.environ.get("UPDATE_OUTPUT_PINS") == "1"
CASES = [(fmt, lang) for fmt in sorted(FORMATS) for lang in ("es", "en")]


def _render(fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    summary = tmp_path / "summary.md"
    if fmt == "github":
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = io.StringIO()
    opts = ValidateOptions(root=BROKEN, as_of=AS_OF, fmt=fmt, lang=lang)  # type: ignore[arg-type]
    code = run_validate(opts, out)
    text = f"exit {code}\n" + out.getvalue()
    if fmt == "github":
        text += "--- GITHUB_STEP_SUMMARY ---\n" + summary.read_text(encoding="utf-8")
    # The tool's version is not part of a format: a release must not need new pins.
    return text.replace(f'"{__version__}"', '"<version>"')


@pytest.mark.parametrize(("fmt", "lang"), CASES)
def test_output_bytes_are_pinned(
    fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    got = _render(fmt, lang, monkeypatch, tmp_path)
    pin = PINS / f"broken-sample.{fmt}.{lang}.txt"
    if UPDATE:
        pin.parent.mkdir(parents=True, exist_ok=True)
        pin.write_bytes(got.encode("utf-8"))
    assert pin.is_file(), f"no pin {pin.name}: run with UPDATE_OUTPUT_PINS=1 (see module doc)"
    assert got.encode("utf-8") == pin.read_bytes()


def test_pins_cover_findings_from_every_rule() -> None:
    from validator.rules import registry

    json_pin = (PINS / "broken-sample.json.es.txt").read_text(encoding="utf-8")
    for rid, rule in registry().items():
        # cambio-completo needs a base commit (validate --changed-since): its own tests
        if rule.default_enabled and rid != "cambio-completo":
            assert f'"rule": "{rid}"' in json_pin, rid


_texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(_texts, _texts, st.integers(0, 10**6), st.one_of(st.none(), _texts)),
        max_size=5,
    ),
    lang=st.sampled_from(["es", "en"]),
)
def test_json_output_is_json_dump_with_indent_2(
    rows: list[tuple[str, str, int, str | None]], lang: str
) -> None:
    """The JSON reporter writes findings itself, in blocks: the bytes are exactly those of
    ``json.dump(payload, ensure_ascii=False, indent=2)``."""
    findings = [
        Finding(
            rule=rule,
            severity=Severity.WARNING if line % 2 else Severity.ERROR,
            clause=text,
            file=f"inventory/areas/{rule}.yaml",
            line=line,
            column=line % 7,
            area=area,
            messages={"es": text, "en": text + '\u2028\x00"\\'},
        )
        for rule, text, line, area in rows
    ]
    inventory = load_inventory(BROKEN)
    result = Result(findings=findings, inventory=inventory, as_of=AS_OF)
    got = io.StringIO()
    JsonReporter(lang, False, False).report(result, got)  # type: ignore[arg-type]
    payload = {
        "version": 1,
        "as_of": AS_OF.isoformat(),
        "findings": [f.to_dict(lang) for f in findings],  # type: ignore[arg-type]
        "summary": summary_counts(result),
    }
    assert got.getvalue() == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
