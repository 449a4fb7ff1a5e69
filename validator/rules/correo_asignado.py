"""correo-asignado: an account's address is a generic address assigned to its own area."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="correo-asignado",
    severity=ERROR,
    clause="4.3 II; 4.4 I–II",
    summary=Message(
        es="El correo asociado de cada cuenta figura en correos_genericos del área con "
        "estado: asignado.",
        en="Every account's correo_asociado is listed in the area's correos_genericos with "
        "estado: asignado.",
    ),
    description=Message(
        es="Las personas administradoras tramitan ante la UTSI los correos genéricos que "
        "asocian a las cuentas (4.3 II) y la UTSI los asigna (4.4 I–II). Por eso el "
        "`correo_asociado` de cada cuenta debe figurar en `correos_genericos` de la misma "
        "área (sin distinguir mayúsculas) con `estado: asignado`: un correo aún "
        "`solicitado` no se ha asignado, y uno dado de `baja` ya no puede sostener una "
        "cuenta.",
        en="Administrators request from UTSI the generic addresses they link to the "
        "accounts (4.3 II) and UTSI assigns them (4.4 I–II). So every account's "
        "`correo_asociado` must be listed in the same area's `correos_genericos` (case "
        "ignored) with `estado: asignado`: an address still `solicitado` has not been "
        "assigned, and one in `baja` can no longer hold an account.",
    ),
    messages={
        "not_listed": Message(
            es="El correo '{correo}' de la cuenta {plataforma} '{usuario}' no figura en "
            "correos_genericos del área {clave}. Regístrelo ahí con estado: asignado (y su "
            "fecha de asignación por la UTSI) o asocie la cuenta a un correo genérico del "
            "área.",
            en="Address '{correo}' of the {plataforma} account '{usuario}' is not listed in "
            "area {clave}'s correos_genericos. List it there with estado: asignado (and the "
            "date UTSI assigned it) or link the account to one of the area's generic "
            "addresses.",
        ),
        "solicitado": Message(
            es="El correo '{correo}' de la cuenta {plataforma} '{usuario}' figura en "
            "correos_genericos (línea {line}) como solicitado: la UTSI aún no lo asigna. "
            "Cuando se asigne, cambie su estado a asignado con la fecha; mientras tanto use "
            "un correo genérico asignado.",
            en="Address '{correo}' of the {plataforma} account '{usuario}' is listed in "
            "correos_genericos (line {line}) as solicitado: UTSI has not assigned it yet. "
            "Once assigned, set its estado to asignado with the date; meanwhile use an "
            "assigned generic address.",
        ),
        "baja": Message(
            es="El correo '{correo}' de la cuenta {plataforma} '{usuario}' figura en "
            "correos_genericos (línea {line}) dado de baja. Asocie la cuenta a un correo "
            "genérico asignado del área y actualice correo_asociado.",
            en="Address '{correo}' of the {plataforma} account '{usuario}' is listed in "
            "correos_genericos (line {line}) as baja (withdrawn). Link the account to an "
            "assigned generic address of the area and update correo_asociado.",
        ),
    },
    passing="correos_genericos:\n  - correo: redes.jd01ags@ine.mx\n    estado: asignado\n"
    "cuentas:\n  - plataforma: facebook\n    correo_asociado: redes.jd01ags@ine.mx\n",
    failing="correos_genericos:\n  - correo: redes.jd01ags@ine.mx\n    estado: solicitado\n"
    "cuentas:\n  - plataforma: facebook\n    correo_asociado: redes.jd01ags@ine.mx\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        area = source.area
        states: dict[str, list[tuple[int, str]]] = {}
        for j, generico in enumerate(area.correos_genericos):
            states.setdefault(generico.correo.casefold(), []).append((j, generico.estado))
        for i, cuenta in enumerate(area.cuentas):
            if cuenta.correo_asociado is None:
                continue  # vinculo-institucional reports it
            listed = states.get(cuenta.correo_asociado.casefold(), [])
            if any(estado == "asignado" for _, estado in listed):
                continue
            params: dict[str, object] = {
                "plataforma": cuenta.plataforma,
                "usuario": cuenta.usuario,
                "correo": cuenta.correo_asociado,
                "clave": area.clave,
            }
            key = "not_listed"
            if listed:
                j, key = listed[0]
                params["line"] = source.doc.locate(("correos_genericos", j, "estado"))[0]
            yield problem(source, ("cuentas", i, "correo_asociado"), key, params=params)
