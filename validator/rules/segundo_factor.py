"""segundo-factor: the second factor is on, on the owner administrator's device."""

from __future__ import annotations

from collections.abc import Iterator

from validator.loading.sources import SourceFile
from validator.models.area import Cuenta, SegundoFactor, same_person
from validator.models.catalogs import Plataforma
from validator.obligations import business_days_late, late_phrases, second_factor_due
from validator.rules.base import ERROR, WARNING, Context, Message, Problem, problem, rule


@rule(
    id="segundo-factor",
    severity=ERROR,
    clause="4.3 V",
    how_to_fix=Message(
        es="Active el segundo factor en el dispositivo de la persona propietaria actual y "
        "registre en 'segundo_factor' su correo (persona) y la fecha (desde).",
        en="Turn the second factor on in the current propietaria's device and record her "
        "e-mail (persona) and the date (desde) under 'segundo_factor'.",
    ),
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
        "`activo: true`, `dispositivo: propietaria`, `persona` (el `correo` de la "
        "propietaria actual) y `desde` (desde cuándo está en su dispositivo, no antes de su "
        "`desde`). Tras un cambio de propietaria hay `plazo_aviso_cambio_dias_habiles` días "
        "hábiles para pasarlo: aviso mientras corre el plazo, error después; pasado tarde, "
        'un aviso registra el retraso ("presentado N días hábiles después del plazo").',
        en="Administrators turn on two-factor authentication where the account allows it "
        "(`soporta_segundo_factor` in plataformas.yaml), and it must live on the owner "
        "administrator's device (4.3 V). Every account on such a platform carries "
        "`segundo_factor` with `activo: true`, `dispositivo: propietaria`, `persona` (the "
        "current owner's `correo`) and `desde` (since when it is on her device, not before "
        "her `desde`). After a change of owner, moving it has `plazo_aviso_cambio_dias_habiles` "
        "business days: a warning while the term runs, an error after; moved late, a warning "
        "recording the delay.",
    ),
    messages={
        "missing": Message(
            es="La cuenta {plataforma} '{usuario}' no registra segundo_factor y {nombre} lo "
            "permite. Actívelo en el dispositivo de la persona propietaria y agregue "
            "segundo_factor: {{activo: true, dispositivo: propietaria, persona: {correo}, "
            "desde: <fecha en que quedó en su dispositivo>}}.",
            en="The {plataforma} account '{usuario}' records no segundo_factor and {nombre} "
            "supports it. Turn it on, on the owner's device, and add "
            "segundo_factor: {{activo: true, dispositivo: propietaria, persona: {correo}, "
            "desde: <date it was set on her device>}}.",
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
        "missing_persona": Message(
            es="El segundo factor de la cuenta {plataforma} '{usuario}' no dice en el "
            "dispositivo de quién está ni desde cuándo. Agregue persona: {correo} (el correo "
            "de la persona propietaria actual, {nombre_prop}) y desde: <fecha en que quedó en "
            "su dispositivo> (se pide desde el issue 11).",
            en="The second factor of the {plataforma} account '{usuario}' does not say whose "
            "device holds it nor since when. Add persona: {correo} (the current owner "
            "{nombre_prop}'s address) and desde: <date it was set on her device> (required "
            "since issue 11).",
        ),
        "other_person": Message(
            es="El segundo factor de la cuenta {plataforma} '{usuario}' está en el dispositivo "
            "de {persona}, pero la persona propietaria es {nombre_prop} ({correo}, desde el "
            "{desde_prop}). Páselo a su dispositivo a más tardar el {due} ({term} días "
            "hábiles) y escriba persona: {correo} y la fecha en 'desde'.",
            en="The second factor of the {plataforma} account '{usuario}' is on {persona}'s "
            "device, but the owner is {nombre_prop} ({correo}, since {desde_prop}). Move it "
            "to her device by {due} ({term} business days) and write persona: {correo} and "
            "the date in 'desde'.",
        ),
        "predates": Message(
            es="El segundo factor de la cuenta {plataforma} '{usuario}' está registrado desde "
            "el {desde_sf}, antes de que {nombre_prop} fuera propietaria ({desde_prop}): estaba "
            "en el dispositivo de la persona anterior. Páselo a su dispositivo a más tardar "
            "el {due} ({term} días hábiles) y escriba la fecha en 'desde'.",
            en="The second factor of the {plataforma} account '{usuario}' is recorded since "
            "{desde_sf}, before {nombre_prop} became owner ({desde_prop}): it was on the "
            "previous person's device. Move it to her device by {due} ({term} business days) "
            "and write the date in 'desde'.",
        ),
        "late": Message(
            es="El segundo factor de la cuenta {plataforma} '{usuario}' quedó en el dispositivo "
            "de {nombre_prop} el {desde_sf}: presentado {late_es} "
            "({due}).",
            en="The second factor of the {plataforma} account '{usuario}' was set on "
            "{nombre_prop}'s device on {desde_sf}: done {late_en} "
            "({due}).",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    segundo_factor:\n      activo: true\n"
    "      dispositivo: propietaria\n      persona: juan.perez@ine.mx   # la propietaria actual\n"
    "      desde: 2026-01-25\n",
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
            factor = cuenta.segundo_factor
            if factor is not None and factor.activo and factor.dispositivo == "propietaria":
                yield from _whose_device(ctx, source, i, cuenta, factor, plataforma)
                continue
            params = _params(cuenta, plataforma)
            base = ("cuentas", i, "segundo_factor")
            if factor is None:
                prop = source.area.administradores.propietaria
                correo = prop.correo if prop is not None else "<correo>"
                yield problem(source, ("cuentas", i), "missing", correo=correo, params=params)
            elif not factor.activo:
                yield problem(source, (*base, "activo"), "inactive", params=params)
            elif factor.dispositivo is None:
                yield problem(source, base, "no_device", at_key=True, params=params)
            else:
                yield problem(
                    source,
                    (*base, "dispositivo"),
                    "device",
                    dispositivo=factor.dispositivo,
                    params=params,
                )


def _params(cuenta: Cuenta, plataforma: Plataforma) -> dict[str, str]:
    return {"plataforma": cuenta.plataforma, "usuario": cuenta.usuario, "nombre": plataforma.nombre}


def _whose_device(
    ctx: Context,
    source: SourceFile,
    i: int,
    cuenta: Cuenta,
    factor: SegundoFactor,
    plataforma: Plataforma,
) -> Iterator[Problem]:
    """4.3 V: the device is the *current* propietaria's, since her ``desde`` (issue 11, 6)."""
    prop = source.area.administradores.propietaria
    if prop is None:
        return  # dos-administradores reports the missing owner
    base = ("cuentas", i, "segundo_factor")
    term = ctx.lineamientos.plazo_aviso_cambio_dias_habiles

    def who() -> dict[str, object]:
        return {
            **_params(cuenta, plataforma),
            "correo": prop.correo,
            "nombre_prop": prop.nombre,
            "desde_prop": prop.desde,
            "term": term,
        }

    if factor.persona is None or factor.desde is None:
        yield problem(source, base, "missing_persona", at_key=True, params=who())
        return
    if not same_person(factor.persona, prop.correo) or factor.desde < prop.desde:
        due = second_factor_due(prop.desde, ctx.lineamientos, ctx.calendar)
        severity = WARNING if ctx.as_of <= due else ERROR
        if not same_person(factor.persona, prop.correo):
            yield problem(
                source,
                (*base, "persona"),
                "other_person",
                severity=severity,
                persona=factor.persona,
                due=due,
                params=who(),
            )
        else:
            yield problem(
                source,
                (*base, "desde"),
                "predates",
                severity=severity,
                desde_sf=factor.desde,
                due=due,
                params=who(),
            )
        return
    due = second_factor_due(prop.desde, ctx.lineamientos, ctx.calendar, cuenta)
    if factor.desde > due:
        late = late_phrases(business_days_late(due, factor.desde, ctx.calendar))
        yield problem(
            source,
            (*base, "desde"),
            "late",
            severity=WARNING,
            desde_sf=factor.desde,
            due=due,
            params={**late, **who()},
        )
