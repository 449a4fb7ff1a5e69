"""What every generator reads and writes: the sources, the output type, the shared paths.

Floor 5 (generators): the generator modules import this, never the package's ``__init__``
(which imports every generator for its registry: importing it back would be a cycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.loading.sources import Inventory
    from validator.models import Area, Cncs, Plataformas

Outputs = dict[str, bytes]

ROSTER_JSON = "generated/cncs/administradores.json"
UTSI_JSON = "generated/utsi/correos-genericos.json"
PUBLIC_JSON = "generated/publico/cuentas-oficiales.json"
CODEOWNERS = ".github/CODEOWNERS"
ATTRIBUTES = "generated/.gitattributes"


@dataclass(frozen=True, slots=True)
class AreaSource:
    path: str  # repository-relative path of the area file
    area: Area


@dataclass(frozen=True, slots=True)
class Sources:
    """What every generator reads: valid areas (sorted by clave) and two catalogues."""

    areas: tuple[AreaSource, ...]
    plataformas: Plataformas
    cncs: Cncs

    def platform_name(self, key: str) -> str:
        entry = self.plataformas.plataformas.get(key)
        return entry.nombre if entry is not None else key


def collect(inventory: Inventory, plataformas: Plataformas, cncs: Cncs) -> Sources:
    areas = [
        AreaSource(path=f.path, area=f.model) for f in inventory.area_files if f.model is not None
    ]
    areas.sort(key=lambda a: (a.area.clave, a.path))
    return Sources(areas=tuple(areas), plataformas=plataformas, cncs=cncs)
