"""acceso-autorizado: only the administrators and the titular have access to an account."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

ALLOWED = ("propietaria", "suplente", "titular")


@rule(
    id="acceso-autorizado",
    severity=ERROR,
    clause="4.1 párr. 2",
    summary=Message(
        es="accesos solo contiene propietaria, suplente y titular.",
        en="accesos holds only propietaria, suplente and titular.",
    ),
    description=Message(
        es="Solamente tendrán acceso a las cuentas las personas designadas como "
        "administradoras y las personas titulares de las áreas responsables (4.1, párrafo "
        "2). La lista `accesos` de cada cuenta solo admite `propietaria`, `suplente` y "
        "`titular`; cualquier otra persona o rol debe retirarse de la cuenta.",
        en="Only the people designated as administrators and the titulars of the "
        "responsible areas may access the accounts (4.1, paragraph 2). Each account's "
        "`accesos` list admits only `propietaria`, `suplente` and `titular`; any other "
        "person or role must be removed from the account.",
    ),
    messages={
        "default": Message(
            es="La cuenta {plataforma} '{usuario}' da acceso a '{acceso}', que no está "
            "autorizado. Retire ese acceso en la plataforma y en accesos; solo se admiten: "
            "propietaria, suplente, titular.",
            en="The {plataforma} account '{usuario}' grants access to '{acceso}', which is "
            "not authorised. Remove that access on the platform and from accesos; only "
            "propietaria, suplente, titular are allowed.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    accesos: [propietaria, suplente, titular]\n",
    failing="cuentas:\n  - plataforma: facebook\n    accesos: [propietaria, suplente, agencia]\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            for j, acceso in enumerate(cuenta.accesos):
                if acceso not in ALLOWED:
                    yield problem(
                        source,
                        ("cuentas", i, "accesos", j),
                        plataforma=cuenta.plataforma,
                        usuario=cuenta.usuario,
                        acceso=acceso,
                    )
