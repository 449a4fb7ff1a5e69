"""patron-correo-generico: generic addresses follow the naming pattern (a warning)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from validator.rules.base import WARNING, Context, Message, Problem, problem, rule


@lru_cache(maxsize=4096)
def compiled_pattern(pattern: str, clave: str) -> re.Pattern[str] | None:
    """``pattern`` with ``{clave}`` replaced by the escaped clave, compiled once per run."""
    try:
        return re.compile(pattern.replace("{clave}", re.escape(clave)))
    except re.error:  # the catalogue's model refuses bad patterns; never crash here
        return None


@rule(
    id="patron-correo-generico",
    severity=WARNING,
    clause="4.4 II",
    summary=Message(
        es="Los correos genéricos y los correos asociados siguen el patrón "
        "correo_generico_patron del área (aviso).",
        en="Generic addresses and accounts' correo_asociado follow the area's "
        "correo_generico_patron (warning).",
    ),
    description=Message(
        es="La UTSI asigna correos genéricos con un nombre genérico y el dominio ine.mx; "
        "los lineamientos dan como ejemplo `redes.jd00ags@ine.mx` (4.4 II). Cada "
        "`correos_genericos[].correo` y cada `correo_asociado` se compara (sin distinguir "
        "mayúsculas) con `correo_generico_patron` de lineamientos.yaml, donde `{clave}` es "
        "la clave del área. Como el patrón es un ejemplo de los lineamientos, no cumplirlo "
        "es un aviso, no un error.",
        en="UTSI assigns generic addresses with a generic name on the ine.mx domain; the "
        "lineamientos give `redes.jd00ags@ine.mx` as the example (4.4 II). Every "
        "`correos_genericos[].correo` and every `correo_asociado` is compared (case "
        "ignored) with lineamientos.yaml's `correo_generico_patron`, where `{clave}` is the "
        "area's clave. As the pattern is the lineamientos' example, a mismatch is a "
        "warning, not an error.",
    ),
    messages={
        "generico": Message(
            es="El correo genérico '{correo}' no sigue el patrón del área {clave} "
            "({patron}), p. ej. redes.{clave}@ine.mx. Verifique con la UTSI el nombre "
            "asignado y corríjalo si es una errata.",
            en="Generic address '{correo}' does not follow area {clave}'s pattern "
            "({patron}), e.g. redes.{clave}@ine.mx. Check the assigned name with UTSI and "
            "fix it if it is a typo.",
        ),
        "asociado": Message(
            es="El correo asociado '{correo}' de la cuenta {plataforma} '{usuario}' no sigue "
            "el patrón de correo genérico del área {clave} ({patron}), p. ej. "
            "redes.{clave}@ine.mx. Asocie la cuenta a un correo genérico del área.",
            en="The correo_asociado '{correo}' of the {plataforma} account '{usuario}' does "
            "not follow area {clave}'s generic address pattern ({patron}), e.g. "
            "redes.{clave}@ine.mx. Link the account to one of the area's generic addresses.",
        ),
    },
    passing="# área jd01ags\ncorreos_genericos:\n  - correo: redes2.jd01ags@ine.mx\n",
    failing="# área jd01ags\ncorreos_genericos:\n  - correo: comunicacion.ags@ine.mx\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    pattern = ctx.lineamientos.correo_generico_patron
    for source in ctx.areas:
        area = source.area
        regex = compiled_pattern(pattern, area.clave)
        if regex is None:
            continue
        shown = pattern.replace("{clave}", area.clave)
        for j, generico in enumerate(area.correos_genericos):
            if regex.fullmatch(generico.correo.lower()) is None:
                yield problem(
                    source,
                    ("correos_genericos", j, "correo"),
                    "generico",
                    correo=generico.correo,
                    clave=area.clave,
                    patron=shown,
                )
        for i, cuenta in enumerate(area.cuentas):
            correo = cuenta.correo_asociado
            if correo is not None and regex.fullmatch(correo.lower()) is None:
                yield problem(
                    source,
                    ("cuentas", i, "correo_asociado"),
                    "asociado",
                    correo=correo,
                    plataforma=cuenta.plataforma,
                    usuario=cuenta.usuario,
                    clave=area.clave,
                    patron=shown,
                )
