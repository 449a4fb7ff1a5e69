"""correo-generico-cronologia: a generic address is requested, then assigned, then used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="correo-generico-cronologia",
    severity=ERROR,
    clause="4.3 II; 4.4 I–II",
    summary=Message(
        es="Las fechas de cada correo genérico van en orden: solicitado ≤ asignado ≤ "
        "asociación de cada cuenta que lo usa; la baja no antecede a la asignación.",
        en="Each generic address's dates are in order: solicitado ≤ asignado ≤ the "
        "association of every account using it; baja does not precede asignado.",
    ),
    description=Message(
        es="Las personas administradoras tramitan el correo genérico ante la UTSI (4.3 II), "
        "la UTSI lo asigna (4.4 I–II) y sólo entonces se asocia a las cuentas. Por eso "
        "`solicitado` ≤ `asignado` ≤ `asociacion.fecha` de cada cuenta cuyo "
        "`correo_asociado` es ese correo, y `baja` no es anterior a `asignado` (ni a "
        "`solicitado`). Cada violación es un error en la línea de la fecha que debía ser "
        "posterior.",
        en="Administrators request the generic address from UTSI (4.3 II), UTSI assigns it "
        "(4.4 I–II) and only then is it linked to accounts. So `solicitado` ≤ `asignado` ≤ "
        "the `asociacion.fecha` of every account whose `correo_asociado` is that address, "
        "and `baja` is not before `asignado` (nor `solicitado`). Each violation is an error "
        "on the line of the date that should be the later one.",
    ),
    messages={
        "asignado": Message(
            es="El correo genérico '{correo}' figura asignado el {asignado}, antes de "
            "solicitarse ({solicitado}). Corrija 'solicitado' o 'asignado': la UTSI asigna "
            "lo que se le solicitó.",
            en="Generic address '{correo}' is assigned on {asignado}, before it was requested "
            "({solicitado}). Fix 'solicitado' or 'asignado': UTSI assigns what was requested.",
        ),
        "baja": Message(
            es="El correo genérico '{correo}' tiene baja el {baja}, antes de {antes_es} "
            "({antes}). Corrija las fechas: la baja es posterior.",
            en="Generic address '{correo}' is withdrawn on {baja}, before {antes_en} "
            "({antes}). Fix the dates: the withdrawal comes later.",
        ),
        "asociacion": Message(
            es="La cuenta {plataforma} '{usuario}' se asoció a '{correo}' el {fecha}, antes "
            "de que la UTSI lo asignara ({asignado}). Corrija 'asociacion.fecha' o "
            "'asignado': una cuenta se asocia a un correo genérico ya asignado.",
            en="The {plataforma} account '{usuario}' was linked to '{correo}' on {fecha}, "
            "before UTSI assigned it ({asignado}). Fix 'asociacion.fecha' or 'asignado': an "
            "account is linked to a generic address already assigned.",
        ),
    },
    passing="correos_genericos:\n  - {correo: redes.jd01ags@ine.mx, estado: asignado, "
    "solicitado: 2026-01-16, asignado: 2026-01-20}\ncuentas:\n"
    "  - correo_asociado: redes.jd01ags@ine.mx\n    asociacion: {fecha: 2026-01-25}\n",
    failing="correos_genericos:\n  - {correo: redes.jd01ags@ine.mx, estado: asignado, "
    "solicitado: 2026-01-16, asignado: 2026-01-20}\ncuentas:\n"
    "  - correo_asociado: redes.jd01ags@ine.mx\n    asociacion: {fecha: 2026-01-19}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        area = source.area
        assigned: dict[str, list[tuple[date, str]]] = {}
        for j, g in enumerate(area.correos_genericos):
            base = ("correos_genericos", j)
            if g.asignado is not None and g.asignado < g.solicitado:
                yield problem(
                    source,
                    (*base, "asignado"),
                    "asignado",
                    correo=g.correo,
                    asignado=g.asignado,
                    solicitado=g.solicitado,
                )
            if g.baja is not None:
                before = g.asignado if g.asignado is not None else g.solicitado
                if g.baja < before:
                    which = "asignado" if g.asignado is not None else "solicitado"
                    yield problem(
                        source,
                        (*base, "baja"),
                        "baja",
                        correo=g.correo,
                        baja=g.baja,
                        antes=before,
                        antes_es="su asignación" if which == "asignado" else "su solicitud",
                        antes_en="its assignment" if which == "asignado" else "its request",
                    )
            if g.asignado is not None:
                assigned.setdefault(g.correo.casefold(), []).append((g.asignado, g.correo))
        for i, cuenta in enumerate(area.cuentas):
            if cuenta.correo_asociado is None or cuenta.asociacion is None:
                continue
            listed = assigned.get(cuenta.correo_asociado.casefold())
            if not listed:
                continue  # not assigned: correo-asignado reports it
            asignado, correo = min(listed)
            if cuenta.asociacion.fecha < asignado:
                yield problem(
                    source,
                    ("cuentas", i, "asociacion", "fecha"),
                    "asociacion",
                    correo=correo,
                    plataforma=cuenta.plataforma,
                    usuario=cuenta.usuario,
                    fecha=cuenta.asociacion.fecha,
                    asignado=asignado,
                )
