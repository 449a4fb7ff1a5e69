"""vinculo-institucional: every account is linked to an institutional address."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="vinculo-institucional",
    severity=ERROR,
    clause="4.1 párr. 3 (3)",
    summary=Message(
        es="Cada cuenta tiene un correo_asociado (ningún otro mecanismo de acceso).",
        en="Every account has a correo_asociado (no other log-in mechanism).",
    ),
    description=Message(
        es="Está prohibido abrir cuentas institucionales con cualquier mecanismo que no "
        "permita una vinculación institucional de carácter oficial (4.1, párrafo 3, "
        "escenario 3): un número de teléfono personal, un inicio de sesión con otra cuenta, "
        "etc. Cada cuenta registra el `correo_asociado` con el que se abrió.",
        en="Opening institutional accounts through any mechanism that does not allow an "
        "official institutional link is forbidden (4.1, paragraph 3, scenario 3): a "
        "personal phone number, a log-in through another account, etc. Every account "
        "records the `correo_asociado` it was opened with.",
    ),
    messages={
        "default": Message(
            es="La cuenta {plataforma} '{usuario}' no tiene correo_asociado. Asóciela a un "
            "correo genérico institucional asignado al área y regístrelo en correo_asociado.",
            en="The {plataforma} account '{usuario}' has no correo_asociado. Link it to an "
            "institutional generic address assigned to the area and record it in "
            "correo_asociado.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    correo_asociado: redes.jd01ags@ine.mx\n",
    failing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    # sin correo_asociado: se abrió con un teléfono\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            if cuenta.correo_asociado is None:
                yield problem(
                    source,
                    ("cuentas", i),
                    plataforma=cuenta.plataforma,
                    usuario=cuenta.usuario,
                )
