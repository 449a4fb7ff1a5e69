"""tipo-area: ``entidad`` and ``distrito`` are present exactly when ``tipo`` needs them."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

# tipo -> (needs entidad, needs distrito)
_NEEDS = {
    "oficinas_centrales": (False, False),
    "junta_local": (True, False),
    "junta_distrital": (True, True),
}


@rule(
    id="tipo-area",
    severity=ERROR,
    clause="—",
    summary=Message(
        es="entidad y distrito están presentes o ausentes según el tipo de área.",
        en="entidad and distrito are present or absent according to the area's tipo.",
    ),
    description=Message(
        es="Oficinas centrales no llevan entidad ni distrito; una junta local lleva entidad; "
        "una junta distrital lleva entidad y distrito.",
        en="Central offices carry neither entidad nor distrito; a local board carries "
        "entidad; a district board carries entidad and distrito.",
    ),
    messages={
        "missing": Message(
            es="Un área de tipo {tipo} debe indicar '{key}'. Agréguelo.",
            en="An area of tipo {tipo} must give '{key}'. Add it.",
        ),
        "forbidden": Message(
            es="Un área de tipo {tipo} no lleva '{key}'. Quítelo o corrija el tipo.",
            en="An area of tipo {tipo} does not carry '{key}'. Remove it or fix the tipo.",
        ),
    },
    passing="tipo: junta_local\nentidad: ags\n",
    failing="tipo: junta_distrital\nentidad: ags   # falta distrito\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        area = source.area
        needs_entidad, needs_distrito = _NEEDS[area.tipo]
        for key, needed, value in (
            ("entidad", needs_entidad, area.entidad),
            ("distrito", needs_distrito, area.distrito),
        ):
            if needed and value is None:
                yield problem(source, ("tipo",), "missing", tipo=area.tipo, key=key)
            elif not needed and value is not None:
                yield problem(source, (key,), "forbidden", tipo=area.tipo, key=key, at_key=True)
