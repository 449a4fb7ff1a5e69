"""The one principle for every dated rule (validator/obligations.judge, rules.base.deadline_problem):
unmet after the due date is an error; met late is a warning that records the lateness."""

from __future__ import annotations

from datetime import date

import pytest

from validator.calendar import BusinessCalendar
from validator.findings import Severity
from validator.obligations import business_days_late, judge, late_phrases

CAL = BusinessCalendar()
FRI = date(2026, 11, 13)  # Friday; Monday 2026-11-16 is a rest day (Revolución)


@pytest.mark.parametrize(
    ("done", "days"),
    [
        (date(2026, 11, 12), 0),  # before
        (FRI, 0),  # the due day itself
        (date(2026, 11, 14), 1),  # Saturday counts as the next business day
        (date(2026, 11, 16), 1),  # rest day likewise
        (date(2026, 11, 17), 1),  # Tuesday: first business day after the due date
        (date(2026, 11, 18), 2),
    ],
)
def test_business_days_late_across_weekend_and_rest_day(done: date, days: int) -> None:
    assert business_days_late(FRI, done, CAL) == days


def test_judge_unmet() -> None:
    assert judge(FRI, None, date(2026, 11, 13), CAL).status == "due_soon"  # due day: in time
    assert judge(FRI, None, date(2026, 11, 14), CAL).status == "overdue"  # the day after
    assert judge(FRI, None, date(2026, 11, 1), CAL).status == "due_soon"  # whole term warns
    assert judge(FRI, None, date(2026, 11, 1), CAL, warn_days=10).status == "ok"
    assert judge(FRI, None, date(2026, 11, 3), CAL, warn_days=10).status == "due_soon"


def test_judge_met() -> None:
    on_time = judge(FRI, FRI, date(2026, 12, 1), CAL)
    assert (on_time.status, on_time.late, on_time.late_days) == ("ok", False, 0)
    late = judge(FRI, date(2026, 11, 18), date(2026, 12, 1), CAL)
    assert (late.status, late.late, late.late_days) == ("ok", True, 2)
    # a fulfilment dated after as-of does not exist yet on that date
    assert judge(FRI, date(2026, 11, 18), date(2026, 11, 17), CAL).status == "overdue"


def test_late_phrases() -> None:
    assert late_phrases(1)["late_es"] == "1 día hábil después del plazo"
    assert late_phrases(3) == {
        "late_days": 3,
        "late_es": "3 días hábiles después del plazo",
        "late_en": "3 business days after the deadline",
    }


def test_deadline_problem_severities() -> None:
    from validator.rules.base import deadline_problem

    source = object()  # the helper only carries it
    overdue = deadline_problem(source, ("a",), judge(FRI, None, date(2026, 11, 17), CAL))  # type: ignore[arg-type]
    assert overdue is not None and (overdue.key, overdue.severity) == ("overdue", Severity.ERROR)
    soon = deadline_problem(source, ("a",), judge(FRI, None, FRI, CAL), "x_")  # type: ignore[arg-type]
    assert soon is not None and (soon.key, soon.severity) == ("x_due_soon", Severity.WARNING)
    late = deadline_problem(  # type: ignore[arg-type]
        source, ("a",), judge(FRI, date(2026, 11, 17), date(2026, 12, 1), CAL), done_path=("b",)
    )
    assert late is not None and (late.key, late.severity, late.path) == (
        "late",
        Severity.WARNING,
        ("b",),
    )
    assert late.params["late_es"] == "1 día hábil después del plazo"
    assert deadline_problem(source, ("a",), judge(FRI, FRI, FRI, CAL)) is None  # type: ignore[arg-type]
