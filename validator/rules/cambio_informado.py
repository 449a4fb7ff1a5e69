"""cambio-informado: every password change is reported to the titular."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

if TYPE_CHECKING:
    from validator.models.area import Contrasena


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
        owners: list[tuple[tuple[str | int, ...], Contrasena | None, str, str]] = [
            (
                ("cuentas", i),
                cuenta.contrasena,
                f"de la cuenta '{cuenta.usuario}' ({cuenta.plataforma})",
                f"account '{cuenta.usuario}' ({cuenta.plataforma})",
            )
            for i, cuenta in enumerate(area.cuentas)
        ]
        owners += [
            (
                ("correos_genericos", j),
                generico.contrasena,
                f"del correo genérico '{generico.correo}'",
                f"generic address '{generico.correo}'",
            )
            for j, generico in enumerate(area.correos_genericos)
        ]
        for base, contrasena, cosa_es, cosa_en in owners:
            if contrasena is None:
                continue
            for j, cambio in enumerate(contrasena.cambios):
                path = (*base, "contrasena", "cambios", j, "informado_titular")
                params = {"fecha": cambio.fecha, "de_cosa_es": cosa_es, "cosa_en": cosa_en}
                if cambio.informado_titular is None:
                    yield problem(source, path, "missing", at_key=True, params=params)
                elif cambio.informado_titular < cambio.fecha:
                    yield problem(
                        source,
                        path,
                        "before",
                        informado=cambio.informado_titular,
                        params=params,
                    )
