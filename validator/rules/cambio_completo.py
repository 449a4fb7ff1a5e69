"""cambio-completo: a change of administrator comes whole, judged against the base.

Issue 11 point 3 (4.2 IV-V, 4.3 I). Runs when there is a base to compare with
(``validate --changed-since BASE``, and so the pull-request workflow): a role whose
``correo`` differs from the base is a new person, and the change must bring what the text
asks of a new person: a new ``desde``, an Anexo 1 that designates the new pair (its own
document, ``designacion.designa`` naming the new person) and the new person's own Anexo 2
(a document other than the one the previous person signed). A pull request that only edits
``nombre`` and ``correo`` fails with one finding listing everything still missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.loading.sources import SourceFile
from validator.models.area import Administrador, Area, same_person
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

# What a change may lack, in both languages (joined with "; " in the finding).
_NEEDS: dict[str, tuple[str, str]] = {
    "desde": (
        "un 'desde' nuevo, posterior al {old_desde} de {old}",
        "a new 'desde', after {old}'s {old_desde}",
    ),
    "designa": (
        "una designación (Anexo 1) que nombre a {new} como {role} "
        "(designacion.designa.{role}: {new})",
        "a designation (Anexo 1) naming {new} as {role} (designacion.designa.{role}: {new})",
    ),
    "anexo1": (
        "el Anexo 1 nuevo firmado (su designacion.documento.sha256 es el de la designación "
        "anterior)",
        "the new signed Anexo 1 (its designacion.documento.sha256 is the previous designation's)",
    ),
    "anexo2": (
        "la responsiva (Anexo 2) firmada por {new_nombre} (su documento.sha256 es el de la "
        "responsiva de {old})",
        "the responsiva (Anexo 2) signed by {new_nombre} (its documento.sha256 is {old}'s)",
    ),
    "anexo2_missing": (
        "la responsiva (Anexo 2) firmada por {new_nombre} con su documento.sha256",
        "the responsiva (Anexo 2) signed by {new_nombre} with its documento.sha256",
    ),
}


@rule(
    id="cambio-completo",
    severity=ERROR,
    clause="4.2 IV-V; 4.3 I",
    summary=Message(
        es="Con --changed-since: quien reemplaza a una persona administradora llega con "
        "'desde' nuevo, Anexo 1 que la designa y su propia responsiva.",
        en="With --changed-since: whoever replaces an administrator comes with a new "
        "'desde', an Anexo 1 designating them and their own responsiva.",
    ),
    description=Message(
        es="Se aplica al comparar con una base (`validate --changed-since BASE`, como en "
        "el flujo de pull requests). Si el `correo` de un rol difiere del de la base, es "
        "otra persona: el cambio debe traer un `desde` posterior al anterior, una "
        "designación (Anexo 1) nueva (otro `documento.sha256`) cuyo `designa` nombre a la "
        "nueva persona, y la responsiva (Anexo 2) firmada por ella (un `documento.sha256` "
        "distinto del de la persona anterior). Editar sólo `nombre` y `correo` falla con un "
        "hallazgo que enlista lo que falta. El informe de cambio y su plazo los juzga "
        "aviso-cambio.",
        en="Applies when comparing with a base (`validate --changed-since BASE`, as the "
        "pull-request workflow does). When a role's `correo` differs from the base's, it is "
        "another person: the change must bring a `desde` after the previous one, a new "
        "designation (Anexo 1, another `documento.sha256`) whose `designa` names the new "
        "person, and the responsiva (Anexo 2) that person signed (a `documento.sha256` other "
        "than the previous person's). Editing only `nombre` and `correo` fails with one "
        "finding listing what is missing. aviso-cambio judges the change report and its "
        "term.",
    ),
    messages={
        "incomplete": Message(
            es="{role_cap}: {new_nombre} ({new}) reemplaza a {old} en este cambio, pero al "
            "cambio le falta: {needs_es}.",
            en="{role_cap}: {new_nombre} ({new}) replaces {old} in this change, but the "
            "change still needs: {needs_en}.",
        ),
    },
    passing="# base: propietaria juan.perez@ine.mx, desde 2026-01-15\n"
    "propietaria:\n  correo: rosa.mendez@ine.mx\n  desde: 2026-11-13\n"
    "  responsiva: {fecha: 2026-11-12, documento: {sha256: <nuevo>}, cuentas: [...]}\n"
    "designacion:\n  designa: {propietaria: rosa.mendez@ine.mx, suplente: ...}\n"
    "  documento: {sha256: <nuevo>}\n",
    failing="# base: propietaria juan.perez@ine.mx, desde 2026-01-15\n"
    "propietaria:\n  nombre: Rosa Elena Méndez Ríos\n  correo: rosa.mendez@ine.mx   "
    "# sólo cambiaron nombre y correo\n  desde: 2026-01-15\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    if ctx.baseline is None:
        return
    for source in ctx.areas:
        before = ctx.baseline.get(source.path)
        if before is None or before.model is None:
            continue  # a new area, or a base that did not validate: nothing to compare
        yield from _transitions(source, before.model)


def _transitions(source: SourceFile, old_area: Area) -> Iterator[Problem]:
    area = source.area
    for role, new in area.administrators():
        old: Administrador | None = getattr(old_area.administradores, role)
        if old is None or same_person(old.correo, new.correo):
            continue
        needs = list(_needs(area, old_area, role, old, new))
        if not needs:
            continue
        params = {
            "role": role,
            "new": new.correo,
            "new_nombre": new.nombre,
            "old": old.nombre,
            "old_desde": old.desde,
        }
        yield problem(
            source,
            ("administradores", role, "correo"),
            "incomplete",
            role_cap=role.capitalize(),
            needs_es="; ".join(_NEEDS[n][0].format(**params) for n in needs),
            needs_en="; ".join(_NEEDS[n][1].format(**params) for n in needs),
            params=params,
        )


def _needs(
    area: Area, old_area: Area, role: str, old: Administrador, new: Administrador
) -> Iterator[str]:
    if new.desde <= old.desde:
        yield "desde"
    des, old_des = area.designacion, old_area.designacion
    designa = des.designa if des is not None else None
    if designa is None or not same_person(getattr(designa, role), new.correo):
        yield "designa"
    sha = des.documento.sha256 if des is not None and des.documento is not None else None
    old_sha = (
        old_des.documento.sha256 if old_des is not None and old_des.documento is not None else None
    )
    if sha is not None and old_sha is not None and sha.lower() == old_sha.lower():
        yield "anexo1"
    resp = new.responsiva
    new_sha = resp.documento.sha256 if resp and resp.documento else None
    old_resp = old.responsiva
    prev_sha = old_resp.documento.sha256 if old_resp and old_resp.documento else None
    if new_sha is None:
        yield "anexo2_missing"
    elif prev_sha is not None and new_sha.lower() == prev_sha.lower():
        yield "anexo2"
