"""responsiva-cuentas: every current account is listed in both administrators' Anexo 2.

Issue 11 point 2. The Anexo 2 makes the person answer for "la cuenta ..." — the accounts "que
se enlistan a continuación" — so a responsiva covers the accounts it lists
(``administradores.<rol>.responsiva.cuentas``, each ``plataforma/usuario``), no others.
An account associated after the responsiva was signed gets the change term
(``plazo_aviso_cambio_dias_habiles`` business days from its association) to be covered by a
new responsiva: a warning while the term runs, an error after it; a new responsiva signed
after that term covers it, with a warning that records the lateness.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from validator.loading.sources import SourceFile
from validator.models.area import Cuenta
from validator.models.handles import account_ref, ref_key
from validator.obligations import business_days_late, late_phrases, responsiva_due
from validator.rules.base import ERROR, WARNING, Context, Message, Problem, problem, rule

_FIX = Message(  # what to do: ends the messages, and reminders print it ({ref}: the account)
    es="Recabe una nueva responsiva (Anexo 2) firmada por esa persona que enliste la cuenta "
    "(`ine-redes formatos anexo2`), regístrela (`ine-redes formatos registrar`) y agregue "
    "'{ref}' a 'cuentas'.",
    en="Obtain a new responsiva (Anexo 2) signed by that person that lists the account "
    "(`ine-redes formatos anexo2`), register it (`ine-redes formatos registrar`) and add "
    "'{ref}' to 'cuentas'.",
)


@rule(
    id="responsiva-cuentas",
    severity=ERROR,
    clause="4.3 I; Anexo 2",
    how_to_fix=_FIX,
    summary=Message(
        es="La responsiva (Anexo 2) vigente de cada persona administradora enlista todas las "
        "cuentas actuales del área.",
        en="Each administrator's current responsiva (Anexo 2) lists every current account of "
        "the area.",
    ),
    description=Message(
        es='El Anexo 2 hace responsable a la persona de "la cuenta" que nombra ("las '
        'cuentas que se enlistan a continuación"). `administradores.<rol>.responsiva.cuentas` '
        "lista esas cuentas como `plataforma/usuario` (p. ej. `facebook/INEMexico`); cada "
        "cuenta actual debe estar en la responsiva de la propietaria y en la de la suplente. "
        "Una cuenta asociada después de la firma de la responsiva tiene "
        "`plazo_aviso_cambio_dias_habiles` días hábiles desde su `asociacion.fecha` para "
        "quedar en una nueva responsiva: aviso mientras corre el plazo, error después; una "
        "responsiva firmada después del plazo la cubre, con un aviso que registra el retraso "
        '("presentado N días hábiles después del plazo").',
        en='The Anexo 2 makes the person answer for "la cuenta" it names ("las cuentas que '
        'se enlistan a continuación"). `administradores.<rol>.responsiva.cuentas` lists those '
        "accounts as `plataforma/usuario` (e.g. `facebook/INEMexico`); every current account "
        "must be in both the owner's and the deputy's responsiva. An account associated after "
        "the responsiva was signed has `plazo_aviso_cambio_dias_habiles` business days from "
        "its `asociacion.fecha` to be in a new responsiva: a warning while the term runs, an "
        "error after; a responsiva signed after the term covers it, with a warning recording "
        "the delay.",
    ),
    messages={
        "missing_list": Message(
            es="La responsiva (Anexo 2) de {nombre} ({role}) no dice qué cuentas enlista. "
            "Agregue 'cuentas' con las cuentas que enlista el formato firmado, como "
            "plataforma/usuario: [{refs}] (se pide desde el issue 11).",
            en="The responsiva (Anexo 2) of {nombre} ({role}) does not say which accounts it "
            "lists. Add 'cuentas' with the accounts the signed form lists, as "
            "plataforma/usuario: [{refs}] (required since issue 11).",
        ),
        "not_listed": Message(
            es="La cuenta {ref} no está en la responsiva (Anexo 2) de {nombre} ({role}), así "
            "que nadie la ha asumido por escrito. " + _FIX.es,
            en="Account {ref} is not in the responsiva (Anexo 2) of {nombre} ({role}), so "
            "nobody has taken it on in writing. " + _FIX.en,
        ),
        "new_pending": Message(
            es="La cuenta {ref} se asoció el {asociada}, después de la responsiva de {nombre} "
            "({role}, del {fecha}); debe quedar en una nueva responsiva a más tardar el {due} "
            "({term} días hábiles). " + _FIX.es,
            en="Account {ref} was associated on {asociada}, after the responsiva of {nombre} "
            "({role}, dated {fecha}); it must be in a new responsiva by {due} ({term} "
            "business days). " + _FIX.en,
        ),
        "new_overdue": Message(
            es="La cuenta {ref} se asoció el {asociada}, después de la responsiva de {nombre} "
            "({role}, del {fecha}), y el plazo para cubrirla venció el {due} ({term} días "
            "hábiles). " + _FIX.es,
            en="Account {ref} was associated on {asociada}, after the responsiva of {nombre} "
            "({role}, dated {fecha}), and the term to cover it expired on {due} ({term} "
            "business days). " + _FIX.en,
        ),
        "late": Message(
            es="La responsiva de {nombre} ({role}) que enlista la cuenta {ref} (asociada el "
            "{asociada}) se firmó el {fecha}: presentado {late_es} "
            "({due}).",
            en="The responsiva of {nombre} ({role}) that lists account {ref} (associated on "
            "{asociada}) was signed on {fecha}: submitted {late_en} "
            "({due}).",
        ),
    },
    passing="propietaria:\n  responsiva:\n    fecha: 2026-01-15\n"
    "    cuentas: [facebook/INEJDE01Ags, x/INEJDE01Ags]\n"
    "cuentas:\n  - {plataforma: facebook, usuario: INEJDE01Ags, ...}\n"
    "  - {plataforma: x, usuario: INEJDE01Ags, ...}\n",
    failing="propietaria:\n  responsiva:\n    fecha: 2026-01-15\n"
    "    cuentas: [facebook/INEJDE01Ags]   # falta x/INEJDE01Ags\n"
    "cuentas:\n  - {plataforma: facebook, usuario: INEJDE01Ags, ...}\n"
    "  - {plataforma: x, usuario: INEJDE01Ags, asociacion: {fecha: 2026-01-10}, ...}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    term = ctx.lineamientos.plazo_aviso_cambio_dias_habiles
    for source in ctx.areas:
        area = source.area
        keys = [ref_key(account_ref(c)) for c in area.cuentas]  # each account's, in order
        for role, person in area.administrators():
            resp = person.responsiva
            if resp is None:
                continue  # formato-responsiva reports it
            base = ("administradores", role, "responsiva")
            who = {"nombre": person.nombre, "role": role, "term": term}
            if resp.cuentas is None:
                refs = ", ".join(account_ref(c) for c in area.cuentas)
                yield problem(
                    source,
                    (*base, "cuentas"),
                    "missing_list",
                    at_key=True,
                    refs=refs,
                    params=who,
                )
                continue
            in_list = {ref_key(ref) for ref in resp.cuentas}
            covered = [key in in_list for key in keys]  # whether it lists each account
            newest = _newest_listed(area.cuentas, covered, ctx.as_of)
            for cuenta, is_listed in zip(area.cuentas, covered, strict=True):
                asociada = cuenta.asociacion.fecha if cuenta.asociacion else None
                if asociada is not None and asociada > ctx.as_of:
                    continue  # not associated yet as of that date
                ref = account_ref(cuenta)
                if is_listed:
                    if (
                        cuenta is newest
                        and asociada is not None
                        and resp.fecha is not None
                        and asociada >= person.desde
                    ):
                        due = responsiva_due(asociada, ctx.lineamientos, ctx.calendar)
                        if resp.fecha > due:
                            yield _late(ctx, source, base, ref, asociada, resp.fecha, due, who)
                    continue
                added_after = (
                    asociada is not None and resp.fecha is not None and asociada > resp.fecha
                )
                if not added_after or asociada is None:
                    yield problem(source, (*base, "cuentas"), "not_listed", ref=ref, params=who)
                    continue
                due = responsiva_due(asociada, ctx.lineamientos, ctx.calendar)
                pending = ctx.as_of <= due
                yield problem(
                    source,
                    (*base, "cuentas"),
                    "new_pending" if pending else "new_overdue",
                    severity=WARNING if pending else ERROR,
                    ref=ref,
                    asociada=asociada,
                    fecha=resp.fecha,
                    due=due,
                    params=who,
                )


def _newest_listed(cuentas: list[Cuenta], covered: list[bool], as_of: date) -> Cuenta | None:
    """The most recently associated account the responsiva lists (``covered``: whether it
    lists each of ``cuentas``): the one whose arrival can have prompted this responsiva
    (earlier ones were covered by an earlier responsiva that the file no longer holds, so
    their delay is not judged here)."""
    best: Cuenta | None = None
    best_asoc: date | None = None
    for cuenta, is_listed in zip(cuentas, covered, strict=True):
        asoc = cuenta.asociacion.fecha if cuenta.asociacion else None
        if asoc is None or asoc > as_of or not is_listed:
            continue
        if best_asoc is None or asoc > best_asoc:
            best, best_asoc = cuenta, asoc
    return best


def _late(
    ctx: Context,
    source: SourceFile,
    base: tuple[str, ...],
    ref: str,
    asociada: date,
    fecha: date,
    due: date,
    who: dict[str, object],
) -> Problem:
    late = late_phrases(business_days_late(due, fecha, ctx.calendar))
    return problem(
        source,
        (*base, "fecha"),
        "late",
        severity=WARNING,
        ref=ref,
        asociada=asociada,
        fecha=fecha,
        due=due,
        params={**late, **who},
    )
