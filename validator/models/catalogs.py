"""Models of the three catalogues: lineamientos.yaml, plataformas.yaml, cncs.yaml."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from validator.models.types import CLEAN_LINE, Clave, Email, GithubLogin, IsoDate, StrictModel, Text


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
    dominio: Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$"), CLEAN_LINE]
    correo_cncs: Email
    correo_generico_patron: PatternWithClave
    rotacion_contrasena_meses: Positive
    informe_periodicidad_meses: Positive
    plazo_aviso_cambio_dias_habiles: Positive
    aviso_anticipado_dias: NonNegative
    designacion_antelacion_max_dias: NonNegative
    zona_horaria: Text
    dias_inhabiles_adicionales: list[IsoDate] = Field(default_factory=list)


class Plataforma(StrictModel):
    nombre: Text
    soporta_segundo_factor: bool
    url_patron: Regex


class Plataformas(StrictModel):
    version: Literal[1]
    plataformas: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$"), CLEAN_LINE], Plataforma]


class AltaPreregistrada(StrictModel):
    """An area CNCS has agreed to add, before its file exists (issue 13 point 3)."""

    nombre: Text = Field(description="Nombre oficial del área, tal como lo llevará su archivo.")
    titular_github: GithubLogin = Field(
        description="Cuenta de GitHub de la persona titular: la única, además de la CNCS, que "
        "puede crear el archivo del área y su carpeta de documentos."
    )


class CorreoRecordatorios(StrictModel):
    """The SMTP server that sends the reminders (``reminders --send``). Credentials never
    live here: they come from the environment (the workflow's secrets)."""

    servidor: Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]{1,253}$"), CLEAN_LINE]
    puerto: Annotated[int, Field(ge=1, le=65535)]
    seguridad: Literal["starttls", "tls", "ninguna"]
    remitente: Email
    nombre_remitente: Text | None = None
    responder_a: Email | None = None


class Cncs(StrictModel):
    version: Literal[1]
    correo: Email
    revisores: Annotated[list[GithubLogin], Field(min_length=1)]
    altas: dict[Clave, AltaPreregistrada] = Field(
        default_factory=dict,
        description="Altas preregistradas por la CNCS, por clave: la persona titular indicada "
        "puede crear inventory/areas/<clave>.yaml e inventory/documentos/<clave>/ en su pull "
        "request. Una vez que el archivo del área está en la rama principal, la entrada ya no "
        "autoriza nada y puede borrarse.",
    )
    recordatorios_correo: CorreoRecordatorios | None = None
