"""validator/obligations.py: the dated obligations that rules and reminders share."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import CONTRACT, contract_area
from validator.calendar import BusinessCalendar
from validator.loading.yaml_loader import load_bytes
from validator.models import Area, Lineamientos
from validator.obligations import (
    area_obligations,
    association_notices,
    change_notices,
    days_left_phrases,
    password_rotations,
    quarterly_report,
    worst,
)

LIN = Lineamientos.model_validate(
    load_bytes((CONTRACT / "inventory" / "lineamientos.yaml").read_bytes()).data
)
CAL = BusinessCalendar()


def area(*subs: tuple[str, str]) -> Area:
    text = contract_area()
    for old, new in subs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    doc = load_bytes(text.encode("utf-8"))
    return Area.model_validate(doc.data)


FB_CHANGE = "        - fecha: 2026-10-20\n          informado_titular: 2026-10-20"


def fb_change(day: str) -> tuple[str, str]:
    return (FB_CHANGE, f"        - fecha: {day}\n          informado_titular: {day}")


def suplente_from(desde: str) -> tuple[str, str]:
    return (
        "    desde: 2026-01-15\n    responsiva:\n      fecha: 2026-01-15\n      documento:\n"
        "        sha256: 9a8b",
        f"    desde: {desde}\n    responsiva:\n      fecha: {desde}\n      documento:\n"
        "        sha256: 9a8b",
    )


def with_report(day: str, tipo: str = "cambio") -> tuple[str, str]:
    anchor = "    oficio: INE/JDE01-AGS/0311/2026\n"
    return (anchor, f"{anchor}  - fecha: {day}\n    tipo: {tipo}\n")


def test_contract_example_as_of_2026_11_29() -> None:
    got = [
        (o.kind, o.subject, o.due, o.last_done, o.status, o.path)
        for o in area_obligations(area(), LIN, CAL, date(2026, 11, 29))
    ]
    assert got == [
        ("rotacion-contrasena", "facebook/INEJDE01Ags", date(2026, 12, 20), date(2026, 10, 20),
         "ok", ("cuentas", 0, "contrasena", "cambios", 0, "fecha")),
        ("rotacion-contrasena", "x/INEJDE01Ags", date(2026, 12, 28), date(2026, 10, 28),
         "ok", ("cuentas", 1, "contrasena", "cambios", 1, "fecha")),
        ("informe-trimestral", "jd01ags", date(2027, 1, 2), date(2026, 10, 2), "ok",
         ("informes", 1, "fecha")),
        # the contract's subtlety: a cambio report the day after desde is in time
        ("aviso-cambio", "Juan Carlos Pérez Soto", date(2026, 1, 22), date(2026, 1, 16), "ok",
         ("administradores", "propietaria", "desde")),
        ("aviso-cambio", "Ana Sofía Ramírez Gómez", date(2026, 1, 22), date(2026, 1, 16), "ok",
         ("administradores", "suplente", "desde")),
        ("asociacion-notificada", "facebook/INEJDE01Ags", None, date(2026, 1, 25), "ok",
         ("cuentas", 0, "asociacion", "notificada_cncs")),
        ("asociacion-notificada", "x/INEJDE01Ags", None, date(2026, 1, 27), "ok",
         ("cuentas", 1, "asociacion", "notificada_cncs")),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("as_of", "status", "days_left"),
    [
        (date(2027, 2, 17), "ok", 11),
        (date(2027, 2, 18), "due_soon", 10),
        (date(2027, 2, 28), "due_soon", 0),  # the due day itself is not overdue
        (date(2027, 3, 1), "overdue", -1),
    ],
)
def test_rotation_month_end_clamp(as_of: date, status: str, days_left: int) -> None:
    a = area(fb_change("2026-12-31"))
    fb = next(iter(password_rotations(a, LIN, as_of)))
    assert fb.due == date(2027, 2, 28)  # 2026-12-31 + 2 months
    assert (fb.status, fb.days_left) == (status, days_left)


def test_rotation_newest_change_wins_whatever_the_order() -> None:
    a = area(
        (
            "        - fecha: 2026-08-30\n          informado_titular: 2026-08-31\n"
            "        - fecha: 2026-10-28\n          informado_titular: 2026-10-28",
            "        - fecha: 2026-10-28\n          informado_titular: 2026-10-28\n"
            "        - fecha: 2026-08-30\n          informado_titular: 2026-08-31",
        )
    )
    x = list(password_rotations(a, LIN, date(2026, 11, 29)))[1]
    assert (x.last_done, x.due, x.path[4]) == (date(2026, 10, 28), date(2026, 12, 28), 0)


def test_rotation_ignores_changes_after_as_of() -> None:
    # As of 2026-10-25 the x account's newest change was 2026-08-30 (due 2026-10-30).
    x = list(password_rotations(area(), LIN, date(2026, 10, 25)))[1]
    assert (x.last_done, x.due, x.status) == (date(2026, 8, 30), date(2026, 10, 30), "due_soon")
    # As of 2026-10-01 the facebook account had no recorded change at all.
    fb = next(iter(password_rotations(area(), LIN, date(2026, 10, 1))))
    assert (fb.status, fb.due, fb.at_key) == ("missing", None, True)


def test_rotation_without_record_is_missing() -> None:
    a = area(
        (
            "    contrasena:                      # NEVER the password itself: only the record of"
            " changes\n      cambios:\n" + FB_CHANGE + "\n",
            "",
        )
    )
    fb = next(iter(password_rotations(a, LIN, date(2026, 11, 29))))
    assert (fb.status, fb.path, fb.at_key) == ("missing", ("cuentas", 0, "contrasena"), True)


def test_warn_days_is_the_within_window() -> None:
    fb = next(iter(password_rotations(area(), LIN, date(2026, 11, 29), warn_days=30)))
    assert (fb.due, fb.status) == (date(2026, 12, 20), "due_soon")
    fb = next(iter(password_rotations(area(), LIN, date(2026, 11, 29), warn_days=0)))
    assert fb.status == "ok"


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 12, 22), "ok"),
        (date(2026, 12, 23), "due_soon"),
        (date(2027, 1, 2), "due_soon"),
        (date(2027, 1, 3), "overdue"),
    ],
)
def test_quarterly_report_boundaries(as_of: date, status: str) -> None:
    ob = quarterly_report(area(), LIN, as_of)
    assert (ob.due, ob.status) == (date(2027, 1, 2), status)


def test_quarterly_report_counts_any_tipo() -> None:
    ob = quarterly_report(area(with_report("2026-11-02")), LIN, date(2026, 11, 29))
    assert (ob.last_done, ob.due, ob.path) == (
        date(2026, 11, 2),
        date(2027, 2, 2),
        ("informes", 2, "fecha"),
    )


def test_quarterly_report_without_reports_runs_from_desde() -> None:
    text = contract_area()
    start, end = text.index("informes:"), text.index("correos_genericos:")
    a = Area.model_validate(load_bytes((text[:start] + text[end:]).encode()).data)
    ob = quarterly_report(a, LIN, date(2026, 3, 1))
    assert (ob.last_done, ob.due, ob.status) == (None, date(2026, 4, 15), "ok")
    assert ob.path == ("administradores", "propietaria", "desde")
    assert quarterly_report(a, LIN, date(2026, 4, 16)).status == "overdue"
    # before anybody took office there is nothing to count from
    assert quarterly_report(a, LIN, date(2026, 1, 1)).status == "missing"


def _suplente_notice(a: Area, as_of: date) -> tuple[date | None, date | None, str]:
    ob = next(o for o in change_notices(a, LIN, CAL, as_of) if o.role == "suplente")
    return ob.due, ob.last_done, ob.status


@pytest.mark.parametrize(
    ("report", "as_of", "expected"),
    [
        # Friday 2026-11-13; Monday 16 is Revolution Day -> due Monday 2026-11-23
        (None, date(2026, 11, 13), (date(2026, 11, 23), None, "due_soon")),
        (None, date(2026, 11, 23), (date(2026, 11, 23), None, "due_soon")),
        (None, date(2026, 11, 24), (date(2026, 11, 23), None, "overdue")),
        ("2026-11-23", date(2026, 11, 29), (date(2026, 11, 23), date(2026, 11, 23), "ok")),
        ("2026-11-24", date(2026, 11, 29), (date(2026, 11, 23), None, "overdue")),
        # a report on the event's day or before it is in time (down to desde - 30 days)
        ("2026-11-13", date(2026, 11, 29), (date(2026, 11, 23), date(2026, 11, 13), "ok")),
        ("2026-10-14", date(2026, 11, 29), (date(2026, 11, 23), date(2026, 10, 14), "ok")),
        ("2026-10-13", date(2026, 11, 29), (date(2026, 11, 23), None, "overdue")),
        # a report dated after as-of does not exist yet
        ("2026-11-20", date(2026, 11, 18), (date(2026, 11, 23), None, "due_soon")),
    ],
)
def test_change_notice_window(report: str | None, as_of: date, expected: tuple) -> None:
    subs = [suplente_from("2026-11-13")]
    if report:
        subs.append(with_report(report))
    assert _suplente_notice(area(*subs), as_of) == expected


def test_change_notice_only_counts_cambio_reports() -> None:
    a = area(suplente_from("2026-11-13"), with_report("2026-11-17", tipo="trimestral"))
    assert _suplente_notice(a, date(2026, 11, 29))[2] == "overdue"


def test_change_notice_with_institutional_day_off() -> None:
    cal = BusinessCalendar([date(2026, 11, 20)])
    a = area(suplente_from("2026-11-13"), with_report("2026-11-24"))
    ob = next(o for o in change_notices(a, LIN, cal, date(2026, 11, 29)) if o.role == "suplente")
    assert (ob.due, ob.status) == (date(2026, 11, 24), "ok")


def test_association_notices() -> None:
    a = area(
        ("      notificada_cncs: 2026-01-25    # e-mail to cncs@ine.mx\n", ""),
        ("      notificada_cncs: 2026-01-27", "      notificada_cncs: 2026-01-20"),
    )
    fb, x = association_notices(a, date(2026, 11, 29))
    assert (fb.status, fb.at_key) == ("missing", True)
    assert (x.status, x.at_key) == ("missing", False)  # notified before the association
    # as of 2026-01-25 the x account was not associated yet
    assert [o.subject for o in association_notices(area(), date(2026, 1, 25))] == [
        "facebook/INEJDE01Ags"
    ]


def test_worst_and_phrases() -> None:
    obs = area_obligations(area(fb_change("2026-09-28")), LIN, CAL, date(2026, 11, 29))
    assert worst(obs) == "overdue"
    assert worst([]) is None
    assert days_left_phrases(0) == {"left_es": "vence hoy", "left_en": "due today"}
    assert days_left_phrases(3)["left_es"] == "faltan 3 días"
    assert days_left_phrases(1)["left_es"] == "falta 1 día"
    assert days_left_phrases(-1)["left_es"] == "vencido hace 1 día"
    assert days_left_phrases(-2)["left_en"] == "overdue by 2 days"
    assert days_left_phrases(1)["left_en"] == "1 day left"
