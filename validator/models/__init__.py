"""Typed models of the inventory (pydantic v2). Field names are the YAML keys.

The models are imported on first use (``from validator.models import Area`` works as
always): importing one of its modules (say ``validator.models.clean_text``) does not build
every pydantic model (~50 ms), which matters for processes that never validate.

Floor 1: data only, no I/O; imports nothing of the package but the leaves (floor 0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from validator.models.area import Area
    from validator.models.catalogs import Cncs, Lineamientos, Plataforma, Plataformas

__all__ = ["Area", "Cncs", "Lineamientos", "Plataforma", "Plataformas"]

_HOMES = {
    "Area": "validator.models.area",
    "Cncs": "validator.models.catalogs",
    "Lineamientos": "validator.models.catalogs",
    "Plataforma": "validator.models.catalogs",
    "Plataformas": "validator.models.catalogs",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
