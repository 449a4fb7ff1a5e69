"""Edge cases of the account and address rules that fixtures cannot show on their own:
the helpers' verdicts, and cross-area rules when only some files are validated."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO_ROOT, contract_area, make_inventory, validate
from tests.rules.test_rule_fixtures import RULE_FIXTURES, _load_fixture
from validator.accounts import Identities, Unusable
from validator.loading.inventory import load_inventory
from validator.rules.cuenta_plataforma import url_problem
from validator.rules.dominio_institucional import domain_problem
from validator.rules.patron_correo_generico import compiled_pattern

IDS = Identities(load_inventory(REPO_ROOT).plataformas)
FACEBOOK, X, TELEGRAM = "facebook", "x", "telegram"


@pytest.mark.parametrize(
    ("url", "pattern", "key"),
    [
        ("https://www.facebook.com/INEMexico", FACEBOOK, None),
        ("https://facebook.com/INEMexico", FACEBOOK, None),
        ("https://twitter.com/INEMexico", X, None),
        ("https://t.me/INEMexico", TELEGRAM, None),
        ("http://www.facebook.com/INEMexico", FACEBOOK, "scheme"),
        ("javascript:alert(1)", FACEBOOK, "scheme"),
        ("JavaScript://www.facebook.com/%0aalert(1)", FACEBOOK, "scheme"),
        ("data:text/html,hola", FACEBOOK, "scheme"),
        ("www.facebook.com/INEMexico", FACEBOOK, "scheme"),
        ("https://user:pass@www.facebook.com/INEMexico", FACEBOOK, "credentials"),
        ("https://www.facebook.com@evil.example/INEMexico", FACEBOOK, "credentials"),
        ("https://www.facebook.com:443/INEMexico", FACEBOOK, "port"),
        ("https://m.facebook.com/INEMexico", FACEBOOK, None),
        ("https://twitter.com/INEMexico", FACEBOOK, "other_host"),
        ("https://www.facebook.com/INEMexico/../Otra", FACEBOOK, "ambiguous"),
        ("https://www.facebook.com/INEMexico/%2E%2e/Otra", FACEBOOK, "ambiguous"),
        ("https://www.facebook.com/INEMexico/..%2FOtra", FACEBOOK, "ambiguous"),
        ("https://www.facebook.com/profile.php?id=1&id=2", FACEBOOK, "ambiguous"),
        ("https://www.facebook.com/profile.php?id=1", FACEBOOK, None),
        ("https://www.facebook.com/profile.php", FACEBOOK, "pattern"),
        ("https://www.facebook.com/groups/INEMexico", FACEBOOK, "pattern"),
        ("https://x.com/home", X, "pattern"),
        ("https://www.facebook.com.evil.example/INEMexico", FACEBOOK, "other_host"),
        ("https://evil.example/www.facebook.com/INEMexico", FACEBOOK, "other_host"),
        ("https://www.facebook.com./INEMexico", FACEBOOK, "other_host"),
        ("https://t.me.evil.example/INEMexico", TELEGRAM, "other_host"),
        ("https://www.f\u0430cebook.com/INEMexico", FACEBOOK, "host_unicode"),
        ("https://www.facebook.com/", FACEBOOK, "pattern"),
        ("https://www.facebook.com/INE Mexico", FACEBOOK, "malformed"),
        ("https://www.facebook.com\\@evil.example/x", FACEBOOK, "malformed"),
        ("https:///www.facebook.com/INEMexico", FACEBOOK, "malformed"),
        ("https://[::1]/INEMexico", FACEBOOK, "malformed"),
        ("https://www.xn--fcebook-8va.com/INEMexico", FACEBOOK, "host_unicode"),
        # unknown platform: only the generic checks
        ("https://myspace.example/ine", None, None),
        ("http://myspace.example/ine", None, "scheme"),
    ],
)
def test_url_problem(url: str, pattern: str | None, key: str | None) -> None:
    found = url_problem(url, pattern, IDS)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("redes.jd01ags@ine.mx", None),
        ("Redes.JD01AGS@INE.MX", None),
        ("redes.jd01ags@ine.m\u0445", "non_ascii"),  # Cyrillic kha
        ("redes.jd01ags@\u0456ne.mx", "non_ascii"),  # Cyrillic i
        ("redes.jd01ags@xn--ne-7ka.mx", "punycode"),
        ("redes.jd01ags@ine.mx.", "trailing_dot"),
        ("redes.jd01ags@ine.mx.evil.com", "prefix"),
        ("redes.jd01ags@correo.ine.mx", "subdomain"),
        ("redes.jd01ags@evil-ine.mx", "lookalike"),
        ("redes.jd01ags@gmail.com", "other"),
        ("sin-arroba", "other"),
    ],
)
def test_domain_problem(address: str, key: str | None) -> None:
    found = domain_problem(address, "ine.mx")
    assert (found[0] if found else None) == key


def test_homoglyph_message_names_the_character() -> None:
    found = domain_problem("a@ine.m\u0445", "ine.mx")
    assert found is not None and "CYRILLIC SMALL LETTER HA" in found[1]["chars"]


def test_account_key_normalisation() -> None:
    same = {
        IDS.key_of_account("facebook", "INEMexico", u)
        for u in (
            "https://www.facebook.com/INEMexico",
            "http://facebook.com/INEMexico/",
            "https://WWW.FACEBOOK.COM/INEMexico",
            " https://facebook.com./INEMexico ",
        )
    }
    assert len(same) == 1
    assert IDS.key_of_url("https://facebook.com/INEMexico") != IDS.key_of_url(
        "https://facebook.com/Otra"
    )
    assert IDS.key_of_usuario("x", "@INEMexico") == IDS.key_of_usuario("x", "inemexico")


def test_generic_pattern_escapes_the_clave() -> None:
    regex = compiled_pattern(r"^redes[0-9]*\.{clave}@ine\.mx$", "jd01ags")
    assert regex is not None and regex.fullmatch("redes2.jd01ags@ine.mx")
    assert compiled_pattern("^{clave}$", "a.b") is not None
    assert compiled_pattern("^{clave}$", "a.b").fullmatch("axb") is None  # type: ignore[union-attr]


def _jd02(text: str) -> str:
    for old, new in (
        ("clave: jd01ags", "clave: jd02ags"),
        ("distrito: 1 ", "distrito: 2 "),
        ("maria.lopez@ine.mx", "ricardo.montoya@ine.mx"),
        ("juan.perez@ine.mx", "lucia.robles@ine.mx"),
        ("ana.ramirez@ine.mx", "oscar.valdivia@ine.mx"),
    ):
        text = text.replace(old, new)
    return text


def test_duplicate_account_reported_on_the_first_file_when_only_it_is_targeted(
    tmp_path: Path,
) -> None:
    # jd02ags (later in name order) holds the clash, but the PR only touches jd01ags.
    jd02 = _jd02(contract_area()).replace("redes.jd01ags@ine.mx", "redes.jd02ags@ine.mx")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": jd02})
    whole = validate(root, select=("cuenta-duplicada",))
    assert {f.file for f in whole.findings} == {"inventory/areas/jd02ags.yaml"}
    assert len(whole.findings) == 2
    first_only = validate(
        root, select=("cuenta-duplicada",), targets=frozenset({"inventory/areas/jd01ags.yaml"})
    )
    assert {f.file for f in first_only.findings} == {"inventory/areas/jd01ags.yaml"}
    assert len(first_only.findings) == 2
    assert "jd02ags.yaml" in first_only.findings[0].message("es")


def test_shared_generic_address_reported_on_the_targeted_first_file(tmp_path: Path) -> None:
    jd02 = _jd02(contract_area()).replace("INEJDE01Ags", "INEJDE02Ags")
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": jd02})
    targets = frozenset({"inventory/areas/jd01ags.yaml"})
    result = validate(root, select=("correo-generico-unico",), targets=targets)
    assert [(f.file, f.line) for f in result.findings] == [("inventory/areas/jd01ags.yaml", 59)]
    assert "jd02ags" in result.findings[0].message("en")


def test_personal_address_of_an_untargeted_area_is_still_seen(tmp_path: Path) -> None:
    jd02 = (
        _jd02(contract_area())
        .replace("INEJDE01Ags", "INEJDE02Ags")
        .replace("redes.jd01ags@ine.mx", "redes.jd02ags@ine.mx")
        .replace(
            "correo_asociado: redes.jd02ags@ine.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-18",
            "correo_asociado: maria.lopez@ine.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-18",
        )
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), "jd02ags.yaml": jd02})
    targets = frozenset({"inventory/areas/jd02ags.yaml"})
    result = validate(root, select=("correo-generico",), targets=targets)
    assert [f.file for f in result.findings] == ["inventory/areas/jd02ags.yaml"]
    assert "María Fernanda López Ruiz" in result.findings[0].message("es")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_helpers_never_raise_on_any_text(text: str) -> None:
    url_problem(text, FACEBOOK, IDS)
    url_problem("https://" + text, X, IDS)
    with contextlib.suppress(Unusable):  # never any other exception
        IDS.key_of_url(text)
    domain_problem(text, "ine.mx")
    domain_problem("a@" + text, "ine.mx")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20))
def test_only_the_exact_domain_passes(domain: str) -> None:
    found = domain_problem(f"redes.jd01ags@{domain}", "ine.mx")
    assert (found is None) == (domain.isascii() and domain.lower() == "ine.mx")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_an_accepted_facebook_url_is_on_facebook(path: str) -> None:
    url = "https://www.facebook.com/" + path
    if url_problem(url, FACEBOOK, IDS) is None:
        assert urlsplit(url).hostname == "www.facebook.com"


MY_RULES = (
    "cuenta-plataforma", "cuenta-duplicada", "dominio-institucional", "sin-cuenta-externa",
    "vinculo-institucional", "acceso-autorizado", "correo-generico", "correo-asignado",
    "correo-generico-unico", "asociacion-notificada", "segundo-factor",
    "patron-correo-generico", "documento-integro",
)  # fmt: skip


@pytest.mark.parametrize("rule_id", MY_RULES)
def test_messages_fill_every_placeholder_in_both_languages(rule_id: str, tmp_path: Path) -> None:
    """Every failing fixture's findings render fully: no '{name}' left, es and en differ."""
    seen = 0
    for fixture in sorted((RULE_FIXTURES / rule_id).glob("fail*")):
        areas, catalogs, as_of, _ = _load_fixture(fixture)
        root = make_inventory(tmp_path / fixture.stem, areas, catalogs=catalogs)
        for finding in validate(root, as_of=as_of).findings:
            if finding.rule != rule_id:
                continue
            seen += 1
            es, en = finding.message("es"), finding.message("en")
            assert not re.search(r"\{[a-z_]+\}", es + en), (es, en)
            assert es != en
    assert seen > 0
