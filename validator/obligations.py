"""Every dated obligation of an area, computed once as values.

The time rules (``rotacion-contrasena``, ``informe-trimestral``, ``aviso-cambio``) and the
``reminders`` command (and any report) read these values, so the arithmetic of the
lineamientos lives here only:

* password rotation per account (4.3 VIII): newest ``contrasena.cambios[].fecha`` plus
  ``rotacion_contrasena_meses`` calendar months;
* quarterly report per area (4.2 V): newest ``informes[].fecha`` (any tipo) plus
  ``informe_periodicidad_meses`` calendar months; with no report at all, counted from the
  current pair's latest ``desde`` (the designation starts the cycle);
* change notice per administrator (4.2 V): an ``informes`` entry of ``tipo: cambio`` dated
  between ``desde`` minus ``designacion_antelacion_max_dias`` days and ``desde`` plus
  ``plazo_aviso_cambio_dias_habiles`` business days;
* association notice per account (4.3 III): ``asociacion.notificada_cncs`` on/after
  ``asociacion.fecha``; there is no term, so a missing notice is simply pending.

Entries dated after ``as_of`` do not exist yet as of that date and are ignored, so that a
run with a past ``--as-of`` shows what was due then. Due on the day itself is not overdue;
due within ``warn_days`` (``aviso_anticipado_dias`` by default) is ``due_soon``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from validator.calendar import BusinessCalendar, add_months, due_status

if TYPE_CHECKING:
    from validator.models import Area, Lineamientos
    from validator.models.area import Administrador, Cuenta

Kind = Literal["rotacion-contrasena", "informe-trimestral", "aviso-cambio", "asociacion-notificada"]
Status = Literal["ok", "due_soon", "overdue", "missing"]
Path = tuple[str | int, ...]

#: Every kind, in the order reports show them.
KINDS: tuple[Kind, ...] = (
    "rotacion-contrasena",
    "informe-trimestral",
    "aviso-cambio",
    "asociacion-notificada",
)
#: Statuses from the most to the least urgent.
STATUS_ORDER: tuple[Status, ...] = ("overdue", "missing", "due_soon", "ok")
#: The clause of the lineamientos behind each kind.
CLAUSES: dict[Kind, str] = {
    "rotacion-contrasena": "4.3 VIII",
    "informe-trimestral": "4.2 V",
    "aviso-cambio": "4.2 V",
    "asociacion-notificada": "4.3 III",
}


@dataclass(frozen=True, slots=True)
class Obligation:
    """One dated duty of one area, as of one date.

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
    role: str | None = None  # propietaria | suplente for aviso-cambio
    at_key: bool = False
    window_start: date | None = None  # aviso-cambio: first day a notice counts

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


def _status(due: date, as_of: date, warn_days: int) -> Status:
    return due_status(due, as_of, warn_days)  # type: ignore[return-value]


def _newest(dates: Iterable[tuple[int, date]], as_of: date) -> tuple[int, date] | None:
    """(index, date) of the newest date on/before ``as_of`` (the first listed on a tie)."""
    best: tuple[int, date] | None = None
    for index, day in dates:
        if day <= as_of and (best is None or day > best[1]):
            best = (index, day)
    return best


def account_subject(cuenta: Cuenta) -> str:
    return f"{cuenta.plataforma}/{cuenta.usuario}"


def password_rotations(
    area: Area, lin: Lineamientos, as_of: date, warn_days: int | None = None
) -> Iterator[Obligation]:
    """4.3 VIII: one obligation per account."""
    warn = lin.aviso_anticipado_dias if warn_days is None else warn_days
    for i, cuenta in enumerate(area.cuentas):
        cambios = cuenta.contrasena.cambios if cuenta.contrasena else []
        newest = _newest(((j, c.fecha) for j, c in enumerate(cambios)), as_of)
        base: Path = ("cuentas", i, "contrasena")
        if newest is None:
            path: Path = (*base, "cambios") if cuenta.contrasena else base
            yield Obligation(
                "rotacion-contrasena", area.clave, path, account_subject(cuenta),
                None, None, "missing", as_of, at_key=True,
            )  # fmt: skip
            continue
        j, last = newest
        due = add_months(last, lin.rotacion_contrasena_meses)
        yield Obligation(
            "rotacion-contrasena", area.clave, (*base, "cambios", j, "fecha"),
            account_subject(cuenta), due, last, _status(due, as_of, warn), as_of,
        )  # fmt: skip


def quarterly_report(
    area: Area, lin: Lineamientos, as_of: date, warn_days: int | None = None
) -> Obligation:
    """4.2 V: one obligation per area (any tipo of report restarts the period)."""
    warn = lin.aviso_anticipado_dias if warn_days is None else warn_days
    newest = _newest(((j, inf.fecha) for j, inf in enumerate(area.informes)), as_of)
    if newest is not None:
        j, last = newest
        due = add_months(last, lin.informe_periodicidad_meses)
        return Obligation(
            "informe-trimestral", area.clave, ("informes", j, "fecha"), area.clave,
            due, last, _status(due, as_of, warn), as_of,
        )  # fmt: skip
    starts = [(role, adm.desde) for role, adm in area.administrators() if adm.desde <= as_of]
    if not starts:
        return Obligation(
            "informe-trimestral", area.clave, ("informes",), area.clave,
            None, None, "missing", as_of, at_key=True,
        )  # fmt: skip
    role, start = max(starts, key=lambda rs: rs[1])
    due = add_months(start, lin.informe_periodicidad_meses)
    return Obligation(
        "informe-trimestral", area.clave, ("administradores", role, "desde"), area.clave,
        due, None, _status(due, as_of, warn), as_of,
    )  # fmt: skip


def change_notice_window(
    adm: Administrador, lin: Lineamientos, cal: BusinessCalendar
) -> tuple[date, date]:
    """First and last day on which a ``cambio`` report covers this administrator's start."""
    start = adm.desde - timedelta(days=lin.designacion_antelacion_max_dias)
    return start, cal.add_business_days(adm.desde, lin.plazo_aviso_cambio_dias_habiles)


def change_notices(
    area: Area, lin: Lineamientos, cal: BusinessCalendar, as_of: date
) -> Iterator[Obligation]:
    """4.2 V: one obligation per administrator (while the window is open: due_soon)."""
    for role, adm in area.administrators():
        start, due = change_notice_window(adm, lin, cal)
        in_window = [
            inf.fecha
            for inf in area.informes
            if inf.tipo == "cambio" and start <= inf.fecha <= due and inf.fecha <= as_of
        ]
        path: Path = ("administradores", role, "desde")
        if in_window:
            status: Status = "ok"
        elif as_of <= due:
            status = "due_soon"
        else:
            status = "overdue"
        yield Obligation(
            "aviso-cambio", area.clave, path, adm.nombre, due,
            min(in_window) if in_window else None, status, as_of,
            role=role, window_start=start,
        )  # fmt: skip


def association_notices(area: Area, as_of: date) -> Iterator[Obligation]:
    """4.3 III: one obligation per associated account (no term: pending until notified)."""
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
        done = asoc.notificada_cncs
        if done is not None and asoc.fecha <= done <= as_of:
            yield Obligation(
                "asociacion-notificada", area.clave,
                ("cuentas", i, "asociacion", "notificada_cncs"), subject,
                None, done, "ok", as_of,
            )  # fmt: skip
        else:
            yield Obligation(
                "asociacion-notificada", area.clave,
                ("cuentas", i, "asociacion", "notificada_cncs"), subject,
                None, None, "missing", as_of, at_key=done is None,
            )  # fmt: skip


def area_obligations(
    area: Area,
    lin: Lineamientos,
    cal: BusinessCalendar,
    as_of: date,
    warn_days: int | None = None,
) -> list[Obligation]:
    """Every obligation of ``area`` as of ``as_of``, in report order (kind, then YAML order).

    ``warn_days`` (default ``aviso_anticipado_dias``) is how close a due date must be to
    count as ``due_soon``; the reminders command passes its ``--within``.
    """
    out: list[Obligation] = []
    out.extend(password_rotations(area, lin, as_of, warn_days))
    out.append(quarterly_report(area, lin, as_of, warn_days))
    out.extend(change_notices(area, lin, cal, as_of))
    out.extend(association_notices(area, as_of))
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
