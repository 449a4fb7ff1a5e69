"""Every dated obligation of an area, computed once as values.

**The one principle** (issue 11) lives here too, in :func:`judge`: an obligation still unmet
after its due date is an error; one met late is a warning that records the lateness
("presentado N días hábiles después del plazo"), never a permanent error. Rules turn a
:class:`Deadline` into a finding with ``rules.base.deadline_problem``; an :class:`Obligation`
carries the lateness of its newest fulfilment in ``late_days``/``late_due``.

The time rules (``rotacion-contrasena``, ``informe-trimestral``, ``aviso-cambio``,
``asociacion-notificada``), ``report trimestral`` and the ``reminders`` command read these
values, so the arithmetic of the lineamientos lives here only:

* password rotation (4.3 VIII) per account and per generic address in use (4.4 III): the
  newest of ``contrasena.cambios[].fecha`` and the start (``asociacion.fecha`` of an
  account, ``asignado`` of a generic address) plus ``rotacion_contrasena_meses`` calendar
  months: the first change is due that long after the start, not at once;
* quarterly report per area (4.2 V), :func:`quarterly_period`: newest ``informes[].fecha``
  (any tipo) plus ``informe_periodicidad_meses`` calendar months; with no report at all,
  counted from the **earliest** ``desde`` of the current administradores;
* change notice per administrator (4.2 V): the first ``informes`` entry of ``tipo: cambio``
  on/after ``desde`` (or the Anexo 1 that designates the person, when earlier) and before
  the next change, due ``plazo_aviso_cambio_dias_habiles`` business days after ``desde``
  (met late: a warning);
* association notice per account (4.3 III): ``asociacion.notificada_cncs`` on/after
  ``asociacion.fecha``, due ``asociacion_aviso_cncs_dias_habiles`` business days after it;
* the two terms of an incident (4.3 IV): the password changed with CAU's help
  (``contrasena_cambiada``, "de forma inmediata": ``incidente_cambio_dias_habiles``) and
  the notice to CNCS (``notificado_cncs``, "a la brevedad":
  ``incidente_aviso_cncs_dias_habiles``), each counted in business days from the incident's
  ``fecha``;
* the second factor on the current propietaria's device (4.3 V) per account whose factor
  is active on the propietaria's device: moved (``persona`` her, ``desde`` on/after hers)
  within ``plazo_aviso_cambio_dias_habiles`` business days of her ``desde``, or of the
  account's ``asociacion.fecha`` when that is later;
* a new account in each administrator's responsiva (4.3 I, Anexo 2): an account associated
  after the responsiva was signed is due in a new one ``plazo_aviso_cambio_dias_habiles``
  business days after its ``asociacion.fecha``.

Entries dated after ``as_of`` do not exist yet as of that date and are ignored, so that a
run with a past ``--as-of`` shows what was due then. Due on the day itself is not overdue;
due within ``warn_days`` (``aviso_anticipado_dias`` by default) is ``due_soon``.

Floor 2: imports calendar (0) and models (1): the types, and `same_person` (who holds the second factor).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from validator.calendar import BusinessCalendar, add_months, due_status
from validator.models.area import same_person
from validator.models.handles import account_ref, ref_key

if TYPE_CHECKING:
    from validator.models import Area, Lineamientos, Plataformas
    from validator.models.area import Administrador, CambioContrasena, Cuenta, Incidente, Rol

Kind = Literal[
    "rotacion-contrasena",
    "informe-trimestral",
    "aviso-cambio",
    "asociacion-notificada",
    "incidente-atendido",
    "segundo-factor",
    "responsiva-cuentas",
]
Status = Literal["ok", "due_soon", "overdue", "missing"]
Path = tuple[str | int, ...]

# A kind is the ID of the rule that checks the duty: its clause and how-to-fix text are that
# rule's (``validator.rules.get(kind)``), read by the outputs above the rules.
#: Every kind, in the order reports show them (the order of ``Kind``).
KINDS: tuple[Kind, ...] = get_args(Kind)
#: Statuses from the most to the least urgent.
STATUS_ORDER: tuple[Status, ...] = ("overdue", "missing", "due_soon", "ok")


class Obligation(NamedTuple):
    """One dated duty of one area, as of one date (an immutable record: a named tuple, as
    cheap to make as a tuple; a run makes one per account and per administrator).

    ``path`` is the YAML path of the value the obligation hangs on (the newest password
    change's ``fecha``, the newest report's ``fecha``, the administrator's ``desde``, the
    ``asociacion`` mapping); ``at_key`` says the path names a missing key, to be located at
    its parent's key. ``subject`` names who or what it concerns: ``plataforma/usuario`` for
    an account, the person's name for an administrator, the area's clave for the area.
    """

    kind: Kind
    area_clave: str
    path: Path
    subject: str
    due: date | None
    last_done: date | None
    status: Status
    as_of: date
    role: Rol | None = None  # aviso-cambio, informe-trimestral: whose term
    at_key: bool = False
    window_start: date | None = None  # aviso-cambio: first day a notice counts
    # The newest fulfilment (``last_done``) came this many business days after its own due
    # date ``late_due``: a warning that records the lateness (0: in time).
    late_days: int = 0
    late_due: date | None = None

    @property
    def days_left(self) -> int | None:
        """Days from as-of to the due date (negative when overdue)."""
        return None if self.due is None else (self.due - self.as_of).days

    @property
    def pending(self) -> bool:
        return self.status != "ok"

    def sort_key(self) -> tuple[str, int, date, str, str]:
        return (
            self.area_clave,
            STATUS_ORDER.index(self.status),
            self.due or date.min,
            self.kind,
            self.subject,
        )


# --- The one rule for every dated obligation --------------------------------------------
#
# An obligation still unmet after its due date is an error (``overdue``). An obligation met
# late is *met*: a warning that records the lateness ("presentado N días hábiles después del
# plazo"), never a permanent error, so that the pull request recording a late report (and
# every later one) can still pass. While unmet and not yet due it is ``due_soon`` (a warning)
# within ``warn_days`` of the due date, or for the whole term when ``warn_days`` is None.


class Deadline(NamedTuple):
    """How one dated duty stands on ``as_of``.

    ``status`` is ``overdue`` (unmet after ``due``: error), ``due_soon`` (unmet, due soon or
    within its term: warning) or ``ok``. A duty met after ``due`` is ``ok`` with
    ``late_days`` > 0: the business days between the due date and the day it was met (a
    day off after the due date counts as the next business day, so it is never 0).
    """

    due: date
    done: date | None
    as_of: date
    status: Status
    late_days: int = 0

    @property
    def late(self) -> bool:
        return self.status == "ok" and self.late_days > 0


def business_days_late(due: date, done: date, cal: BusinessCalendar) -> int:
    """Business days ``done`` lies after ``due`` (0 when on time; at least 1 when late)."""
    if done <= due:
        return 0
    days = cal.business_days_between(due, done)
    return days if cal.is_business_day(done) else days + 1


def judge(
    due: date,
    done: date | None,
    as_of: date,
    cal: BusinessCalendar,
    warn_days: int | None = None,
) -> Deadline:
    """The shared verdict on a duty due on ``due`` and met on ``done`` (None: not yet).

    ``done`` after ``as_of`` does not exist yet on that date. Due on the day itself is in
    time. ``warn_days`` None: unmet within the term is ``due_soon`` (terms in business days,
    whose whole window is the warning); a number: only within that many days of ``due``.
    """
    if done is not None and done <= as_of:
        return Deadline(due, done, as_of, "ok", business_days_late(due, done, cal))
    if as_of > due:
        return Deadline(due, None, as_of, "overdue")
    if warn_days is None or (due - as_of).days <= warn_days:
        return Deadline(due, None, as_of, "due_soon")
    return Deadline(due, None, as_of, "ok")


def late_phrases(late_days: int) -> dict[str, str | int]:
    """Message parameters for a duty met late: ``late_days`` and the phrases ``late_es``
    ("3 días hábiles después del plazo") / ``late_en`` ("3 business days after the
    deadline"); templates say what was late: "presentado {late_es}"."""
    if late_days == 1:
        es, en = "1 día hábil después del plazo", "1 business day after the deadline"
    else:
        es = f"{late_days} días hábiles después del plazo"
        en = f"{late_days} business days after the deadline"
    return {"late_days": late_days, "late_es": es, "late_en": en}


def _newest(dates: Iterable[tuple[int, date]], as_of: date) -> tuple[int, date] | None:
    """(index, date) of the newest date on/before ``as_of`` (the first listed on a tie)."""
    best: tuple[int, date] | None = None
    for index, day in dates:
        if day <= as_of and (best is None or day > best[1]):
            best = (index, day)
    return best


def account_subject(cuenta: Cuenta) -> str:
    return f"{cuenta.plataforma}/{cuenta.usuario}"


def _rotation(
    kind: Kind,
    area: Area,
    base: Path,
    subject: str,
    start: date | None,
    start_path: Path,
    cambios: list[CambioContrasena],
    lin: Lineamientos,
    cal: BusinessCalendar,
    as_of: date,
    warn: int,
) -> Obligation:
    """A recurring duty "every ``months`` from ``start``": the next one is due ``months``
    after the newest of ``start`` and the changes on file; the newest change is judged
    against the one before it (or ``start``) to record its lateness."""
    months = lin.rotacion_contrasena_meses
    dated = sorted([(c.fecha, j) for j, c in enumerate(cambios) if c.fecha <= as_of])
    if start is None and not dated:
        return Obligation(kind, area.clave, start_path, subject, None, None, "missing", as_of,
                          at_key=True)  # fmt: skip
    late_days, late_due = 0, None
    last: date | None = None
    if dated:
        last = dated[-1][0]
        # the newest of the change before it and the start (when not after the change)
        prior = dated[-2][0] if len(dated) > 1 else None
        if start is not None and start <= last and (prior is None or start > prior):
            prior = start
        if prior is not None:
            late_due = add_months(prior, months)
            late_days = business_days_late(late_due, last, cal)
    if last is not None and (start is None or start <= last):
        anchor, path = last, (*base, "cambios", dated[-1][1], "fecha")
    else:  # no change yet, or (re)associated after the newest one: counted from the start
        assert start is not None
        anchor, path = start, start_path
    due = add_months(anchor, months)
    return Obligation(
        kind, area.clave, path, subject, due, last, due_status(due, as_of, warn), as_of,
        late_days=late_days, late_due=late_due if late_days else None,
    )  # fmt: skip


def password_rotations(
    area: Area,
    lin: Lineamientos,
    as_of: date,
    warn_days: int | None = None,
    cal: BusinessCalendar | None = None,
) -> Iterator[Obligation]:
    """4.3 VIII: one obligation per account, the first due ``rotacion_contrasena_meses``
    after its ``asociacion.fecha`` (an account not yet associated on ``as_of`` has none;
    one without ``asociacion`` and no change is ``missing``: asociacion-notificada says
    what to add)."""
    warn = lin.aviso_anticipado_dias if warn_days is None else warn_days
    cal = cal or BusinessCalendar(lin.dias_inhabiles_adicionales)
    for i, cuenta in enumerate(area.cuentas):
        asoc = cuenta.asociacion
        if asoc is not None and asoc.fecha > as_of:
            continue  # not associated yet as of that date
        cambios = cuenta.contrasena.cambios if cuenta.contrasena else []
        base: Path = ("cuentas", i, "contrasena")
        start_path: Path = ("cuentas", i, "asociacion", "fecha") if asoc else ("cuentas", i)
        yield _rotation(
            "rotacion-contrasena", area, base, account_subject(cuenta),
            asoc.fecha if asoc else None, start_path, cambios, lin, cal, as_of, warn,
        )  # fmt: skip


def generic_password_rotations(
    area: Area,
    lin: Lineamientos,
    as_of: date,
    warn_days: int | None = None,
    cal: BusinessCalendar | None = None,
) -> Iterator[Obligation]:
    """4.3 VIII, 4.4 III: one obligation per generic address in use (``estado: asignado``,
    assigned on or before ``as_of``), the first due ``rotacion_contrasena_meses`` after
    ``asignado``."""
    warn = lin.aviso_anticipado_dias if warn_days is None else warn_days
    cal = cal or BusinessCalendar(lin.dias_inhabiles_adicionales)
    for j, generico in enumerate(area.correos_genericos):
        if generico.estado != "asignado" or generico.asignado is None:
            continue
        if generico.asignado > as_of:
            continue
        cambios = generico.contrasena.cambios if generico.contrasena else []
        base: Path = ("correos_genericos", j, "contrasena")
        yield _rotation(
            "rotacion-contrasena", area, base, generico.correo, generico.asignado,
            ("correos_genericos", j, "asignado"), cambios, lin, cal, as_of, warn,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuarterlyPeriod:
    """Where the current quarterly period of an area starts (4.2 V, docs/decisiones.md).

    ``anchor`` is the newest report on file of **any** tipo (a ``cambio`` report informs
    CNCS as much as a ``trimestral`` one: "informar cada tres meses y/o cuando existan
    cambios"), or, with none, the **earliest** ``desde`` of the current administradores
    (a new suplente does not reset the propietaria's obligation). ``basis`` says which:
    ``informe`` (``index`` is its position in ``informes``) or ``designacion`` (``role``
    names the administrator). The next report is due ``informe_periodicidad_meses`` after
    ``anchor``; the period a report covers starts the day after a report, or on the
    ``desde`` itself.
    """

    anchor: date
    basis: Literal["informe", "designacion"]
    index: int | None = None
    role: Rol | None = None

    @property
    def first_day(self) -> date:
        return self.anchor + timedelta(days=1) if self.basis == "informe" else self.anchor

    def due(self, lin: Lineamientos) -> date:
        return add_months(self.anchor, lin.informe_periodicidad_meses)


def quarterly_period(area: Area, until: date, *, inclusive: bool = True) -> QuarterlyPeriod | None:
    """The current quarterly period as of ``until``: reports dated after it (or on it,
    when not ``inclusive``: the report being written that day) do not count yet. None when
    there is neither a report nor an administrator in office."""
    dated = [
        (inf.fecha, j)
        for j, inf in enumerate(area.informes)
        if inf.fecha < until or (inclusive and inf.fecha == until)
    ]
    if dated:
        fecha, j = max(dated, key=lambda fj: (fj[0], -fj[1]))
        return QuarterlyPeriod(fecha, "informe", index=j)
    starts = [(adm.desde, role) for role, adm in area.administrators() if adm.desde <= until]
    if not starts:
        return None
    desde, role = min(starts)
    return QuarterlyPeriod(desde, "designacion", role=role)


def quarterly_report(
    area: Area,
    lin: Lineamientos,
    as_of: date,
    warn_days: int | None = None,
    cal: BusinessCalendar | None = None,
) -> Obligation:
    """4.2 V: one obligation per area, on :func:`quarterly_period`'s one definition; the
    newest report is judged against the period before it to record its lateness."""
    warn = lin.aviso_anticipado_dias if warn_days is None else warn_days
    period = quarterly_period(area, as_of)
    if period is None:
        return Obligation(
            "informe-trimestral", area.clave, ("informes",), area.clave,
            None, None, "missing", as_of, at_key=True,
        )  # fmt: skip
    due = period.due(lin)
    status = due_status(due, as_of, warn)
    if period.basis == "designacion":
        return Obligation(
            "informe-trimestral", area.clave, ("administradores", period.role or "", "desde"),
            area.clave, due, None, status, as_of, role=period.role,
        )  # fmt: skip
    last = period.anchor
    late_days, late_due = 0, None
    before = quarterly_period(area, last, inclusive=False)
    if before is not None and before.anchor <= last:
        late_due = before.due(lin)
        late_days = business_days_late(late_due, last, cal or BusinessCalendar(
            lin.dias_inhabiles_adicionales))  # fmt: skip
    return Obligation(
        "informe-trimestral", area.clave, ("informes", period.index or 0, "fecha"), area.clave,
        due, last, status, as_of, late_days=late_days, late_due=late_due if late_days else None,
    )  # fmt: skip


def change_notice_start(area: Area, adm: Administrador) -> date:
    """First day on which a ``cambio`` report can be this administrator's change report.

    4.2 V asks the report to attach the forms of 4.2 IV, so it can come before ``desde``
    but not before those forms exist: the Anexo 1 that designates this person
    (``designacion.designa`` names them, or says nobody yet: formato-designacion asks for
    it) and their own Anexo 2. Without such an Anexo 1, or when the forms are dated after
    ``desde`` (re-issued since), the report counts from ``desde``.
    """
    des = area.designacion
    if des is None or des.fecha is None or des.fecha >= adm.desde:
        return adm.desde
    correo = adm.correo.strip().casefold()
    names = des.designa is None or correo in (
        des.designa.propietaria.strip().casefold(),
        des.designa.suplente.strip().casefold(),
    )
    if not names:
        return adm.desde
    forms = [des.fecha]
    if adm.responsiva is not None and adm.responsiva.fecha is not None:
        forms.append(adm.responsiva.fecha)
    return min(adm.desde, max(forms))


def change_notice_window(
    area: Area, adm: Administrador, lin: Lineamientos, cal: BusinessCalendar
) -> tuple[date, date]:
    """First day a ``cambio`` report counts for this administrator's start, and its due
    date (``plazo_aviso_cambio_dias_habiles`` business days after ``desde``)."""
    due = cal.add_business_days(adm.desde, lin.plazo_aviso_cambio_dias_habiles)
    return change_notice_start(area, adm), due


def change_report(
    area: Area, adm: Administrador, as_of: date, start: date | None = None
) -> tuple[int, date] | None:
    """(index, fecha) of the ``cambio`` report of this administrator's start: the first one
    on or after :func:`change_notice_start` (``start``, when the caller has it) and before
    the next change (a later ``desde`` of the other administrator, whose own report it then
    is), dated on/before ``as_of``."""
    if start is None:
        start = change_notice_start(area, adm)
    later = [o.desde for _, o in area.administrators() if o.desde > adm.desde]
    end = min(later) if later else None
    found = [
        (inf.fecha, j)
        for j, inf in enumerate(area.informes)
        if inf.tipo == "cambio" and start <= inf.fecha <= as_of and (end is None or inf.fecha < end)
    ]
    if not found:
        return None
    fecha, j = min(found)
    return j, fecha


def change_notices(
    area: Area, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Iterator[Obligation]:
    """4.2 V: one obligation per administrator: due_soon while the term runs, overdue after
    it; a report made after the term is met late (``late_days``)."""
    for role, adm in area.administrators():
        start, due = change_notice_window(area, adm, lin, cal)
        report = change_report(area, adm, as_of, start)
        verdict = judge(due, report[1] if report else None, as_of, cal)
        path: Path = ("administradores", role, "desde")
        yield Obligation(
            "aviso-cambio", area.clave, path, adm.nombre, due,
            verdict.done, verdict.status, as_of,
            role=role, window_start=start,
            late_days=verdict.late_days, late_due=due if verdict.late_days else None,
        )  # fmt: skip


def association_notice_due(fecha: date, lin: Lineamientos, cal: BusinessCalendar) -> date:
    """4.3 III: the last day to tell CNCS of an association made on ``fecha``."""
    return cal.add_business_days(fecha, lin.asociacion_aviso_cncs_dias_habiles)


def association_notices(
    area: Area, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Iterator[Obligation]:
    """4.3 III: one obligation per associated account. "Una vez realizada la asociación"
    sets no term; the notice is due ``asociacion_aviso_cncs_dias_habiles`` business days
    after ``asociacion.fecha`` (docs/decisiones.md): within them an unsent notice is
    ``due_soon``, after them ``overdue``; one sent later is met late."""
    for i, cuenta in enumerate(area.cuentas):
        asoc = cuenta.asociacion
        subject = account_subject(cuenta)
        if asoc is None:
            yield Obligation(
                "asociacion-notificada", area.clave, ("cuentas", i, "asociacion"), subject,
                None, None, "missing", as_of, at_key=True,
            )  # fmt: skip
            continue
        if asoc.fecha > as_of:
            continue  # not associated yet as of that date
        due = association_notice_due(asoc.fecha, lin, cal)
        done = asoc.notificada_cncs
        if done is not None and done < asoc.fecha:
            done = None  # a notice before the association is no notice (the rule says so)
        verdict = judge(due, done, as_of, cal)
        yield Obligation(
            "asociacion-notificada", area.clave,
            ("cuentas", i, "asociacion", "notificada_cncs"), subject,
            due, verdict.done, verdict.status, as_of,
            at_key=asoc.notificada_cncs is None, late_days=verdict.late_days,
            late_due=due if verdict.late else None,
        )  # fmt: skip


#: 4.3 IV: an incident's dated duties: the password changed with CAU's help, the notice to
#: CNCS (the fields of ``incidentes[]`` that record them).
INCIDENT_DUTIES: tuple[str, ...] = ("contrasena_cambiada", "notificado_cncs")


def incident_term_days(duty: str, lin: Lineamientos) -> int:
    """4.3 IV: the business days an incident's ``duty`` (one of :data:`INCIDENT_DUTIES`)
    has: "de forma inmediata" (``incidente_cambio_dias_habiles``) for the password, "a la
    brevedad" (``incidente_aviso_cncs_dias_habiles``) for the notice to CNCS."""
    if duty == "contrasena_cambiada":
        return lin.incidente_cambio_dias_habiles
    return lin.incidente_aviso_cncs_dias_habiles


def incident_term_due(fecha: date, duty: str, lin: Lineamientos, cal: BusinessCalendar) -> date:
    """4.3 IV: the last day for an incident's ``duty`` after an incident on ``fecha``."""
    return cal.add_business_days(fecha, incident_term_days(duty, lin))


def incident_deadline(
    incidente: Incidente, duty: str, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Deadline:
    """4.3 IV: how an incident's ``duty`` stands on ``as_of``; a date before the incident
    itself fulfils nothing (the rule asks for it to be corrected)."""
    value: date | None = getattr(incidente, duty)
    done = value if value is not None and value >= incidente.fecha else None
    return judge(incident_term_due(incidente.fecha, duty, lin, cal), done, as_of, cal)


def incident_terms(
    area: Area, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Iterator[Obligation]:
    """4.3 IV: two obligations per incident detected by ``as_of`` (the password change with
    CAU, the notice to CNCS). A date before the incident itself fulfils nothing (the rule
    asks for it to be corrected)."""
    for i, cuenta in enumerate(area.cuentas):
        subject = account_subject(cuenta)
        for k, incidente in enumerate(cuenta.incidentes):
            if incidente.fecha > as_of:
                continue  # not detected yet as of that date
            for key in INCIDENT_DUTIES:
                verdict = incident_deadline(incidente, key, lin, cal, as_of)
                yield Obligation(
                    "incidente-atendido", area.clave,
                    ("cuentas", i, "incidentes", k, key), subject,
                    verdict.due, verdict.done, verdict.status, as_of,
                    at_key=getattr(incidente, key) is None, late_days=verdict.late_days,
                    late_due=verdict.due if verdict.late else None,
                )  # fmt: skip


def second_factor_due(
    desde: date, lin: Lineamientos, cal: BusinessCalendar, cuenta: Cuenta | None = None
) -> date:
    """4.3 V: the last day to have the second factor on the device of a propietaria who
    started on ``desde``; with ``cuenta``, counted from its association when that is later
    (an account associated after she started)."""
    start = desde
    if cuenta is not None and cuenta.asociacion is not None and cuenta.asociacion.fecha > start:
        start = cuenta.asociacion.fecha
    return cal.add_business_days(start, lin.plazo_aviso_cambio_dias_habiles)


def second_factor_moves(
    area: Area,
    lin: Lineamientos,
    cal: BusinessCalendar,
    as_of: date,
    plataformas: Plataformas | None = None,
) -> Iterator[Obligation]:
    """4.3 V: one obligation per account whose second factor is active on the propietaria's
    device (on a platform that has one, when ``plataformas`` is given): it must be *hers*,
    the current propietaria's, from her ``desde`` on. Not moved yet: due
    ``plazo_aviso_cambio_dias_habiles`` business days after her ``desde``; moved: judged
    against the later of her ``desde`` and the account's association (met late: warning).
    An account with no factor, an inactive one or another device has no term: the rule
    reports it at once."""
    prop = area.administradores.propietaria
    if prop is None:
        return
    for i, cuenta in enumerate(area.cuentas):
        factor = cuenta.segundo_factor
        if factor is None or not factor.activo or factor.dispositivo != "propietaria":
            continue
        if factor.persona is None or factor.desde is None:
            continue  # incomplete: the rule asks for persona and desde at once
        if plataformas is not None:
            plataforma = plataformas.plataformas.get(cuenta.plataforma)
            if plataforma is None or not plataforma.soporta_segundo_factor:
                continue
        hers = same_person(factor.persona, prop.correo)
        moved = hers and factor.desde >= prop.desde
        due = second_factor_due(prop.desde, lin, cal, cuenta if moved else None)
        verdict = judge(due, factor.desde if moved else None, as_of, cal)
        path: Path = ("cuentas", i, "segundo_factor", "desde" if hers else "persona")
        yield Obligation(
            "segundo-factor", area.clave, path, account_subject(cuenta),
            due, verdict.done, verdict.status, as_of, role="propietaria",
            late_days=verdict.late_days, late_due=due if verdict.late else None,
        )  # fmt: skip


def responsiva_due(asociada: date, lin: Lineamientos, cal: BusinessCalendar) -> date:
    """4.3 I, Anexo 2: the last day to list an account associated on ``asociada`` in a new
    responsiva of each administrator."""
    return cal.add_business_days(asociada, lin.plazo_aviso_cambio_dias_habiles)


def responsiva_accounts(
    area: Area, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Iterator[Obligation]:
    """4.3 I, Anexo 2: one obligation per administrator and account associated (by
    ``as_of``) after her responsiva was signed and not listed in it: due
    ``plazo_aviso_cambio_dias_habiles`` business days after the association (within them,
    ``due_soon``; after, ``overdue``). An account missing from a responsiva signed after it
    was associated has no term left (the rule reports it at once), and one listed is done."""
    for role, person in area.administrators():
        resp = person.responsiva
        if resp is None or resp.cuentas is None or resp.fecha is None:
            continue  # formato-responsiva or the rule report the missing form or list
        in_list = {ref_key(ref) for ref in resp.cuentas}
        for cuenta in area.cuentas:
            asociada = cuenta.asociacion.fecha if cuenta.asociacion is not None else None
            if asociada is None or asociada > as_of or asociada <= resp.fecha:
                continue
            ref = account_ref(cuenta)
            if ref_key(ref) in in_list:
                continue
            due = responsiva_due(asociada, lin, cal)
            verdict = judge(due, None, as_of, cal)
            yield Obligation(
                "responsiva-cuentas", area.clave,
                ("administradores", role, "responsiva", "cuentas"), ref,
                due, None, verdict.status, as_of, role=role,
            )  # fmt: skip


def area_obligations(
    area: Area,
    lin: Lineamientos,
    cal: BusinessCalendar,
    as_of: date,
    warn_days: int | None = None,
    plataformas: Plataformas | None = None,
) -> list[Obligation]:
    """Every obligation of ``area`` as of ``as_of``, in report order (kind, then YAML order).

    ``warn_days`` (default ``aviso_anticipado_dias``) is how close a due date must be to
    count as ``due_soon``; the reminders command passes its ``--within``. ``plataformas``
    (the catalogue) limits the second factor's obligations to platforms that have one.
    """
    out: list[Obligation] = []
    out.extend(password_rotations(area, lin, as_of, warn_days, cal))
    out.extend(generic_password_rotations(area, lin, as_of, warn_days, cal))
    out.append(quarterly_report(area, lin, as_of, warn_days, cal))
    out.extend(change_notices(area, lin, cal, as_of))
    out.extend(association_notices(area, lin, cal, as_of))
    out.extend(incident_terms(area, lin, cal, as_of))
    out.extend(second_factor_moves(area, lin, cal, as_of, plataformas))
    out.extend(responsiva_accounts(area, lin, cal, as_of))
    return sorted(out, key=lambda o: KINDS.index(o.kind))


def days_left_phrases(days: int | None) -> dict[str, str]:
    """``left_es``/``left_en`` message parameters: "faltan 3 días", "falta 1 día", "vence
    hoy", "vencido hace 2 días" (a proper plural: these phrases sit inside parentheses, so
    they hold none of their own)."""
    if days is None:
        return {"left_es": "sin fecha", "left_en": "no date"}
    if days == 0:
        return {"left_es": "vence hoy", "left_en": "due today"}
    n = abs(days)
    dias_es = "1 día" if n == 1 else f"{n} días"
    days_en = "1 day" if n == 1 else f"{n} days"
    if days < 0:
        return {"left_es": f"vencido hace {dias_es}", "left_en": f"overdue by {days_en}"}
    falta = "falta" if n == 1 else "faltan"
    return {"left_es": f"{falta} {dias_es}", "left_en": f"{days_en} left"}


def worst(obligations: Iterable[Obligation]) -> Status | None:
    """The most urgent status among ``obligations`` (None when there are none)."""
    statuses = {o.status for o in obligations}
    for status in STATUS_ORDER:
        if status in statuses:
            return status
    return None
