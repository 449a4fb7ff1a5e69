"""servidora-publica: administrators are public servants, not service providers (warning)."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import WARNING, Context, Message, Problem, problem, rule


@rule(
    id="servidora-publica",
    severity=WARNING,
    clause="4.2 III",
    summary=Message(
        es="Las personas administradoras son personas servidoras públicas (no prestadoras de "
        "servicios).",
        en="Administrators are public servants (not service providers).",
    ),
    description=Message(
        es="El 4.2 III habla de designar a dos personas servidoras públicas adscritas al área. "
        "Una persona con vínculo `prestadora_servicios` se señala como aviso para que la CNCS "
        "lo revise.",
        en="4.2 III speaks of designating two public servants assigned to the area. A person "
        "whose `vinculo` is `prestadora_servicios` is flagged as a warning for CNCS to review.",
    ),
    messages={
        "default": Message(
            es="{nombre} ({role}) tiene vínculo 'prestadora_servicios'; el 4.2 III pide "
            "designar personas servidoras públicas adscritas al área. Designe a una persona "
            "servidora pública o corrija 'vinculo' si está mal capturado.",
            en="{nombre} ({role}) has vinculo 'prestadora_servicios'; 4.2 III asks for public "
            "servants assigned to the area. Designate a public servant or correct 'vinculo' if "
            "it was entered wrongly.",
        ),
    },
    passing="administradores:\n  suplente:\n    vinculo: servidora_publica\n",
    failing="administradores:\n  suplente:\n    vinculo: prestadora_servicios\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for role, person in source.area.administrators():
            if person.vinculo == "prestadora_servicios":
                yield problem(
                    source,
                    ("administradores", role, "vinculo"),
                    nombre=person.nombre,
                    role=role,
                )
