"""A new area's answers and the commented YAML file they make.

The answers are judged one by one by the model and the rules
(:class:`validator.authoring.draft.Draft`); the renderer (:func:`render_area`) turns checked answers into the text of
``inventory/areas/<clave>.yaml``; :func:`check_text` proves the text loads with the
project's strict loader and model before anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import get_args

from validator.loading.yaml_emit import Lines, flow_list, quoted, scalar
from validator.models.area import (
    ENTIDAD_NOMBRES,
    EstadoCorreo,
    NivelMando,
    Rol,
    TipoArea,
    TipoInforme,
    Vinculo,
)
from validator.rules import acceso_autorizado, nivel_propietaria, nivel_suplente

# Enumerations come from the models (the Literal types) and the rules (who may hold what).
ENTIDADES: dict[str, str] = ENTIDAD_NOMBRES
TIPOS: tuple[str, ...] = get_args(TipoArea)
NIVELES: tuple[str, ...] = get_args(NivelMando)
NIVELES_ROL: dict[str, tuple[str, ...]] = {
    "propietaria": nivel_propietaria.ALLOWED,
    "suplente": nivel_suplente.ALLOWED,
}
VINCULOS: tuple[str, ...] = get_args(Vinculo)
ROLES: tuple[str, ...] = get_args(Rol)
ACCESOS: tuple[str, ...] = acceso_autorizado.ALLOWED


class Invalid(ValueError):
    """An answer that cannot be accepted; the message says why and how to fix it."""


# --------------------------------------------------------------------------- answers


@dataclass
class Titular:
    nombre: str
    cargo: str
    correo: str
    github: str


@dataclass
class Admin:
    rol: str
    nombre: str
    cargo: str
    nivel_mando: str
    vinculo: str
    correo: str
    telefono: str
    desde: date
    responsiva_fecha: date
    responsiva_sha256: str | None = None


@dataclass
class CorreoGenerico:
    correo: str
    estado: str
    tramita: str
    solicitado: date
    asignado: date | None


@dataclass
class Cuenta:
    plataforma: str
    usuario: str
    url: str
    correo_asociado: str
    asociacion: date
    notificada_cncs: date
    segundo_factor: bool
    contrasena: date
    informado_titular: date
    accesos: list[str]


@dataclass
class NewArea:
    clave: str
    nombre: str
    tipo: str
    entidad: str | None
    distrito: int | None
    titular: Titular
    propietaria: Admin
    suplente: Admin
    designacion_fecha: date
    designacion_oficio: str
    designacion_remitida: date
    designacion_sha256: str | None
    informe_fecha: date
    informe_oficio: str
    correos: list[CorreoGenerico] = field(default_factory=list)
    cuentas: list[Cuenta] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def suggest_clave(tipo: str, entidad: str | None, distrito: int | None) -> str | None:
    if tipo == "junta_local" and entidad:
        return f"jl{entidad}"
    if tipo == "junta_distrital" and entidad and distrito:
        return f"jd{distrito:02d}{entidad}"
    return None


def suggest_nombre(tipo: str, entidad: str | None, distrito: int | None) -> str | None:
    name = ENTIDADES.get(entidad or "")
    if tipo == "junta_local" and name:
        return f"Junta Local Ejecutiva en {name}"
    if tipo == "junta_distrital" and name and distrito:
        return f"Junta Distrital Ejecutiva {distrito:02d} en {name}"
    return None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------- render

_HEADER = "# yaml-language-server: $schema=../../schemas/area.schema.json"


def _admin(out: Lines, a: Admin, clave: str, cuentas: list[Cuenta]) -> None:
    niveles = " | ".join(NIVELES_ROL[a.rol])
    out.key(2, a.rol)
    out.key(4, "nombre", scalar(a.nombre))
    out.key(4, "cargo", scalar(a.cargo))
    out.key(4, "nivel_mando", scalar(a.nivel_mando), f"{niveles} (4.2 III)")
    out.key(4, "vinculo", scalar(a.vinculo), " | ".join(VINCULOS))
    out.key(4, "correo", scalar(a.correo), "correo institucional propio (Anexo 1)")
    out.key(4, "telefono", quoted(a.telefono), "siempre entre comillas")
    out.key(4, "desde", scalar(a.desde), "fecha en que surte efecto la designación")
    out.key(4, "responsiva", None, "Anexo 2 firmado por esta persona (4.3 I)")
    out.key(6, "fecha", scalar(a.responsiva_fecha))
    refs = [f"{c.plataforma}/{c.usuario.lstrip('@')}" for c in cuentas]
    out.key(6, "cuentas", flow_list(refs), "las que enlista su Anexo 2 (plataforma/usuario)")
    if a.responsiva_sha256:
        out.key(6, "documento")
        out.key(8, "sha256", a.responsiva_sha256)
    else:
        out.comment(
            6,
            f"documento: PENDIENTE. Al firmar: ine-redes formatos registrar --area {clave} "
            f"--anexo 2 --rol {a.rol} ARCHIVO.pdf",
        )


def render_area(a: NewArea) -> str:
    """The commented text of ``inventory/areas/<clave>.yaml`` for checked answers."""
    out = Lines()
    out.raw(_HEADER)
    out.raw(
        "# Creado con `ine-redes new-area`. Guía: docs/guia-titulares.md y docs/formato-inventario.md"
    )
    out.raw("# Nunca escriba contraseñas, códigos ni tokens en este archivo (4.3 VI).")
    out.key(0, "version", "1")
    out.key(0, "clave", scalar(a.clave), "igual al nombre del archivo")
    out.key(0, "nombre", scalar(a.nombre))
    out.key(0, "tipo", scalar(a.tipo), " | ".join(TIPOS))
    if a.entidad is not None:
        out.key(0, "entidad", scalar(a.entidad), "obligatoria en juntas locales y distritales")
    if a.distrito is not None:
        out.key(0, "distrito", scalar(a.distrito), "obligatorio en juntas distritales (1..300)")
    out.raw()
    out.key(0, "titular", None, "persona titular del área responsable (4.2)")
    out.key(2, "nombre", scalar(a.titular.nombre))
    out.key(2, "cargo", scalar(a.titular.cargo))
    out.key(2, "correo", scalar(a.titular.correo), "correo propio: nunca se asocia a una cuenta")
    out.key(2, "github", scalar(a.titular.github), "cuenta de GitHub que abre los PR del área")
    out.raw()
    out.key(0, "administradores", None, "4.2 III: dos personas distintas")
    _admin(out, a.propietaria, a.clave, a.cuentas)
    _admin(out, a.suplente, a.clave, a.cuentas)
    out.raw()
    out.key(0, "designacion", None, "Anexo 1 de la pareja actual, remitido a la CNCS (4.2 IV)")
    out.key(2, "fecha", scalar(a.designacion_fecha))
    out.key(2, "oficio", scalar(a.designacion_oficio), "oficio de remisión a la CNCS")
    out.key(2, "remitida_cncs", scalar(a.designacion_remitida))
    out.key(2, "designa", None, "a quién designa el Anexo 1 (el correo de cada persona)")
    out.key(4, "propietaria", scalar(a.propietaria.correo))
    out.key(4, "suplente", scalar(a.suplente.correo))
    if a.designacion_sha256:
        out.key(2, "documento")
        out.key(4, "sha256", a.designacion_sha256)
    else:
        out.comment(
            2,
            f"documento: PENDIENTE. Al firmar: ine-redes formatos registrar --area {a.clave} "
            "--anexo 1 ARCHIVO.pdf",
        )
    out.raw()
    out.key(0, "informes", None, "a la CNCS: cada 3 meses y en cada cambio (4.2 V)")
    out.key(2, "- fecha", scalar(a.informe_fecha))
    out.key(4, "tipo", "cambio", " | ".join(get_args(TipoInforme)))
    out.key(4, "oficio", scalar(a.informe_oficio))
    out.raw()
    out.key(
        0,
        "correos_genericos",
        None,
        "se solicitan por conducto de la CNCS; los asigna la UTSI (4.4)",
    )
    for g in a.correos:
        out.key(2, "- correo", scalar(g.correo))
        out.key(4, "estado", scalar(g.estado), " | ".join(get_args(EstadoCorreo)))
        out.key(4, "tramita", scalar(g.tramita), " | ".join(ROLES))
        out.key(4, "solicitado", scalar(g.solicitado))
        if g.asignado is not None:
            out.key(4, "asignado", scalar(g.asignado))
    if not a.correos:
        out.lines[-1] = out.lines[-1].replace("correos_genericos:", "correos_genericos: []", 1)
    out.raw()
    out.key(0, "cuentas", None, "cuentas institucionales del área")
    for c in a.cuentas:
        out.key(2, "- plataforma", scalar(c.plataforma), "clave de inventory/plataformas.yaml")
        out.key(4, "usuario", scalar(c.usuario), "sin @")
        out.key(4, "url", scalar(c.url))
        out.key(4, "correo_asociado", scalar(c.correo_asociado), "correo genérico asignado")
        out.key(4, "vinculada_a_cuenta_externa", "false", "siempre false (4.1 párr. 3 (2))")
        out.key(4, "asociacion")
        out.key(6, "fecha", scalar(c.asociacion))
        out.key(6, "notificada_cncs", scalar(c.notificada_cncs), "correo a cncs@ine.mx (4.3 III)")
        out.key(4, "segundo_factor")
        out.key(6, "activo", scalar(c.segundo_factor))
        out.key(6, "dispositivo", "propietaria", "dispositivo de la propietaria (4.3 V)")
        if c.segundo_factor:
            since = max(a.propietaria.desde, c.asociacion)
            out.key(6, "persona", scalar(a.propietaria.correo), "de quién es el dispositivo")
            out.key(6, "desde", scalar(since), "desde cuándo está en su dispositivo")
        out.key(4, "contrasena", None, "NUNCA la contraseña: solo el registro de sus cambios")
        out.key(6, "cambios")
        out.key(8, "- fecha", scalar(c.contrasena))
        out.key(10, "informado_titular", scalar(c.informado_titular))
        out.key(4, "accesos", flow_list(c.accesos), "solo propietaria, suplente, titular")
    if not a.cuentas:
        out.lines[-1] = "cuentas: []" + out.lines[-1][len("cuentas:") :]
    return out.text()


def check_text(text: str, clave: str) -> list[str]:
    """Problems (empty when none) of ``text`` under the strict loader and the Area model."""
    from validator.loading.inventory import validate_model
    from validator.loading.sources import SourceFile
    from validator.loading.yaml_loader import load_text

    doc = load_text(text)
    if doc.error is not None:
        return [f"{doc.error.code} at {doc.error.line}:{doc.error.column} {doc.error.params}"]
    source = SourceFile(
        path=f"inventory/areas/{clave}.yaml",
        abspath=Path(f"{clave}.yaml"),
        kind="area",
        doc=doc,
    )
    validate_model(source)
    if source.model is None:
        return [f"{i.code} at {i.line}:{i.column} {i.params}" for i in source.schema_issues]
    if source.model.clave != clave:
        return [f"clave {source.model.clave} != {clave}"]
    return []
