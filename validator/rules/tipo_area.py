"""tipo-area: ``entidad`` and ``distrito`` are present exactly when ``tipo`` needs them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import get_args

from validator.models.area import Entidad
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
        es="entidad y distrito están presentes o ausentes según el tipo de área, y la clave "
        "concuerda con ellos.",
        en="entidad and distrito are present or absent according to the area's tipo, and the "
        "clave agrees with them.",
    ),
    description=Message(
        es="Oficinas centrales no llevan entidad ni distrito; una junta local lleva entidad; "
        "una junta distrital lleva entidad y distrito. La clave sigue la convención del "
        "inventario: `jl` + entidad en una junta local (`jlags`), `jd` + distrito con dos "
        "dígitos + entidad en una junta distrital (`jd05jal`), y en oficinas centrales "
        "siglas que no son las de una junta. Una `jd05jal` con `entidad: ags` es un error.",
        en="Central offices carry neither entidad nor distrito; a local board carries "
        "entidad; a district board carries entidad and distrito. The clave follows the "
        "inventory's convention: `jl` + entidad for a local board (`jlags`), `jd` + the "
        "two-digit district + entidad for a district board (`jd05jal`), and for central "
        "offices an acronym that is not a board's. A `jd05jal` with `entidad: ags` is an "
        "error.",
    ),
    messages={
        "missing": Message(
            es="Un área de tipo {tipo} debe indicar '{key}'. Agregue esa clave con su valor.",
            en="An area of tipo {tipo} must give '{key}'. Add that key with its value.",
        ),
        "forbidden": Message(
            es="Un área de tipo {tipo} no lleva '{key}'. Quite esa clave o corrija el tipo.",
            en="An area of tipo {tipo} does not carry '{key}'. Remove it or fix the tipo.",
        ),
        "clave": Message(
            es="La clave '{clave}' no concuerda con {datos_es}: sería '{expected}'. Corrija "
            "la clave (y el nombre del archivo), el tipo, la entidad o el distrito.",
            en="Clave '{clave}' does not agree with {datos_en}: it would be '{expected}'. Fix "
            "the clave (and the file name), the tipo, the entidad or the distrito.",
        ),
        "clave_junta": Message(
            es="La clave '{clave}' es la de una junta ({junta_es}), pero el tipo es "
            "oficinas_centrales. Corrija el tipo (y agregue entidad y distrito) o la clave.",
            en="Clave '{clave}' is a board's ({junta_en}), but the tipo is "
            "oficinas_centrales. Fix the tipo (and add entidad and distrito) or the clave.",
        ),
    },
    passing="clave: jlags\ntipo: junta_local\nentidad: ags\n",
    failing="clave: jd05jal\ntipo: junta_distrital\nentidad: ags   # la clave dice jal\n"
    "distrito: 5\n",
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
        found = clave_problem(area.clave, area.tipo, area.entidad, area.distrito)
        if found is not None:
            key, params = found
            yield problem(source, ("clave",), key, clave=area.clave, params=params)


_JUNTA = re.compile(r"^(?:jl|jd(?P<distrito>[0-9]{2,3}))(?P<entidad>[a-z]+)$")
_ENTIDADES = frozenset(get_args(Entidad))


def clave_problem(
    clave: str, tipo: str, entidad: str | None, distrito: int | None
) -> tuple[str, dict[str, str]] | None:
    """Message key and parameters when ``clave`` disagrees with tipo/entidad/distrito."""
    if tipo == "junta_local" and entidad is not None:
        expected = f"jl{entidad}"
        datos_es, datos_en = f"junta local, entidad {entidad}", f"local board, entidad {entidad}"
    elif tipo == "junta_distrital" and entidad is not None and distrito is not None:
        expected = f"jd{distrito:02d}{entidad}"
        datos_es = f"junta distrital, entidad {entidad}, distrito {distrito}"
        datos_en = f"district board, entidad {entidad}, distrito {distrito}"
    elif tipo == "oficinas_centrales":
        m = _JUNTA.match(clave)
        if m is None or m.group("entidad") not in _ENTIDADES:
            return None
        d = m.group("distrito")
        es = f"distrital {int(d)}" if d else "local"
        en = f"district {int(d)}" if d else "local"
        ent = m.group("entidad")
        return "clave_junta", {"junta_es": f"{es}, {ent}", "junta_en": f"{en}, {ent}"}
    else:
        return None  # entidad or distrito missing: reported above
    if clave == expected:
        return None
    return "clave", {"expected": expected, "datos_es": datos_es, "datos_en": datos_en}
