"""Typed models of the inventory (pydantic v2). Field names are the YAML keys."""

from __future__ import annotations

from validator.models.area import Area
from validator.models.catalogs import Cncs, Lineamientos, Plataforma, Plataformas

__all__ = ["Area", "Cncs", "Lineamientos", "Plataforma", "Plataformas"]
