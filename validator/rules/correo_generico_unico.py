"""correo-generico-unico: a generic address belongs to one area only.

The later listing (files in name order, then entries in file order) is reported, naming
the first. When only some files are validated and the later listing lies outside them,
the first listing is reported instead, so that a pull request touching only that file
still learns about the clash.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.loading.sources import SourceFile
from validator.models.types import mailbox
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="correo-generico-unico",
    severity=ERROR,
    clause="4.4 II",
    summary=Message(
        es="Cada correo genérico figura en una sola área (y una sola vez).",
        en="Each generic address is listed by one area only (and once).",
    ),
    description=Message(
        es="La UTSI asigna los correos genéricos conforme al listado de administradores de "
        "cada área (4.4 II): un correo genérico pertenece a una sola área. Un correo que "
        "aparece en `correos_genericos` de dos áreas (sin distinguir mayúsculas) deja sin "
        "responsable claro a las cuentas asociadas. Se señala el segundo registro y se "
        "indica dónde está el primero; un correo repetido dentro de la misma área también "
        "se señala.",
        en="UTSI assigns the generic addresses according to each area's list of "
        "administrators (4.4 II): a generic address belongs to one area. An address listed "
        "in two areas' `correos_genericos` (case ignored) leaves the linked accounts "
        "without a clear owner. The second listing is reported, naming where the first one "
        "is; an address repeated within one area is reported too.",
    ),
    messages={
        "other_area": Message(
            es="El correo genérico '{correo}' ya figura en el área {other_area} "
            "({other_file}, línea {other_line}). Un correo genérico pertenece a una sola "
            "área: quítelo de una de las dos o solicite a la UTSI otro correo.",
            en="Generic address '{correo}' is already listed by area {other_area} "
            "({other_file}, line {other_line}). A generic address belongs to one area only: "
            "remove it from one of them or ask UTSI for another address.",
        ),
        "same_area": Message(
            es="El correo genérico '{correo}' ya figura en este archivo (línea "
            "{other_line}). Deje un solo registro con su estado actual.",
            en="Generic address '{correo}' is already listed in this file (line "
            "{other_line}). Keep one entry with its current estado.",
        ),
    },
    passing="# inventory/areas/jd01ags.yaml\ncorreos_genericos:\n"
    "  - correo: redes.jd01ags@ine.mx\n",
    failing="# inventory/areas/jd02ags.yaml\ncorreos_genericos:\n"
    "  - correo: redes.jd01ags@ine.mx   # ya figura en jd01ags\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    first: dict[str, tuple[SourceFile, int]] = {}
    for source in ctx.all_areas:
        for j, generico in enumerate(source.area.correos_genericos):
            key = mailbox(generico.correo)  # redes.jd01ags+x@ine.mx is redes.jd01ags's
            if key not in first:
                first[key] = (source, j)
                continue
            other, k = first[key]
            yield _report(source, j, other, k)
            if ctx.targets is not None and source.path not in ctx.targets:
                yield _report(other, k, source, j)


def _report(source: SourceFile, j: int, other: SourceFile, k: int) -> Problem:
    other_line = other.doc.locate(("correos_genericos", k, "correo"))[0]
    return problem(
        source,
        ("correos_genericos", j, "correo"),
        "same_area" if other is source else "other_area",
        correo=source.area.correos_genericos[j].correo,
        other_area=other.area.clave,
        other_file=other.path,
        other_line=other_line,
    )
