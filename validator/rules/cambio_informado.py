"""cambio-informado: every password change is reported to the titular."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="cambio-informado",
    severity=ERROR,
    clause="4.3 IX",
    summary=Message(
        es="Cada cambio de contraseña se informa a la persona titular del área.",
        en="Every password change is reported to the area's titular.",
    ),
    description=Message(
        es="Cada entrada de `contrasena.cambios` lleva `informado_titular`, en o después de "
        "su `fecha`.",
        en="Every entry of `contrasena.cambios` carries `informado_titular`, on or after its "
        "`fecha`.",
    ),
    messages={
        "missing": Message(
            es="El cambio de contraseña del {fecha} de la cuenta '{usuario}' ({plataforma}) no "
            "registra cuándo se informó a la persona titular ('informado_titular'). Informe el "
            "cambio a la persona titular y registre la fecha.",
            en="The password change of {fecha} on account '{usuario}' ({plataforma}) does not "
            "record when the titular was told ('informado_titular'). Tell the titular and "
            "record the date.",
        ),
        "before": Message(
            es="El cambio de contraseña del {fecha} de la cuenta '{usuario}' ({plataforma}) se "
            "informó a la persona titular el {informado}, antes del cambio. Corrija "
            "'informado_titular' o 'fecha': se informa en o después del cambio.",
            en="The password change of {fecha} on account '{usuario}' ({plataforma}) was "
            "reported to the titular on {informado}, before the change. Correct "
            "'informado_titular' or 'fecha': the report comes on or after the change.",
        ),
    },
    passing="cambios:\n  - {fecha: 2026-10-28, informado_titular: 2026-10-28}\n",
    failing="cambios:\n  - {fecha: 2026-10-28}   # falta informado_titular\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            if cuenta.contrasena is None:
                continue
            for j, cambio in enumerate(cuenta.contrasena.cambios):
                path = ("cuentas", i, "contrasena", "cambios", j, "informado_titular")
                params = {
                    "fecha": cambio.fecha,
                    "usuario": cuenta.usuario,
                    "plataforma": cuenta.plataforma,
                }
                if cambio.informado_titular is None:
                    yield problem(source, path, "missing", at_key=True, **params)
                elif cambio.informado_titular < cambio.fecha:
                    yield problem(
                        source, path, "before", informado=cambio.informado_titular, **params
                    )
