"""segundo-factor: the second factor is on, on the owner administrator's device."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="segundo-factor",
    severity=ERROR,
    clause="4.3 V",
    summary=Message(
        es="Donde la plataforma lo permite: segundo_factor.activo: true y dispositivo: "
        "propietaria.",
        en="Where the platform supports it: segundo_factor.activo: true and dispositivo: "
        "propietaria.",
    ),
    description=Message(
        es="Las personas administradoras activan el segundo factor de autenticación cuando "
        "la cuenta lo permite (`soporta_segundo_factor` en plataformas.yaml), y ese "
        "mecanismo debe estar en el dispositivo de la persona administradora propietaria "
        "(4.3 V). Cada cuenta de esas plataformas lleva `segundo_factor` con "
        "`activo: true` y `dispositivo: propietaria`.",
        en="Administrators turn on two-factor authentication where the account allows it "
        "(`soporta_segundo_factor` in plataformas.yaml), and it must live on the owner "
        "administrator's device (4.3 V). Every account on such a platform carries "
        "`segundo_factor` with `activo: true` and `dispositivo: propietaria`.",
    ),
    messages={
        "missing": Message(
            es="La cuenta {plataforma} '{usuario}' no registra segundo_factor y {nombre} lo "
            "permite. Actívelo en el dispositivo de la persona propietaria y agregue "
            "segundo_factor: {{activo: true, dispositivo: propietaria}}.",
            en="The {plataforma} account '{usuario}' records no segundo_factor and {nombre} "
            "supports it. Turn it on, on the owner's device, and add "
            "segundo_factor: {{activo: true, dispositivo: propietaria}}.",
        ),
        "inactive": Message(
            es="La cuenta {plataforma} '{usuario}' tiene el segundo factor desactivado "
            "(activo: false) y {nombre} lo permite. Actívelo en el dispositivo de la persona "
            "propietaria y escriba activo: true y dispositivo: propietaria.",
            en="The {plataforma} account '{usuario}' has the second factor off "
            "(activo: false) and {nombre} supports it. Turn it on, on the owner's device, "
            "and write activo: true and dispositivo: propietaria.",
        ),
        "no_device": Message(
            es="La cuenta {plataforma} '{usuario}' no indica en qué dispositivo está el "
            "segundo factor. Debe estar en el de la persona propietaria: agregue "
            "dispositivo: propietaria.",
            en="The {plataforma} account '{usuario}' does not say which device holds the "
            "second factor. It must be the owner's: add dispositivo: propietaria.",
        ),
        "device": Message(
            es="El segundo factor de la cuenta {plataforma} '{usuario}' está en el "
            "dispositivo de '{dispositivo}'; debe estar en el de la persona administradora "
            "propietaria. Muévalo y escriba dispositivo: propietaria.",
            en="The second factor of the {plataforma} account '{usuario}' is on the "
            "'{dispositivo}' device; it must be on the owner administrator's. Move it and "
            "write dispositivo: propietaria.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    segundo_factor:\n      activo: true\n"
    "      dispositivo: propietaria\n",
    failing="cuentas:\n  - plataforma: facebook\n    segundo_factor:\n      activo: true\n"
    "      dispositivo: suplente\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    catalogue = ctx.plataformas.plataformas
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            plataforma = catalogue.get(cuenta.plataforma)
            if plataforma is None or not plataforma.soporta_segundo_factor:
                continue  # unknown platform: cuenta-plataforma reports it
            params = {
                "plataforma": cuenta.plataforma,
                "usuario": cuenta.usuario,
                "nombre": plataforma.nombre,
            }
            factor = cuenta.segundo_factor
            base = ("cuentas", i, "segundo_factor")
            if factor is None:
                yield problem(source, ("cuentas", i), "missing", **params)
            elif not factor.activo:
                yield problem(source, (*base, "activo"), "inactive", **params)
            elif factor.dispositivo is None:
                yield problem(source, base, "no_device", at_key=True, **params)
            elif factor.dispositivo != "propietaria":
                yield problem(
                    source,
                    (*base, "dispositivo"),
                    "device",
                    dispositivo=factor.dispositivo,
                    **params,
                )
