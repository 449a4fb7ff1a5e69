"""Where the repository is and which inventory files it holds."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

INVENTORY_DIR = "inventory"
AREAS_DIR = "inventory/areas"
CatalogKind = Literal["lineamientos", "plataformas", "cncs"]

CATALOGS: dict[CatalogKind, str] = {
    "lineamientos": "inventory/lineamientos.yaml",
    "plataformas": "inventory/plataformas.yaml",
    "cncs": "inventory/cncs.yaml",
}


class RepoNotFoundError(Exception):
    """No inventory repository at or above the given directory."""


def find_root(start: Path | None = None) -> Path:
    """The nearest directory at or above ``start`` holding ``inventory/lineamientos.yaml``."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CATALOGS["lineamientos"]).is_file():
            return candidate
    raise RepoNotFoundError(str(here))


def area_paths(root: Path) -> list[Path]:
    """Every area file, sorted; ``.yml`` files are included so that they get a finding."""
    folder = root / AREAS_DIR
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
    )


def relpath(root: Path, path: Path) -> str:
    """``path`` relative to ``root``. Only its folder is resolved: a symlink is reported under
    its own name, never under its target's (which may be another area, or a catalogue)."""
    try:
        return (path.parent.resolve() / path.name).relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
