"""Models of the three catalogues: lineamientos.yaml, plataformas.yaml, cncs.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
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


# --- how a platform writes its accounts' addresses (issue 12, point 2) ---------------------
# A ``ruta`` is a path template: ``/{usuario}``, ``/@{usuario}``, ``/channel/{id}``,
# ``/people/*/{id}``, ``/profile.php?id={id}``. Each ``/``-separated segment is a literal
# (``channel``), ``*`` (any one segment) or one placeholder with an optional literal prefix
# (``@{usuario}``); an optional ``?name={placeholder}`` takes the identity from the query.
# Exactly one placeholder per template: ``{usuario}`` (a handle, compared without regard to
# case) or ``{id}`` (an identifier, compared exactly). Segments after the template and every
# other query parameter are noise. The templates are parsed here, once, for the model's
# validation, for the Python key (``validator.accounts``) and for the public page's tables.

VARIABLES = ("usuario", "id")
_LITERAL = re.compile(r"[A-Za-z0-9._~@+-]+")
_PLACEHOLDER = re.compile(r"([A-Za-z0-9._~@+-]*)\{(usuario|id)\}")
_PARAM = re.compile(r"([A-Za-z0-9_]+)=\{(usuario|id)\}")
_CLAVE = re.compile(r"[A-Za-z0-9._~@/?=+-]*\{(usuario|id)\}[A-Za-z0-9._~@/?=+-]*")
# A character class and a length: means the same to Python's ``re`` and to JavaScript.
_CLASS_PATTERN = (
    r"^\[(?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9._@~+-])+\]\{[0-9]{1,3}(?:,[0-9]{1,3})?\}$"
)


@dataclass(frozen=True, slots=True)
class Segmento:
    """One segment of a template: a literal, ``*`` (both None) or ``prefijo{variable}``."""

    literal: str | None = None
    prefijo: str = ""
    variable: str | None = None


@dataclass(frozen=True, slots=True)
class Ruta:
    """A parsed ``ruta``: its segments, the query parameter that names the account (if the
    identity is in the query), the placeholder, and the key template (``clave``)."""

    segmentos: tuple[Segmento, ...]
    parametro: str | None
    variable: str
    clave: str

    @property
    def reclama(self) -> bool:
        """Starts with a literal: an address whose first segment is that literal is this
        form's or nobody's (``/profile.php`` without ``id`` is not a handle)."""
        return bool(self.segmentos) and self.segmentos[0].literal is not None


def parse_ruta(ruta: str, clave: str | None = None) -> Ruta:
    """Parse a template; ``ValueError`` with a short English reason when it is not one."""
    path, _, query = ruta.partition("?")
    if not path.startswith("/") or path == "/":
        raise ValueError("a ruta starts with '/' and names at least one segment")
    segments: list[Segmento] = []
    variables: list[str] = []
    for part in path[1:].split("/"):
        if part == "*":
            segments.append(Segmento())
        elif (m := _PLACEHOLDER.fullmatch(part)) is not None:
            segments.append(Segmento(prefijo=m.group(1), variable=m.group(2)))
            variables.append(m.group(2))
        elif _LITERAL.fullmatch(part) and part not in (".", ".."):
            segments.append(Segmento(literal=part))
        else:
            raise ValueError(f"segment {part!r} is not a literal, '*' or '{{usuario}}'/'{{id}}'")
    parametro = None
    if query:
        if (m := _PARAM.fullmatch(query)) is None:
            raise ValueError("the query part is 'name={usuario}' or 'name={id}'")
        parametro = m.group(1)
        variables.append(m.group(2))
    if len(variables) != 1:
        raise ValueError("a ruta has exactly one placeholder, {usuario} or {id}")
    key = clave if clave is not None else ruta.lstrip("/")
    km = _CLAVE.fullmatch(key)
    if km is None or km.group(1) != variables[0] or key.count("{") != 1:
        raise ValueError(f"clave {key!r} must hold the same single placeholder as the ruta")
    return Ruta(tuple(segments), parametro, variables[0], key)


class Forma(StrictModel):
    ruta: Annotated[str, Field(min_length=2, max_length=100), CLEAN_LINE]
    clave: Annotated[str, Field(min_length=1, max_length=100), CLEAN_LINE] | None = None

    @model_validator(mode="after")
    def _parses(self) -> Forma:
        try:
            parse_ruta(self.ruta, self.clave)
        except ValueError as exc:
            raise PydanticCustomError(
                "ruta_invalida", "invalid ruta: {reason}", {"reason": str(exc)}
            ) from None
        return self

    @property
    def parsed(self) -> Ruta:
        return parse_ruta(self.ruta, self.clave)


Dominio = Annotated[
    str, Field(pattern=r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"), CLEAN_LINE
]
Subdominio = Annotated[str, Field(pattern=r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"), CLEAN_LINE]
ClassPattern = Annotated[str, Field(pattern=_CLASS_PATTERN), AfterValidator(_compiles), CLEAN_LINE]
Reservado = Annotated[str, Field(pattern=r"^[a-z0-9._-]{1,100}$"), CLEAN_LINE]


class Plataforma(StrictModel):
    nombre: Text
    soporta_segundo_factor: bool
    # Hosts: the first is the one written in the inventory; the others are aliases
    # (twitter.com for x.com). ``subdominios`` are prefixes that show the same account.
    dominios: Annotated[list[Dominio], Field(min_length=1)]
    subdominios: list[Subdominio] = Field(default_factory=list)
    # Address forms, tried in order; the first whose segments match names the account.
    formas: Annotated[list[Forma], Field(min_length=1)]
    usuario_patron: ClassPattern = "[A-Za-z0-9._-]{1,100}"
    id_patron: ClassPattern = "[A-Za-z0-9_-]{1,100}"
    # First segments that are pages of the platform, never an account (``/home``).
    reservados: list[Reservado] = Field(default_factory=list)
    # The host as the inventory writes it and the wizard suggests it (``www.facebook.com``);
    # one of the hosts above. Default: the first of ``dominios``.
    dominio_preferido: Dominio | None = None

    @model_validator(mode="after")
    def _preferred_is_accepted(self) -> Plataforma:
        host = self.dominio_preferido
        if host is not None and not any(
            host == d or host in (f"{s}.{d}" for s in self.subdominios) for d in self.dominios
        ):
            raise PydanticCustomError(
                "dominio_preferido",
                "dominio_preferido {host} is not one of the hosts",
                {"host": host},
            )
        return self

    @property
    def host(self) -> str:
        return self.dominio_preferido or self.dominios[0]


class Plataformas(StrictModel):
    version: Literal[1]
    plataformas: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$"), CLEAN_LINE], Plataforma]

    @model_validator(mode="after")
    def _one_platform_per_host(self) -> Plataformas:
        owner: dict[str, str] = {}
        for key, plataforma in self.plataformas.items():
            for host in plataforma.dominios:
                if owner.setdefault(host, key) != key:
                    raise PydanticCustomError(
                        "dominio_repetido",
                        "host {host} is declared by {first} and {second}",
                        {"host": host, "first": owner[host], "second": key},
                    )
        return self


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
