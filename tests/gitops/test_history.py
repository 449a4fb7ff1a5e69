"""``ine-redes history``: who administered which account on a date, from real git history."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, cuenta, person
from validator.cli import main
from validator.gitops.history import history_at

JUAN = person("Juan Pérez Soto", "juan.perez@ine.mx", "2026-01-15")
ANA = person("Ana Ramírez Gómez", "ana.ramirez@ine.mx", "2026-01-15", nivel="operativo")
PEDRO = person("Pedro Luna Díaz", "pedro.luna@ine.mx", "2026-03-05")  # merged 02-27
LUCIA = person("Lucía Vega Mora", "lucia.vega@ine.mx", "2026-05-04")  # merged 05-10
MARCO = person("Marco Ruiz Paz", "marco.ruiz@ine.mx", "2026-05-10", nivel="operativo")


def _jd01(propietaria: dict[str, str], suplente: dict[str, str], extra: bool = False) -> str:
    cuentas = [cuenta("jd01", "INEjd01", accesos=("propietaria", "suplente", "titular"))]
    if extra:
        cuentas.append(cuenta("jd01", "INEjd01fb", plataforma="facebook", accesos=("propietaria",)))
    return area(
        "jd01", titular_github="mflopez-ine", propietaria=propietaria, suplente=suplente,
        cuentas=cuentas,
    )  # fmt: skip


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    """Two replacements: Juan → Pedro (merged 02-27, effective 03-05) → Lucía (merged
    05-10, effective 05-04); Ana → Marco (merged 05-10, effective 05-10)."""
    r = GitRepo(tmp_path_factory.mktemp("history") / "repo")
    r.write_area("jd01", _jd01(JUAN, ANA))
    r.write_area("jd02", area("jd02", titular_github="otra", propietaria=JUAN, suplente=ANA))
    r.commit("alta de jd01 y jd02", date="2026-01-10T10:00:00")
    # a pull request branch: its own commit date is before the merge
    r.branch("cambio-propietaria")
    r.write_area("jd01", _jd01(PEDRO, ANA))
    r.commit("jd01: Pedro será propietario desde el 5 de marzo", date="2026-02-20T09:00:00")
    r.checkout("main")
    r.merge("cambio-propietaria", date="2026-02-27T18:00:00")
    # late on 3 March, Mexico City time (already 4 March in UTC): still the state of 3 March
    r.write_area("jd01", _jd01(PEDRO, ANA, extra=True))
    r.commit("jd01: cuenta de Facebook", date="2026-03-03T23:30:00")
    r.branch("segundo-cambio")
    r.write_area("jd01", _jd01(LUCIA, MARCO, extra=True))
    r.commit("jd01: Lucía y Marco", date="2026-05-08T09:00:00")
    r.checkout("main")
    r.merge("segundo-cambio", date="2026-05-10T12:00:00")
    return r


def _holders(root: Path, at: str, **kw: str) -> dict[str, str | None]:
    result = history_at(root, date.fromisoformat(at), area=kw.get("area", "jd01"))
    roles = result.areas[0].roles
    return {rol: (s.holder.correo if s.holder else None) for rol, s in roles.items()}


@pytest.mark.parametrize(
    ("at", "propietaria", "suplente"),
    [
        ("2026-01-20", "juan.perez@ine.mx", "ana.ramirez@ine.mx"),
        ("2026-02-25", "juan.perez@ine.mx", "ana.ramirez@ine.mx"),  # branch not merged yet
        ("2026-03-03", "juan.perez@ine.mx", "ana.ramirez@ine.mx"),  # Pedro merged, not in office
        ("2026-03-04", "juan.perez@ine.mx", "ana.ramirez@ine.mx"),
        ("2026-03-05", "pedro.luna@ine.mx", "ana.ramirez@ine.mx"),
        ("2026-05-05", "pedro.luna@ine.mx", "ana.ramirez@ine.mx"),  # Lucía merged only on 05-10
        ("2026-05-10", "lucia.vega@ine.mx", "marco.ruiz@ine.mx"),
        ("2026-11-29", "lucia.vega@ine.mx", "marco.ruiz@ine.mx"),
    ],
)
def test_right_people_across_two_replacements(
    repo: GitRepo, at: str, propietaria: str, suplente: str
) -> None:
    assert _holders(repo.path, at) == {"propietaria": propietaria, "suplente": suplente}


def test_future_dated_designation_is_reported_as_not_yet(repo: GitRepo) -> None:
    result = history_at(repo.path, date(2026, 3, 3), area="jd01")
    owner = result.areas[0].roles["propietaria"]
    assert [r.correo for r in owner.not_yet] == ["pedro.luna@ine.mx"]
    assert owner.holder is not None and owner.holder.desde == date(2026, 1, 15)
    # the commit of 3 March at 23:30 (UTC-6) belongs to the state of 3 March
    assert [c.usuario for c in result.areas[0].cuentas] == ["INEjd01", "INEjd01fb"]
    assert [c.usuario for c in history_at(repo.path, date(2026, 3, 2)).areas[0].cuentas] == [
        "INEjd01"
    ]


def test_before_anyone_was_in_office(repo: GitRepo) -> None:
    result = history_at(repo.path, date(2026, 1, 12), area="jd01")
    owner = result.areas[0].roles["propietaria"]
    assert owner.holder is None and owner.no_record
    assert [r.correo for r in owner.not_yet] == ["juan.perez@ine.mx"]


def test_who_could_post_on_an_account(repo: GitRepo) -> None:
    res = CliRunner().invoke(
        main,
        ["history", "--repo", str(repo.path), "--at", "2026-03-03", "--account",
         "https://twitter.com/inejd01/", "--format", "json"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert [a["clave"] for a in payload["areas"]] == ["jd01"]
    assert payload["at"] == "2026-03-03" and payload["time_zone"] == "America/Mexico_City"
    owner = payload["areas"][0]["administradores"][0]
    assert owner["rol"] == "propietaria" and owner["person"]["correo"] == "juan.perez@ine.mx"
    assert [p["correo"] for p in owner["not_yet_in_office"]] == ["pedro.luna@ine.mx"]
    (account,) = payload["areas"][0]["cuentas"]
    assert account["usuario"] == "INEjd01"
    assert [(p["rol"], p["correo"]) for p in account["with_access"]] == [
        ("propietaria", "juan.perez@ine.mx"),
        ("suplente", "ana.ramirez@ine.mx"),
        ("titular", "titular.jd01@ine.mx"),
    ]
    res = CliRunner().invoke(
        main, ["history", "--repo", str(repo.path), "--at", "2026-05-12", "--account", "@inejd01fb"]
    )
    assert res.exit_code == 0
    assert (
        "lucia.vega@ine.mx" in res.stdout
        and "marco.ruiz@ine.mx" not in res.stdout.split("INEjd01fb")[1]
    )


def test_text_and_csv(repo: GitRepo) -> None:
    runner = CliRunner()
    base = ["history", "--repo", str(repo.path), "--at", "2026-03-03", "--area", "jd01"]
    res = runner.invoke(main, base)
    assert res.exit_code == 0
    assert "aún no en funciones: Pedro Luna Díaz" in res.stdout
    res = runner.invoke(main, [*base, "--lang", "en"])
    assert "not yet in office: Pedro Luna Díaz" in res.stdout
    res = runner.invoke(main, [*base, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == 2 * 3  # two accounts × (propietaria, suplente, titular)
    fb = [r for r in rows if r["usuario"] == "INEjd01fb"]
    assert {(r["rol"], r["acceso"]) for r in fb} == {
        ("propietaria", "si"),
        ("suplente", "no"),
        ("titular", "no"),
    }
    assert {r["correo"] for r in fb if r["rol"] == "propietaria"} == {"juan.perez@ine.mx"}


def test_every_area_without_filter(repo: GitRepo) -> None:
    result = history_at(repo.path, date(2026, 6, 1))
    assert [a.clave for a in result.areas] == ["jd01", "jd02"]


def test_too_early_and_unknown_area_exit_2(repo: GitRepo) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["history", "--repo", str(repo.path), "--at", "2025-12-31"])
    assert res.exit_code == 2 and "2026-01-10" in res.stderr
    branch = "main"  # the answer names the branch it read (GitRepo inits "main")
    assert f"el primer commit de «{branch}» es del 2026-01-10" in res.stderr
    res = runner.invoke(
        main, ["history", "--repo", str(repo.path), "--at", "2025-12-31", "--lang", "en"]
    )
    assert f"the first commit of '{branch}' is of 2026-01-10" in res.stderr
    res = runner.invoke(
        main, ["history", "--repo", str(repo.path), "--at", "2026-06-01", "--area", "zz99"]
    )
    assert res.exit_code == 2 and "zz99" in res.stderr
    res = runner.invoke(
        main, ["history", "--repo", str(repo.path), "--at", "2026-06-01", "--account", "@nadie"]
    )
    assert res.exit_code == 2 and "@nadie" in res.stderr


def test_shallow_clone_needs_full_history(repo: GitRepo, tmp_path: Path) -> None:
    clone = repo.shallow_clone(tmp_path / "shallow", depth=2)
    res = CliRunner().invoke(main, ["history", "--repo", str(clone), "--at", "2026-03-03"])
    assert res.exit_code == 2
    assert "fetch-depth: 0" in res.stderr and "Traceback" not in res.output


def test_retroactive_record_merged_later_is_noted(repo: GitRepo) -> None:
    """Lucía was merged on 05-10 with effect from 05-04: on 05-05 main still said Pedro."""
    result = history_at(repo.path, date(2026, 5, 5), area="jd01")
    owner = result.areas[0].roles["propietaria"]
    assert owner.holder is not None and owner.holder.correo == "pedro.luna@ine.mx"
    assert [(r.correo, r.desde) for r in owner.recorded_later] == [
        ("lucia.vega@ine.mx", date(2026, 5, 4))
    ]
    assert result.areas[0].roles["suplente"].recorded_later == []  # Marco: from 05-10
    assert (
        history_at(repo.path, date(2026, 3, 3)).areas[0].roles["propietaria"].recorded_later == []
    )
    res = CliRunner().invoke(
        main, ["history", "--repo", str(repo.path), "--at", "2026-05-05", "--area", "jd01"]
    )
    assert "registrado después con efecto anterior: Lucía Vega Mora" in res.stdout


def test_the_answer_names_the_branch_it_read(repo: GitRepo) -> None:
    runner = CliRunner()
    base = ["history", "--repo", str(repo.path), "--at", "2026-03-03", "--area", "jd01"]
    res = runner.invoke(main, base)
    assert res.exit_code == 0, res.output
    assert "Estado de la rama main: commit " in res.stdout
    assert "rama principal" not in res.stdout
    # --rev reads another branch's first-parent history: on segundo-cambio, Lucía's
    # designation is recorded on 05-08 (before the merge into main, on 05-10).
    res = runner.invoke(
        main, [*base[:4], "2026-05-09", "--area", "jd01", "--rev", "segundo-cambio"]
    )
    assert res.exit_code == 0, res.output
    assert "Estado de la rama segundo-cambio: commit " in res.stdout
    on_branch = history_at(repo.path, date(2026, 5, 9), area="jd01", rev="segundo-cambio")
    on_main = history_at(repo.path, date(2026, 5, 9), area="jd01")
    assert (on_branch.ref, on_main.ref) == ("segundo-cambio", "main")
    assert on_branch.commit != on_main.commit
    assert on_branch.to_dict()["ref"] == "segundo-cambio"
    res = runner.invoke(main, [*base, "--lang", "en", "--rev", "main"])
    assert "State of branch main: commit " in res.stdout
    res = runner.invoke(main, [*base, "--rev", "no-such-branch"])
    assert res.exit_code == 2


def test_checked_out_branch_is_the_default(repo: GitRepo, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo.path), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", "segundo-cambio"], check=True)
    result = history_at(clone, date(2026, 5, 9), area="jd01")
    assert result.ref == "segundo-cambio" and result.is_branch
    res = CliRunner().invoke(
        main, ["history", "--repo", str(clone), "--at", "2026-05-09", "--area", "jd01"]
    )
    assert "Estado de la rama segundo-cambio" in res.stdout
