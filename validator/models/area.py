"""Model of ``inventory/areas/<clave>.yaml``: one área responsable.

Obligations that a *rule* judges (with its clause) are optional here, so that a missing
designation is reported as ``formato-designacion`` (4.2 IV), not as a bare schema error.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from validator.models.types import (
    Clave,
    Email,
    GithubLogin,
    IsoDate,
    LongText,
    Oficio,
    Sha256,
    StrictModel,
    Telefono,
    Text,
)

TipoArea = Literal["oficinas_centrales", "junta_local", "junta_distrital"]
NivelMando = Literal["superior", "medio", "operativo"]
Vinculo = Literal["servidora_publica", "prestadora_servicios"]
Rol = Literal["propietaria", "suplente"]
EstadoCorreo = Literal["solicitado", "asignado", "baja"]
TipoInforme = Literal["cambio", "trimestral"]
# The 32 federal entities (INE's usual short codes).
Entidad = Literal[
    "ags", "bc", "bcs", "camp", "coah", "col", "chis", "chih", "cdmx", "dgo", "gto", "gro",
    "hgo", "jal", "mex", "mich", "mor", "nay", "nl", "oax", "pue", "qro", "qroo", "slp",
    "sin", "son", "tab", "tamps", "tlax", "ver", "yuc", "zac",
]  # fmt: skip


def _account_ref(value: str) -> str:
    plataforma, sep, usuario = value.partition("/")
    if not sep or not plataforma or not usuario.strip():
        raise PydanticCustomError("cuenta_ref", "expected plataforma/usuario")
    return value


#: An account as an Anexo 2 lists it: ``plataforma/usuario`` (e.g. ``facebook/INEMexico``).
CuentaRef = Annotated[Text, AfterValidator(_account_ref)]


class Documento(StrictModel):
    sha256: Sha256 | None = None
    ruta: Text | None = None


class Responsiva(StrictModel):
    fecha: IsoDate | None = None
    documento: Documento | None = None
    # The accounts the signed Anexo 2 lists ("las cuentas que se enlistan a continuación").
    # Optional here so that a file in the format before issue 11 gets a rule's finding
    # (formato-responsiva: add it), not a bare schema error.
    cuentas: list[CuentaRef] | None = None


class Titular(StrictModel):
    nombre: Text
    cargo: Text
    correo: Email
    github: GithubLogin


class Administrador(StrictModel):
    nombre: Text
    cargo: Text
    nivel_mando: NivelMando
    vinculo: Vinculo
    correo: Email
    telefono: Telefono
    desde: IsoDate
    responsiva: Responsiva | None = None


class Administradores(StrictModel):
    propietaria: Administrador | None = None
    suplente: Administrador | None = None


class Designa(StrictModel):
    """Whom the Anexo 1 designates: each person's ``correo``."""

    propietaria: Email
    suplente: Email


class Designacion(StrictModel):
    fecha: IsoDate | None = None
    designa: Designa | None = None  # optional: formato-designacion asks for it by name
    oficio: Oficio | None = None
    remitida_cncs: IsoDate | None = None
    documento: Documento | None = None


class Informe(StrictModel):
    fecha: IsoDate
    tipo: TipoInforme
    oficio: Oficio | None = None


class CambioContrasena(StrictModel):
    fecha: IsoDate
    informado_titular: IsoDate | None = None


class Contrasena(StrictModel):
    cambios: list[CambioContrasena] = Field(default_factory=list)


class CorreoGenerico(StrictModel):
    correo: Email
    estado: EstadoCorreo
    tramita: Rol
    solicitado: IsoDate
    asignado: IsoDate | None = None
    baja: IsoDate | None = None
    # 4.3 VIII, 4.4 III: the generic address's own password changes (only dates).
    contrasena: Contrasena | None = None

    @model_validator(mode="after")
    def _assigned_has_date(self) -> CorreoGenerico:
        if self.estado == "asignado" and self.asignado is None:
            raise PydanticCustomError("asignado_requerido", "asignado is required")
        return self


class Asociacion(StrictModel):
    fecha: IsoDate
    notificada_cncs: IsoDate | None = None


class SegundoFactor(StrictModel):
    activo: bool
    dispositivo: Literal["propietaria", "suplente", "titular"] | None = None
    # Whose device holds it (that person's ``correo``) and since when (4.3 V); optional here
    # so that segundo-factor names them when they are missing.
    persona: Email | None = None
    desde: IsoDate | None = None


class Incidente(StrictModel):
    fecha: IsoDate
    descripcion: LongText
    contrasena_cambiada: IsoDate | None = None
    ticket_cau: Text | None = None
    notificado_titular: IsoDate | None = None
    notificado_cncs: IsoDate | None = None


class Cuenta(StrictModel):
    plataforma: Text
    usuario: Text
    url: Text
    correo_asociado: Email | None = None
    vinculada_a_cuenta_externa: bool
    asociacion: Asociacion | None = None
    segundo_factor: SegundoFactor | None = None
    contrasena: Contrasena | None = None
    accesos: list[Text] = Field(default_factory=list)
    incidentes: list[Incidente] = Field(default_factory=list)


class Area(StrictModel):
    version: Literal[1]
    clave: Clave
    nombre: Text
    tipo: TipoArea
    entidad: Entidad | None = None
    distrito: int | None = Field(default=None, ge=1, le=300)
    titular: Titular
    administradores: Administradores
    designacion: Designacion | None = None
    informes: list[Informe] = Field(default_factory=list)
    correos_genericos: list[CorreoGenerico] = Field(default_factory=list)
    cuentas: list[Cuenta] = Field(default_factory=list)

    def administrators(self) -> list[tuple[Rol, Administrador]]:
        out: list[tuple[Rol, Administrador]] = []
        if self.administradores.propietaria is not None:
            out.append(("propietaria", self.administradores.propietaria))
        if self.administradores.suplente is not None:
            out.append(("suplente", self.administradores.suplente))
        return out


def same_person(a: str | None, b: str | None) -> bool:
    """Two ``correo`` values name the same person (addresses compare case-insensitively)."""
    return a is not None and b is not None and a.strip().casefold() == b.strip().casefold()
