"""`ine-redes validate`, `rules`, `explain`: exit codes, formats, languages, targets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import (
    REPO_ROOT,
    brief,
    console_script,
    contract_area,
    make_inventory,
    validate,
)
from validator.cli import main


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_contract_example_alone_is_clean(contract_repo: Path) -> None:
    """The contract's complete example beside the contract's catalogues: no finding."""
    assert validate(contract_repo).findings == []
    code, out = invoke("validate", "--repo", str(contract_repo), "--as-of", "2026-11-29")
    assert code == 0, out
    assert "Sin hallazgos" in out


def test_shipped_sample_is_clean_on_its_date() -> None:
    code, out = invoke("validate", "--repo", str(REPO_ROOT), "--as-of", "2026-11-29")
    assert code == 0, out


def test_json_output_shape(tmp_path: Path) -> None:
    bad = contract_area().replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd01ags.yaml": bad})
    code, out = invoke("validate", "--repo", str(root), "--as-of", "2026-11-29", "--format", "json")
    assert code == 1
    payload = json.loads(out)
    assert payload["version"] == 1 and payload["as_of"] == "2026-11-29"
    [finding] = [f for f in payload["findings"] if f["rule"] == "esquema"]
    assert finding == {
        "rule": "esquema",
        "severity": "error",
        "clause": "—",
        "file": "inventory/areas/jd01ags.yaml",
        "line": 19,
        "column": 18,
        "area": "jd01ags",
        "message": finding["message"],
    }
    assert "nivel_mando" in finding["message"] and "superior" in finding["message"]
    assert payload["summary"]["files"] == 4 and payload["summary"]["areas"] == 1


def test_english_messages(tmp_path: Path) -> None:
    bad = contract_area().replace("desde: 2026-01-15 ", "desde: 2026-02-30 ", 1)
    root = make_inventory(tmp_path, {"jd01ags.yaml": bad})
    _, out_es = invoke("validate", "--repo", str(root), "--as-of", "2026-11-29")
    _, out_en = invoke("validate", "--repo", str(root), "--as-of", "2026-11-29", "--lang", "en")
    assert "no es una fecha válida" in out_es
    assert "is not a valid date" in out_en
    assert "inventory/areas/jd01ags.yaml:23:12:" in out_en


def test_one_broken_file_never_stops_the_others(tmp_path: Path) -> None:
    other = (
        contract_area()
        .replace("clave: jd01ags", "clave: jd02ags")
        .replace("tipo: junta_distrital", "tipo: junta_distritall")
    )
    root = make_inventory(
        tmp_path, {"jd01ags.yaml": b"a: 1\na: 2\n", "jd02ags.yaml": other}, keep_base_areas=True
    )
    result = validate(root, select=("yaml-invalido", "esquema"))
    assert brief(result.findings) == [
        ("yaml-invalido", "error", 2),
        ("esquema", "error", 5),
    ]


def test_paths_limit_the_report(tmp_path: Path) -> None:
    other = contract_area().replace("clave: jd01ags", "clave: jd02ags")
    bad = other.replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd02ags.yaml": bad}, keep_base_areas=True)
    code, _ = invoke(
        "validate", "--repo", str(root), "--as-of", "2026-11-29",
        str(root / "inventory/areas/jd01ags.yaml"),
    )  # fmt: skip
    assert code == 0  # jd02ags's error is not reported when only jd01ags is named
    code, out = invoke(
        "validate", "--repo", str(root), "--as-of", "2026-11-29",
        str(root / "inventory/areas/jd02ags.yaml"),
    )  # fmt: skip
    assert code == 1 and "jd02ags.yaml:19" in out


def test_select_and_ignore(tmp_path: Path) -> None:
    bad = contract_area().replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd01ags.yaml": bad})
    base = ["validate", "--repo", str(root), "--as-of", "2026-11-29"]
    assert invoke(*base, "--ignore", "esquema")[0] == 0
    assert invoke(*base, "--select", "tipo-area")[0] == 0
    assert invoke(*base, "--select", "esquema")[0] == 1
    code, out = invoke(*base, "--select", "no-such-rule")
    assert code == 2 and "no-such-rule" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert invoke("validate", "--repo", str(tmp_path))[0] == 2
    assert invoke("validate", "--as-of", "2026-13-45", "--repo", str(REPO_ROOT))[0] == 2
    code, out = invoke("validate", "--repo", str(REPO_ROOT), "/etc/passwd")
    assert code == 2 and "no es un archivo de área" in out


def test_rules_listing_and_explain() -> None:
    code, out = invoke("rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)["rules"]
    ids = [r["id"] for r in rules]
    assert ids[:4] == ["yaml-invalido", "esquema", "clave-archivo", "tipo-area"]
    assert all(r["severity"] in ("error", "warning") and r["description"] for r in rules)
    code, out = invoke("explain", "tipo-area", "--lang", "en")
    assert code == 0 and "tipo-area" in out and "Fails:" in out
    assert invoke("explain", "nope")[0] == 2


def test_console_script_and_module_entry_points(contract_repo: Path) -> None:
    for cmd in ([console_script()], [sys.executable, "-m", "validator"]):
        proc = subprocess.run(
            [*cmd, "validate", "--repo", str(contract_repo), "--as-of", "2026-11-29"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert "Sin hallazgos" in proc.stdout


def test_warnings_block_only_with_strict(tmp_path: Path) -> None:
    warned = contract_area().replace(
        "vinculo: servidora_publica       # servidora_publica",
        "vinculo: prestadora_servicios    # servidora_publica",
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": warned})
    base = ["validate", "--repo", str(root), "--as-of", "2026-11-29"]
    code, out = invoke(*base)
    assert code == 0
    assert "aviso [servidora-publica; cláusula 4.2 III]" in out
    assert "--strict" in out  # the summary says warnings do not block without it
    code, out = invoke(*base, "--strict")
    assert code == 1


def test_text_output_has_no_colour_codes_off_a_terminal(tmp_path: Path) -> None:
    bad = contract_area().replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd01ags.yaml": bad})
    _, out = invoke("validate", "--repo", str(root), "--as-of", "2026-11-29")
    assert "\x1b[" not in out
    assert out.startswith("inventory/areas/jd01ags.yaml:19:18: error [esquema]")


def test_a_folder_names_the_inventory_files_inside_it(tmp_path: Path) -> None:
    bad = contract_area().replace("nivel_mando: medio ", "nivel_mando: alto  ")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": bad})
    base = ("validate", "--repo", str(root), "--as-of", "2026-11-29", "--format", "json")
    for folder in ("inventory/areas", "inventory/areas/", "inventory", "."):
        code, out = invoke(*base, str(root / folder))
        assert code == 1, (folder, out)
        assert {f["file"] for f in json.loads(out)["findings"]} == {
            "inventory/areas/jd02ags.yaml"
        }, folder
    (root / "docs").mkdir()  # a folder of the repository with no inventory file
    code, out = invoke("validate", "--repo", str(root), str(root / "docs"))
    assert code == 2 and "ni una carpeta que los contenga" in out
