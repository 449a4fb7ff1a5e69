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
    Count,
    Email,
    Flag,
    GithubLogin,
    IsoDate,
    LongText,
    Oficio,
    Sha256,
    Telefono,
    Text,
    Version,
    strict_model,
)

# The closed vocabularies (re-exported: the model's readers look for them here) live in a
# module without pydantic, for the tools that need the words and not the model.
from validator.models.vocabulary import ENTIDAD_NOMBRES as ENTIDAD_NOMBRES
from validator.models.vocabulary import Entidad as Entidad
from validator.models.vocabulary import EstadoCorreo as EstadoCorreo
from validator.models.vocabulary import NivelMando as NivelMando
from validator.models.vocabulary import Rol as Rol
from validator.models.vocabulary import TipoArea as TipoArea
from validator.models.vocabulary import TipoInforme as TipoInforme
from validator.models.vocabulary import Vinculo as Vinculo


def _account_ref(value: str) -> str:
    plataforma, sep, usuario = value.partition("/")
    if not sep or not plataforma or not usuario.strip():
        raise PydanticCustomError("cuenta_ref", "expected plataforma/usuario")
    return value


#: An account as an Anexo 2 lists it: ``plataforma/usuario`` (e.g. ``facebook/INEMexico``).
CuentaRef = Annotated[
    Text,
    AfterValidator(_account_ref),
    # the same shape for editors reading the JSON Schema (the model says it in Spanish)
    Field(json_schema_extra={"pattern": r"^[^/]+/.*\S"}),
]


@strict_model
class Documento:
    sha256: Sha256 | None = None
    """Huella SHA-256 (64 caracteres hexadecimales en minúsculas) del escaneo del formato firmado; la anota `ine-redes formatos registrar`, que la calcula."""
    ruta: Text | None = None
    """Ruta, dentro del repositorio, de la copia del escaneo firmado (inventory/documentos/<clave>/...); opcional, la anota `ine-redes formatos registrar --copiar`."""


@strict_model
class Responsiva:
    fecha: IsoDate | None = None
    """Fecha (AAAA-MM-DD) de la carta responsiva (Anexo 2) firmada por esta persona (4.3 I)."""
    documento: Documento | None = None
    """Escaneo de la carta responsiva firmada: su huella SHA-256 y, si se guardó en el repositorio, su ruta."""
    # Optional here so that a file in the format before issue 11 gets a rule's finding
    # (responsiva-cuentas: add it), not a bare schema error.
    cuentas: list[CuentaRef] | None = None
    """Cuentas que enlista la responsiva firmada («las cuentas que se enlistan a continuación»), cada una como plataforma/usuario (p. ej. facebook/INEMexico); debe incluir cada cuenta actual del área (Anexo 2; 4.3 I)."""


@strict_model
class Titular:
    nombre: Text
    """Nombre completo de la persona titular del área responsable, tal como firma los formatos (4.2)."""
    cargo: Text
    """Cargo de la persona titular del área responsable."""
    correo: Email
    """Correo institucional propio de la persona titular (@ine.mx); nunca se asocia a una cuenta de redes sociales (4.2 II)."""
    github: GithubLogin
    """Cuenta de GitHub de la persona titular: la que abre los pull requests que cambian este archivo."""


@strict_model
class Administrador:
    nombre: Text
    """Nombre completo de la persona administradora, como aparece en el formato de designación (Anexo 1)."""
    cargo: Text
    """Cargo de la persona administradora."""
    nivel_mando: NivelMando
    """Nivel de mando: la propietaria debe ser de mando superior o medio, la suplente de mando medio u operativo (4.2 III)."""
    vinculo: Vinculo
    """Vínculo con el Instituto: servidora_publica o prestadora_servicios (4.2 III habla de personas servidoras públicas)."""
    correo: Email
    """Correo institucional propio de la persona (@ine.mx), distinto del de la otra persona administradora (4.2 III); no es un correo genérico."""
    telefono: Telefono
    """Teléfono institucional con extensión, entre comillas (p. ej. \"449 910 0000 ext. 1234\"); se pide en el Anexo 1."""
    desde: IsoDate
    """Fecha (AAAA-MM-DD) en que surte efecto la designación; de ella corren los plazos del aviso de cambio (4.2 V) y de los formatos (4.2 IV)."""
    responsiva: Responsiva | None = None
    """Carta responsiva (Anexo 2) que esta persona firma al asumir el cargo (4.3 I)."""


@strict_model
class Administradores:
    propietaria: Administrador | None = None
    """Persona administradora propietaria: de mando superior o medio; el segundo factor se activa en su dispositivo (4.2 III; 4.3 V)."""
    suplente: Administrador | None = None
    """Persona administradora suplente: de mando medio u operativo, distinta de la propietaria (4.2 III)."""


@strict_model
class Designa:
    """Whom the Anexo 1 designates: each person's ``correo``."""

    propietaria: Email
    """Correo de la persona que el Anexo 1 designa como propietaria."""
    suplente: Email
    """Correo de la persona que el Anexo 1 designa como suplente."""


@strict_model
class Designacion:
    fecha: IsoDate | None = None
    """Fecha (AAAA-MM-DD) del formato de designación (Anexo 1) de la pareja actual (4.2 IV)."""
    designa: Designa | None = None  # optional: formato-designacion asks for it by name
    """A quién designa el Anexo 1 firmado: el correo de la propietaria y el de la suplente; debe nombrar a la pareja actual (4.2 III-IV; Anexo 1)."""
    oficio: Oficio | None = None
    """Número del oficio con que se remitió el Anexo 1 a la CNCS (p. ej. INE/JDE05-AGS/0042/2026)."""
    remitida_cncs: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que el Anexo 1 se remitió a la CNCS; no es anterior a la del formato (4.2 IV)."""
    documento: Documento | None = None
    """Escaneo del Anexo 1 firmado: su huella SHA-256 y, si se guardó en el repositorio, su ruta."""


@strict_model
class Informe:
    fecha: IsoDate
    """Fecha (AAAA-MM-DD) del oficio con que se informó a la CNCS (4.2 V)."""
    tipo: TipoInforme
    """cambio: aviso de un cambio de persona administradora (dentro del plazo en días hábiles); trimestral: informe periódico (4.2 V)."""
    oficio: Oficio | None = None
    """Número del oficio del informe."""


@strict_model
class CambioContrasena:
    fecha: IsoDate
    """Fecha (AAAA-MM-DD) del cambio de contraseña; se cambia al menos cada dos meses (4.3 VIII). Nunca se escribe la contraseña."""
    informado_titular: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que se informó el cambio a la persona titular; no anterior al cambio (4.3 IX)."""


@strict_model
class Contrasena:
    cambios: list[CambioContrasena] = Field(default_factory=list)
    """Registro de los cambios de contraseña (solo fechas, nunca la contraseña) (4.3 VI; 4.3 VIII)."""


@strict_model
class CorreoGenerico:
    correo: Email
    """Correo genérico de redes del área (p. ej. redes.jd01ags@ine.mx), asignado por la UTSI; nunca el de una persona (4.3 II; 4.4 II)."""
    estado: EstadoCorreo
    """solicitado (en trámite ante la UTSI), asignado (ya se puede asociar a cuentas) o baja (dado de baja; con su fecha en baja) (4.4)."""
    tramita: Rol
    """Quién lo tramita ante la UTSI por conducto de la CNCS: propietaria o suplente (4.4 I)."""
    solicitado: IsoDate
    """Fecha (AAAA-MM-DD) de la solicitud a la UTSI (4.4 I)."""
    asignado: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que la UTSI lo asignó; obligatoria con estado asignado."""
    baja: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que se dio de baja el correo; va con estado baja y aparece en el listado de la UTSI."""
    # 4.3 VIII, 4.4 III: the generic address's own password changes (only dates).
    contrasena: Contrasena | None = None
    """Registro de los cambios de contraseña del correo genérico (solo fechas); el primero vence dos meses después de asignado (4.3 VIII; 4.4 III)."""

    @model_validator(mode="after")
    def _assigned_has_date(self) -> CorreoGenerico:
        if self.estado == "asignado" and self.asignado is None:
            raise PydanticCustomError("asignado_requerido", "asignado is required")
        return self


@strict_model
class Asociacion:
    fecha: IsoDate
    """Fecha (AAAA-MM-DD) en que el correo genérico se asoció a la cuenta."""
    notificada_cncs: IsoDate | None = None
    """Fecha (AAAA-MM-DD) del aviso de la asociación a la CNCS (cncs@ine.mx); no anterior a la asociación (4.3 III)."""


@strict_model
class SegundoFactor:
    activo: Flag
    """true si el segundo factor de autenticación está activo; obligatorio en las plataformas que lo permiten (4.3 V)."""
    dispositivo: Literal["propietaria", "suplente", "titular"] | None = None
    """Dispositivo en que está activo: el de la persona propietaria, como pide 4.3 V."""
    # Optional here so that segundo-factor names them when they are missing (issue 11).
    persona: Email | None = None
    """Correo de la persona en cuyo dispositivo está el segundo factor: la propietaria actual (4.3 V)."""
    desde: IsoDate | None = None
    """Fecha (AAAA-MM-DD) desde la que está en el dispositivo de esa persona; no anterior a su desde (4.3 V)."""


@strict_model
class Incidente:
    fecha: IsoDate
    """Fecha (AAAA-MM-DD) del incidente de seguridad (acceso indebido, robo de identidad, extravío del dispositivo...)."""
    descripcion: LongText
    """Qué ocurrió, sin contraseñas ni códigos."""
    contrasena_cambiada: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que se cambió la contraseña tras el incidente (4.3 X)."""
    ticket_cau: Text | None = None
    """Número del reporte al Centro de Atención a Usuarios (CAU) de la UTSI (4.3 X)."""
    notificado_titular: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que se avisó a la persona titular (4.3 X)."""
    notificado_cncs: IsoDate | None = None
    """Fecha (AAAA-MM-DD) en que se avisó a la CNCS (4.3 X)."""


@strict_model
class Cuenta:
    plataforma: Text
    """Clave de la red social en inventory/plataformas.yaml (facebook, x, instagram...) (3 g)."""
    usuario: Text
    """Nombre de usuario de la cuenta, sin @ (el mismo que aparece en la url)."""
    url: Text
    """Dirección pública https de la cuenta en la plataforma (p. ej. https://x.com/INEMexico)."""
    correo_asociado: Email | None = None
    """Correo genérico asignado del área al que está asociada la cuenta (@ine.mx); nunca el de una persona (4.1 párr. 3; 4.3 II)."""
    vinculada_a_cuenta_externa: Flag
    """Siempre false: una cuenta institucional no se vincula a cuentas personales ni externas (4.1 párr. 3 (2))."""
    asociacion: Asociacion | None = None
    """Cuándo se asoció el correo genérico a la cuenta y cuándo se avisó a la CNCS (4.3 III)."""
    segundo_factor: SegundoFactor | None = None
    """Segundo factor de autenticación de la cuenta (4.3 V)."""
    contrasena: Contrasena | None = None
    """Registro de los cambios de contraseña; nunca la contraseña (4.3 VI; 4.3 VIII)."""
    accesos: list[Text] = Field(default_factory=list)
    """Quiénes tienen acceso a la cuenta: solo propietaria, suplente y titular (4.1 párr. 2)."""
    incidentes: list[Incidente] = Field(default_factory=list)
    """Incidentes de seguridad de la cuenta y su atención (4.3 X)."""


@strict_model
class Area:
    version: Version
    """Versión del formato del archivo: 1."""
    clave: Clave
    """Clave del área, igual al nombre del archivo (2 a 16 letras minúsculas sin acentos o dígitos, p. ej. jd05ags)."""
    nombre: Text
    """Nombre oficial del área responsable (p. ej. Junta Distrital Ejecutiva 05 en Aguascalientes)."""
    tipo: TipoArea
    """oficinas_centrales, junta_local o junta_distrital; las juntas llevan entidad y las distritales, distrito (3 a)."""
    entidad: Entidad | None = None
    """Código de la entidad federativa de la junta (ags, cdmx, jal, mex...); obligatorio en juntas locales y distritales."""
    distrito: Annotated[Count, Field(ge=1, le=300)] | None = None
    """Número del distrito electoral federal (1 a 300); obligatorio en juntas distritales."""
    titular: Titular
    """Persona titular del área responsable, que designa a las personas administradoras (4.2)."""
    administradores: Administradores
    """Las dos personas administradoras de las cuentas: propietaria y suplente (4.2 III)."""
    designacion: Designacion | None = None
    """Formato de designación (Anexo 1) de la pareja actual y su remisión a la CNCS (4.2 IV)."""
    informes: list[Informe] = Field(default_factory=list)
    """Informes a la CNCS: avisos de cambio y trimestrales (4.2 V)."""
    correos_genericos: list[CorreoGenerico] = Field(default_factory=list)
    """Correos genéricos de redes del área, solicitados por conducto de la CNCS y asignados por la UTSI (4.4)."""
    cuentas: list[Cuenta] = Field(default_factory=list)
    """Cuentas institucionales del área en redes sociales (3 d; 4.3)."""

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
