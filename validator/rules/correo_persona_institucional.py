"""correo-persona-institucional: people's own contact addresses on the institutional domain.

A warning, not an error: the lineamientos do not require it. Anexo 1 only asks for each
administrator's "Correo electrónico" (and "Teléfono institucional"); 4.1 párr. 3 (1) is
about the addresses the *accounts* are opened with (dominio-institucional). An address off
the domain is still worth a look: the CNCS lists and the reminders go to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.loading.schema_issues import dotted
from validator.rules.base import WARNING, Context, Message, Problem, problem, rule
from validator.rules.dominio_institucional import domain_problem


@rule(
    id="correo-persona-institucional",
    severity=WARNING,
    clause="Anexo 1",
    summary=Message(
        es="El correo de la persona titular y de cada persona administradora está en el "
        "dominio institucional (aviso).",
        en="The titular's and each administrator's address is on the institutional domain "
        "(warning).",
    ),
    description=Message(
        es="El Anexo 1 pide el 'Correo electrónico' de cada persona designada, sin exigir "
        "el dominio; el 4.1 párr. 3 (1) se refiere a los correos con que se abren las "
        "cuentas (dominio-institucional). Un correo de persona fuera de `dominio` "
        "(o una imitación: no ASCII, punycode, subdominio…) es un aviso: la CNCS y los "
        "recordatorios escriben a ese correo y lo esperado es el institucional.",
        en="Anexo 1 asks for each designated person's 'Correo electrónico' without "
        "requiring the domain; 4.1 par. 3 (1) is about the addresses accounts are opened "
        "with (dominio-institucional). A person's address off `dominio` (or a look-alike: "
        "non-ASCII, punycode, subdomain…) is a warning: CNCS and the reminders write to it "
        "and the institutional one is what is expected.",
    ),
    messages={
        "default": Message(
            es="'{field}' vale '{correo}', fuera del dominio institucional {dominio} "
            "({domain}). El Anexo 1 pide el correo electrónico de la persona; use su correo "
            "institucional @{dominio} si lo tiene.",
            en="'{field}' is '{correo}', off the institutional domain {dominio} ({domain}). "
            "Anexo 1 asks for the person's e-mail address; use their institutional "
            "@{dominio} address if they have one.",
        ),
    },
    passing="titular:\n  correo: maria.lopez@ine.mx\n",
    failing="titular:\n  correo: maria.lopez@gmail.com   # aviso\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    dominio = ctx.lineamientos.dominio.lower()
    for source in ctx.areas:
        area = source.area
        people: list[tuple[tuple[str | int, ...], str]] = [
            (("titular", "correo"), area.titular.correo)
        ]
        people += [
            (("administradores", rol, "correo"), adm.correo) for rol, adm in area.administrators()
        ]
        for path, correo in people:
            found = domain_problem(correo, dominio)
            if found is None:
                continue
            yield problem(
                source,
                path,
                field=dotted(path),
                correo=correo,
                dominio=dominio,
                domain=found[1].get("domain", correo),
            )
