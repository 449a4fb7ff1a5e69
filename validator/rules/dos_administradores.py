"""dos-administradores: a propietaria and a suplente exist and are different people."""

from __future__ import annotations

from collections.abc import Iterator

from validator.models.types import mailbox
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="dos-administradores",
    severity=ERROR,
    clause="4.2 III",
    summary=Message(
        es="Hay una persona administradora propietaria y una suplente, y son personas distintas.",
        en="There is a propietaria and a suplente administrator, and they are different people.",
    ),
    description=Message(
        es="La persona titular designa a dos personas servidoras públicas (propietaria y "
        "suplente) para administrar las cuentas de su área. Ambas deben figurar en "
        "`administradores` y ser personas distintas (buzones distintos: sin distinguir "
        "mayúsculas ni la subdirección `+etiqueta`).",
        en="The titular designates two public servants (propietaria and suplente) to "
        "administer the area's accounts. Both must be listed under `administradores` and be "
        "different people (different mailboxes: ignoring case and any `+tag` subaddress).",
    ),
    messages={
        "missing": Message(
            es="Falta la persona administradora {role} en 'administradores'. La persona "
            "titular debe designar dos personas (propietaria y suplente): agregue '{role}' "
            "con sus datos.",
            en="The {role} administrator is missing under 'administradores'. The titular must "
            "designate two people (propietaria and suplente): add '{role}' with their details.",
        ),
        "same": Message(
            es="La propietaria y la suplente son la misma persona ({correo}). Deben ser dos "
            "personas distintas: designe a otra persona como suplente.",
            en="The propietaria and the suplente are the same person ({correo}). They must be "
            "two different people: designate someone else as suplente.",
        ),
    },
    passing="administradores:\n  propietaria: {correo: juan.perez@ine.mx, ...}\n"
    "  suplente: {correo: ana.ramirez@ine.mx, ...}\n",
    failing="administradores:\n  propietaria: {correo: juan.perez@ine.mx, ...}\n"
    "  # falta suplente\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        admins = source.area.administradores
        for role, person in (("propietaria", admins.propietaria), ("suplente", admins.suplente)):
            if person is None:
                yield problem(source, ("administradores", role), "missing", role=role, at_key=True)
        if (
            admins.propietaria is not None
            and admins.suplente is not None
            and mailbox(admins.propietaria.correo) == mailbox(admins.suplente.correo)
        ):
            yield problem(
                source,
                ("administradores", "suplente", "correo"),
                "same",
                correo=admins.suplente.correo,
            )
