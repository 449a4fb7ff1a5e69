"""Calendar months (clamped), business days (LFT art. 74 + institutional days off)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from validator.calendar import BusinessCalendar, add_months, due_status

CAL = BusinessCalendar()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 9, 29), 2, date(2026, 11, 29)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),  # clamps to the month's end
        (date(2027, 12, 31), 2, date(2028, 2, 29)),  # leap year
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 10, 15), 3, date(2027, 1, 15)),  # crosses the year
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_due_day_is_not_overdue() -> None:
    due = date(2026, 11, 29)
    assert due_status(due, date(2026, 11, 29), 10) == "due_soon"
    assert due_status(due, date(2026, 11, 30), 10) == "overdue"
    assert due_status(due, date(2026, 11, 19), 10) == "due_soon"  # exactly 10 days
    assert due_status(due, date(2026, 11, 18), 10) == "ok"  # 11 days


def test_revolution_day_moves_the_term() -> None:
    # Friday 2026-11-13 + 5 business days; Monday 2026-11-16 is Revolution Day.
    assert not CAL.is_business_day(date(2026, 11, 16))
    assert CAL.add_business_days(date(2026, 11, 13), 5) == date(2026, 11, 23)


def test_weekend_is_skipped() -> None:
    assert CAL.add_business_days(date(2026, 10, 14), 5) == date(2026, 10, 21)  # Wed -> Wed
    assert CAL.add_business_days(date(2026, 10, 16), 1) == date(2026, 10, 19)  # Fri -> Mon
    assert CAL.add_business_days(date(2026, 10, 17), 1) == date(2026, 10, 19)  # Sat event


def test_institutional_day_off() -> None:
    cal = BusinessCalendar([date(2026, 11, 20)])
    assert not cal.is_business_day(date(2026, 11, 20))
    assert cal.holiday_name(date(2026, 11, 20)) == "día inhábil institucional"
    assert cal.add_business_days(date(2026, 11, 13), 5) == date(2026, 11, 24)


def test_holy_week_days_off_of_the_sample_inventory() -> None:
    cal = BusinessCalendar([date(2026, 4, 2), date(2026, 4, 3)])
    # Tuesday 2026-03-31 + 5: Apr 1, (2, 3 off), (weekend), 6, 7, 8, 9
    assert cal.add_business_days(date(2026, 3, 31), 5) == date(2026, 4, 9)
    assert CAL.add_business_days(date(2026, 3, 31), 5) == date(2026, 4, 7)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 2, 2),  # first Monday of February (Constitution)
        date(2026, 3, 16),  # third Monday of March (Benito Juárez)
        date(2026, 11, 16),  # third Monday of November (Revolution)
        date(2027, 2, 1),
        date(2027, 3, 15),
        date(2027, 11, 15),
        date(2030, 10, 1),  # transmission of the federal executive (every six years)
        date(2026, 1, 1),
        date(2026, 5, 1),
        date(2026, 9, 16),
        date(2026, 12, 25),
    ],
)
def test_statutory_rest_days(day: date) -> None:
    assert not CAL.is_business_day(day), day


def test_movable_mondays_are_not_the_fixed_dates() -> None:
    # The LFT moved these rest days to Mondays: 5 February and 21 March are working days.
    assert CAL.is_business_day(date(2026, 2, 5))
    assert CAL.is_business_day(date(2026, 3, 20))
    assert CAL.is_business_day(date(2026, 11, 20))


def test_transmission_day_only_in_its_year() -> None:
    assert CAL.is_business_day(date(2026, 10, 1))
    # Friday 2030-09-27 + 5: Mon 30, (Tue 1 Oct off), 2, 3, 4, Mon 7
    assert CAL.add_business_days(date(2030, 9, 27), 5) == date(2030, 10, 7)


def test_business_days_between() -> None:
    assert CAL.business_days_between(date(2026, 11, 13), date(2026, 11, 23)) == 5
    assert CAL.business_days_between(date(2026, 11, 13), date(2026, 11, 13)) == 0


def test_rest_days_are_those_of_the_holidays_registry() -> None:
    # The calendar imports Mexico's module by itself (validator.calendar._mexico); the days
    # and names are the ones the package's own registry gives.
    import holidays

    years = range(1990, 2041)
    registry = holidays.country_holidays("MX", years=years, language="es")
    cal = BusinessCalendar()
    for year in years:
        day = date(year, 1, 1)
        while day.year == year:
            assert cal.holiday_name(day) == registry.get(day), day
            assert cal.is_business_day(day) == (day.weekday() < 5 and day not in registry), day
            day += timedelta(days=1)


def test_a_moved_country_file_falls_back_to_the_registry(tmp_path: Path) -> None:
    import holidays

    from validator.calendar import _country_from_file, _mexico

    assert _country_from_file(tmp_path / "mexico.py") is None  # not there: the registry
    broken = tmp_path / "mexico.py"
    broken.write_text("from holidays.no_such_module import X\n", encoding="utf-8")
    assert _country_from_file(broken) is None
    country = _mexico()
    assert country.__name__ == "Mexico"
    assert dict(country(years=2026)) == dict(holidays.country_holidays("MX", years=2026))


def test_counting_matches_a_day_by_day_count() -> None:
    # Whole weeks + the sorted days off give what walking the days one by one gives, across
    # year ends, rest days and institutional days off on weekdays and on weekends.
    cal = BusinessCalendar([date(2026, 4, 2), date(2026, 4, 3), date(2026, 12, 26)])

    def walk(event: date, days: int) -> date:
        current = event
        while days > 0:
            current += timedelta(days=1)
            days -= cal.is_business_day(current)
        return current

    start = date(2025, 12, 1)
    for offset in range(0, 500, 3):
        event = start + timedelta(days=offset)
        for days in (1, 2, 5, 10, 23):
            assert cal.add_business_days(event, days) == walk(event, days), (event, days)
        for span in (0, 1, 6, 40, 200):
            end = event + timedelta(days=span)
            expected = sum(
                cal.is_business_day(event + timedelta(days=k)) for k in range(1, span + 1)
            )
            assert cal.business_days_between(event, end) == expected, (event, end)
    assert cal.business_days_between(date(2026, 5, 4), date(2026, 5, 1)) == 0
