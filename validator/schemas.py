"""Export the models as JSON Schema (draft 2020-12) files under ``schemas/``.

Floor 2: reads the models (floor 1).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from validator.generated_io import write_atomic

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE_ID = "https://ine-redes.invalid/schemas/"


def _models() -> dict[str, Any]:
    from validator.models import Area, Cncs, Lineamientos, Plataformas

    return {
        "area": (Area, "Área responsable (inventory/areas/<clave>.yaml)"),
        "lineamientos": (Lineamientos, "Parámetros de las reglas (inventory/lineamientos.yaml)"),
        "plataformas": (Plataformas, "Catálogo de redes sociales (inventory/plataformas.yaml)"),
        "cncs": (Cncs, "Revisores de la CNCS (inventory/cncs.yaml)"),
    }


def render_schemas() -> dict[str, str]:
    """File name -> JSON text, deterministic."""
    out: dict[str, str] = {}
    for name, (model, title) in _models().items():
        schema = TypeAdapter(model).json_schema(mode="validation")
        _describe_fields(schema, model)
        schema = {
            "$schema": SCHEMA_DIALECT,
            "$id": f"{SCHEMA_BASE_ID}{name}.schema.json",
            "title": title,
            **{k: v for k, v in schema.items() if k != "title"},
        }
        out[f"{name}.schema.json"] = (
            json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )
    return out


def _describe_fields(schema: dict[str, Any], root: type[Any]) -> None:
    """Each property's ``description``: its field's docstring (validator.models.model_api),
    where pydantic would put it (beside the ``$ref``, ``type`` or ``anyOf`` of the field)."""
    from validator.models.model_api import all_models, model_fields

    defs = schema.get("$defs", {})
    for model in all_models(root):
        target = schema if model is root else defs.get(model.__name__)
        if target is None:
            continue
        properties = target.get("properties", {})
        for name, info in model_fields(model).items():
            if info.description and name in properties:
                properties[name].setdefault("description", info.description)


def stale_schemas(root: Path) -> list[str]:
    stale = []
    for name, text in render_schemas().items():
        path = root / "schemas" / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(f"schemas/{name}")
    return stale


def write_schemas(root: Path) -> list[str]:
    written = []
    for name, text in render_schemas().items():
        if write_atomic(root / "schemas" / name, text.encode("utf-8")):
            written.append(f"schemas/{name}")
    return written
