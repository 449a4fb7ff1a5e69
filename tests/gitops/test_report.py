"""``ine-redes report trimestral``: the quarterly report names that quarter's replacements."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, cuenta, person
from validator.cli import main
from validator.gitops.report import quarterly_report

JUAN = person("Juan Pérez Soto", "juan.perez@ine.mx", "2026-01-15")
ANA = person("Ana Ramírez Gómez", "ana.ramirez@ine.mx", "2026-01-15", nivel="operativo")
SOFIA = person("Sofía Núñez Lara", "sofia.nunez@ine.mx", "2026-08-03", nivel="operativo")
MARCO = person("Marco Ruiz Paz", "marco.ruiz@ine.mx", "2026-10-05", nivel="operativo")
LUCIA = person("Lucía Vega Mora", "lucia.vega@ine.mx", "2026-11-12")

INFORMES = [
    {"fecha": "2026-07-02", "tipo": "trimestral", "oficio": "INE/JD01/0100/2026"},
    {"fecha": "2026-10-02", "tipo": "trimestral", "oficio": "INE/JD01/0200/2026"},
]
INCIDENTES = (
    {"fecha": "2026-05-04", "descripcion": "Acceso desconocido de mayo"},
    {
        "fecha": "2026-11-03",
        "descripcion": "Inicio de sesión desde un dispositivo desconocido",
        "contrasena_cambiada": "2026-11-03",
        "ticket_cau": "CAU-2026-0999",
        "notificado_titular": "2026-11-03",
        "notificado_cncs": "2026-11-04",
    },
)


def _jd01(propietaria: dict[str, Any], suplente: dict[str, Any], informes: list[Any]) -> str:
    return area(
        "jd01",
        titular_github="mflopez-ine",
        nombre="Junta Distrital Ejecutiva 01",
        propietaria=propietaria,
        suplente=suplente,
        informes=informes,
        cuentas=[
            cuenta("jd01", "INEjd01", cambios=("2026-09-15", "2026-10-20", "2026-12-15"),
                   incidentes=INCIDENTES),
            cuenta("jd01", "INEjd01fb", plataforma="facebook", cambios=("2026-10-25",)),
        ],
    )  # fmt: skip


def _merge(r: GitRepo, branch: str, content: str, branch_date: str, merge_date: str) -> None:
    r.branch(branch)
    r.write_area("jd01", content)
    r.commit(branch, date=branch_date)
    r.checkout("main")
    r.merge(branch, date=merge_date)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    r = GitRepo(tmp_path_factory.mktemp("report") / "repo")
    r.write_area("jd01", _jd01(JUAN, ANA, INFORMES))
    r.write_area("jd02", area("jd02", titular_github="otra", propietaria=JUAN, suplente=ANA))
    r.commit("alta", date="2026-01-10T10:00:00")
    _merge(r, "sofia", _jd01(JUAN, SOFIA, INFORMES), "2026-07-30T10:00", "2026-08-01T10:00")
    _merge(r, "marco", _jd01(JUAN, MARCO, INFORMES), "2026-09-25T10:00", "2026-09-28T10:00")
    cambio = [*INFORMES, {"fecha": "2026-11-12", "tipo": "cambio", "oficio": "INE/JD01/0300/2026"}]
    _merge(r, "lucia", _jd01(LUCIA, MARCO, cambio), "2026-11-09T10:00", "2026-11-10T10:00")
    return r


def _people(report: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.rol, c.sale.correo if c.sale else None, c.entra.correo if c.entra else None)
        for c in report.changes
    ]


def test_quarter_names_its_replacements(repo: GitRepo) -> None:
    # the day before the cambio report of 2026-11-12: the quarter runs since the report of 10-02
    report = quarterly_report(repo.path, "jd01", date(2026, 11, 11))
    assert (report.start, report.end, report.basis) == (
        date(2026, 10, 3),
        date(2026, 11, 11),
        "informe",
    )
    # merged on 28 September but effective on 5 October: it belongs to this quarter; Lucía's
    # change was merged on 10 November (effective 12 November): it belongs here too
    assert _people(report) == [
        ("suplente", "sofia.nunez@ine.mx", "marco.ruiz@ine.mx"),
        ("propietaria", "juan.perez@ine.mx", "lucia.vega@ine.mx"),
    ]
    assert [p.fecha for _, p in report.password_changes] == [date(2026, 10, 20), date(2026, 10, 25)]
    assert [i.fecha for _, i in report.incidents] == [date(2026, 11, 3)]
    assert report.reports == []


def test_a_cambio_report_restarts_the_period(repo: GitRepo) -> None:
    """4.2 V "informar cada tres meses y/o cuando existan cambios": the cambio report of
    2026-11-12 informed CNCS, so the next report covers from the day after it (the one
    definition the informe-trimestral rule and reminders use)."""
    report = quarterly_report(repo.path, "jd01", date(2026, 12, 31))
    assert (report.start, report.end, report.basis, report.previous_report) == (
        date(2026, 11, 13),
        date(2026, 12, 31),
        "informe",
        date(2026, 11, 12),
    )
    assert _people(report) == []  # both replacements were reported with the cambio report
    current = {rol: s.holder.correo for rol, s in report.current.items() if s.holder}
    assert current == {"propietaria": "lucia.vega@ine.mx", "suplente": "marco.ruiz@ine.mx"}
    assert [p.fecha for _, p in report.password_changes] == [date(2026, 12, 15)]
    assert report.incidents == []
    assert report.reports == []


def test_previous_quarter(repo: GitRepo) -> None:
    report = quarterly_report(repo.path, "jd01", date(2026, 10, 2))
    assert (report.start, report.end) == (date(2026, 7, 3), date(2026, 10, 2))
    assert _people(report) == [
        ("suplente", "ana.ramirez@ine.mx", "sofia.nunez@ine.mx"),
        ("suplente", "sofia.nunez@ine.mx", "marco.ruiz@ine.mx"),
    ]
    # Marco was merged on 28 September but takes office on 5 October
    owner, deputy = report.current["propietaria"], report.current["suplente"]
    assert owner.holder is not None and owner.holder.correo == "juan.perez@ine.mx"
    assert deputy.holder is not None and deputy.holder.correo == "sofia.nunez@ine.mx"
    assert [r.correo for r in deputy.not_yet] == ["marco.ruiz@ine.mx"]


def test_without_a_previous_report_since_the_earliest_desde(repo: GitRepo) -> None:
    report = quarterly_report(repo.path, "jd02", date(2026, 5, 31))
    assert (report.start, report.end, report.basis) == (
        date(2026, 1, 15),
        date(2026, 5, 31),
        "designacion",
    )
    assert [(c.kind, c.rol) for c in report.changes] == [
        ("alta", "propietaria"),
        ("alta", "suplente"),
    ]
    since = quarterly_report(repo.path, "jd02", date(2026, 5, 31), since=date(2026, 3, 1))
    assert since.changes == []


def test_markdown_and_text(repo: GitRepo) -> None:
    runner = CliRunner()
    args = ["report", "trimestral", "--repo", str(repo.path), "--area", "jd01",
            "--as-of", "2026-11-11"]  # fmt: skip
    res = runner.invoke(main, [*args, "--format", "markdown"])
    assert res.exit_code == 0, res.output
    md = res.stdout
    assert md.startswith("# Informe trimestral a la CNCS: jd01")
    assert "Lucía Vega Mora" in md and "Marco Ruiz Paz" in md
    assert "2026-10-03" in md  # the period (nothing to escape in a date)
    assert "CAU-2026-0999" in md
    res = runner.invoke(main, args)  # plain text by default (a terminal, an oficio)
    text = res.stdout
    assert text.startswith("INFORME TRIMESTRAL A LA CNCS")
    assert "**" not in text and "\\-" not in text
    assert "del 2026-10-03 al 2026-11-11" in text
    assert "desde el día siguiente al informe a la CNCS del 2026-10-02" in text
    assert "sale Juan Pérez Soto <juan.perez@ine.mx>; entra Lucía Vega Mora" in text
    assert "sale Sofía Núñez Lara <sofia.nunez@ine.mx>; entra Marco Ruiz Paz" in text
    assert "Ana Ramírez" not in text  # her replacement was in the previous quarter
    res = runner.invoke(main, [*args, "--format", "text", "--lang", "en"])
    assert "QUARTERLY REPORT TO CNCS" in res.stdout and "leaves Juan Pérez Soto" in res.stdout


def test_errors_exit_2(repo: GitRepo, tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["report", "trimestral", "--repo", str(repo.path), "--as-of", "2026-12-31"]
    res = runner.invoke(main, [*base, "--area", "zz99"])
    assert res.exit_code == 2 and "zz99" in res.stderr
    clone = repo.shallow_clone(tmp_path / "shallow")
    res = runner.invoke(
        main, ["report", "trimestral", "--repo", str(clone), "--area", "jd01", "--as-of",
               "2026-12-31"],
    )  # fmt: skip
    assert res.exit_code == 2 and "fetch-depth: 0" in res.stderr


def test_designation_merged_before_it_takes_effect(repo: GitRepo) -> None:
    report = quarterly_report(repo.path, "jd01", date(2026, 11, 11))
    owner = report.current["propietaria"]
    assert owner.holder is not None and owner.holder.correo == "juan.perez@ine.mx"
    assert [r.correo for r in owner.not_yet] == ["lucia.vega@ine.mx"]
    res = CliRunner().invoke(
        main, ["report", "trimestral", "--repo", str(repo.path), "--area", "jd01", "--as-of",
               "2026-11-11", "--format", "text"],
    )  # fmt: skip
    assert "designada, aún no en funciones: Lucía Vega Mora" in res.stdout
