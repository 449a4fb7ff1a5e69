"""validator/obligations.py: the dated obligations that rules and reminders share."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import CONTRACT, contract_area
from validator.calendar import BusinessCalendar
from validator.loading.yaml_loader import load_bytes
from validator.models import Area, Lineamientos
from validator.models.model_api import validate
from validator.obligations import (
    area_obligations,
    association_notices,
    change_notices,
    days_left_phrases,
    generic_password_rotations,
    password_rotations,
    quarterly_period,
    quarterly_report,
    worst,
)

LIN = validate(
    Lineamientos, load_bytes((CONTRACT / "inventory" / "lineamientos.yaml").read_bytes()).data
)
CAL = BusinessCalendar()


def area(*subs: tuple[str, str]) -> Area:
    text = contract_area()
    for old, new in subs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    doc = load_bytes(text.encode("utf-8"))
    return validate(Area, doc.data)


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
    anchor = "  - {fecha: 2026-10-02, tipo: trimestral, oficio: INE/JDE01-AGS/0311/2026}\n"
    return (anchor, f"{anchor}  - {{fecha: {day}, tipo: {tipo}, oficio: INE/X/1/2026}}\n")


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
        # the generic address's own password (4.4 III)
        ("rotacion-contrasena", "redes.jd01ags@ine.mx", date(2026, 12, 16), date(2026, 10, 16),
         "ok", ("correos_genericos", 0, "contrasena", "cambios", 0, "fecha")),
        ("informe-trimestral", "jd01ags", date(2027, 1, 2), date(2026, 10, 2), "ok",
         ("informes", 3, "fecha")),
        # the contract's subtlety: a cambio report the day after desde is in time
        ("aviso-cambio", "Juan Carlos Pérez Soto", date(2026, 1, 22), date(2026, 1, 16), "ok",
         ("administradores", "propietaria", "desde")),
        ("aviso-cambio", "Ana Sofía Ramírez Gómez", date(2026, 1, 22), date(2026, 1, 16), "ok",
         ("administradores", "suplente", "desde")),
        # notified within asociacion_aviso_cncs_dias_habiles (5) business days
        ("asociacion-notificada", "facebook/INEJDE01Ags", date(2026, 8, 31), date(2026, 8, 24),
         "ok", ("cuentas", 0, "asociacion", "notificada_cncs")),
        ("asociacion-notificada", "x/INEJDE01Ags", date(2026, 8, 25), date(2026, 8, 19), "ok",
         ("cuentas", 1, "asociacion", "notificada_cncs")),
        # the incident of Monday 2026-05-04: password changed and CNCS told the same day,
        # each due within one business day (4.3 IV)
        ("incidente-atendido", "facebook/INEJDE01Ags", date(2026, 5, 5), date(2026, 5, 4), "ok",
         ("cuentas", 0, "incidentes", 0, "contrasena_cambiada")),
        ("incidente-atendido", "facebook/INEJDE01Ags", date(2026, 5, 5), date(2026, 5, 4), "ok",
         ("cuentas", 0, "incidentes", 0, "notificado_cncs")),
        # the second factor on the propietaria's device from the association on (4.3 V)
        ("segundo-factor", "facebook/INEJDE01Ags", date(2026, 8, 31), date(2026, 8, 24), "ok",
         ("cuentas", 0, "segundo_factor", "desde")),
        ("segundo-factor", "x/INEJDE01Ags", date(2026, 8, 25), date(2026, 8, 18), "ok",
         ("cuentas", 1, "segundo_factor", "desde")),
    ]  # fmt: skip
    assert all(o.late_days == 0 for o in area_obligations(area(), LIN, CAL, date(2026, 11, 29)))


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
    # As of 2026-10-01 the facebook account (associated 2026-08-24) had no recorded change:
    # the first is due two months after the association, not at once.
    fb = next(iter(password_rotations(area(), LIN, date(2026, 10, 1))))
    assert (fb.status, fb.due, fb.last_done) == ("ok", date(2026, 10, 24), None)
    assert fb.path == ("cuentas", 0, "asociacion", "fecha")
    # before its association there is no obligation at all
    assert [o.subject for o in password_rotations(area(), LIN, date(2026, 8, 17))] == []


def test_first_change_due_after_association() -> None:
    a = area(("      cambios:\n" + FB_CHANGE + "\n", "      cambios: []\n"))
    fb = next(iter(password_rotations(a, LIN, date(2026, 10, 24))))
    assert (fb.due, fb.status) == (date(2026, 10, 24), "due_soon")  # the due day: in time
    fb = next(iter(password_rotations(a, LIN, date(2026, 10, 25))))
    assert (fb.due, fb.status) == (date(2026, 10, 24), "overdue")


def test_rotation_late_change_records_business_days() -> None:
    # previous change Sunday 2026-09-13 -> due Friday 2026-11-13; made Tuesday 17 (Monday 16
    # is a rest day): met 1 business day late, and the next one is due 2027-01-17
    a = area(
        (
            FB_CHANGE,
            "        - {fecha: 2026-09-13, informado_titular: 2026-09-13}\n"
            "        - fecha: 2026-11-17\n          informado_titular: 2026-11-17",
        )
    )
    fb = next(iter(password_rotations(a, LIN, date(2026, 11, 29), cal=CAL)))
    assert (fb.status, fb.due, fb.late_due, fb.late_days) == (
        "ok",
        date(2027, 1, 17),
        date(2026, 11, 13),
        1,
    )


def test_rotation_without_record_and_without_association_is_missing() -> None:
    a = area(
        (
            "    contrasena:                      # NEVER the password itself: only the record of"
            " changes\n      cambios:\n" + FB_CHANGE + "\n",
            "",
        ),
        ("    asociacion:\n      fecha: 2026-08-24\n      notificada_cncs: 2026-08-24"
         "    # e-mail to cncs@ine.mx\n", ""),
    )  # fmt: skip
    fb = next(iter(password_rotations(a, LIN, date(2026, 11, 29))))
    assert (fb.status, fb.path, fb.at_key) == ("missing", ("cuentas", 0), True)


def test_generic_address_rotation() -> None:
    gen = (
        "    contrasena:                      # its own password changes, first due 2 months "
        "after asignado\n      cambios:\n        - {fecha: 2026-10-16, informado_titular: "
        "2026-10-16}\n"
    )
    a = area((gen, ""))  # assigned 2026-08-17, no change recorded (old format)
    (ob,) = generic_password_rotations(a, LIN, date(2026, 10, 17))
    assert (ob.subject, ob.due, ob.status, ob.path) == (
        "redes.jd01ags@ine.mx",
        date(2026, 10, 17),
        "due_soon",
        ("correos_genericos", 0, "asignado"),
    )
    (ob,) = generic_password_rotations(a, LIN, date(2026, 10, 18))
    assert ob.status == "overdue"
    # before its assignment, nothing is due
    assert list(generic_password_rotations(area(), LIN, date(2026, 8, 16))) == []


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
        ("informes", 4, "fecha"),
    )


def test_quarterly_period_is_one_definition() -> None:
    a = area(with_report("2026-11-02"))
    period = quarterly_period(a, date(2026, 11, 29))
    assert period is not None and (period.anchor, period.basis, period.index) == (
        date(2026, 11, 2),
        "informe",
        4,
    )
    assert period.first_day == date(2026, 11, 3) and period.due(LIN) == date(2027, 2, 2)
    # the report being written on the as-of day itself does not count (report trimestral)
    before = quarterly_period(a, date(2026, 11, 2), inclusive=False)
    assert before is not None and before.anchor == date(2026, 10, 2)


def test_quarterly_report_late_is_recorded() -> None:
    # 2026-10-02 + 3 months = 2027-01-02; a report on Monday 2027-01-04 is 1 business day late
    ob = quarterly_report(area(with_report("2027-01-04", "trimestral")), LIN, date(2027, 1, 10))
    assert (ob.status, ob.late_due, ob.late_days) == ("ok", date(2027, 1, 2), 1)


def test_quarterly_report_first_from_the_earliest_desde() -> None:
    text = contract_area()
    start, end = text.index("informes:"), text.index("correos_genericos:")
    old, new = suplente_from("2026-03-01")
    text = (text[:start] + text[end:]).replace(old, new)
    a = validate(Area, load_bytes(text.encode()).data)
    # a new suplente from 2026-03-01 does not reset the propietaria's obligation
    assert a.administradores.suplente is not None
    assert a.administradores.suplente.desde == date(2026, 3, 1)
    ob = quarterly_report(a, LIN, date(2026, 4, 16))
    assert (ob.due, ob.status, ob.role) == (date(2026, 4, 15), "overdue", "propietaria")


def test_quarterly_report_without_reports_runs_from_desde() -> None:
    text = contract_area()
    start, end = text.index("informes:"), text.index("correos_genericos:")
    a = validate(Area, load_bytes((text[:start] + text[end:]).encode()).data)
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
        # made the day after the due day: met late (a warning with late_days), not missing
        ("2026-11-24", date(2026, 11, 29), (date(2026, 11, 23), date(2026, 11, 24), "ok")),
        # a report on the event's day is in time; one before the forms it must attach
        # (her Anexo 2 of 2026-11-13) is not this change's report (issue 11: no 30-day proxy)
        ("2026-11-13", date(2026, 11, 29), (date(2026, 11, 23), date(2026, 11, 13), "ok")),
        ("2026-10-14", date(2026, 11, 29), (date(2026, 11, 23), None, "overdue")),
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
        ("      notificada_cncs: 2026-08-24    # e-mail to cncs@ine.mx\n", ""),
        ("      notificada_cncs: 2026-08-19", "      notificada_cncs: 2026-08-12"),
    )
    fb, x = association_notices(a, LIN, CAL, date(2026, 11, 29))
    assert (fb.status, fb.at_key, fb.due) == ("overdue", True, date(2026, 8, 31))
    assert (x.status, x.at_key) == ("overdue", False)  # notified before the association
    fb, _ = association_notices(a, LIN, CAL, date(2026, 8, 31))  # the due day: in time
    assert fb.status == "due_soon"
    # as of 2026-08-20 the facebook account was not associated yet
    assert [o.subject for o in association_notices(area(), LIN, CAL, date(2026, 8, 20))] == [
        "x/INEJDE01Ags"
    ]


def test_association_notice_late() -> None:
    a = area(("      notificada_cncs: 2026-08-19", "      notificada_cncs: 2026-09-01"))
    _, x = association_notices(a, LIN, CAL, date(2026, 11, 29))
    # associated Tuesday 2026-08-18: due 2026-08-25; notified 2026-09-01, 5 business days late
    assert (x.status, x.due, x.late_days) == ("ok", date(2026, 8, 25), 5)


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


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 11, 12), None),  # before the incident: nothing yet
        (date(2026, 11, 13), "due_soon"),  # Friday: due the next business day
        (date(2026, 11, 16), "due_soon"),  # Monday, a rest day (Revolución): still in term
        (date(2026, 11, 17), "due_soon"),  # the due day itself
        (date(2026, 11, 18), "overdue"),
    ],
)
def test_an_unhandled_incident_is_two_obligations(as_of: date, status: str | None) -> None:
    """4.3 IV in reminders too: change the password with CAU and notify CNCS, each within
    its business days of the incident; a date before the incident fulfils nothing."""
    data = load_bytes(contract_area().encode()).data
    incidente = data["cuentas"][0]["incidentes"][0]
    incidente.update(fecha="2026-11-13", contrasena_cambiada=None, notificado_cncs="2026-11-12")
    a = validate(Area, data)
    got = [o for o in area_obligations(a, LIN, CAL, as_of) if o.kind == "incidente-atendido"]
    if status is None:
        assert got == []
        return
    assert [o.path[-1] for o in got] == ["contrasena_cambiada", "notificado_cncs"]
    assert {o.status for o in got} == {status}
    assert {o.due for o in got} == {date(2026, 11, 17)}
    assert [o.last_done for o in got] == [None, None]  # the notice predates the incident


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 11, 23), "due_soon"),  # the new propietaria's first day
        (date(2026, 11, 30), "due_soon"),  # the fifth business day: the due day itself
        (date(2026, 12, 1), "overdue"),
    ],
)
def test_a_new_propietaria_gets_the_second_factor_within_the_term(as_of: date, status: str) -> None:
    """4.3 V in reminders too: after a change of propietaria, each account's second factor
    still on the previous person's device is an obligation due five business days after
    her desde (the rule's own term, ``obligations.second_factor_due``)."""
    data = load_bytes(contract_area().encode()).data
    data["administradores"]["propietaria"].update(
        nombre="Laura Beatriz Núñez Ortiz", correo="laura.nunez@ine.mx", desde="2026-11-23"
    )  # a new person: the factor is still on juan.perez's device
    a = validate(Area, data)
    got = [o for o in area_obligations(a, LIN, CAL, as_of) if o.kind == "segundo-factor"]
    assert [(o.subject, o.path[-1], o.status, o.due) for o in got] == [
        ("facebook/INEJDE01Ags", "persona", status, date(2026, 11, 30)),
        ("x/INEJDE01Ags", "persona", status, date(2026, 11, 30)),
    ]


def test_no_second_factor_obligation_on_a_platform_without_one() -> None:
    """With the catalogue, an account on a platform without a second factor has no such
    duty (the rule skips it too); without the catalogue every active factor counts."""
    from validator.models import Plataformas

    raw = load_bytes((CONTRACT / "inventory" / "plataformas.yaml").read_bytes()).data
    kinds = {o.path[1] for o in area_obligations(area(), LIN, CAL, date(2026, 11, 29))
             if o.kind == "segundo-factor"}  # fmt: skip
    assert kinds == {0, 1}
    raw["plataformas"]["facebook"]["soporta_segundo_factor"] = False
    catalogue = validate(Plataformas, raw)
    got = area_obligations(area(), LIN, CAL, date(2026, 11, 29), plataformas=catalogue)
    assert [o.subject for o in got if o.kind == "segundo-factor"] == ["x/INEJDE01Ags"]


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 11, 24), None),  # not associated yet
        (date(2026, 11, 29), "due_soon"),
        (date(2026, 12, 2), "due_soon"),  # the fifth business day after the association
        (date(2026, 12, 3), "overdue"),
    ],
)
def test_a_new_account_is_due_in_each_responsiva(as_of: date, status: str | None) -> None:
    """4.3 I, Anexo 2 in reminders too: an account associated after the responsivas were
    signed is due in a new one of each administrator within five business days."""
    import copy

    data = load_bytes(contract_area().encode()).data
    nueva = copy.deepcopy(data["cuentas"][1])
    nueva.update(usuario="INEJDE01AgsNueva", url="https://x.com/INEJDE01AgsNueva")
    nueva["asociacion"] = {"fecha": "2026-11-25", "notificada_cncs": "2026-11-25"}
    data["cuentas"].append(nueva)
    a = validate(Area, data)
    got = [o for o in area_obligations(a, LIN, CAL, as_of) if o.kind == "responsiva-cuentas"]
    if status is None:
        assert got == []
        return
    assert [(o.role, o.subject, o.status, o.due, o.path) for o in got] == [
        (role, "x/INEJDE01AgsNueva", status, date(2026, 12, 2),
         ("administradores", role, "responsiva", "cuentas"))
        for role in ("propietaria", "suplente")
    ]  # fmt: skip
    # listed in the propietaria's responsiva: only the suplente's remains
    data["administradores"]["propietaria"]["responsiva"]["cuentas"].append("x/inejde01agsnueva")
    listed = [o.role for o in area_obligations(validate(Area, data), LIN, CAL, as_of)
              if o.kind == "responsiva-cuentas"]  # fmt: skip
    assert listed == ["suplente"]
