"""Which headers make which kind of sheet, and the words a cell may hold.

The headers are those of the lists ``generate`` writes (``generated/cncs/administradores``,
``generated/utsi/correos-genericos``), taken from the generators' own columns, plus the
template's; a header is matched without regard to case, accents or spacing. Closed values
(rol, nivel de mando, vínculo, estado) are accepted as the code (``servidora_publica``) or as
the label the lists show (``Servidora pública``), from :mod:`validator.generators.labels`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import get_args

from validator.generators.labels import ESTADO_CORREO, NIVEL_MANDO, ROL, VINCULO
from validator.models.vocabulary import Entidad, TipoArea


def norm(text: str) -> str:
    """Case-, accent- and space-insensitive form of a header or a word."""
    decomposed = unicodedata.normalize("NFKD", text.replace("*", ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("_", " ").split())


@dataclass(frozen=True, slots=True)
class Col:
    key: str
    header: str  # as the template writes it
    required: bool = False
    aliases: tuple[str, ...] = ()
    help: str = ""  # for the template's instructions sheet and docs/importar.md

    @property
    def names(self) -> set[str]:
        return {norm(self.header), *(norm(a) for a in self.aliases)}


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    title: str  # the template's sheet name
    columns: tuple[Col, ...]
    marks: tuple[str, ...]  # headers whose presence says a sheet is of this kind

    def match(self, headers: list[str]) -> bool:
        present = {norm(h) for h in headers}
        return all(norm(m) in present for m in self.marks)

    def positions(self, headers: list[str]) -> dict[str, int]:
        """Column key → index in ``headers`` (first match wins)."""
        out: dict[str, int] = {}
        for index, header in enumerate(headers):
            n = norm(header)
            for col in self.columns:
                if col.key not in out and n in col.names:
                    out[col.key] = index
        return out

    def missing(self, headers: list[str]) -> list[str]:
        found = self.positions(headers)
        return [c.header for c in self.columns if c.required and c.key not in found]


AREAS = Kind(
    "areas",
    "Áreas",
    (
        Col("clave", "Clave", True, help="clave del área: cncs, deceyec, jlags, jd01ags …"),
        Col("nombre", "Área", True, ("Nombre del área",), "nombre oficial del área"),
        Col("tipo", "Tipo", help="oficinas_centrales, junta_local o junta_distrital (o vacío: "
            "se deduce de la clave)"),
        Col("entidad", "Entidad", help="código o nombre de la entidad (ags, Jalisco …)"),
        Col("distrito", "Distrito", help="número de distrito (juntas distritales)"),
        Col("titular_nombre", "Titular", help="nombre de la persona titular del área"),
        Col("titular_cargo", "Cargo del titular"),
        Col("titular_correo", "Correo del titular", help="su correo institucional"),
        Col("titular_github", "GitHub del titular", help="cuenta de GitHub que abre los PR"),
    ),
    marks=("Clave", "Titular"),
)  # fmt: skip

PERSONAS = Kind(
    "personas",
    "Personas",
    (
        Col("clave", "Clave", True),
        Col("area", "Área"),
        Col("rol", "Rol", True, help="Propietaria o Suplente"),
        Col("nombre", "Nombre", True),
        Col("cargo", "Cargo", True),
        Col("nivel_mando", "Nivel de mando", True, help="Superior, Medio u Operativo"),
        Col("vinculo", "Vínculo", True, help="Servidora pública o Prestadora de servicios"),
        Col("correo", "Correo", True, help="correo institucional propio de la persona"),
        Col("telefono", "Teléfono", True),
        Col("desde", "Desde", True, help="fecha en que surte efecto la designación"),
        Col("fecha_responsiva", "Fecha de responsiva", help="fecha del Anexo 2 firmado"),
        Col("fecha_designacion", "Fecha de designación", help="fecha del Anexo 1"),
    ),
    marks=("Rol", "Nivel de mando"),
)

CUENTAS = Kind(
    "cuentas",
    "Cuentas",
    (
        Col("clave", "Clave", True),
        Col("area", "Área"),
        Col("plataforma", "Plataforma", True, ("plataforma_id",), "Facebook, X, YouTube …"),
        Col("usuario", "Usuario", True, help="nombre de usuario, sin @"),
        Col("url", "URL", True, help="dirección pública de la cuenta"),
        Col("correo_asociado", "Correo asociado", help="correo genérico asociado a la cuenta"),
        Col(
            "vinculada",
            "Vinculada a cuenta externa",
            help="sí o no: ¿la cuenta está vinculada a otra cuenta (personal o de terceros)?",
        ),
        Col("asociacion", "Fecha de asociación", help="fecha en que se asoció el correo"),
    ),
    marks=("Usuario", "URL"),
)

CORREOS = Kind(
    "correos",
    "Correos genéricos",
    (
        Col("correo", "Correo genérico", True),
        Col("estado", "Estado", True, help="Solicitado, Asignado o Baja"),
        Col("clave", "Clave", True),
        Col("area", "Área"),
        Col("tramita", "Tramita (rol)", True, help="Propietaria o Suplente: quién lo tramita"),
        Col("solicitado", "Solicitado", True, help="fecha de la solicitud"),
        Col("asignado", "Asignado", help="fecha de asignación por la UTSI"),
        Col("baja", "Baja", help="fecha de baja"),
        Col("cuentas", "Cuentas asociadas", help="(sólo en la lista de la UTSI)"),
    ),
    marks=("Correo genérico",),
)

#: In the order a sheet is tried (the most specific marks first).
KINDS: tuple[Kind, ...] = (CORREOS, PERSONAS, CUENTAS, AREAS)
BY_KEY = {k.key: k for k in KINDS}


def kind_of(headers: list[str]) -> Kind | None:
    return next((k for k in KINDS if k.match(headers)), None)


def _reverse(table: dict[str, str]) -> dict[str, str]:
    out = {norm(code): code for code in table}
    out.update({norm(text): code for code, text in table.items()})
    return out


CODES: dict[str, dict[str, str]] = {
    "rol": _reverse(ROL),
    "nivel_mando": _reverse(NIVEL_MANDO),
    "vinculo": _reverse(VINCULO),
    "estado": _reverse(ESTADO_CORREO),
    "tramita": _reverse(ROL),
    "tipo": {norm(t): t for t in get_args(TipoArea)},
}
#: The labels a closed column offers (the template's drop-down lists).
CHOICES: dict[str, list[str]] = {
    "rol": list(ROL.values()),
    "tramita": list(ROL.values()),
    "nivel_mando": list(NIVEL_MANDO.values()),
    "vinculo": list(VINCULO.values()),
    "estado": list(ESTADO_CORREO.values()),
    "tipo": list(get_args(TipoArea)),
    "vinculada": ["sí", "no"],
}
ENTIDADES: tuple[str, ...] = get_args(Entidad)
BOOLEANS = {"si": True, "sí": True, "true": True, "verdadero": True, "1": True,
            "no": False, "false": False, "falso": False, "0": False}  # fmt: skip
