"""``ine-redes diff``: names exactly the people gained and lost in a fixture pull request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.gitrepo import GitRepo, area, cuenta, person
from validator.cli import main
from validator.gitops.diff import plan

JUAN = person("Juan Pérez", "juan.perez@ine.mx", "2026-01-15")
ANA = person("Ana Ramírez", "ana.ramirez@ine.mx", "2026-01-15", nivel="operativo")
LUCIA = person("Lucía Vega", "lucia.vega@ine.mx", "2026-12-01")
PEDRO = person("Pedro Luna", "pedro.luna@ine.mx", "2026-01-15")
ROSA = person("Rosa Díaz", "rosa.diaz@ine.mx", "2026-01-15", nivel="operativo")


def _jd01(propietaria: dict[str, Any], *, pr: bool = False) -> str:
    accesos = ("propietaria", "suplente", "titular") if pr else ("propietaria", "suplente")
    cuentas = [cuenta("jd01", "INEjd01", accesos=accesos)]
    correos = [
        {"correo": "redes.jd01@ine.mx", "estado": "asignado", "tramita": "propietaria",
         "solicitado": "2026-01-02", "asignado": "2026-01-05"},
    ]  # fmt: skip
    if pr:
        cuentas.append(cuenta("jd01", "INEjd01fb", plataforma="facebook"))
        correos.append(
            {"correo": "redes2.jd01@ine.mx", "estado": "solicitado", "tramita": "suplente",
             "solicitado": "2026-11-20"},
        )  # fmt: skip
    return area("jd01", titular_github="mflopez-ine", propietaria=propietaria, suplente=ANA,
                cuentas=cuentas, correos=correos)  # fmt: skip


def _jd02(admins: bool) -> str:
    cuentas = [cuenta("jd02", "INEjd02")]
    if admins:
        cuentas.append(cuenta("jd02", "INEjd02ig", plataforma="instagram"))
    return area("jd02", titular_github="titular-jd02", propietaria=PEDRO if admins else None,
                suplente=ROSA if admins else None, cuentas=cuentas)  # fmt: skip


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    r = GitRepo(tmp_path_factory.mktemp("diff") / "repo")
    r.write_area("jd01", _jd01(JUAN))
    r.write_area("jd02", _jd02(True))
    r.write_area(
        "jd03", area("jd03", titular_github="titular-jd03", propietaria=JUAN, suplente=ANA)
    )
    r.write_area(
        "jd04", area("jd04", titular_github="titular-jd04", propietaria=PEDRO, suplente=ROSA)
    )
    r.commit("inventario", date="2026-11-01T10:00:00")
    r.branch("pequeno")
    r.write_area("jd01", _jd01(LUCIA, pr=True))
    r.commit("jd01: Lucía, cuenta de Facebook, redes2", date="2026-11-20T10:00:00")
    r.checkout("main")
    r.branch("grande")
    r.write_area("jd01", _jd01(LUCIA, pr=True))
    r.write_area("jd02", _jd02(False))
    r.write_area("jd03", area("jd03", titular_github="intruso", propietaria=JUAN, suplente=ANA))
    r.remove("inventory/areas/jd04.yaml")
    r.write(
        "inventory/plataformas.yaml",
        (r.path / "inventory/plataformas.yaml").read_text(encoding="utf-8") + "# cambio\n",
    )
    r.write("docs/nota.md", "nota\n")
    r.commit("cambios grandes", date="2026-11-21T10:00:00")
    r.checkout("main")
    return r


def test_names_exactly_the_people_gained_and_lost(repo: GitRepo) -> None:
    p = plan(repo.path, "main", "pequeno")
    (jd01,) = p.areas
    assert [(x.rol, x.correo) for x in jd01.admins_gained] == [("propietaria", "lucia.vega@ine.mx")]
    assert [(x.rol, x.correo) for x in jd01.admins_lost] == [("propietaria", "juan.perez@ine.mx")]
    assert [(a.plataforma, a.usuario) for a in jd01.accounts_added] == [("facebook", "INEjd01fb")]
    assert jd01.accounts_removed == []
    assert jd01.generic_requested == ["redes2.jd01@ine.mx"]
    assert [(c.usuario, c.roles) for c in jd01.access_widened] == [("INEjd01", ("titular",))]
    assert p.alerts == []


def test_big_change_is_called_out(repo: GitRepo) -> None:
    p = plan(repo.path, "main", "grande")
    by = {a.clave: a for a in p.areas}
    assert sorted(by) == ["jd01", "jd02", "jd03", "jd04"]
    lost = sorted((a.clave, x.rol, x.correo) for a in p.areas for x in a.admins_lost)
    assert lost == [
        ("jd01", "propietaria", "juan.perez@ine.mx"),
        ("jd02", "propietaria", "pedro.luna@ine.mx"),
        ("jd02", "suplente", "rosa.diaz@ine.mx"),
        ("jd04", "propietaria", "pedro.luna@ine.mx"),
        ("jd04", "suplente", "rosa.diaz@ine.mx"),
    ]
    gained = [(a.clave, x.correo) for a in p.areas for x in a.admins_gained]
    assert gained == [("jd01", "lucia.vega@ine.mx")]
    assert by["jd04"].status == "removed"
    assert (p.accounts_removed, p.accounts_total) == (2, 5)
    kinds = [(a.kind, a.params.get("clave")) for a in p.alerts]
    assert kinds == [
        ("sin_administradores", "jd02"),
        ("sin_administradores", "jd04"),
        ("cuentas_masivas", None),
        ("titular", "jd03"),
    ]
    assert p.catalogs == ["inventory/plataformas.yaml"]
    assert p.other_files == ["docs/nota.md"]


def test_markdown_calls_out_at_the_top(repo: GitRepo) -> None:
    res = CliRunner().invoke(
        main,
        ["diff", "--repo", str(repo.path), "--base", "main", "--head", "grande", "--format",
         "markdown"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    md = res.stdout
    assert md.startswith("<!-- ine-redes:diff -->\n## Plan del pull request")
    warning = md.index("La CNCS debe revisar dos veces")
    assert warning < md.index("### jd01")
    assert "el área jd02 se queda sin personas administradoras" in md
    assert "se eliminan 2 de 5 cuentas" in md
    assert "&lt;pedro.luna@ine.mx&gt;" in md  # an address is no mention (a word char before @)
    # The "other files" it counts, by name.
    assert "docs/nota.md" in md
    res = CliRunner().invoke(
        main, ["diff", "--repo", str(repo.path), "--base", "main", "--head", "grande",
               "--lang", "en", "--format", "markdown"],
    )  # fmt: skip
    assert "CNCS must look twice" in res.stdout


def test_plain_text_on_a_terminal_by_default(repo: GitRepo) -> None:
    res = CliRunner().invoke(
        main, ["diff", "--repo", str(repo.path), "--base", "main", "--head", "grande"]
    )
    assert res.exit_code == 0, res.output
    text = res.stdout
    assert text.startswith("Plan del pull request\ngrande (")
    for mark in ("<!--", "##", "**", "\\", "> [!WARNING]", "`"):
        assert mark not in text, mark
    assert "La CNCS debe revisar dos veces:\n  ! el área jd02 se queda sin personas" in text
    assert "pedro.luna@ine.mx" in text
    assert "Otros archivos fuera del inventario de áreas (1):\n  docs/nota.md" in text
    assert "Catálogos modificados: inventory/plataformas.yaml" in text


def test_json(repo: GitRepo) -> None:
    res = CliRunner().invoke(
        main,
        ["diff", "--repo", str(repo.path), "--base", "main", "--head", "pequeno", "--format",
         "json"],
    )  # fmt: skip
    data = json.loads(res.stdout)
    assert data["alerts"] == []
    (jd01,) = data["areas"]
    assert jd01["admins_gained"] == [
        {"rol": "propietaria", "nombre": "Lucía Vega", "correo": "lucia.vega@ine.mx"}
    ]
    assert jd01["admins_lost"] == [
        {"rol": "propietaria", "nombre": "Juan Pérez", "correo": "juan.perez@ine.mx"}
    ]


def test_markup_in_names_is_escaped(tmp_path: Path) -> None:
    r = GitRepo(tmp_path / "repo")
    r.write_area("jd01", area("jd01", titular_github="t", propietaria=JUAN, suplente=ANA))
    r.commit("base")
    r.branch("pr")
    evil = person(
        "*Eve* [x](https://e.example) <img src=x> @cncs-redes", "eve@ine.mx", "2026-01-15"
    )
    r.write_area("jd01", area("jd01", titular_github="t", propietaria=evil, suplente=ANA))
    r.commit("evil")
    res = CliRunner().invoke(
        main, ["diff", "--repo", str(r.path), "--base", "main", "--format", "markdown"]
    )
    md = res.stdout
    assert "<img" not in md and "[x](" not in md and "*Eve*" not in md
    assert "@&#8203;cncs-redes" in md  # the mention is broken (zero-width space)
    assert "@cncs-redes" not in md


def test_nothing_changed_and_missing_base(repo: GitRepo) -> None:
    res = CliRunner().invoke(main, ["diff", "--repo", str(repo.path), "--base", "main"])
    assert res.exit_code == 0 and "no cambia ningún archivo de área" in res.stdout
    res = CliRunner().invoke(main, ["diff", "--repo", str(repo.path), "--base", "origin/main"])
    assert res.exit_code == 2 and "fetch-depth: 0" in res.stderr


def test_an_account_is_followed_by_its_key_not_its_user_name(tmp_path: Path) -> None:
    """Issue 12 §2: ``diff`` uses the account key. Rewriting an address through an alias is
    no change; pointing the same ``usuario`` at another account is a removal and an addition
    (keyed by platform + user name, that swap used to be invisible)."""
    r = GitRepo(tmp_path / "repo")

    def jd01(url: str) -> str:
        account = {**cuenta("jd01", "INEjd01"), "url": url}
        return area("jd01", titular_github="mflopez-ine", propietaria=JUAN, suplente=ANA,
                    cuentas=[account])  # fmt: skip

    r.write_area("jd01", jd01("https://x.com/INEjd01"))
    r.commit("inventario", date="2026-11-01T10:00:00")
    r.branch("alias")
    r.write_area("jd01", jd01("https://twitter.com/inejd01/?s=20"))
    r.commit("alias", date="2026-11-02T10:00:00")
    r.checkout("main")
    r.branch("otra")
    r.write_area("jd01", jd01("https://x.com/INEjd01_falsa"))
    r.commit("otra cuenta", date="2026-11-02T10:00:00")
    (same,) = plan(r.path, "main", "alias").areas
    assert same.accounts_added == [] and same.accounts_removed == []
    (swap,) = plan(r.path, "main", "otra").areas
    assert [a.url for a in swap.accounts_removed] == ["https://x.com/INEjd01"]
    assert [a.url for a in swap.accounts_added] == ["https://x.com/INEjd01_falsa"]
