"""The exported JSON Schemas: current, and usable on their own (editors, check-jsonschema)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker

from tests.conftest import FIXTURES, REPO_ROOT, console_script
from validator.cli import main
from validator.loading.yaml_loader import load_bytes
from validator.models.model_api import model_fields

SCHEMAS = REPO_ROOT / "schemas"
INVALID_AREAS = sorted((FIXTURES / "rules" / "esquema").glob("fail-*.yaml"))


def _data(path: Path) -> object:
    doc = load_bytes(path.read_bytes())
    assert doc.error is None
    return doc.data


def _schema(name: str) -> dict[str, object]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_committed_schemas_are_current() -> None:
    result = CliRunner().invoke(main, ["schema", "--check", "--repo", str(REPO_ROOT)])
    assert result.exit_code == 0, result.output


def test_schema_check_fails_when_stale(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "inventory", tmp_path / "inventory")
    shutil.copytree(SCHEMAS, tmp_path / "schemas")
    (tmp_path / "schemas" / "area.schema.json").write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "--check", "--repo", str(tmp_path)])
    assert result.exit_code == 1 and "schemas/area.schema.json" in result.output
    result = CliRunner().invoke(main, ["schema", "--repo", str(tmp_path)])
    assert result.exit_code == 0
    result = CliRunner().invoke(main, ["schema", "--check", "--repo", str(tmp_path)])
    assert result.exit_code == 0


@pytest.mark.parametrize("validator_cls", [Draft202012Validator, Draft7Validator])
def test_schemas_accept_the_sample_and_reject_broken_files(validator_cls: type) -> None:
    """Draft 2020-12 as exported, and draft-07 as the YAML language server applies it."""
    checker = FormatChecker()
    area = validator_cls(_schema("area"), format_checker=checker)
    for path in sorted((REPO_ROOT / "inventory" / "areas").glob("*.yaml")):
        assert list(area.iter_errors(_data(path))) == [], path
    for name in ("lineamientos", "plataformas", "cncs"):
        catalog = validator_cls(_schema(name), format_checker=checker)
        assert list(catalog.iter_errors(_data(REPO_ROOT / "inventory" / f"{name}.yaml"))) == []
    assert INVALID_AREAS
    for path in INVALID_AREAS:
        assert list(area.iter_errors(_data(path))), path


def test_check_jsonschema_cli_uses_the_exported_schema() -> None:
    exe = console_script("check-jsonschema")  # installed by the test extra, beside pytest
    schema = str(SCHEMAS / "area.schema.json")
    areas = [str(p) for p in sorted((REPO_ROOT / "inventory" / "areas").glob("*.yaml"))]
    ok = subprocess.run([exe, "--schemafile", schema, *areas], capture_output=True, check=False)
    assert ok.returncode == 0, ok.stdout
    bad = subprocess.run(
        [exe, "--schemafile", schema, *map(str, INVALID_AREAS)], capture_output=True, check=False
    )
    assert bad.returncode == 1


def test_area_files_carry_the_schema_modeline() -> None:
    for path in sorted((REPO_ROOT / "inventory" / "areas").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schemas/area.schema.json", path


def _properties(schema: dict[str, object]) -> list[tuple[str, dict[str, object]]]:
    """(where, property schema) of every property of the schema and of its $defs."""
    out = []
    objects = [("", schema)] + [
        (f"$defs.{name}.", d)
        for name, d in dict(schema.get("$defs", {})).items()  # type: ignore[call-overload]
    ]
    for prefix, obj in objects:
        for key, prop in dict(obj.get("properties", {})).items():  # type: ignore[call-overload]
            out.append((prefix + key, prop))
    return out


@pytest.mark.parametrize("name", ["area", "lineamientos", "plataformas", "cncs"])
def test_every_field_has_a_spanish_description_from_the_models(name: str) -> None:
    from validator.schemas import _models

    schema = _schema(name)
    props = _properties(schema)
    assert props
    for where, prop in props:
        text = prop.get("description")
        assert isinstance(text, str) and len(text) > 10, f"{name}: {where} has no description"
    # One source: the schema's text is the model field's own description.
    model = _models()[name][0]
    for field, info in model_fields(model).items():
        assert schema["properties"][field]["description"] == info.description  # type: ignore[index]
    spanish = " ".join(str(p["description"]) for _, p in props)
    assert any(w in spanish for w in (" del ", " de la ", " los ", "Versión"))


@pytest.mark.parametrize("name", ["lineamientos", "plataformas", "cncs"])
def test_catalogues_carry_the_schema_modeline(name: str) -> None:
    first = (REPO_ROOT / "inventory" / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{name}.schema.json"
    assert (REPO_ROOT / "schemas" / f"{name}.schema.json").is_file()
