"""Models of the three catalogues: lineamientos.yaml, plataformas.yaml, cncs.yaml."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from validator.models.types import CLEAN_LINE, Email, GithubLogin, IsoDate, StrictModel, Text


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise PydanticCustomError(
            "regex_invalida", "invalid regular expression: {reason}", {"reason": str(exc)}
        ) from None
    return value


def _pattern_with_clave(value: str) -> str:
    if "{clave}" not in value:
        raise PydanticCustomError("patron_sin_clave", "pattern lacks {clave}")
    _compiles(value.replace("{clave}", "x"))
    return value  # keep the placeholder: rules substitute each area's clave


Regex = Annotated[str, Field(min_length=1), AfterValidator(_compiles), CLEAN_LINE]
PatternWithClave = Annotated[
    str, Field(min_length=1), AfterValidator(_pattern_with_clave), CLEAN_LINE
]
Positive = Annotated[int, Field(ge=1, le=366)]
NonNegative = Annotated[int, Field(ge=0, le=366)]


class Lineamientos(StrictModel):
    version: Literal[1]
    """Versión del formato del archivo: 1."""
    dominio: Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$"), CLEAN_LINE]
    """Dominio institucional de todos los correos (ine.mx) (4.1 párr. 3 (1))."""
    correo_cncs: Email
    """Correo de la CNCS al que se avisan las asociaciones de correo y cuenta (4.3 III)."""
    correo_generico_patron: PatternWithClave
    """Expresión regular de los correos genéricos; {clave} se sustituye por la clave de cada área (4.4 II)."""
    rotacion_contrasena_meses: Positive
    """Cada cuántos meses, como máximo, se cambia la contraseña de cada cuenta (4.3 VIII: dos)."""
    informe_periodicidad_meses: Positive
    """Cada cuántos meses se informa a la CNCS (4.2 V: tres)."""
    plazo_aviso_cambio_dias_habiles: Positive
    """Días hábiles para avisar a la CNCS un cambio de persona administradora (4.2 V)."""
    aviso_anticipado_dias: NonNegative
    """Cuántos días antes de vencer un plazo se da un aviso en lugar de un error."""
    designacion_antelacion_max_dias: NonNegative
    """Cuántos días antes del desde puede estar fechado un formato de la misma designación."""
    zona_horaria: Text
    """Zona horaria con que se decide la fecha de hoy (America/Mexico_City)."""
    dias_inhabiles_adicionales: list[IsoDate] = Field(default_factory=list)
    """Días inhábiles del Instituto además de los de ley (AAAA-MM-DD), para contar días hábiles."""


class Plataforma(StrictModel):
    nombre: Text
    """Nombre de la red social como se muestra a las personas (Facebook, X...)."""
    soporta_segundo_factor: bool
    """true si la plataforma ofrece segundo factor de autenticación (4.3 V)."""
    url_patron: Regex
    """Expresión regular anclada de las direcciones https de la plataforma (3 g)."""
    alias: list[Text] = Field(default_factory=list)
    """Otros nombres con que se conoce la plataforma (p. ej. Twitter para X); el asistente new-area los acepta."""


class Plataformas(StrictModel):
    version: Literal[1]
    """Versión del formato del archivo: 1."""
    plataformas: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$"), CLEAN_LINE], Plataforma]
    """Redes sociales admitidas, por clave (minúsculas, dígitos y _) (3 g)."""


class CorreoRecordatorios(StrictModel):
    """The SMTP server that sends the reminders (``reminders --send``). Credentials never
    live here: they come from the environment (the workflow's secrets)."""

    servidor: Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]{1,253}$"), CLEAN_LINE]
    """Nombre o dirección del servidor SMTP (p. ej. correo.ine.mx)."""
    puerto: Annotated[int, Field(ge=1, le=65535)]
    """Puerto del servidor SMTP, de 1 a 65535 (587 para STARTTLS, 465 para TLS)."""
    seguridad: Literal["starttls", "tls", "ninguna"]
    """starttls, tls o ninguna (esta última sólo para un relevo de confianza y sin credenciales)."""
    remitente: Email
    """Dirección desde la que salen los correos de recordatorio."""
    nombre_remitente: Text | None = None
    """Nombre que se muestra como remitente (por omisión «ine-redes (CNCS)»)."""
    responder_a: Email | None = None
    """A dónde van las respuestas (normalmente el buzón de la CNCS)."""


class Cncs(StrictModel):
    version: Literal[1]
    """Versión del formato del archivo: 1."""
    correo: Email
    """Correo institucional de la CNCS."""
    revisores: Annotated[list[GithubLogin], Field(min_length=1)]
    """Cuentas de GitHub de las personas de la CNCS que revisan y aprueban los cambios (4.5)."""
    recordatorios_correo: CorreoRecordatorios | None = None
    """Servidor con el que `ine-redes reminders --send` envía los recordatorios por correo; sin credenciales (son secretos del flujo de trabajo)."""
