"""Load the whole inventory: read, parse, validate models. Errors become values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from validator.loading.repo import CATALOGS, area_paths, relpath
from validator.loading.sources import FileKind, Inventory, SourceFile
from validator.loading.yaml_loader import DEFAULT_MAX_BYTES, LoadError, YamlDocument, load_bytes


def _model_for(kind: FileKind) -> type[BaseModel]:
    from validator.models import Area, Cncs, Lineamientos, Plataformas

    return {"area": Area, "lineamientos": Lineamientos, "plataformas": Plataformas, "cncs": Cncs}[
        kind
    ]


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> YamlDocument:
    try:
        if path.is_symlink() or not path.is_file():
            code = "missing" if not path.exists() else "not_regular"
            return YamlDocument(text="", error=LoadError(code, 1, 1, {}))
        size = path.stat().st_size
        if size > max_bytes:
            return YamlDocument(
                text="", error=LoadError("too_large", 1, 1, {"size": size, "limit": max_bytes})
            )
        raw = path.read_bytes()
    except OSError as exc:
        return YamlDocument(text="", error=LoadError("unreadable", 1, 1, {"reason": exc.strerror}))
    return load_bytes(raw, max_bytes)


def load_source(
    root: Path, path: Path, kind: FileKind, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceFile:
    doc = read_document(path, max_bytes)
    source = SourceFile(path=relpath(root, path), abspath=path, kind=kind, doc=doc)
    if doc.error is None:
        validate_model(source)
    return source


def validate_model(source: SourceFile) -> None:
    from validator.models.errors import issues_from_error

    model_cls = _model_for(source.kind)
    data: Any = source.doc.data
    try:
        source.model = model_cls.model_validate(data)
    except ValidationError as exc:
        source.schema_issues = issues_from_error(exc, source.doc)
        source.model = None


def load_inventory(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Inventory:
    catalogs = {
        kind: load_source(root, root / rel, kind, max_bytes) for kind, rel in CATALOGS.items()
    }  # type: ignore[arg-type]
    areas = [load_source(root, p, "area", max_bytes) for p in area_paths(root)]
    return Inventory(
        root=root,
        lineamientos_file=catalogs["lineamientos"],
        plataformas_file=catalogs["plataformas"],
        cncs_file=catalogs["cncs"],
        area_files=areas,
    )
