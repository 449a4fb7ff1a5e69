"""Load the whole inventory: read, parse, validate models. Errors become values."""

from __future__ import annotations

import errno
import os
import stat
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from validator.collector import gc_paused
from validator.loading.repo import CATALOGS, area_paths, relpath
from validator.loading.schema_issues import issues_from_error
from validator.loading.sources import FileKind, Inventory, SourceFile
from validator.loading.yaml_loader import DEFAULT_MAX_BYTES, LoadError, YamlDocument, load_bytes


def _model_for(kind: FileKind) -> type[Any]:
    """The model class of one kind of file (its module is imported on first use)."""
    import validator.models

    names: dict[FileKind, str] = {
        "area": "Area",
        "lineamientos": "Lineamientos",
        "plataformas": "Plataformas",
        "cncs": "Cncs",
    }
    model: type[Any] = getattr(validator.models, names[kind])
    return model


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> YamlDocument:
    try:
        st = os.lstat(path)  # one system call for the common case: a regular file
    except OSError:
        st = None
    # Symlinks, directories, missing or unstatable paths: the original checks, verbatim.
    if (st is None or not stat.S_ISREG(st.st_mode)) and (path.is_symlink() or not path.is_file()):
        code = "missing" if not path.exists() else "not_regular"
        return YamlDocument(text="", error=LoadError(code, 1, 1, {}))
    try:
        size = st.st_size if st is not None else path.stat().st_size
        if size > max_bytes:
            return YamlDocument(
                text="", error=LoadError("too_large", 1, 1, {"size": size, "limit": max_bytes})
            )
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        return YamlDocument(text="", error=LoadError("unreadable", 1, 1, {"reason": exc.strerror}))
    return load_bytes(raw, max_bytes)


def load_source(
    root: Path,
    path: Path,
    kind: FileKind,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rel: str | None = None,
) -> SourceFile:
    """One file: read, parsed and, when it is plain YAML, validated by its model."""
    doc = read_document(path, max_bytes)
    source = SourceFile(path=rel or relpath(root, path), abspath=path, kind=kind, doc=doc)
    if doc.error is None:
        validate_model(source)
    return source


def validate_model(source: SourceFile) -> None:
    from validator.models.model_api import keys_at, validate

    model_cls = _model_for(source.kind)
    data: Any = source.doc.data
    try:
        source.model = validate(model_cls, data)
    except ValidationError as exc:
        source.schema_issues = issues_from_error(
            exc, source.doc, lambda path: keys_at(model_cls, path)
        )
        source.model = None
        source.doc.drop_index()  # the issues have their lines; rebuilt if a rule asks


def load_inventory(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Inventory:
    """Every inventory file, parsed and validated."""
    with gc_paused():
        return _load_inventory(root, max_bytes)


def _load_inventory(root: Path, max_bytes: int) -> Inventory:
    paths = area_paths(root)
    rels = _area_relpaths(root, paths)
    catalogs = {
        kind: _settled(load_source(root, root / rel, kind, max_bytes))
        for kind, rel in CATALOGS.items()
    }
    areas = [
        _settled(load_source(root, p, "area", max_bytes, rel))
        for p, rel in zip(paths, rels, strict=True)
    ]
    return Inventory(
        root=root,
        lineamientos_file=catalogs["lineamientos"],
        plataformas_file=catalogs["plataformas"],
        cncs_file=catalogs["cncs"],
        area_files=areas,
    )


def _settled(source: SourceFile) -> SourceFile:
    """Once a file has its model, its plain values are not kept twice: the model holds
    every value (``doc.data`` re-parses on demand if anything asks for it); nor is its text:
    it is read again from the file if something asks for it (comments, a finding's line)."""
    if source.model is not None:
        source.doc.release_data()
        source.doc.release_text(partial(_read_again, source.abspath), source.path)
    return source


def _read_again(path: Path) -> bytes:
    """A released file's bytes, read as at first (a file that became something else is
    unreadable now: the document then reports that the file changed)."""
    if not stat.S_ISREG(os.lstat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    with open(path, "rb") as fh:
        return fh.read()


def _area_relpaths(root: Path, paths: list[Path]) -> list[str | None]:
    """``relpath(root, p)`` for every area file, resolving the folder once instead of every
    file (same result: a file that is not a symlink resolves inside its resolved folder).
    ``None`` (= compute it the long way) for symlinks."""
    if not paths:
        return []
    folder = paths[0].parent
    try:
        folder_rel: str | None = folder.resolve().relative_to(root).as_posix()
    except ValueError:
        folder_rel = None
    out: list[str | None] = []
    for p in paths:
        if p.parent != folder or p.is_symlink():
            out.append(None)
        elif folder_rel is None:
            out.append(p.as_posix())
        else:
            out.append(f"{folder_rel}/{p.name}" if folder_rel != "." else p.name)
    return out
