"""sin-cuenta-externa: no institutional account is tied to an external social-media account."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="sin-cuenta-externa",
    severity=ERROR,
    clause="4.1 párr. 3 (2)",
    summary=Message(
        es="Ninguna cuenta está asociada a una cuenta externa de redes sociales "
        "(vinculada_a_cuenta_externa: false).",
        en="No account is tied to an external social-media account "
        "(vinculada_a_cuenta_externa: false).",
    ),
    description=Message(
        es="Está prohibido abrir cuentas institucionales que se asocien a cuentas externas "
        "de servicios de redes sociales (4.1, párrafo 3, escenario 2): p. ej. una página "
        "creada desde el perfil personal de alguien o un inicio de sesión con otra cuenta. "
        "Cada cuenta declara `vinculada_a_cuenta_externa: false`.",
        en="Opening institutional accounts tied to external social-media accounts is "
        "forbidden (4.1, paragraph 3, scenario 2): e.g. a page created from someone's "
        "personal profile, or a log-in through another account. Every account declares "
        "`vinculada_a_cuenta_externa: false`.",
    ),
    messages={
        "default": Message(
            es="La cuenta {plataforma} '{usuario}' está vinculada a una cuenta externa "
            "(vinculada_a_cuenta_externa: true). Desvincúlela para que dependa solo de su "
            "correo genérico institucional y escriba false.",
            en="The {plataforma} account '{usuario}' is tied to an external account "
            "(vinculada_a_cuenta_externa: true). Unlink it so that it depends only on its "
            "institutional generic address, then write false.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    vinculada_a_cuenta_externa: false\n",
    failing="cuentas:\n  - plataforma: facebook\n    vinculada_a_cuenta_externa: true\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            if cuenta.vinculada_a_cuenta_externa:
                yield problem(
                    source,
                    ("cuentas", i, "vinculada_a_cuenta_externa"),
                    plataforma=cuenta.plataforma,
                    usuario=cuenta.usuario,
                )
