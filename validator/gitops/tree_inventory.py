"""The inventory as it stood at a commit, read from git blobs through the normal loader.

Nothing here parses YAML or validates models itself: the blob's bytes go through the same
strict loader (:func:`validator.loading.yaml_loader.load_bytes`) and the same models
(:func:`validator.loading.inventory.validate_model`) as the working tree, so an area that
is invalid on disk is invalid in history in exactly the same way. Parsed blobs are cached by
object id: walking a long history re-reads only the versions that changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.loading.inventory import validate_model
from validator.loading.repo import AREAS_DIR, CATALOGS
from validator.loading.sources import FileKind, Inventory, SourceFile
from validator.loading.yaml_loader import DEFAULT_MAX_BYTES, LoadError, YamlDocument, load_bytes

if TYPE_CHECKING:
    from git import Blob, Commit, Tree

_SYMLINK_MODE = 0o120000
AREA_SUFFIXES = (".yaml", ".yml")


def is_area_path(path: str) -> bool:
    """``inventory/areas/<name>.yaml`` (or ``.yml``), directly in the areas folder."""
    prefix = AREAS_DIR + "/"
    if not path.startswith(prefix):
        return False
    name = path[len(prefix) :]
    return "/" not in name and name.endswith(AREA_SUFFIXES) and not name.startswith(".")


def area_stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


class TreeReader:
    """Reads inventory files from commits; one instance per command run (it caches)."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._docs: dict[tuple[str, str], tuple[YamlDocument, Any, list[Any]]] = {}

    # -- single files ---------------------------------------------------------------------------
    def source(self, commit: Commit, rel: str, kind: FileKind) -> SourceFile | None:
        """The file ``rel`` as it was at ``commit`` (None when it did not exist)."""
        obj = _lookup(commit.tree, rel)
        if obj is None:
            return None
        return self._from_object(obj, rel, kind)

    def area(self, commit: Commit, rel: str) -> SourceFile | None:
        return self.source(commit, rel, "area")

    def _from_object(self, obj: Any, rel: str, kind: FileKind) -> SourceFile:
        key = (obj.hexsha, kind)
        cached = self._docs.get(key)
        if cached is None:
            source = SourceFile(path=rel, abspath=self.root / rel, kind=kind, doc=self._read(obj))
            if source.doc.error is None:
                validate_model(source)
            cached = (source.doc, source.model, source.schema_issues)
            self._docs[key] = cached
        doc, model, issues = cached
        return SourceFile(
            path=rel,
            abspath=self.root / rel,
            kind=kind,
            doc=doc,
            model=model,
            schema_issues=list(issues),
        )

    def _read(self, obj: Any) -> YamlDocument:
        if obj.type != "blob" or obj.mode == _SYMLINK_MODE:
            return YamlDocument(text="", error=LoadError("not_regular", 1, 1, {}))
        blob: Blob = obj
        if blob.size > self.max_bytes:
            return YamlDocument(
                text="",
                error=LoadError("too_large", 1, 1, {"size": blob.size, "limit": self.max_bytes}),
            )
        return load_bytes(blob.data_stream.read(), self.max_bytes)

    # -- whole inventory ------------------------------------------------------------------------
    def area_paths(self, commit: Commit) -> list[str]:
        """Every area file at ``commit``, sorted (as :func:`validator.loading.repo.area_paths`)."""
        folder = _lookup(commit.tree, AREAS_DIR)
        if folder is None or folder.type != "tree":
            return []
        paths = (f"{AREAS_DIR}/{entry.name}" for entry in folder)
        return sorted(p for p in paths if is_area_path(p))

    def inventory(self, commit: Commit, *, areas: bool = True) -> Inventory:
        """The whole inventory at ``commit`` (catalogues only when ``areas`` is False)."""
        catalogs = {
            kind: self.source(commit, rel, kind) or _missing(self.root, rel, kind)
            for kind, rel in CATALOGS.items()
        }
        area_files: list[SourceFile] = []
        if areas:
            for rel in self.area_paths(commit):
                source = self.area(commit, rel)
                if source is not None:
                    area_files.append(source)
        return Inventory(
            root=self.root,
            lineamientos_file=catalogs["lineamientos"],
            plataformas_file=catalogs["plataformas"],
            cncs_file=catalogs["cncs"],
            area_files=area_files,
        )


def _lookup(tree: Tree, rel: str) -> Any:
    try:
        return tree / rel
    except KeyError:
        return None


def _missing(root: Path, rel: str, kind: FileKind) -> SourceFile:
    doc = YamlDocument(text="", error=LoadError("missing", 1, 1, {}))
    return SourceFile(path=rel, abspath=root / rel, kind=kind, doc=doc)
