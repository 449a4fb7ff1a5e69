"""cambio-informado: every password change is reported to the titular."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

if TYPE_CHECKING:
    from validator.loading.sources import SourceFile
    from validator.models.area import Contrasena, CorreoGenerico, Cuenta


@rule(
    id="cambio-informado",
    severity=ERROR,
    clause="4.3 IX",
    summary=Message(
        es="Cada cambio de contraseña (cuentas y correos genéricos) se informa a la persona "
        "titular del área.",
        en="Every password change (accounts and generic addresses) is reported to the area's "
        "titular.",
    ),
    description=Message(
        es="Cada entrada de `contrasena.cambios` (de las cuentas y de los correos genéricos) "
        "lleva `informado_titular`, en o después de su `fecha`.",
        en="Every entry of `contrasena.cambios` (of the accounts and of the generic addresses) "
        "carries `informado_titular`, on or after its `fecha`.",
    ),
    messages={
        "missing": Message(
            es="El cambio de contraseña del {fecha} {de_cosa_es} no "
            "registra cuándo se informó a la persona titular ('informado_titular'). Informe el "
            "cambio a la persona titular y registre la fecha.",
            en="The password change of {fecha} on {cosa_en} does not "
            "record when the titular was told ('informado_titular'). Tell the titular and "
            "record the date.",
        ),
        "before": Message(
            es="El cambio de contraseña del {fecha} {de_cosa_es} se "
            "informó a la persona titular el {informado}, antes del cambio. Corrija "
            "'informado_titular' o 'fecha': se informa en o después del cambio.",
            en="The password change of {fecha} on {cosa_en} was "
            "reported to the titular on {informado}, before the change. Correct "
            "'informado_titular' or 'fecha': the report comes on or after the change.",
        ),
    },
    passing="cambios:\n  - {fecha: 2026-10-28, informado_titular: 2026-10-28}\n",
    failing="cambios:\n  - {fecha: 2026-10-28}   # falta informado_titular\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        area = source.area
        for i, cuenta in enumerate(area.cuentas):
            if cuenta.contrasena is not None:
                owner = partial(_account, cuenta)
                yield from _changes(source, ("cuentas", i), cuenta.contrasena, owner)
        for j, generico in enumerate(area.correos_genericos):
            if generico.contrasena is not None:
                owner = partial(_generic, generico)
                yield from _changes(source, ("correos_genericos", j), generico.contrasena, owner)


def _account(cuenta: Cuenta) -> tuple[str, str]:
    return (
        f"de la cuenta '{cuenta.usuario}' ({cuenta.plataforma})",
        f"account '{cuenta.usuario}' ({cuenta.plataforma})",
    )


def _generic(generico: CorreoGenerico) -> tuple[str, str]:
    return f"del correo genérico '{generico.correo}'", f"generic address '{generico.correo}'"


def _changes(
    source: SourceFile,
    base: tuple[str | int, ...],
    contrasena: Contrasena,
    owner: Callable[[], tuple[str, str]],
) -> Iterator[Problem]:
    """The problems of one owner's password changes; ``owner`` names it (es, en) when one
    is reported."""
    for j, cambio in enumerate(contrasena.cambios):
        informado = cambio.informado_titular
        if informado is not None and informado >= cambio.fecha:
            continue
        path = (*base, "contrasena", "cambios", j, "informado_titular")
        cosa_es, cosa_en = owner()
        params = {"fecha": cambio.fecha, "de_cosa_es": cosa_es, "cosa_en": cosa_en}
        if informado is None:
            yield problem(source, path, "missing", at_key=True, params=params)
        else:
            yield problem(source, path, "before", informado=informado, params=params)
