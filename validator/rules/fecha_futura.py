"""fecha-futura: the date of something already done is not in the future.

A password change, a report, a notice, a signed form, an assignment: each is recorded once it
has happened, so its date cannot be later than the day of the review. The deadline rules count
only what has happened by then (a future change does not meet the rotation), so such a date
would otherwise show as "no change recorded" far from the line that causes it; this rule
points at the date itself. ``desde`` (when a designation takes effect) may be in the future:
a pair can be registered before it starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from validator.loading.schema_issues import dotted
from validator.models.area import Area, Contrasena
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

Path = tuple[str | int, ...]


@rule(
    id="fecha-futura",
    severity=ERROR,
    clause="4.2 IV; 4.3 VIII",
    summary=Message(
        es="Las fechas de lo ya hecho (cambios de contraseña, informes, avisos, formatos, "
        "asignaciones, incidentes) no son posteriores a la fecha de revisión.",
        en="Dates of things already done (password changes, reports, notices, forms, "
        "assignments, incidents) are not after the review date.",
    ),
    description=Message(
        es="El inventario es el listado actualizado de lo que ya ocurrió (4.2 IV) y cada "
        "cambio de contraseña se documenta al hacerse (4.3 VIII): la fecha de un cambio, un "
        "informe, un aviso, un formato firmado, una solicitud o asignación de correo, una "
        "asociación, un segundo factor o un incidente no puede ser posterior a la fecha de "
        "revisión (`--as-of`, por omisión hoy en `zona_horaria`). Mientras una fecha esté en el futuro no cuenta como cumplida (las reglas de plazos "
        "sólo cuentan lo ocurrido hasta la fecha de revisión). `desde` de una persona "
        "administradora sí puede ser futuro: una pareja se registra antes de entrar en "
        "funciones.",
        en="The inventory is the current list of what has happened (4.2 IV) and every "
        "password change is documented when made (4.3 VIII): the date of a change, a report, "
        "a notice, a signed form, a request or assignment of an address, an association, a "
        "second factor or an incident cannot be after the review date (`--as-of`, by "
        "default today in `zona_horaria`). While a date is in the future it does not "
        "count as done (the deadline rules count only what happened by the review date). "
        "An administrator's `desde` may be in the future: a pair is registered before it "
        "takes office.",
    ),
    messages={
        "default": Message(
            es="'{field}' es del {fecha}, posterior a la fecha de revisión ({as_of}): la fecha "
            "de algo ya hecho no puede estar en el futuro y, mientras lo esté, no cuenta como "
            "cumplido. Corrija la fecha (¿una errata en el año o el mes?).",
            en="'{field}' is {fecha}, after the review date ({as_of}): the date of something "
            "already done cannot be in the future and, while it is, does not count as done. "
            "Fix the date (a typo in the year or the month?).",
        ),
    },
    passing="# as-of 2026-11-29\ninformes:\n  - {fecha: 2026-11-28, tipo: trimestral}\n",
    failing="# as-of 2026-11-29\ninformes:\n  - {fecha: 2027-11-28, tipo: trimestral}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    as_of = ctx.as_of
    for source in ctx.areas:
        area = source.area
        if _newest(area) <= as_of:  # the usual case: nothing to point at, no paths built
            continue
        for path, fecha in done_dates(area):
            if fecha > as_of:  # what the deadline rules count as not happened yet
                yield problem(source, path, field=dotted(path), fecha=fecha, as_of=ctx.as_of)


def done_dates(area: Area) -> Iterator[tuple[Path, date]]:
    """Every date of something already done in an area file, with its path."""
    admins = area.administradores
    for rol in ("propietaria", "suplente"):
        admin = getattr(admins, rol)
        if admin is not None and admin.responsiva is not None:
            path: Path = ("administradores", rol, "responsiva", "fecha")
            yield from _given((path, admin.responsiva.fecha))
    d = area.designacion
    if d is not None:
        yield from _given(
            (("designacion", "fecha"), d.fecha),
            (("designacion", "remitida_cncs"), d.remitida_cncs),
        )
    for k, informe in enumerate(area.informes):
        yield ("informes", k, "fecha"), informe.fecha
    for j, g in enumerate(area.correos_genericos):
        base: Path = ("correos_genericos", j)
        yield from _given(
            ((*base, "solicitado"), g.solicitado),
            ((*base, "asignado"), g.asignado),
            ((*base, "baja"), g.baja),
        )
        yield from _changes((*base, "contrasena"), g.contrasena)
    for i, cuenta in enumerate(area.cuentas):
        base = ("cuentas", i)
        a = cuenta.asociacion
        if a is not None:
            yield from _given(
                ((*base, "asociacion", "fecha"), a.fecha),
                ((*base, "asociacion", "notificada_cncs"), a.notificada_cncs),
            )
        factor = cuenta.segundo_factor
        if factor is not None:
            yield from _given(((*base, "segundo_factor", "desde"), factor.desde))
        yield from _changes((*base, "contrasena"), cuenta.contrasena)
        for k, incidente in enumerate(cuenta.incidentes):
            at: Path = (*base, "incidentes", k)
            yield from _given(
                ((*at, "fecha"), incidente.fecha),
                ((*at, "contrasena_cambiada"), incidente.contrasena_cambiada),
                ((*at, "notificado_titular"), incidente.notificado_titular),
                ((*at, "notificado_cncs"), incidente.notificado_cncs),
            )


def _newest(area: Area) -> date:
    """The newest date of something done in ``area``: the dates :func:`done_dates` gives,
    read without building their paths (a national run checks ~40,000 dates; paths are built
    only for an area that has a future one). tests/rules/test_fecha_futura.py checks that
    both see the same fields, and that together they cover every date field of the models
    but ``desde``."""
    newest = date.min
    dates: list[date | None] = []
    add = dates.append
    admins = area.administradores
    for admin in (admins.propietaria, admins.suplente):
        if admin is not None and admin.responsiva is not None:
            add(admin.responsiva.fecha)
    d = area.designacion
    if d is not None:
        add(d.fecha)
        add(d.remitida_cncs)
    dates.extend([informe.fecha for informe in area.informes])
    for g in area.correos_genericos:
        add(g.solicitado)
        add(g.asignado)
        add(g.baja)
        if g.contrasena is not None:
            for cambio in g.contrasena.cambios:
                add(cambio.fecha)
                add(cambio.informado_titular)
    for cuenta in area.cuentas:
        a = cuenta.asociacion
        if a is not None:
            add(a.fecha)
            add(a.notificada_cncs)
        if cuenta.segundo_factor is not None:
            add(cuenta.segundo_factor.desde)
        if cuenta.contrasena is not None:
            for cambio in cuenta.contrasena.cambios:
                add(cambio.fecha)
                add(cambio.informado_titular)
        for i in cuenta.incidentes:
            dates += (i.fecha, i.contrasena_cambiada, i.notificado_titular, i.notificado_cncs)
    for day in dates:
        if day is not None and day > newest:
            newest = day
    return newest


def _changes(base: Path, contrasena: Contrasena | None) -> Iterator[tuple[Path, date]]:
    if contrasena is None:
        return
    for k, cambio in enumerate(contrasena.cambios):
        at: Path = (*base, "cambios", k)
        yield from _given(
            ((*at, "fecha"), cambio.fecha), ((*at, "informado_titular"), cambio.informado_titular)
        )


def _given(*pairs: tuple[Path, date | None]) -> Iterator[tuple[Path, date]]:
    for path, value in pairs:
        if value is not None:
            yield path, value
