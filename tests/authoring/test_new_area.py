"""ine-redes new-area: a non-interactive run writes a file that validates clean."""

from __future__ import annotations

import functools
import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO_ROOT, validate
from validator.authoring.draft import why
from validator.cli import main
from validator.loading.yaml_emit import scalar
from validator.loading.yaml_loader import load_text

FECHA = date(2026, 11, 29)
SHA_A = "a1" * 32
SHA_B = "b2" * 32
SHA_C = "c3" * 32


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The shipped inventory, with CNCS's pre-registration of the new area (as it comes
    before a titular creates the file: the guide's own order)."""
    shutil.copytree(REPO_ROOT / "inventory", tmp_path / "inventory")
    preregister(
        tmp_path, "jd07ags", "Junta Distrital Ejecutiva 07 en Aguascalientes", "lbnunez-ine"
    )
    return tmp_path


def preregister(root: Path, clave: str, nombre: str, github: str) -> None:
    cncs = root / "inventory" / "cncs.yaml"
    text = cncs.read_text(encoding="utf-8")
    entry = f"altas:\n  {clave}:\n    nombre: {nombre}\n    titular_github: {github}\n"
    cncs.write_text(text.replace("altas:\n", entry, 1), encoding="utf-8")


def options(**overrides: str | None) -> list[str]:
    base: dict[str, str | None] = {
        "tipo": "junta_distrital",
        "entidad": "ags",
        "distrito": "7",
        "titular-nombre": "Laura Beatriz Núñez Ortiz",
        "titular-cargo": "Vocal Ejecutiva",
        "titular-correo": "laura.nunez@ine.mx",
        "titular-github": "lbnunez-ine",
        "propietaria-nombre": "Tomás Ignacio Rivera Luna",
        "propietaria-cargo": "Vocal Secretario",
        "propietaria-nivel": "medio",
        "propietaria-vinculo": "servidora_publica",
        "propietaria-correo": "tomas.rivera@ine.mx",
        "propietaria-telefono": "449 910 3000 ext. 4101",
        "propietaria-desde": "2026-11-23",
        "propietaria-responsiva-fecha": "2026-11-20",
        "propietaria-responsiva-documento": SHA_A,
        "suplente-nombre": "Elena Sofía Cruz Méndez",
        "suplente-cargo": "Jefa de Oficina de Comunicación",
        "suplente-nivel": "operativo",
        "suplente-vinculo": "servidora_publica",
        "suplente-correo": "elena.cruz@ine.mx",
        "suplente-telefono": "449 910 3000 ext. 4102",
        "suplente-desde": "2026-11-23",
        "suplente-responsiva-fecha": "2026-11-23",
        "suplente-responsiva-documento": SHA_B,
        "designacion-fecha": "2026-11-20",
        "designacion-oficio": "INE/JDE07-AGS/0100/2026",
        "designacion-documento": SHA_C,
        "designacion-remitida": "2026-11-23",
        "informe-fecha": "2026-11-24",
        "informe-oficio": "INE/JDE07-AGS/0101/2026",
    }
    base.update(overrides)
    args = ["--no-input", "--fecha", FECHA.isoformat()]
    for key, value in base.items():
        if value is not None:
            args += [f"--{key}", value]
    return args


ACCOUNTS = [
    "--correo-generico",
    "correo=redes.jd07ags@ine.mx,estado=asignado,tramita=propietaria,"
    "solicitado=2026-11-23,asignado=2026-11-25",
    "--correo-generico",
    "redes2.jd07ags@ine.mx",
    "--cuenta",
    "plataforma=x,usuario=INEJDE07Ags,url=https://x.com/INEJDE07Ags,"
    "asociacion=2026-11-26,notificada=2026-11-27,contrasena=2026-11-26,informado=2026-11-26",
    "--cuenta",
    "plataforma=facebook,usuario=INEJDE07Ags,correo=redes2.jd07ags@ine.mx,"
    "accesos=propietaria+suplente+titular",
    "--cuenta",
    "plataforma=youtube,usuario=@INEJDE07Ags",
]


def run(repo: Path, args: list[str], input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["new-area", *args, "--repo", str(repo)], input=input)
    return result.exit_code, result.output


def test_non_interactive_run_validates_clean(repo: Path) -> None:
    code, out = run(repo, options() + ACCOUNTS)
    assert code == 0, out
    target = repo / "inventory" / "areas" / "jd07ags.yaml"
    assert target.is_file()
    assert "sin hallazgos" in out
    result = validate(repo, FECHA, targets=frozenset({"inventory/areas/jd07ags.yaml"}))
    assert result.findings == []
    # The whole inventory stays clean too (no cross-area clash introduced).
    assert [f for f in validate(repo, FECHA).findings if f.severity.value == "error"] == []


def test_file_layout_comments_and_values(repo: Path) -> None:
    code, out = run(repo, options() + ACCOUNTS)
    assert code == 0, out
    text = (repo / "inventory" / "areas" / "jd07ags.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schemas/area.schema.json"
    assert 'telefono: "449 910 3000 ext. 4101"' in text
    assert "nivel_mando: medio               # superior | medio (4.2 III)" in text
    assert "vinculada_a_cuenta_externa: false" in text
    assert "accesos: [propietaria, suplente, titular]" in text
    keys = [line.split(":")[0] for line in lines if line and line[0].isalpha()]
    assert keys == [
        "version", "clave", "nombre", "tipo", "entidad", "distrito", "titular",
        "administradores", "designacion", "informes", "correos_genericos", "cuentas",
    ]  # fmt: skip
    data = load_text(text).data
    assert data["nombre"] == "Junta Distrital Ejecutiva 07 en Aguascalientes"
    assert data["clave"] == "jd07ags"
    assert data["administradores"]["propietaria"]["responsiva"]["documento"]["sha256"] == SHA_A
    assert data["administradores"]["suplente"]["responsiva"]["fecha"] == "2026-11-23"
    assert data["designacion"] == {
        "fecha": "2026-11-20",
        "oficio": "INE/JDE07-AGS/0100/2026",
        "remitida_cncs": "2026-11-23",
        "designa": {"propietaria": "tomas.rivera@ine.mx", "suplente": "elena.cruz@ine.mx"},
        "documento": {"sha256": SHA_C},
    }
    refs = ["x/INEJDE07Ags", "facebook/INEJDE07Ags", "youtube/INEJDE07Ags"]
    for rol in ("propietaria", "suplente"):
        assert data["administradores"][rol]["responsiva"]["cuentas"] == refs
    assert data["informes"] == [
        {"fecha": "2026-11-24", "tipo": "cambio", "oficio": "INE/JDE07-AGS/0101/2026"}
    ]
    assert [c["correo"] for c in data["correos_genericos"]] == [
        "redes.jd07ags@ine.mx",
        "redes2.jd07ags@ine.mx",
    ]
    assert data["correos_genericos"][1]["asignado"] == "2026-11-29"
    cuentas = data["cuentas"]
    assert [c["url"] for c in cuentas] == [
        "https://x.com/INEJDE07Ags",
        "https://www.facebook.com/INEJDE07Ags",
        "https://www.youtube.com/@INEJDE07Ags",
    ]
    assert cuentas[2]["usuario"] == "INEJDE07Ags"  # the @ is dropped
    assert cuentas[0]["asociacion"] == {"fecha": "2026-11-26", "notificada_cncs": "2026-11-27"}
    assert cuentas[1]["segundo_factor"] == {
        "activo": True,
        "dispositivo": "propietaria",
        "persona": "tomas.rivera@ine.mx",
        "desde": cuentas[1]["asociacion"]["fecha"],  # on her device since the association
    }
    assert cuentas[1]["contrasena"] == {
        "cambios": [{"fecha": "2026-11-29", "informado_titular": "2026-11-29"}]
    }
    # Every YAML 1.1 reader gets the same strings.
    assert yaml.safe_load(text)["administradores"]["propietaria"]["telefono"] == (
        "449 910 3000 ext. 4101"
    )


def test_document_given_as_a_file_is_hashed(repo: Path, tmp_path: Path) -> None:
    scan = tmp_path / "anexo1.pdf"
    scan.write_bytes(b"%PDF-1.4 firmado")
    code, out = run(repo, options(**{"designacion-documento": str(scan)}) + ACCOUNTS)
    assert code == 0, out
    data = load_text((repo / "inventory/areas/jd07ags.yaml").read_text(encoding="utf-8")).data
    expected = hashlib.sha256(b"%PDF-1.4 firmado").hexdigest()
    assert data["designacion"]["documento"]["sha256"] == expected


def test_defaults_only_need_the_essentials(repo: Path) -> None:
    """Dates default to --fecha, the generic address is suggested, documents left pending."""
    args = options(
        **{
            "propietaria-desde": None,
            "propietaria-responsiva-fecha": None,
            "propietaria-responsiva-documento": None,
            "suplente-desde": None,
            "suplente-responsiva-documento": None,
            "suplente-responsiva-fecha": None,
            "designacion-documento": None,
            "designacion-fecha": None,
            "designacion-remitida": None,
            "informe-fecha": None,
            "informe-oficio": None,
        }
    )
    code, out = run(repo, [*args, "--cuenta", "plataforma=x,usuario=INEJDE07Ags"])
    assert code == 0, out
    text = (repo / "inventory/areas/jd07ags.yaml").read_text(encoding="utf-8")
    data = load_text(text).data
    assert data["correos_genericos"][0]["correo"] == "redes.jd07ags@ine.mx"
    assert data["informes"][0]["oficio"] == "INE/JDE07-AGS/0100/2026"
    assert "documento" not in data["designacion"]
    assert text.count("# documento: PENDIENTE") == 3
    assert "ine-redes formatos registrar --area jd07ags --anexo 2 --rol suplente" in text
    rules = {
        f.rule
        for f in validate(repo, FECHA, targets=frozenset({"inventory/areas/jd07ags.yaml"})).findings
    }
    assert rules <= {"formato-designacion", "formato-responsiva"}
    assert "pendientes antes de abrir el PR" in out


def test_refuses_to_overwrite_an_existing_area(repo: Path) -> None:
    target = repo / "inventory/areas/jd01ags.yaml"
    before = target.read_bytes()
    code, out = run(repo, options(clave="jd01ags"))
    assert code == 1
    assert "ya existe" in out and "jd01ags" in out
    assert target.read_bytes() == before


def test_suggested_clave_refused_when_taken(repo: Path) -> None:
    code, out = run(repo, options(distrito="1"))
    assert code == 1
    assert "ya existe" in out


@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        ({"propietaria-nivel": "operativo"}, "4.2 III"),
        ({"suplente-nivel": "superior"}, "la suplente debe ser de mando medio u operativo"),
        ({"suplente-correo": "tomas.rivera@ine.mx"}, "dos personas distintas"),
        ({"propietaria-correo": "redes.jd07ags@ine.mx"}, "el correo propio de Tomás"),
        ({"titular-nombre": None}, "falta --titular-nombre"),
        (
            {"propietaria-telefono": "ext#12"},
            "'administradores.propietaria.telefono' no es un teléfono válido",
        ),
        ({"propietaria-desde": "15/01/2026"}, "AAAA-MM-DD"),
        ({"tipo": "junta"}, "los valores permitidos son: 'oficinas_centrales'"),
        ({"entidad": "xyz"}, "los valores permitidos son: 'ags'"),
        ({"distrito": "0"}, "fuera del rango permitido"),
        ({"titular-github": "-bad-"}, "'titular.github' no es una cuenta de GitHub válida"),
        ({"designacion-remitida": "2026-11-01"}, "antes de su fecha (2026-11-20)"),
        ({"designacion-documento": "/no/such/file.pdf"}, "SHA-256"),
    ],
)
def test_bad_answers_are_usage_errors(
    repo: Path, override: dict[str, str | None], fragment: str
) -> None:
    code, out = run(repo, options(**override) + ACCOUNTS)
    assert code == 2, out
    assert fragment in out
    assert not (repo / "inventory/areas/jd07ags.yaml").exists()


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--cuenta", "plataforma=myspace,usuario=x,url=https://myspace.com/x"], "catálogo"),
        (
            ["--cuenta", "plataforma=x,usuario=INEJDE07Ags,url=https://x.com.evil.com/INEJDE07Ags"],
            "https",
        ),
        (
            ["--cuenta", "plataforma=x,usuario=INEMexico,url=https://twitter.com/inemexico"],
            "ya está registrada",
        ),
        (["--cuenta", "plataforma=x,usuario=Otro,url=https://x.com/INEMexico/"], "área cncs"),
        (["--cuenta", "plataforma=x,usuario=INEJDE07Ags,segundo_factor=no"], "4.3 V"),
        (["--cuenta", "plataforma=x,usuario=INEJDE07Ags,accesos=propietaria+amigo"], "4.1 párr. 2"),
        (
            ["--cuenta", "plataforma=x,usuario=INEJDE07Ags,correo=redes9.jd07ags@ine.mx"],
            "no figura en correos_genericos",
        ),
        (["--cuenta", "plataforma=x,color=azul"], "clave desconocida"),
        (["--correo-generico", "redes.jd01ags@ine.mx"], "ya figura en el área jd01ags"),
        (["--correo-generico", "redes.cncs@ine.mx"], "ya figura en el área cncs"),
        (
            ["--correo-generico", "laura.nunez@ine.mx", "--cuenta", "plataforma=x,usuario=A1"],
            "el correo propio de Laura Beatriz Núñez Ortiz",
        ),
    ],
)
def test_bad_accounts_and_addresses(repo: Path, extra: list[str], fragment: str) -> None:
    code, out = run(repo, options() + extra)
    assert code == 2, out
    assert fragment in out


def test_duplicate_account_within_the_new_area(repo: Path) -> None:
    extra = [
        "--cuenta",
        "plataforma=x,usuario=INEJDE07Ags",
        "--cuenta",
        "plataforma=x,usuario=inejde07ags",
    ]
    code, out = run(repo, options() + extra)
    assert code == 2
    assert "ya está registrada" in out


def test_dry_run_writes_nothing(repo: Path) -> None:
    code, out = run(repo, [*options(), *ACCOUNTS, "--dry-run"])
    assert code == 0
    assert out.startswith("# yaml-language-server: $schema=../../schemas/area.schema.json")
    assert not (repo / "inventory/areas/jd07ags.yaml").exists()


def test_oficinas_centrales_without_entidad(repo: Path) -> None:
    args = options(tipo="oficinas_centrales", entidad=None, distrito=None, clave="utsi")
    args += ["--nombre", "Unidad Técnica de Servicios de Informática"]
    code, out = run(repo, args)
    assert code == 0, out
    data = load_text((repo / "inventory/areas/utsi.yaml").read_text(encoding="utf-8")).data
    assert "entidad" not in data and "distrito" not in data
    assert data["cuentas"] == []


def test_interactive_reprompts_with_spanish_message(repo: Path) -> None:
    """Bad answers at the prompt are explained and asked again."""
    args = [a for a in options() if a != "--no-input"]
    args += ["--clave", "jd07ags", "--nombre", "Junta Distrital Ejecutiva 07 en Aguascalientes"]
    # Remove the answers the test types in.
    for key in ("--propietaria-nivel", "--suplente-correo"):
        i = args.index(key)
        del args[i : i + 2]
    args += [
        "--correo-generico",
        "redes.jd07ags@ine.mx,estado=asignado,tramita=propietaria,solicitado=2026-11-23,asignado=2026-11-25",
    ]
    args += ["--cuenta", "plataforma=x,usuario=INEJDE07Ags"]
    typed = "\n".join(["operativo", "medio", "tomas.rivera@ine.mx", "elena.cruz@ine.mx"]) + "\n"
    typed += "\n" * 9  # the account's other answers: defaults
    typed += "y\n"  # write the file
    code, out = run(repo, args, input=typed)
    assert code == 0, out
    assert "la propietaria debe ser de mando superior o medio" in out
    assert "dos personas distintas" in out
    data = load_text((repo / "inventory/areas/jd07ags.yaml").read_text(encoding="utf-8")).data
    assert data["administradores"]["propietaria"]["nivel_mando"] == "medio"
    assert data["administradores"]["suplente"]["correo"] == "elena.cruz@ine.mx"


def test_interactive_from_scratch(repo: Path) -> None:
    """Every answer typed, defaults accepted with Enter."""
    answers = [
        "junta_local", "zac", "", "",  # tipo, entidad, clave (jlzac), nombre (suggested)
        "Pedro Luis Saucedo Mena", "Vocal Ejecutivo", "pedro.saucedo@ine.mx", "plsaucedo-ine",
        "Irma Leticia Robles Vega", "Vocal Secretaria", "medio", "", "irma.robles@ine.mx",
        "492 922 0000 ext. 100", "", "", "",
        "Joel Adrián Castro Díaz", "Enlace de Comunicación", "operativo", "", "joel.castro@ine.mx",
        "492 922 0000 ext. 101", "", "", "",
        "", "INE/JLE-ZAC/0500/2026", "", "",  # designacion
        "", "",  # informe
        "", "", "", "", "", "n",  # one generic address, no more
        "y", "instagram", "inejlezac", "", "", "", "", "y", "", "", "", "n",  # one account
        "y",  # write the file
    ]  # fmt: skip
    code, out = run(repo, ["--fecha", FECHA.isoformat()], input="\n".join(answers) + "\n")
    assert code == 0, out
    text = (repo / "inventory/areas/jlzac.yaml").read_text(encoding="utf-8")
    data = load_text(text).data
    assert data["nombre"] == "Junta Local Ejecutiva en Zacatecas"
    assert data["cuentas"][0]["url"] == "https://www.instagram.com/inejlezac"
    rules = {
        f.rule
        for f in validate(repo, FECHA, targets=frozenset({"inventory/areas/jlzac.yaml"})).findings
    }
    assert rules <= {"formato-designacion", "formato-responsiva"}


@pytest.mark.parametrize(
    "value",
    ["no", "Yes", "on", "OFF", "y", "N", "~", "null", "true", "0123", "1:30", "1e3", "0x1F",
     "0o17", ".inf", "2026-01-15", "@usuario", "a: b", "x #y", "- x", "[x]", "{x}", "x,y",
     "'x'", '"x"', "  x", "x  ", "%x", "!x", "&x", "*x", "|", ">", "?", "Núñez", "ext. 12",
     "=x", "a\\b", "tab\there"],
)  # fmt: skip
def test_scalar_round_trips_in_every_reader(value: str) -> None:
    text = f"k: {scalar(value)}\n"
    assert yaml.safe_load(text) == {"k": value}, text
    assert load_text(text).data == {"k": value}, text


@functools.cache
def _inventory():  # type: ignore[no-untyped-def]
    from validator.loading.inventory import load_inventory

    return load_inventory(REPO_ROOT)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
)
def test_any_text_value_round_trips_through_the_template(value: str) -> None:
    """Whatever a person types as a name, position or oficio comes back unchanged."""
    from validator.authoring.area_file import (
        Admin,
        Invalid,
        NewArea,
        Titular,
        check_text,
        render_area,
    )
    from validator.authoring.draft import Draft

    draft = Draft(_inventory(), FECHA, "es")
    text_value = " ".join(value.split())  # as the wizard reads a typed line
    try:
        draft.answer(("nombre",), text_value)
        if len(text_value) >= 3:
            draft.answer(("designacion", "oficio"), text_value)
    except Invalid:
        return  # refused with a message at the prompt; never written
    admin = Admin("propietaria", text_value, text_value, "medio", "servidora_publica",
                  "a.b@ine.mx", "449 910 0000", FECHA, FECHA, None)  # fmt: skip
    suplente = Admin("suplente", "Otra Persona", "Cargo", "operativo", "servidora_publica",
                     "c.d@ine.mx", "449 910 0001", FECHA, FECHA, None)  # fmt: skip
    area = NewArea(
        clave="jd07ags", nombre=text_value, tipo="junta_distrital", entidad="ags", distrito=7,
        titular=Titular(text_value, text_value, "t.t@ine.mx", "tt-ine"),
        propietaria=admin, suplente=suplente, designacion_fecha=FECHA,
        designacion_oficio=text_value, designacion_remitida=FECHA, designacion_sha256=None,
        informe_fecha=FECHA, informe_oficio=text_value,
    )  # fmt: skip
    rendered = render_area(area)
    if len(text_value) >= 3:  # shorter is not an oficio; the checker asks again
        assert check_text(rendered, "jd07ags") == []
    data = load_text(rendered).data
    assert data["nombre"] == text_value
    assert data["titular"]["cargo"] == text_value
    assert data["administradores"]["propietaria"]["nombre"] == text_value
    assert yaml.safe_load(rendered)["nombre"] == text_value


def test_invisible_characters_are_refused(repo: Path) -> None:
    code, out = run(repo, options(**{"titular-nombre": "Laura\u202eNúñez"}))
    assert code == 2
    assert "invisible" in out and "U+202E" in out


def test_interactive_summary_can_be_declined(repo: Path) -> None:
    args = [a for a in options() if a != "--no-input"]
    args += ["--clave", "jd07ags", "--nombre", "Junta Distrital Ejecutiva 07 en Aguascalientes"]
    args += ["--correo-generico", "redes.jd07ags@ine.mx"]
    code, out = run(repo, args, input="\n" * 4 + "n\n" + "n\n")  # address defaults, no account
    assert code == 1
    assert "— Resumen —" in out and "propietaria: Tomás Ignacio Rivera Luna (medio)" in out
    assert "cancelado" in out
    assert not (repo / "inventory/areas/jd07ags.yaml").exists()


def test_next_steps_name_the_commands(repo: Path) -> None:
    args = options(**{"designacion-documento": None})
    code, out = run(repo, [*args, "--cuenta", "plataforma=x,usuario=INEJDE07Ags"])
    assert code == 0, out
    assert "ine-redes formatos anexo1 --area jd07ags" in out
    assert "ine-redes formatos registrar --area jd07ags --anexo 1 ANEXO1.pdf --copiar" in out


# ------------------------------------------------------------- the wizard uses the rules


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Jalisco", "jal"), ("jalisco", "jal"), ("Estado de México", "mex"), ("estado de mexico",
     "mex"), ("Ciudad de México", "cdmx"), ("CDMX", "cdmx"), ("Nuevo León", "nl")],
)  # fmt: skip
def test_entity_names_are_accepted(repo: Path, typed: str, code: str) -> None:
    out_code, out = run(repo, [*options(entidad=typed, distrito="3"), "--dry-run"])
    assert out_code == 0, out
    data = load_text(out[out.index("# yaml-language-server") :]).data
    assert data["entidad"] == code
    assert data["clave"] == f"jd03{code}"


@pytest.mark.parametrize(
    ("typed", "key"),
    [("Twitter", "x"), ("X", "x"), ("Facebook", "facebook"), ("youtube", "youtube")],
)
def test_platform_names_are_accepted(repo: Path, typed: str, key: str) -> None:
    args = [*options(), "--cuenta", f"plataforma={typed},usuario=INEJDE07Ags", "--dry-run"]
    code, out = run(repo, args)
    assert code == 0, out
    data = load_text(out[out.index("# yaml-language-server") :]).data
    assert data["cuentas"][0]["plataforma"] == key


def test_a_password_change_validate_rejects_is_rejected_with_the_rule_message(repo: Path) -> None:
    cuenta = "plataforma=x,usuario=INEJDE07Ags,asociacion=2026-08-01,notificada=2026-08-01,"
    code, refused = run(repo, [*options(), "--cuenta", cuenta + "contrasena=2026-08-01"])
    assert code == 2
    assert "[rotacion-contrasena; 4.3 VIII; 4.4 III]" in refused
    # The same date, as `validate` sees it in a written file: the same rule, the same words.
    code, out = run(repo, [*options(), "--cuenta", cuenta + "contrasena=2026-10-15"])
    assert code == 0, out
    path = repo / "inventory/areas/jd07ags.yaml"
    text = path.read_text(encoding="utf-8").replace("2026-10-15", "2026-08-01")
    path.write_text(text, encoding="utf-8")
    messages = [f.message("es") for f in validate(repo, FECHA, ("rotacion-contrasena",)).findings]
    assert len(messages) == 1
    assert messages[0] in " ".join(refused.split())
    assert "2026-10-01" in messages[0]  # due two months after the last change


def test_a_duplicate_account_names_the_area_that_holds_it(repo: Path) -> None:
    code, out = run(repo, [*options(), "--cuenta", "plataforma=x,usuario=INEMexico"])
    assert code == 2
    assert "cncs" in out and "cuenta-duplicada" in out


def test_warnings_are_shown_and_the_answer_kept(repo: Path) -> None:
    args = [*options(), "--correo-generico", "comunicacion.jd07ags@ine.mx", "--dry-run"]
    code, out = run(repo, args)
    assert code == 0, out
    assert "Aviso: El correo genérico 'comunicacion.jd07ags@ine.mx' no sigue el patrón" in out


def test_an_empty_required_answer_says_why(repo: Path) -> None:
    code, out = run(repo, options(**{"titular-nombre": None}))
    assert code == 2
    assert "falta --titular-nombre" in out and "esta respuesta es obligatoria: " in out
    assert why(("titular", "nombre")) in " ".join(out.split())
    # Interactively: Enter on a question without a default explains and asks again.
    args = [a for a in options(**{"titular-nombre": None}) if a != "--no-input"]
    args += ["--clave", "jd07ags", "--nombre", "Junta Distrital Ejecutiva 07 en Aguascalientes"]
    args += ["--correo-generico", "redes.jd07ags@ine.mx"]
    typed = "\nLaura Beatriz Núñez Ortiz\n" + "\n" * 4 + "n\n" + "n\n"
    code, out = run(repo, args, input=typed)
    assert "Error: esta respuesta es obligatoria: " in out
    assert code == 1 and "cancelado" in out


def test_every_rule_is_used_by_the_wizard_or_says_why_not() -> None:
    """A new rule must be wired to the question it judges (or listed as not asked)."""
    from validator.authoring import wizard
    from validator.rules import registry

    source = Path(wizard.__file__).read_text(encoding="utf-8")
    start = source.index("NOT_ASKED: dict[str, str] = {")
    source = source[:start] + source[source.index("}\n", start) :]
    used = {r for r in registry() if f'"{r}"' in source}
    if '(f"nivel-{rol}",)' in source:
        used |= {"nivel-propietaria", "nivel-suplente"}
    missing = set(registry()) - used - set(wizard.NOT_ASKED)
    assert not missing, f"wire these rules to a question or explain them in NOT_ASKED: {missing}"
    assert not set(wizard.NOT_ASKED) & used


def test_missing_hashes_point_to_formatos_registrar(repo: Path) -> None:
    args = options(**{"designacion-documento": None, "suplente-responsiva-documento": None})
    code, out = run(repo, args)
    assert code == 0, out
    flat = " ".join(out.split())
    assert "`ine-redes formatos registrar --area jd07ags --anexo 1 ESCANEO.pdf --copiar`" in flat
    assert (
        "`ine-redes formatos registrar --area jd07ags --anexo 2 --rol suplente ESCANEO.pdf "
        "--copiar`" in flat
    )
    assert "sha256sum" not in out


def test_a_preregistered_area_prefills_its_name_and_titular_account(repo: Path) -> None:
    """CNCS's alta (inventory/cncs.yaml) gives the answers the pull request must carry."""
    args = options(nombre=None, **{"titular-github": None})
    code, out = run(repo, [*args, "--cuenta", "plataforma=x,usuario=INEJDE07Ags"])
    assert code == 0, out
    data = load_text((repo / "inventory/areas/jd07ags.yaml").read_text(encoding="utf-8")).data
    assert data["nombre"] == "Junta Distrital Ejecutiva 07 en Aguascalientes"
    assert data["titular"]["github"] == "lbnunez-ine"
    assert "no ha preregistrado" not in out


def test_an_area_not_preregistered_is_warned_about(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "inventory", tmp_path / "inventory")
    code, out = run(tmp_path, [*options(), "--cuenta", "plataforma=x,usuario=INEJDE07Ags"])
    assert code == 0, out
    assert (
        "Aviso: la CNCS no ha preregistrado el área «jd07ags» (altas de inventory/cncs.yaml)" in out
    )
    code, out = run(tmp_path, [*options(clave="jd08ags"), "--lang", "en", "--dry-run"])
    assert "Warning: CNCS has not pre-registered area 'jd08ags'" in out


def test_an_answer_other_than_the_preregistration_is_warned_about(repo: Path) -> None:
    """autorizacion refuses an alta whose nombre or titular.github differ from CNCS's alta:
    the wizard says so while the titular can still answer again."""
    code, out = run(repo, [*options(), *ACCOUNTS])
    assert code == 0, out
    assert "preregistró" not in out
    (repo / "inventory/areas/jd07ags.yaml").unlink()
    other = options(nombre="Junta 07", **{"titular-github": "otra-cuenta"})
    code, out = run(repo, [*other, *ACCOUNTS, "--dry-run"])
    assert code == 0, out
    flat = " ".join(out.split())
    assert "Aviso: la CNCS preregistró el área «jd07ags» con nombre «Junta Distrital" in flat
    assert "con titular.github «lbnunez-ine»" in flat
    code, out = run(repo, [*options(**{"titular-github": "LBNunez-INE"}), *ACCOUNTS, "--dry-run"])
    assert "preregistró" not in out  # GitHub logins are case-insensitive


def test_a_future_date_of_something_done_is_refused(repo: Path) -> None:
    cuenta = "plataforma=x,usuario=INEJDE07Ags,asociacion=2026-08-01,notificada=2026-08-01,"
    code, out = run(repo, [*options(), "--cuenta", cuenta + "contrasena=2027-10-15"])
    assert code == 2  # a year typed wrong: the change would not count, and it says why
    assert "[fecha-futura; 4.2 IV; 4.3 VIII]" in out and "2027-10-15" in out
    code, out = run(repo, [*options(), "--cuenta", cuenta + "contrasena=2026-10-15"])
    assert code == 0, out
