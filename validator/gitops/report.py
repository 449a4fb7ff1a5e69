"""``ine-redes report trimestral``: the quarterly report of an area to CNCS (4.2 V).

**Period.** The report covers the time since the area last reported, on the one definition
of the quarterly period (:func:`validator.obligations.quarterly_period`, shared with the
``informe-trimestral`` rule and ``reminders``): from the day after the newest ``informes[]``
entry of **any** tipo dated before the as-of date (a ``cambio`` report informs CNCS too and
restarts the period, docs/decisiones.md), up to and including the as-of date. An area that
never reported covers the time since the earliest ``desde`` of its current administradores;
with no administrator either, the three calendar months ending on the as-of date.
``--since`` sets the first day explicitly. Consecutive reports so tile time with no gap and
no overlap, whatever day of the quarter they are sent.

**Content.** Everything comes from the repository: the area file as it stood on main at the
end of the as-of date (current administrators worked out with each person's ``desde``, as
``history`` does), its accounts, the password changes, incidents and reports dated within
the period, the obligations still pending at as-of, and every change of administrators
found in the first-parent git history whose merge date or effective date (``desde``) falls
within the period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.calendar import add_months
from validator.gitops.history import (
    ROLES,
    Record,
    RoleOnDate,
    Timeline,
    add_later_records,
    role_on,
)
from validator.gitops.repo import GitProblem, local_date
from validator.gitops.tree_inventory import area_stem
from validator.loading.repo import CATALOGS
from validator.obligations import quarterly_period

if TYPE_CHECKING:
    from validator.models import Area
    from validator.models.area import CambioContrasena, Cuenta, Incidente, Informe
    from validator.obligations import Obligation


@dataclass(frozen=True, slots=True)
class AdminChange:
    """One change of an administrator between two versions of the area file."""

    kind: str  # alta | baja | reemplazo | fecha
    rol: str
    commit: str
    commit_date: datetime
    sale: Record | None
    entra: Record | None


@dataclass(slots=True)
class QuarterlyReport:
    clave: str
    nombre: str
    path: str
    area: Area
    as_of: date
    start: date
    end: date
    basis: str  # informe | designacion | tres_meses | manual
    previous_report: date | None
    commit: str
    commit_date: datetime
    zone: str
    current: dict[str, RoleOnDate]
    changes: list[AdminChange]
    password_changes: list[tuple[Cuenta, CambioContrasena]]
    incidents: list[tuple[Cuenta, Incidente]]
    reports: list[Informe]
    pending: list[Obligation] = field(default_factory=list)
    ref: str = "HEAD"  # the branch (or commit) whose history was read

    def in_period(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def period_for(area: Area, as_of: date, since: date | None = None) -> tuple[date, str, date | None]:
    """First day of the period, how it was chosen, and the previous report (any tipo).

    The one definition of the quarterly period (``obligations.quarterly_period``, the same
    the ``informe-trimestral`` rule and ``reminders`` use): the day after the newest report
    of any tipo dated before ``as_of`` (a ``cambio`` report informs CNCS too), or, with
    none, the earliest ``desde`` of the current administradores. The report dated
    ``as_of`` itself is the one being written, so it does not count.
    """
    period = quarterly_period(area, as_of, inclusive=False)
    previous = period.anchor if period is not None and period.basis == "informe" else None
    if since is not None:
        return since, "manual", previous
    if period is not None:
        return period.first_day, period.basis, previous
    return add_months(as_of, -3) + timedelta(days=1), "tres_meses", None


def admin_changes(timeline: Timeline, state: Any, path: str) -> list[AdminChange]:
    """Every change of administrators along the first-parent history up to ``state``."""
    versions = list(timeline.versions(state, path))
    versions.reverse()
    changes: list[AdminChange] = []
    previous: Area | None = None
    previous_commit: Any = None
    for commit in versions:
        model = timeline.area(commit, path)
        if model is None:
            continue  # invalid (or deleted) version: compare the next valid one with the last
        for rol in ROLES:
            old = getattr(previous.administradores, rol) if previous is not None else None
            new = getattr(model.administradores, rol)
            if old is None and new is None:
                continue
            sale = Record.of(rol, old, previous_commit) if old is not None else None
            entra = Record.of(rol, new, commit) if new is not None else None
            if old is None:
                kind = "alta"
            elif new is None:
                kind = "baja"
            elif old.correo.lower() != new.correo.lower():
                kind = "reemplazo"
            elif old.desde != new.desde:
                kind = "fecha"
            else:
                continue
            changes.append(
                AdminChange(kind, rol, commit.hexsha, commit.committed_datetime, sale, entra)
            )
        previous = model
        previous_commit = commit
    return changes


def quarterly_report(
    root: Path, clave: str, as_of: date, since: date | None = None
) -> QuarterlyReport:
    timeline = Timeline(root)
    state = timeline.state_at(as_of)
    paths = [p for p in timeline.reader.area_paths(state) if area_stem(p) == clave]
    if not paths:
        raise GitProblem(
            "area_not_found", clave=clave, at=as_of.isoformat(), commit=state.hexsha[:12]
        )
    path = paths[0]
    model = timeline.area(state, path)
    if model is None:
        raise GitProblem("area_invalid_at", path=path, commit=state.hexsha[:12])
    start, basis, previous = period_for(model, as_of, since)
    if start > as_of:
        raise GitProblem("bad_period", start=start.isoformat(), end=as_of.isoformat())
    report = QuarterlyReport(
        clave=model.clave,
        nombre=model.nombre,
        path=path,
        area=model,
        as_of=as_of,
        start=start,
        end=as_of,
        basis=basis,
        previous_report=previous,
        commit=state.hexsha,
        commit_date=state.committed_datetime,
        zone=timeline.zone_name,
        current={rol: role_on(timeline, state, path, rol, as_of) for rol in ROLES},
        changes=[],
        password_changes=[],
        incidents=[],
        reports=[],
        ref=timeline.ref if timeline.is_branch else f"HEAD ({timeline.head.hexsha[:12]})",
    )
    if path in timeline.changed_after(state):
        add_later_records(timeline, state, path, report.current, as_of)
    for change in admin_changes(timeline, state, path):
        merged = local_date(change.commit_date, timeline.zone)
        effective = change.entra.desde if change.entra is not None else None
        if report.in_period(merged) or report.in_period(effective):
            report.changes.append(change)
    for cuenta in model.cuentas:
        if cuenta.contrasena is not None:
            report.password_changes += [
                (cuenta, c) for c in cuenta.contrasena.cambios if report.in_period(c.fecha)
            ]
        report.incidents += [(cuenta, i) for i in cuenta.incidentes if report.in_period(i.fecha)]
    report.password_changes.sort(key=lambda pair: pair[1].fecha)
    report.incidents.sort(key=lambda pair: pair[1].fecha)
    report.reports = sorted(
        (i for i in model.informes if report.in_period(i.fecha)), key=lambda i: i.fecha
    )
    report.pending = _pending(timeline, state, model, as_of)
    return report


def _pending(timeline: Timeline, state: Any, model: Area, as_of: date) -> list[Obligation]:
    from validator.calendar import BusinessCalendar
    from validator.obligations import area_obligations

    source = timeline.reader.source(state, CATALOGS["lineamientos"], "lineamientos")
    lin = source.model if source is not None else None
    if lin is None:
        return []
    cal = BusinessCalendar(lin.dias_inhabiles_adicionales)
    catalogue = timeline.reader.source(state, CATALOGS["plataformas"], "plataformas")
    plataformas = catalogue.model if catalogue is not None else None
    return [
        o for o in area_obligations(model, lin, cal, as_of, plataformas=plataformas) if o.pending
    ]
