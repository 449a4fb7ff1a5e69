"""nivel-suplente: the suplente holds a mando medio or operativo."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, role_level_problems, rule

ALLOWED = ("medio", "operativo")


@rule(
    id="nivel-suplente",
    severity=ERROR,
    clause="4.2 III",
    summary=Message(
        es="La persona administradora suplente tiene nivel de mando medio u operativo.",
        en="The suplente administrator holds a medio or operativo nivel de mando.",
    ),
    description=Message(
        es="Para el rol de Suplente, el nivel de mando debe ser medio u operativo (4.2 III).",
        en="The suplente role requires a medio or operativo nivel de mando (4.2 III).",
    ),
    messages={
        "default": Message(
            es="La persona administradora suplente {nombre} tiene nivel de mando '{nivel}'; la "
            "suplente debe ser de mando medio u operativo. Designe a una persona de ese nivel "
            "o corrija 'nivel_mando' si está mal capturado.",
            en="The suplente administrator {nombre} has nivel de mando '{nivel}'; the suplente "
            "must hold a medio or operativo position. Designate someone at that level or "
            "correct 'nivel_mando' if it was entered wrongly.",
        ),
    },
    passing="administradores:\n  suplente:\n    nivel_mando: operativo\n",
    failing="administradores:\n  suplente:\n    nivel_mando: superior\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    return role_level_problems(ctx, "suplente", ALLOWED)
