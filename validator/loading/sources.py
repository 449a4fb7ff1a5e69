"""What the loading layer hands to the rules: parsed files with their models."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from validator.loading.yaml_loader import YamlDocument

if TYPE_CHECKING:
    from validator.models import Area, Cncs, Lineamientos, Plataformas

FileKind = Literal["area", "lineamientos", "plataformas", "cncs"]


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """One schema problem, already mapped to a place in the file."""

    line: int
    column: int
    code: str
    params: dict[str, Any]


@dataclass(slots=True)
class SourceFile:
    """One inventory file: its bytes' YAML, its typed model (when valid), its issues."""

    path: str  # repository-relative, '/' separators
    abspath: Path
    kind: FileKind
    doc: YamlDocument
    model: Any = None
    schema_issues: list[SchemaIssue] = field(default_factory=list)

    @property
    def stem(self) -> str:
        name = self.path.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0]

    @property
    def clave(self) -> str | None:
        """The area's clave as written in the file (falls back to the file name)."""
        if self.kind != "area":
            return None
        if self.model is not None:
            return str(self.model.clave)
        data = self.doc.data
        if isinstance(data, dict) and isinstance(data.get("clave"), str):
            return data["clave"]
        return self.stem

    @property
    def area(self) -> Area:
        """The valid Area model (only call on files from ``Context.areas``)."""
        assert self.model is not None
        return self.model  # type: ignore[no-any-return]


@dataclass(slots=True)
class Inventory:
    root: Path
    lineamientos_file: SourceFile
    plataformas_file: SourceFile
    cncs_file: SourceFile
    area_files: list[SourceFile]

    @property
    def catalog_files(self) -> list[SourceFile]:
        return [self.lineamientos_file, self.plataformas_file, self.cncs_file]

    @property
    def files(self) -> list[SourceFile]:
        return [*self.catalog_files, *self.area_files]

    @property
    def valid_areas(self) -> list[Area]:
        """The models of the area files that passed the schema, in file order."""
        return [f.model for f in self.area_files if f.model is not None]

    @property
    def lineamientos(self) -> Lineamientos | None:
        return self.lineamientos_file.model  # type: ignore[no-any-return]

    @property
    def plataformas(self) -> Plataformas | None:
        return self.plataformas_file.model  # type: ignore[no-any-return]

    @property
    def cncs(self) -> Cncs | None:
        return self.cncs_file.model  # type: ignore[no-any-return]
