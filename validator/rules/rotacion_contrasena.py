"""rotacion-contrasena: every password (accounts and generic addresses) changes at least
every ``rotacion_contrasena_meses``; the first change is due that long after the start."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from validator.loading.sources import SourceFile
from validator.obligations import (
    Obligation,
    generic_password_rotations,
    late_phrases,
    password_rotations,
)
from validator.rules.base import (
    ERROR,
    WARNING,
    Context,
    Message,
    Problem,
    obligation_problem,
    problem,
    rule,
)

_FIX = Message(  # what to do: ends every message, and reminders print it
    es="Cambie la contraseña, infórmelo a la persona titular y registre el cambio en "
    "'{campo}' (sólo la fecha, nunca la contraseña).",
    en="Change the password, tell the titular and record the change under '{campo}' (only the "
    "date, never the password).",
)

# Where a change is recorded, as the fix names it (``{campo}``).
CAMPO_CUENTA = "contrasena.cambios"
CAMPO_GENERICO = "correos_genericos[].contrasena.cambios"


@rule(
    id="rotacion-contrasena",
    severity=ERROR,
    clause="4.3 VIII; 4.4 III",
    how_to_fix=_FIX,
    summary=Message(
        es="La contraseña de cada cuenta y de cada correo genérico se cambia al menos cada dos "
        "meses (aviso cuando vence pronto o cuando un cambio se hizo tarde).",
        en="The password of every account and every generic address is changed at least "
        "every two months (warning when due soon or when a change came late).",
    ),
    description=Message(
        es="El siguiente cambio vence `rotacion_contrasena_meses` meses calendario después "
        "del más reciente de `contrasena.cambios` o, sin cambios, de la asociación "
        "(`asociacion.fecha` de la cuenta) o de la asignación (`asignado` del correo "
        "genérico en uso): el primer cambio no se exige de inmediato. Un cambio del "
        "2026-09-29 vence el 2026-11-29 y está vencido desde el 2026-11-30 (fin de mes se "
        "ajusta: 2026-12-31 + 2 meses = 2027-02-28). Vencido sin cambio: error; a "
        "`aviso_anticipado_dias` días o menos: aviso. Un cambio hecho después de su plazo "
        "cumple, pero es un aviso que registra el atraso en días hábiles (mientras sea el "
        "cambio más reciente). Los correos genéricos también cambian su contraseña (4.4 III: "
        "el CAU apoya el cambio de 'las contraseñas de los correos electrónicos genéricos') "
        "y la registran en `correos_genericos[].contrasena.cambios`.",
        en="The next change is due `rotacion_contrasena_meses` calendar months after the "
        "newest entry of `contrasena.cambios` or, with none, after the association (an "
        "account's `asociacion.fecha`) or the assignment (a generic address's `asignado`): "
        "the first change is not required at once. A change on 2026-09-29 is due again on "
        "2026-11-29 and overdue from 2026-11-30 (month ends clamp: 2026-12-31 + 2 months = "
        "2027-02-28). Overdue with no change: error; within `aviso_anticipado_dias` days: "
        "warning. A change made after its deadline is met, but a warning records how many "
        "business days late it was (while it is the newest change). Generic addresses "
        "change their password too (4.4 III: CAU helps change 'the passwords of the generic "
        "e-mail addresses') and record it under `correos_genericos[].contrasena.cambios`.",
    ),
    messages={
        "overdue": Message(
            es="La contraseña {de_cosa_es} se cambió por última vez el {last}; debía cambiarse "
            "a más tardar el {due} (cada {months} meses). " + _FIX.es,
            en="The password of {cosa_en} was last changed on {last}; it was due again by "
            "{due} (every {months} months). " + _FIX.en,
        ),
        "due_soon": Message(
            es="La contraseña {de_cosa_es} debe cambiarse a más tardar el {due} ({left_es}; "
            "último cambio: {last}). " + _FIX.es,
            en="The password of {cosa_en} must be changed by {due} ({left_en}; last change: "
            "{last}). " + _FIX.en,
        ),
        "overdue_first": Message(
            es="{Cosa_es} no registra ningún cambio de contraseña; el primero vencía el {due} "
            "({months} meses después de {start_es} del {start}). " + _FIX.es,
            en="{Cosa_en} records no password change; the first one was due by {due} "
            "({months} months after {start_en} on {start}). " + _FIX.en,
        ),
        "due_soon_first": Message(
            es="El primer cambio de contraseña {de_cosa_es} vence el {due} ({left_es}; "
            "{months} meses después de {start_es} del {start}). " + _FIX.es,
            en="The first password change of {cosa_en} is due by {due} ({left_en}; {months} "
            "months after {start_en} on {start}). " + _FIX.en,
        ),
        "late": Message(
            es="El cambio de contraseña del {done} {de_cosa_es} se hizo {late_es} (vencía el "
            "{due}). Queda registrado el atraso; cambie la contraseña a tiempo en adelante "
            "(cada {months} meses).",
            en="The password change of {done} on {cosa_en} came {late_en} (it was due by "
            "{due}). The delay is on record; change the password on time from now on (every "
            "{months} months).",
        ),
    },
    passing="# as-of 2026-11-29\nasociacion: {fecha: 2026-10-01}   # primer cambio: 2026-12-01\n"
    "contrasena:\n  cambios: []\n",
    failing="# as-of 2026-11-29: vencía el 2026-11-28\ncontrasena:\n  cambios:\n"
    "    - {fecha: 2026-09-28, informado_titular: 2026-09-28}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    months = lin.rotacion_contrasena_meses
    for source in ctx.areas:
        area = source.area
        for ob in password_rotations(area, lin, ctx.as_of, cal=ctx.calendar):
            if _quiet(ob):
                continue
            cuenta = area.cuentas[_index(ob)]
            cosa = {
                "de_cosa_es": f"de la cuenta '{cuenta.usuario}' ({cuenta.plataforma})",
                "Cosa_es": f"La cuenta '{cuenta.usuario}' ({cuenta.plataforma})",
                "cosa_en": f"account '{cuenta.usuario}' ({cuenta.plataforma})",
                "Cosa_en": f"Account '{cuenta.usuario}' ({cuenta.plataforma})",
                "start_es": "la asociación",
                "start_en": "the association",
                "start": cuenta.asociacion.fecha if cuenta.asociacion else None,
                "campo": CAMPO_CUENTA,
            }
            yield from _problems(source, ob, months, cosa)
        for ob in generic_password_rotations(area, lin, ctx.as_of, cal=ctx.calendar):
            if _quiet(ob):
                continue
            generico = area.correos_genericos[_index(ob)]
            cosa = {
                "de_cosa_es": f"del correo genérico '{generico.correo}'",
                "Cosa_es": f"El correo genérico '{generico.correo}'",
                "cosa_en": f"generic address '{generico.correo}'",
                "Cosa_en": f"Generic address '{generico.correo}'",
                "start_es": "su asignación",
                "start_en": "its assignment",
                "start": generico.asignado,
                "campo": CAMPO_GENERICO,
            }
            yield from _problems(source, ob, months, cosa)


def _quiet(ob: Obligation) -> bool:
    """Nothing to report: met in time and not due soon, or ``missing`` (no start and no
    change: asociacion-notificada says what to add)."""
    return ob.status == "missing" or (ob.status == "ok" and not ob.late_days)


def _index(ob: Obligation) -> int:
    """The list position in the obligation's path (``("cuentas", 2, ...)``)."""
    index = ob.path[1]
    assert isinstance(index, int), ob.path
    return index


def _problems(
    source: SourceFile, ob: Obligation, months: int, cosa: Mapping[str, object]
) -> Iterator[Problem]:
    if ob.late_days and ob.last_done is not None:
        yield problem(
            source,
            ob.path,
            "late",
            severity=WARNING,
            done=ob.last_done,
            due=ob.late_due,
            months=months,
            params={**late_phrases(ob.late_days), **cosa},
        )
    if ob.status in ("overdue", "due_soon"):
        key = ob.status + ("_first" if ob.last_done is None else "")
        yield obligation_problem(source, ob, key, last=ob.last_done, months=months, params=cosa)
