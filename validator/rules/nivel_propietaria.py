"""nivel-propietaria: the propietaria holds a mando superior or medio."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, role_level_problems, rule

ALLOWED = ("superior", "medio")


@rule(
    id="nivel-propietaria",
    severity=ERROR,
    clause="4.2 III",
    summary=Message(
        es="La persona administradora propietaria tiene nivel de mando superior o medio.",
        en="The propietaria administrator holds a superior or medio nivel de mando.",
    ),
    description=Message(
        es="El rol de Administración Propietaria debe tener nivel de mando superior y/o medio "
        "(4.2 III).",
        en="The propietaria role requires a superior and/or medio nivel de mando (4.2 III).",
    ),
    messages={
        "default": Message(
            es="La persona administradora propietaria {nombre} tiene nivel de mando '{nivel}'; "
            "la propietaria debe ser de mando superior o medio. Designe a una persona de ese "
            "nivel o corrija 'nivel_mando' si está mal capturado.",
            en="The propietaria administrator {nombre} has nivel de mando '{nivel}'; the "
            "propietaria must hold a superior or medio position. Designate someone at that "
            "level or correct 'nivel_mando' if it was entered wrongly.",
        ),
    },
    passing="administradores:\n  propietaria:\n    nivel_mando: medio\n",
    failing="administradores:\n  propietaria:\n    nivel_mando: operativo\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    return role_level_problems(ctx, "propietaria", ALLOWED)
