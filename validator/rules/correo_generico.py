"""correo-generico: accounts are opened with generic addresses, never a person's own one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from validator.models.types import mailbox
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

if TYPE_CHECKING:
    from validator.models.area import Rol

_ROLES = {
    "titular": Message(es="titular", en="titular"),
    "propietaria": Message(es="administradora propietaria", en="owner administrator"),
    "suplente": Message(es="administradora suplente", en="deputy administrator"),
}


@rule(
    id="correo-generico",
    severity=ERROR,
    clause="4.2 II; 3 c",
    summary=Message(
        es="El correo asociado de una cuenta no es el correo propio de ninguna persona "
        "(titular o administradora de cualquier área).",
        en="An account's correo_asociado is not any person's own address (titular or "
        "administrator of any area).",
    ),
    description=Message(
        es="Las cuentas se crean con correos electrónicos genéricos (definición 3 c) y se "
        "evita el uso de correos de personas servidoras públicas o personales (4.2 II). El "
        "`correo_asociado` de cada cuenta se compara, sin distinguir mayúsculas y sin la "
        "subdirección `+etiqueta` (`juan.perez+redes@ine.mx` llega al buzón de "
        "`juan.perez@ine.mx`), con el correo de la persona titular y de las personas administradoras de todas las áreas "
        "del inventario.",
        en="Accounts are created with generic addresses (definition 3 c), avoiding the "
        "addresses of public servants or personal ones (4.2 II). Every account's "
        "`correo_asociado` is compared, ignoring case and any `+tag` subaddress "
        "(`juan.perez+redes@ine.mx` reaches `juan.perez@ine.mx`'s mailbox), with the address of the titular and "
        "of the administrators of every area in the inventory.",
    ),
    messages={
        "default": Message(
            es="La cuenta {plataforma} '{usuario}' está asociada a '{correo}', el correo "
            "propio de {nombre} ({rol_es} del área {area}). Asóciela a un correo genérico "
            "asignado por la UTSI (p. ej. redes.{clave}@ine.mx) y regístrelo en "
            "correos_genericos.",
            en="The {plataforma} account '{usuario}' is linked to '{correo}', the own "
            "address of {nombre} ({rol_en} of area {area}). Link it to a generic address "
            "assigned by UTSI (e.g. redes.{clave}@ine.mx) and list it in correos_genericos.",
        ),
    },
    passing="titular:\n  correo: maria.lopez@ine.mx\ncuentas:\n  - plataforma: facebook\n"
    "    correo_asociado: redes.jd01ags@ine.mx\n",
    failing="titular:\n  correo: maria.lopez@ine.mx\ncuentas:\n  - plataforma: facebook\n"
    "    correo_asociado: Maria.Lopez@ine.mx   # correo de la titular\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    people: dict[
        str, tuple[str, Rol | Literal["titular"], str]
    ] = {}  # address -> (nombre, rol, clave)
    for source in ctx.all_areas:
        area = source.area
        people.setdefault(
            mailbox(area.titular.correo), (area.titular.nombre, "titular", area.clave)
        )
        for rol, admin in area.administrators():
            people.setdefault(mailbox(admin.correo), (admin.nombre, rol, area.clave))
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            if cuenta.correo_asociado is None:
                continue
            owner = people.get(mailbox(cuenta.correo_asociado))
            if owner is None:
                continue
            nombre, role, clave = owner
            yield problem(
                source,
                ("cuentas", i, "correo_asociado"),
                plataforma=cuenta.plataforma,
                usuario=cuenta.usuario,
                correo=cuenta.correo_asociado,
                nombre=nombre,
                rol_es=_ROLES[role].es,
                rol_en=_ROLES[role].en,
                area=clave,
                clave=source.area.clave,
            )
