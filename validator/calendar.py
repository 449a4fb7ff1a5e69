"""Dates the lineamientos speak of: calendar months, business days, "today".

* Calendar months clamp at month end (2026-12-31 + 2 months = 2027-02-28).
* Business days exclude Saturdays, Sundays, Mexico's official rest days (Ley Federal del
  Trabajo art. 74, from the ``holidays`` package: movable Mondays and the 1 October of a
  presidential transmission year included) and the institution's additional days off.
* A term of N business days runs from the first business day after the event (day 0).

Floor 0 (a leaf): imports nothing from the package.
"""

from __future__ import annotations

import calendar as _cal
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # imported when a calendar first needs Mexico's rest days
    from holidays import HolidayBase

DEFAULT_ZONE = "America/Mexico_City"

DueStatus = Literal["ok", "due_soon", "overdue"]


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the end of the month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if start.day <= 28:  # every month has that day
        return date(year, month, start.day)
    return date(year, month, min(start.day, _cal.monthrange(year, month)[1]))


def zone_for(name: str | None) -> tzinfo:
    """The inventory's ``zona_horaria`` (Mexico City when not given; UTC-6, Mexico City all
    year, when the name is unknown or this machine has no tz database)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name or DEFAULT_ZONE)
    except Exception:
        return timezone(timedelta(hours=-6))


def today_in(zone: str | None) -> date:
    """Today's date in ``zone`` (the inventory's ``zona_horaria``; None: Mexico City)."""
    return datetime.now(zone_for(zone)).date()


class BusinessCalendar:
    """Working days of the institution.

    Counting is arithmetic: the weekdays between two dates come from whole weeks, and the
    days off that fall on weekdays (Mexico's rest days of the years a run touches, and the
    institution's own) are a sorted list searched with ``bisect``.
    """

    def __init__(self, extra_days_off: Iterable[date] = ()) -> None:
        self.extra_days_off = frozenset(extra_days_off)
        # Mexico's rest days of the years ``_first`` to ``_last`` (none loaded yet), read
        # from ``holidays`` when a question first reaches a year.
        self._rest_days: dict[date, str] = {}
        self._first, self._last = 1, 0
        # Weekdays that are not working days, sorted: those rest days and the extra days.
        self._off: list[date] = sorted(d for d in self.extra_days_off if d.weekday() < 5)
        # Terms already counted, (event, days) -> end: the rules of a run count the same
        # terms from the same dates again and again (the change term from each ``desde``, the
        # association term from each ``asociacion.fecha``); the calendar is the run's.
        self._ends: dict[tuple[date, int], date] = {}

    @cached_property
    def _country(self) -> type[HolidayBase]:
        """Mexico's class of the ``holidays`` package, imported when first needed."""
        return _mexico()

    def _load(self, first: int, last: int) -> None:
        """Make sure the rest days of the years ``first`` to ``last`` are loaded."""
        if self._first <= first and last <= self._last:
            return
        if self._first <= self._last:  # keep the loaded years one span
            first, last = min(first, self._first), max(last, self._last)
        years = [y for y in range(first, last + 1) if not self._first <= y <= self._last]
        rest = self._country(years=years, language="es")
        self._first, self._last = first, last
        self._rest_days.update((day, str(name)) for day, name in rest.items())
        self._off = sorted({*self._off, *(day for day in rest if day.weekday() < 5)})

    def holiday_name(self, day: date) -> str | None:
        if day in self.extra_days_off:
            return "día inhábil institucional"
        self._load(day.year, day.year)
        return self._rest_days.get(day)

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.extra_days_off:
            return False
        self._load(day.year, day.year)
        return day not in self._rest_days

    def _days_off(self, start: date, end: date) -> int:
        """Weekdays off after ``start`` up to and including ``end``."""
        self._load(start.year, end.year)
        return bisect_right(self._off, end) - bisect_right(self._off, start)

    def add_business_days(self, event: date, days: int) -> date:
        """The date by which a term of ``days`` business days after ``event`` ends: the
        ``days``-th weekday after it, moved on by as many weekdays as days off it passed."""
        end = self._ends.get((event, days))
        if end is not None:
            return end
        end, remaining = event, days
        while remaining > 0:
            later = _add_weekdays(end, remaining)
            end, remaining = later, self._days_off(end, later)
        self._ends[(event, days)] = end
        return end

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end``."""
        if end <= start:
            return 0
        return _weekdays_to(end) - _weekdays_to(start) - self._days_off(start, end)


def _weekdays_to(day: date) -> int:
    """Weekdays from 0001-01-01 (a Monday) up to and including ``day``."""
    weeks, rest = divmod(day.toordinal(), 7)
    return 5 * weeks + min(rest, 5)


def _add_weekdays(day: date, count: int) -> date:
    """The ``count``-th weekday after ``day`` (``count`` >= 1)."""
    weeks, rest = divmod(_weekdays_to(day) + count - 1, 5)
    return date.fromordinal(7 * weeks + rest + 1)


@cache
def _mexico() -> type[HolidayBase]:
    """Mexico's country class of the ``holidays`` package, its module imported by itself.

    ``import holidays.countries.mexico`` first runs ``holidays/countries/__init__.py``, which
    imports the modules of all ~250 countries (~50 ms of CPU, ~8 MiB) to offer a registry
    this calendar never reads. The one module is imported from the package's folder as the
    Python documentation's recipe "Importing a source file directly" does; should a release
    of the package move that file, the registry's class is used instead (slower, same days).
    tests/test_calendar.py checks the days against ``holidays.country_holidays("MX")``.
    """
    import holidays  # the package's base classes, which the country module builds on

    country = _country_from_file(Path(holidays.__file__).with_name("countries") / "mexico.py")
    if country is None:
        from holidays.countries.mexico import Mexico

        country = Mexico
    return country


def _country_from_file(path: Path) -> type[HolidayBase] | None:
    """The ``Mexico`` class of the module at ``path``, or None when it is not there."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("holidays.countries.mexico", path)
    if spec is None or spec.loader is None or not path.is_file():
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except (ImportError, OSError):
        return None
    country = getattr(module, "Mexico", None)
    return country if isinstance(country, type) else None


def due_status(due: date, as_of: date, warn_days: int) -> DueStatus:
    """``overdue`` after the due date, ``due_soon`` within ``warn_days`` of it, else ``ok``.

    Due on the day itself is not overdue.
    """
    if as_of > due:
        return "overdue"
    if (due - as_of).days <= warn_days:
        return "due_soon"
    return "ok"
