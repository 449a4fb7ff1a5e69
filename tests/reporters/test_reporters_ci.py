"""CI reporters: GitHub workflow commands + job summary, and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import AS_OF, FIXTURES, TESTS, contract_area, make_inventory
from tests.conftest import validate as validate_dir
from validator.cli import main
from validator.engine import Result
from validator.escaping.markdown import text as md_cell
from validator.escaping.workflow import escape_data, escape_property
from validator.findings import Finding, Severity
from validator.i18n import Message
from validator.loading.inventory import load_inventory
from validator.reporters import FORMATS, get_reporter
from validator.reporters.github import command, summary_markdown
from validator.reporters.sarif import FINGERPRINT_KEY, fingerprint, sarif_log
from validator.rules import registry

DATA = TESTS / "data"
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"  # OASIS, the standard
# The copy GitHub's upload-sarif checks uploads against before code scanning takes them.
SARIF_SCHEMA_GITHUB = DATA / "sarif-schema-2.1.0.codeql-action.json"

HOSTILE = "100% roto\r\n::error file=x.yaml,line=1::pwned, a: b\n::stop-commands::tok"
HOSTILE_FILE = "inventory/areas/x,y:z%0A.yaml"


def finding(
    rule: str = "esquema",
    message: str = "mensaje",
    *,
    severity: Severity = Severity.ERROR,
    file: str = "inventory/areas/jd01ags.yaml",
    line: int = 7,
    column: int = 3,
    clause: str = "4.3 V",
) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        clause=clause,
        file=file,
        line=line,
        column=column,
        area="jd01ags",
        messages={"es": message, "en": message + " (en)"},
    )


@pytest.fixture
def result_of(contract_repo: Path):  # type: ignore[no-untyped-def]
    inventory = load_inventory(contract_repo)

    def make(*findings: Finding) -> Result:
        return Result(findings=list(findings), inventory=inventory, as_of=AS_OF)

    return make


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.output


# --- escaping ---------------------------------------------------------------------------


def test_escaping_matches_actions_toolkit() -> None:
    assert escape_data("50%\r\nx::y,z:w") == "50%25%0D%0Ax::y,z:w"
    assert escape_property("50%\r\nx::y,z:w") == "50%25%0D%0Ax%3A%3Ay%2Cz%3Aw"
    # '%' goes first, so an already-escaped sequence cannot be smuggled through.
    assert escape_data("%0A") == "%250A"


def test_hostile_message_and_file_stay_one_command() -> None:
    line = command(finding(message=HOSTILE, file=HOSTILE_FILE), "es")
    assert "\n" not in line and "\r" not in line
    assert line.startswith("::error file=inventory/areas/x%2Cy%3Az%250A.yaml,line=7,col=3,")
    # The properties end at the first '::' after the command name; nothing hostile before it.
    head, sep, data = line[2:].partition("::")
    assert sep and head == (
        "error file=inventory/areas/x%2Cy%3Az%250A.yaml,line=7,col=3,title=esquema"
    )
    assert data == (
        "[cláusula 4.3 V] 100%25 roto%0D%0A::error file=x.yaml,line=1::pwned, a: b"
        "%0A::stop-commands::tok"
    )


def test_warning_level_and_english(result_of) -> None:  # type: ignore[no-untyped-def]
    line = command(finding(severity=Severity.WARNING, clause="—"), "en")
    assert (
        line
        == "::warning file=inventory/areas/jd01ags.yaml,line=7,col=3,title=esquema::mensaje (en)"
    )


def test_reporter_writes_only_commands_and_one_summary_line(
    result_of,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out = io.StringIO()
    result = result_of(finding(message=HOSTILE), finding(severity=Severity.WARNING, line=9))
    get_reporter("github")("es", False, False).report(result, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("::error ") and lines[1].startswith("::warning ")
    assert not lines[2].startswith("::") and "1 error, 1 aviso" in lines[2]


# --- job summary -------------------------------------------------------------------------


def test_md_cell_is_inert() -> None:
    cell = md_cell("a|b\n<img src=x onerror=alert(1)> [x](javascript:y) *b* `c` \u202e")
    assert "\n" not in cell and "<" not in cell and "\u202e" not in cell
    assert "a\\|b" in cell and "&lt;img" in cell
    assert "\\[x\\](javascript:y)" in cell and "\\*b\\*" in cell and "\\`c\\`" in cell
    # No unescaped pipe can open a new column.
    assert re.search(r"(?<!\\)\|", cell) is None


def test_step_summary_appended(
    result_of,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    summary = tmp_path / "summary.md"
    summary.write_text("# antes\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = result_of(finding(message="a | b\n## titular falso"), finding(line=9, clause="—"))
    get_reporter("github")("es", False, False).report(result, io.StringIO())
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# antes\n## Validación del inventario\n")  # appended, not replaced
    assert "**2 errores**, **0 avisos**" in text
    rows = [line for line in text.splitlines() if line.startswith("| inventory")]
    assert len(rows) == 2
    assert rows[0].count(" | ") == 4  # five cells: the pipe in the message is escaped
    assert "a \\| b ## titular falso" in rows[0]  # mid-line: no heading
    assert "4\\.3 V" in rows[0]  # "4." would start an ordered list and "| error |" in rows[0]


def test_step_summary_clean(
    result_of,  # type: ignore[no-untyped-def]
) -> None:
    text = summary_markdown(result_of(), "en")
    assert "No findings." in text and "|---|" not in text


def test_cli_github_format_with_summary(tmp_path: Path) -> None:
    bad = contract_area() + '"evil%0A::error file=x::pwn,a:b\\r\\nz": 1\n'
    root = make_inventory(tmp_path / "repo", {"jd01ags.yaml": bad})
    summary = tmp_path / "summary.md"
    code, out = invoke(
        "validate",
        "--repo",
        str(root),
        "--as-of",
        "2026-11-29",
        "--format",
        "github",
        "--select",
        "esquema",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("::error file=inventory/areas/jd01ags.yaml,line=")
    assert ",title=esquema::" in first
    # Control characters in echoed values are shown escaped (validator/rules/base.py), and
    # the reporter escapes '%': the crafted key cannot start a second command.
    assert "evil%250A::error file=x::pwn,a:b\\x0d\\x0az" in first
    assert sum(1 for line in out.splitlines() if line.startswith("::")) == 1
    assert "esquema" in summary.read_text(encoding="utf-8")


# --- SARIF --------------------------------------------------------------------------------


@pytest.fixture(
    scope="module", params=[SARIF_SCHEMA, SARIF_SCHEMA_GITHUB], ids=["oasis", "codeql-action"]
)
def sarif_validator(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(request.param.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    if request.param == SARIF_SCHEMA:
        cls.check_schema(schema)
    # GitHub's copy misplaces region's `anyOf` inside `properties` (so it is not a valid
    # 2020-12 schema); upload-sarif's validator does not check the schema itself, so neither
    # is it checked here: instances are validated exactly as upload-sarif validates them.
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _errors(validator, log: dict) -> list[str]:  # type: ignore[no-untyped-def,type-arg]
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def test_vendored_schema_is_the_oasis_one() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"] == (
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    )
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_valid_against_schema(
    result_of,  # type: ignore[no-untyped-def]
    sarif_validator,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    result = result_of(
        finding(message=HOSTILE, file=HOSTILE_FILE),
        finding(severity=Severity.WARNING, clause="—", line=0, column=0),
    )
    for lang in ("es", "en"):
        log = json.loads(json.dumps(sarif_log(result, lang)))
        assert _errors(sarif_validator, log) == []


def test_sarif_empty_run_is_valid(
    result_of,  # type: ignore[no-untyped-def]
    sarif_validator,  # type: ignore[no-untyped-def]
) -> None:
    log = sarif_log(result_of(), "es")
    assert _errors(sarif_validator, log) == []
    assert log["runs"][0]["results"] == []


def test_sarif_driver_lists_every_rule(result_of) -> None:  # type: ignore[no-untyped-def]
    driver = sarif_log(result_of(), "es")["runs"][0]["tool"]["driver"]
    assert driver["name"] == "ine-redes" and driver["version"]
    assert driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert ids == list(registry())
    for descriptor, rule in zip(driver["rules"], registry().values(), strict=True):
        assert descriptor["shortDescription"]["text"] == rule.summary.es
        assert descriptor["fullDescription"]["text"]
        assert descriptor["help"]["text"] and descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"]["level"] == rule.severity.value
        assert descriptor["properties"]["clause"] == rule.clause
        tags = descriptor["properties"]["tags"]
        assert "ine-redes" in tags
        if rule.clause not in ("", "—"):
            assert f"clause:{rule.clause}" in tags


def test_sarif_results_locations_and_fingerprints(
    result_of,  # type: ignore[no-untyped-def]
) -> None:
    rules = list(registry())
    same = finding(rule="tipo-area", message="igual", line=3)
    log = sarif_log(
        result_of(same, finding(rule="tipo-area", message="igual", line=30), finding()), "es"
    )
    results = log["runs"][0]["results"]
    first = results[0]
    assert first["ruleId"] == "tipo-area" and first["ruleIndex"] == rules.index("tipo-area")
    assert first["level"] == "error"
    assert first["message"]["text"] == "igual (cláusula 4.3 V)"
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "inventory/areas/jd01ags.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3, "startColumn": 3},
    }
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(set(prints)) == 3  # duplicates told apart by their occurrence
    assert prints[0] == f"{fingerprint(same)}:0" and prints[1] == f"{fingerprint(same)}:1"
    # Stable when the line moves and when the language changes.
    moved = sarif_log(result_of(finding(rule="tipo-area", message="igual", line=99)), "en")
    assert moved["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY] == prints[0]


def test_sarif_information_uri_from_github_env(
    result_of,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "ine/redes")
    driver = sarif_log(result_of(), "es")["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://github.com/ine/redes"


def test_cli_sarif_end_to_end(tmp_path: Path, sarif_validator) -> None:  # type: ignore[no-untyped-def]
    bad = contract_area().replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd01ags.yaml": bad})
    code, out = invoke(
        "validate",
        "--repo",
        str(root),
        "--as-of",
        "2026-11-29",
        "--format",
        "sarif",
        "--select",
        "esquema",
    )
    assert code == 1
    log = json.loads(out)
    assert _errors(sarif_validator, log) == []
    results = log["runs"][0]["results"]
    assert any(r["ruleId"] == "esquema" for r in results)
    assert log["runs"][0]["properties"]["asOf"] == date(2026, 11, 29).isoformat()


def test_formats_registered() -> None:
    assert {"github", "sarif"} <= set(FORMATS)


def test_unwritable_step_summary_is_a_warning_not_a_crash(
    result_of,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing-dir" / "summary.md"))
    out = io.StringIO()
    get_reporter("github")("es", False, False).report(result_of(finding()), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("::error ")
    assert lines[-1].startswith("::warning title=ine-redes::No se pudo escribir el resumen")


def test_schema_check_has_teeth(
    result_of,  # type: ignore[no-untyped-def]
    sarif_validator,  # type: ignore[no-untyped-def]
) -> None:
    log = json.loads(json.dumps(sarif_log(result_of(finding()), "es")))
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(_errors(sarif_validator, log)) >= 2


BROKEN = FIXTURES / "broken-sample"


def test_sarif_fingerprints_survive_a_reworded_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code scanning keeps an alert when its rule's message is reworded: the fingerprint
    hashes the message's key and parameters, not its text."""
    before = {(f.rule, f.line): fingerprint(f) for f in validate_dir(BROKEN).findings}
    rule = registry()["nivel-propietaria"]
    (key, template), *_ = rule.messages.items()
    reworded = Message(es="Otra redacción: " + template.es, en="Reworded: " + template.en)
    monkeypatch.setitem(rule.messages, key, reworded)  # type: ignore[index]
    result = validate_dir(BROKEN)
    changed = [f for f in result.findings if f.rule == "nivel-propietaria"]
    assert changed and all(f.message("es").startswith("Otra redacción: ") for f in changed)
    after = {(f.rule, f.line): fingerprint(f) for f in result.findings}
    assert after == before
    # what the finding says still tells findings apart: other parameters, another print
    one, other = changed[0], validate_dir(BROKEN).findings[0]
    assert one.identity() != other.identity()
