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
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # imported when a calendar first needs the rest days
    from holidays import HolidayBase

DEFAULT_ZONE = "America/Mexico_City"

DueStatus = Literal["ok", "due_soon", "overdue"]


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the end of the month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, _cal.monthrange(year, month)[1])
    return date(year, month, day)


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
    """Working days of the institution."""

    def __init__(self, extra_days_off: Iterable[date] = ()) -> None:
        self.extra_days_off = frozenset(extra_days_off)
        # Terms already counted (event, days) -> end: the rules of one run count the same
        # terms from the same dates again and again; the calendar is the run's, so is this.
        self._ends: dict[tuple[date, int], date] = {}

    @cached_property
    def _holidays(self) -> HolidayBase:
        import holidays

        return holidays.country_holidays("MX", language="es")

    def holiday_name(self, day: date) -> str | None:
        if day in self.extra_days_off:
            return "día inhábil institucional"
        name = self._holidays.get(day)
        return str(name) if name else None

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self.extra_days_off:
            return False
        return day not in self._holidays

    def add_business_days(self, event: date, days: int) -> date:
        """The date by which a term of ``days`` business days after ``event`` ends."""
        end = self._ends.get((event, days))
        if end is not None:
            return end
        current = event
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_business_day(current):
                remaining -= 1
        self._ends[(event, days)] = current
        return current

    def business_days_between(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end``."""
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_business_day(current):
                count += 1
        return count


def due_status(due: date, as_of: date, warn_days: int) -> DueStatus:
    """``overdue`` after the due date, ``due_soon`` within ``warn_days`` of it, else ``ok``.

    Due on the day itself is not overdue.
    """
    if as_of > due:
        return "overdue"
    if (due - as_of).days <= warn_days:
        return "due_soon"
    return "ok"
