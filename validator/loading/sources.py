"""What the loading layer hands to the rules: parsed files with their models."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

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
    model: Any = None  # the model of its kind (Area, Lineamientos ...); see the typed accessors
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
        written = data.get("clave") if isinstance(data, dict) else None
        return written if isinstance(written, str) else self.stem

    @property
    def area(self) -> Area:
        """The valid Area model (only call on files from ``Context.areas``)."""
        assert self.model is not None
        return cast("Area", self.model)


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
        return cast("Lineamientos | None", self.lineamientos_file.model)

    @property
    def plataformas(self) -> Plataformas | None:
        return cast("Plataformas | None", self.plataformas_file.model)

    @property
    def cncs(self) -> Cncs | None:
        return cast("Cncs | None", self.cncs_file.model)
