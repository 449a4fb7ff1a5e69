"""No silent coercion: every value keeps the type it has in the YAML file.

The models are pydantic dataclasses whose leaf types are strict on their own (a strict
dataclass would refuse the very mapping a file gives). These tests prove it for every
kind of leaf, through the loader and through the model API, and walk every model to check
that no boolean or integer field is declared lax.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

import pytest
from pydantic import Strict, ValidationError

from tests.conftest import CONTRACT, contract_area, make_inventory
from tests.conftest import validate as validate_inventory
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import load_text
from validator.models.area import Area, Cuenta, Titular
from validator.models.catalogs import Cncs, Lineamientos, Plataformas
from validator.models.model_api import all_models, is_model, model_fields, validate


def _replace_once(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("version: 1", 'version: "1"', "enum_unquote"),
        ("distrito: 1 ", 'distrito: "1" ', "type_int"),
        ("vinculada_a_cuenta_externa: false", 'vinculada_a_cuenta_externa: "false"', "yaml11_bool"),
        ("vinculada_a_cuenta_externa: false", "vinculada_a_cuenta_externa: 0", "type_bool"),
        ("activo: true", "activo: 1", "type_bool"),
        ("activo: true", "activo: yes", "yaml11_bool"),
    ],
)
def test_an_area_value_of_another_type_is_refused(
    tmp_path: Path, old: str, new: str, code: str
) -> None:
    text = _replace_once(contract_area(), old, new)
    inventory = load_inventory(make_inventory(tmp_path, {"jd01ags.yaml": text}))
    source = inventory.area_files[0]
    assert source.model is None
    assert [issue.code for issue in source.schema_issues] == [code]


@pytest.mark.parametrize(
    ("catalog", "old", "new", "code"),
    [
        ("plataformas.yaml", "soporta_segundo_factor: true", 'soporta_segundo_factor: "true"',
         "yaml11_bool"),
        ("lineamientos.yaml", "plazo_aviso_cambio_dias_habiles: 5",
         'plazo_aviso_cambio_dias_habiles: "5"', "type_int"),
    ],
)  # fmt: skip
def test_a_catalogue_value_of_another_type_is_refused(
    tmp_path: Path, catalog: str, old: str, new: str, code: str
) -> None:
    text = _replace_once((CONTRACT / "inventory" / catalog).read_text(encoding="utf-8"), old, new)
    inventory = load_inventory(make_inventory(tmp_path, catalogs={catalog: text}))
    source = next(f for f in inventory.catalog_files if f.path.endswith(catalog))
    assert source.model is None
    assert [issue.code for issue in source.schema_issues] == [code]


def test_text_is_never_coerced_from_bytes_or_numbers() -> None:
    good = {"nombre": "Ana", "cargo": "Vocal", "correo": "ana@ine.mx", "github": "ana-ine"}
    assert validate(Titular, good).nombre == "Ana"
    for bad in (b"Ana", 7, 7.5, True):
        with pytest.raises(ValidationError) as info:
            validate(Titular, {**good, "nombre": bad})
        assert [e["type"] for e in info.value.errors()] == ["string_type"]


def test_a_model_is_a_frozen_slotted_value() -> None:
    cuenta = validate(
        Cuenta,
        {
            "plataforma": "x",
            "usuario": "INEMexico",
            "url": "https://x.com/INEMexico",
            "vinculada_a_cuenta_externa": False,
        },
    )
    assert not hasattr(cuenta, "__dict__")  # slotted: its values and nothing else
    with pytest.raises(AttributeError):
        cuenta.usuario = "otra"  # type: ignore[misc]
    assert cuenta.accesos == [] and cuenta.incidentes == []
    assert is_model(cuenta) and is_model(Cuenta) and not is_model({"plataforma": "x"})


def _leaf_types(annotation: Any) -> typing.Iterator[tuple[Any, tuple[Any, ...]]]:
    """Every (type, metadata) leaf of a field's annotation, through Optional/list/dict."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *meta = get_args(annotation)
        for leaf, more in _leaf_types(base):
            yield leaf, (*meta, *more)
    elif origin in (typing.Union, types.UnionType, list, dict):
        for arg in get_args(annotation):
            yield from _leaf_types(arg)
    else:
        yield annotation, ()


def test_every_boolean_and_integer_field_is_strict() -> None:
    models = [m for root in (Area, Lineamientos, Plataformas, Cncs) for m in all_models(root)]
    assert len(models) >= 15
    checked = 0
    for model in models:
        for name, info in model_fields(model).items():
            for leaf, meta in _leaf_types(info.annotation):
                if leaf in (bool, int):
                    checked += 1
                    strict = [m for m in (*meta, *info.metadata) if isinstance(m, Strict)]
                    assert strict, f"{model.__name__}.{name}: {leaf.__name__} without Strict()"
    assert checked >= 5


def test_a_date_is_read_from_its_text_only() -> None:
    area = validate(Area, _minimal_area())
    assert area.informes[0].fecha == date(2026, 1, 15)
    for bad in (20260115, "15/01/2026", "2026-02-30"):
        data = _minimal_area()
        data["informes"][0]["fecha"] = bad
        with pytest.raises(ValidationError) as info:
            validate(Area, data)
        assert [e["loc"] for e in info.value.errors()] == [("informes", 0, "fecha")]


def _minimal_area() -> dict[str, Any]:
    admin = {
        "nombre": "Ana Ruiz",
        "cargo": "Vocal",
        "nivel_mando": "medio",
        "vinculo": "servidora_publica",
        "correo": "ana.ruiz@ine.mx",
        "telefono": "449 910 0000 ext. 1",
        "desde": "2026-01-02",
    }
    return {
        "version": 1,
        "clave": "cncs",
        "nombre": "Coordinación Nacional de Comunicación Social",
        "tipo": "oficinas_centrales",
        "titular": {"nombre": "Eva", "cargo": "Titular", "correo": "eva@ine.mx", "github": "eva"},
        "administradores": {"propietaria": admin},
        "informes": [{"fecha": "2026-01-15", "tipo": "trimestral"}],
    }


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("9999-12-30", "date_range"),  # a term counted from it would run past year 9999
        ("0202-01-15", "date_range"),
        ("1899-12-31", "date_range"),
        ("2200-01-01", "date_range"),
        ("1900-01-01", None),
        ("2199-12-31", None),
    ],
)
def test_a_date_outside_the_years_of_the_inventory_is_a_finding(
    tmp_path: Path, written: str, code: str | None
) -> None:
    text = contract_area()
    start = text.index("desde: ") + len("desde: ")
    text = text[:start] + written + text[start + 10 :]
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    source = load_inventory(root).area_files[0]
    assert [issue.code for issue in source.schema_issues] == ([code] if code else [])
    if code:
        (issue,) = source.schema_issues
        assert issue.line == text[:start].count("\n") + 1
        assert (issue.params["first"], issue.params["last"]) == (1900, 2199)
        findings = validate_inventory(root).findings  # every rule runs, none fails
        assert [f.rule for f in findings if f.rule == "esquema"] == ["esquema"]


@pytest.mark.parametrize("written", ["true", "false", "'1'", "1.0", "2"])
def test_version_is_the_integer_1_only(written: str) -> None:
    """``version: true`` is not version 1, though Python counts True as 1."""
    text = contract_area().replace("version: 1", f"version: {written}", 1)
    with pytest.raises(ValidationError):
        validate(Area, load_text(text).data)
