"""rotacion-contrasena: every account's password changes at least every two months."""

from __future__ import annotations

from collections.abc import Iterator

from validator.obligations import password_rotations
from validator.rules.base import ERROR, Context, Message, Problem, obligation_problem, rule

_FIX_ES = (
    "Cambie la contraseña, infórmelo a la persona titular y registre el cambio en "
    "'contrasena.cambios' (sólo la fecha, nunca la contraseña)."
)
_FIX_EN = (
    "Change the password, tell the titular and record the change under 'contrasena.cambios' "
    "(only the date, never the password)."
)


@rule(
    id="rotacion-contrasena",
    severity=ERROR,
    clause="4.3 VIII",
    summary=Message(
        es="La contraseña de cada cuenta se cambia al menos cada dos meses (aviso cuando vence "
        "pronto).",
        en="Every account's password is changed at least every two months (warning when due soon).",
    ),
    description=Message(
        es="El cambio más reciente de `contrasena.cambios` tiene menos de "
        "`rotacion_contrasena_meses` meses calendario a la fecha de corte: un cambio del "
        "2026-09-29 vence el 2026-11-29 y está vencido desde el 2026-11-30 (fin de mes se "
        "ajusta: 2026-12-31 + 2 meses = 2027-02-28). A `aviso_anticipado_dias` días o menos "
        "del vencimiento es un aviso. Una cuenta sin cambios registrados es un error.",
        en="The newest entry of `contrasena.cambios` is less than `rotacion_contrasena_meses` "
        "calendar months old at the as-of date: a change on 2026-09-29 is due again on "
        "2026-11-29 and overdue from 2026-11-30 (month ends clamp: 2026-12-31 + 2 months = "
        "2027-02-28). Within `aviso_anticipado_dias` days of the due date it is a warning. An "
        "account with no recorded change is an error.",
    ),
    messages={
        "overdue": Message(
            es="La contraseña de la cuenta '{usuario}' ({plataforma}) se cambió por última "
            "vez el {last}; debía cambiarse a más tardar el {due} (cada {months} meses). "
            + _FIX_ES,
            en="The password of account '{usuario}' ({plataforma}) was last changed on "
            "{last}; it was due again by {due} (every {months} months). " + _FIX_EN,
        ),
        "due_soon": Message(
            es="La contraseña de la cuenta '{usuario}' ({plataforma}) debe cambiarse a más "
            "tardar el {due} ({left_es}; último cambio: {last}). " + _FIX_ES,
            en="The password of account '{usuario}' ({plataforma}) must be changed by {due} "
            "({left_en}; last change: {last}). " + _FIX_EN,
        ),
        "missing": Message(
            es="La cuenta '{usuario}' ({plataforma}) no registra ningún cambio de contraseña "
            "hasta el {as_of} (se cambia al menos cada {months} meses). " + _FIX_ES,
            en="Account '{usuario}' ({plataforma}) records no password change up to {as_of} "
            "(it is changed at least every {months} months). " + _FIX_EN,
        ),
    },
    passing="# as-of 2026-11-29\ncontrasena:\n  cambios:\n    - {fecha: 2026-10-20, "
    "informado_titular: 2026-10-20}\n",
    failing="# as-of 2026-11-29: vencía el 2026-11-28\ncontrasena:\n  cambios:\n"
    "    - {fecha: 2026-09-28, informado_titular: 2026-09-28}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    lin = ctx.lineamientos
    for source in ctx.areas:
        cuentas = source.area.cuentas
        for ob in password_rotations(source.area, lin, ctx.as_of):
            if ob.status == "ok":
                continue
            cuenta = cuentas[ob.path[1]]  # type: ignore[index]
            yield obligation_problem(
                source,
                ob,
                usuario=cuenta.usuario,
                plataforma=cuenta.plataforma,
                last=ob.last_done,
                months=lin.rotacion_contrasena_meses,
                as_of=ctx.as_of,
            )
