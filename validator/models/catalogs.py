"""Models of the three catalogues: lineamientos.yaml, plataformas.yaml, cncs.yaml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from validator.models.types import (
    CLEAN_LINE,
    Clave,
    Count,
    Email,
    Flag,
    GithubLogin,
    IsoDate,
    Text,
    Version,
    strict_model,
)


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
Positive = Annotated[Count, Field(ge=1, le=366)]
NonNegative = Annotated[Count, Field(ge=0, le=366)]


@strict_model
class Lineamientos:
    version: Version
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
    incidente_cambio_dias_habiles: NonNegative = 1
    """Días hábiles tras detectar un incidente para cambiar la contraseña (4.3 IV 1: «de forma inmediata»)."""
    incidente_aviso_cncs_dias_habiles: NonNegative = 1
    """Días hábiles tras detectar un incidente para avisar a la CNCS (4.3 IV 2: «a la brevedad»)."""
    asociacion_aviso_cncs_dias_habiles: NonNegative = 5
    """Días hábiles tras la asociación para informarla a la CNCS (4.3 III no fija plazo; docs/decisiones.md)."""
    zona_horaria: Text
    """Zona horaria con que se decide la fecha de hoy (America/Mexico_City)."""
    dias_inhabiles_adicionales: list[IsoDate] = Field(default_factory=list)
    """Días inhábiles del Instituto además de los de ley (AAAA-MM-DD), para contar días hábiles."""


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


class RutaError(ValueError):
    """Why a ``ruta`` template is not one: ``code`` (``inicio``, ``segmento``, ``consulta``,
    ``marcadores``, ``clave``) and the part at fault (``part``), for the message."""

    def __init__(self, code: str, part: str = "") -> None:
        super().__init__(f"{code}: {part}" if part else code)
        self.code = code
        self.part = part


def parse_ruta(ruta: str, clave: str | None = None) -> Ruta:
    """Parse a template; :class:`RutaError` (a ``ValueError``) when it is not one."""
    path, _, query = ruta.partition("?")
    if not path.startswith("/") or path == "/":
        raise RutaError("inicio")
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
            raise RutaError("segmento", part)
    parametro = None
    if query:
        if (m := _PARAM.fullmatch(query)) is None:
            raise RutaError("consulta", query)
        parametro = m.group(1)
        variables.append(m.group(2))
    if len(variables) != 1:
        raise RutaError("marcadores")
    key = clave if clave is not None else ruta.lstrip("/")
    km = _CLAVE.fullmatch(key)
    if km is None or km.group(1) != variables[0] or key.count("{") != 1:
        raise RutaError("clave", key)
    return Ruta(tuple(segments), parametro, variables[0], key)


@strict_model
class Forma:
    ruta: Annotated[str, Field(min_length=2, max_length=100), CLEAN_LINE]
    """Plantilla de la ruta de una dirección: /{usuario}, /@{usuario}, /channel/{id}, /profile.php?id={id}."""
    clave: Annotated[str, Field(min_length=1, max_length=100), CLEAN_LINE] | None = None
    """Plantilla de la clave de identidad cuando no es la ruta misma (p. ej. channel/{id})."""

    @model_validator(mode="after")
    def _parses(self) -> Forma:
        try:
            parse_ruta(self.ruta, self.clave)
        except RutaError as exc:
            raise PydanticCustomError(
                "ruta_invalida",
                "invalid ruta {ruta} ({why}): {part}",
                {"ruta": self.ruta, "why": exc.code, "part": exc.part},
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


@strict_model
class Plataforma:
    nombre: Text
    """Nombre de la red social como se muestra a las personas (Facebook, X...)."""
    soporta_segundo_factor: Flag
    """true si la plataforma ofrece segundo factor de autenticación (4.3 V)."""
    alias: list[Text] = Field(default_factory=list)
    """Otros nombres con que se conoce la plataforma (p. ej. Twitter para X); el asistente new-area los acepta."""
    dominios: Annotated[list[Dominio], Field(min_length=1)]
    """Dominios de la plataforma: el primero es el que escribe el inventario; los demás son alias (twitter.com para x.com)."""
    subdominios: list[Subdominio] = Field(default_factory=list)
    """Prefijos de dominio que muestran la misma cuenta (www, m, mobile)."""
    formas: Annotated[list[Forma], Field(min_length=1)]
    """Formas de las direcciones de una cuenta, en orden: la primera que coincide nombra la cuenta."""
    usuario_patron: ClassPattern = "[A-Za-z0-9._-]{1,100}"
    """Caracteres y longitud de un nombre de usuario: una clase de caracteres y {mín,máx}."""
    id_patron: ClassPattern = "[A-Za-z0-9_-]{1,100}"
    """Caracteres y longitud de un identificador numérico o de canal: una clase y {mín,máx}."""
    reservados: list[Reservado] = Field(default_factory=list)
    """Primeros segmentos de ruta que son páginas de la plataforma, nunca una cuenta (home, explore)."""
    dominio_preferido: Dominio | None = None
    """El dominio con que el inventario escribe las direcciones (www.facebook.com); por omisión, el primero de dominios."""

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

    @property
    def names(self) -> tuple[str, ...]:
        """What people call the platform: its name, then its aliases (``X``, ``Twitter``)."""
        return (self.nombre, *self.alias)


@strict_model
class Plataformas:
    version: Version
    """Versión del formato del archivo: 1."""
    plataformas: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$"), CLEAN_LINE], Plataforma]
    """Redes sociales admitidas, por clave (minúsculas, dígitos y _) (3 g)."""

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

    def key_for(self, name: str) -> str | None:
        """The key of the platform called ``name``: its key (``x``), its name (``X``,
        ``Facebook``) or an alias (``Twitter``); case, accents and spacing ignored."""
        wanted = fold_name(name)
        for key, plataforma in self.plataformas.items():
            if wanted in {fold_name(n) for n in (key, *plataforma.names)}:
                return key
        return None


def fold_name(text: str) -> str:
    """A name as people may type it: case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@strict_model
class AltaPreregistrada:
    """An area CNCS has agreed to add, before its file exists (issue 13 point 3)."""

    nombre: Text = Field(description="Nombre oficial del área, tal como lo llevará su archivo.")
    titular_github: GithubLogin = Field(
        description="Cuenta de GitHub de la persona titular: la única, además de la CNCS, que "
        "puede crear el archivo del área y su carpeta de documentos."
    )


@strict_model
class CorreoRecordatorios:
    """The SMTP server that sends the reminders (``reminders --send``). Credentials never
    live here: they come from the environment (the workflow's secrets)."""

    servidor: Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]{1,253}$"), CLEAN_LINE]
    """Nombre o dirección del servidor SMTP (p. ej. correo.ine.mx)."""
    puerto: Annotated[Count, Field(ge=1, le=65535)]
    """Puerto del servidor SMTP, de 1 a 65535 (587 para STARTTLS, 465 para TLS)."""
    seguridad: Literal["starttls", "tls", "ninguna"]
    """starttls, tls o ninguna (esta última sólo para un relevo de confianza y sin credenciales)."""
    remitente: Email
    """Dirección desde la que salen los correos de recordatorio."""
    nombre_remitente: Text | None = None
    """Nombre que se muestra como remitente (por omisión «ine-redes (CNCS)»)."""
    responder_a: Email | None = None
    """A dónde van las respuestas (normalmente el buzón de la CNCS)."""


@strict_model
class Cncs:
    version: Version
    """Versión del formato del archivo: 1."""
    correo: Email
    """Correo institucional de la CNCS."""
    revisores: Annotated[list[GithubLogin], Field(min_length=1)]
    """Cuentas de GitHub de las personas de la CNCS que revisan y aprueban los cambios (4.5)."""
    altas: dict[Clave, AltaPreregistrada] = Field(
        default_factory=dict,
        description="Altas preregistradas por la CNCS, por clave: la persona titular indicada "
        "puede crear inventory/areas/<clave>.yaml e inventory/documentos/<clave>/ en su pull "
        "request. Una vez que el archivo del área está en la rama principal, la entrada ya no "
        "autoriza nada y puede borrarse.",
    )
    recordatorios_correo: CorreoRecordatorios | None = None
    """Servidor con el que `ine-redes reminders --send` envía los recordatorios por correo; sin credenciales (son secretos del flujo de trabajo)."""
