"""ine-redes verify: every sample account under every URL variant; look-alikes rejected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from tests.conftest import REPO_ROOT
from validator.accounts import (
    AccountKey,
    Identities,
    Registry,
    Unusable,
    handle_key,
    registry_of,
)
from validator.cli import main
from validator.loading.inventory import load_inventory


@pytest.fixture(scope="module")
def sample_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    return root


@pytest.fixture(scope="module")
def registry(sample_root: Path) -> Registry:
    inventory = load_inventory(sample_root)
    return registry_of(inventory.valid_areas, inventory.plataformas)


def _sample_accounts() -> list[tuple[str, str, str]]:
    inventory = load_inventory(REPO_ROOT)
    out = []
    for source in inventory.area_files:
        if source.model is not None:
            for c in source.model.cuentas:
                out.append((c.plataforma, c.usuario, c.url))
    return out


def swap_case(text: str) -> str:
    return text.swapcase()


def url_variants(url: str) -> list[str]:
    """Ways people write the same address."""
    parts = urlsplit(url)
    host, path = parts.hostname or "", parts.path
    bare = host.removeprefix("www.")
    hosts = {host, bare, "www." + bare, "m." + bare, host.upper()}
    if bare == "x.com":
        hosts |= {"twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"}
    if bare.startswith("threads."):
        hosts |= {"www.threads.com", "threads.net"}
    paths = {path, path + "/", path.lower(), path.upper() if "channel" not in path else path}
    out: set[str] = set()
    for h in hosts:
        for p in paths:
            for scheme in ("https://", "http://", ""):
                out.add(f"{scheme}{h}{p}")
            out.add(f"https://{h}{p}?utm_source=ine&ref=bio")
            out.add(f"https://{h}{p}#posts")
    out.add(url + "/posts/123")
    return sorted(out)


SAMPLE = _sample_accounts()


def test_sample_has_accounts() -> None:
    assert len(SAMPLE) >= 15


@pytest.mark.parametrize(
    ("plataforma", "usuario", "url"), SAMPLE, ids=[f"{p}:{u}" for p, u, _ in SAMPLE]
)
def test_every_account_recognised_under_each_variant(
    registry: Registry, plataforma: str, usuario: str, url: str
) -> None:
    for variant in url_variants(url):
        verdict = registry.verify(variant)
        assert verdict.official, (variant, verdict)
        assert any(m.url == url and m.plataforma == plataforma for m in verdict.matches), variant
    for handle in (usuario, "@" + usuario, "@" + usuario.upper(), usuario.lower()):
        verdict = registry.verify(handle, plataforma)
        assert verdict.official, handle
        assert [m.url for m in verdict.matches] == [url]


LOOK_ALIKES = [
    "INEMexic0",
    "@INEMexic0",
    "@INE_Mexico",
    "https://x.com/INEMexic0",
    "https://x.com/INEMexico_",
    "https://x.com/INEMexico.mx",
    "x.com.evil.com/INEMexico",
    "https://x.com.evil.com/INEMexico",
    "https://evil.com/x.com/INEMexico",
    "https://x.com@evil.com/INEMexico",
    "https://user:pass@x.com/INEMexico",
    "https://x.com:8443/INEMexico",
    "ftp://x.com/INEMexico",
    "javascript://x.com/INEMexico",
    "https://x.co/INEMexico",
    "https://facebook.com.mx/INEMexico",
    "https://faceb00k.com/INEMexico",
    "https://xn--facebok-y0a.com/INEMexico",
    "https://x.com/\u0406NEMexico",  # Cyrillic capital I
    "https://x.com/INEM\u0435xico",  # Cyrillic small ie
    "\uff29\uff2e\uff25Mexico",  # fullwidth INE
    "@\u0456nemexico",
    "https://x.com/%D0%86NEMexico",  # percent-encoded Cyrillic I
    "https://x.com/",
    "https://www.facebook.com/profile.php",
    "",
    "INE Mexico",
]


@pytest.mark.parametrize("query", LOOK_ALIKES)
def test_look_alikes_rejected(registry: Registry, query: str) -> None:
    assert not registry.verify(query).official


def test_handle_on_another_platform_is_not_official(registry: Registry) -> None:
    assert registry.verify("@INEMexico", "x").official
    assert not registry.verify("@INEMexico", "linkedin").official
    assert not registry.verify("https://x.com/INEMexico", "facebook").official


def test_keys() -> None:
    ids = Identities(load_inventory(REPO_ROOT).plataformas)
    key = ids.key_of_url
    assert key("https://twitter.com/INEMexico") == AccountKey("x", "inemexico")
    assert key("m.facebook.com/INEMexico/about?x=1") == AccountKey("facebook", "inemexico")
    assert key("https://www.facebook.com/profile.php?id=100064") == AccountKey(
        "facebook", "profile.php?id=100064"
    )
    assert key("https://www.facebook.com/people/INE-Mexico/100064/") == AccountKey(
        "facebook", "profile.php?id=100064"
    )
    assert key("https://youtube.com/@INEMexico/videos") == key("https://m.youtube.com/@inemexico")
    # Channel IDs are case-sensitive.
    assert key("https://youtube.com/channel/UCabc") != key("https://youtube.com/channel/UCABC")
    assert key("https://WWW.X.COM./INEMexico") == AccountKey("x", "inemexico")
    assert key("https://t.me/s/INEMexico") == key("https://telegram.me/inemexico")
    assert handle_key("@INEMexico ") == "inemexico"
    assert ids.key_of_usuario("youtube", "@INEMexico") == AccountKey("youtube", "@inemexico")
    assert ids.address_of_usuario("tiktok", "@inemexico") == "https://www.tiktok.com/@inemexico"
    for bad, code in [
        ("https://x.com@evil.com/a", "credenciales"),
        ("https://x.com:81/a", "puerto"),
        ("ftp://x.com/a", "esquema"),
        ("https://x.com/\u0406", "no_ascii"),
        ("https://x.com", "sin_identidad"),
        ("https://x.com.evil.com/INEMexico", "dominio_desconocido"),
        ("https://x.com/INEMexico/..%2Fevil", "ruta_ambigua"),
        ("https://facebook.com/profile.php?id=1&id=2", "ambigua"),
        ("https://x.com/INE%zzMexico", "codificacion"),
        ("https://x.com/INE%C0%AFMexico", "codificacion"),
    ]:
        with pytest.raises(Unusable) as info:
            key(bad)
        assert info.value.code == code, bad


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["verify", *args, "--repo", str(root)])
    return result.exit_code, result.output


def test_cli_text_and_exit_codes(sample_root: Path) -> None:
    code, out = _run(sample_root, "http://www.Twitter.com/inemexico/?s=20")
    assert code == 0
    assert "OFICIAL" in out and "https://x.com/INEMexico" in out
    assert "Coordinación Nacional de Comunicación Social (cncs)" in out
    code, out = _run(sample_root, "x.com.evil.com/INEMexico")
    assert code == 1
    assert "NO OFICIAL" in out and "dominio" in out
    code, out = _run(sample_root, "https://x.com/\u0406NEMexico", "--lang", "en")
    assert code == 1
    assert "NOT OFFICIAL" in out and "non-ASCII" in out


def test_cli_json(sample_root: Path) -> None:
    code, out = _run(sample_root, "@inejd01ags", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["official"] is False and data["matches"] == []
    code, out = _run(sample_root, "@INEJDE01Ags", "--format", "json", "--plataforma", "x")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1 and data["official"] is True
    assert data["matches"] == [
        {
            "clave": "jd01ags",
            "area": "Junta Distrital Ejecutiva 01 en Aguascalientes",
            "plataforma": "x",
            "plataforma_nombre": "X",
            "usuario": "INEJDE01Ags",
            "url": "https://x.com/INEJDE01Ags",
        }
    ]


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_cli_empty_query_is_usage_error(sample_root: Path, query: str) -> None:
    code, out = _run(sample_root, query)
    assert code == 2  # nothing to look up: not a verdict of "not official"
    assert "indique la dirección o el usuario de la cuenta" in out and "NO OFICIAL" not in out
    code, out = _run(sample_root, query, "--lang", "en")
    assert code == 2 and "give the account's address or handle" in out


def test_cli_unknown_platform_is_usage_error(sample_root: Path) -> None:
    code, out = _run(sample_root, "@INEMexico", "--plataforma", "myspace")
    assert code == 2
    assert "plataforma desconocida" in out


def test_invalid_area_files_are_named(sample_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(sample_root / "inventory", root / "inventory")
    bad = root / "inventory/areas/jlags.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace("version: 1", "version: 9"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["verify", "@INEJLEAgs", "--repo", str(root)])
    assert result.exit_code == 1
    assert "inventory/areas/jlags.yaml" in result.output
    assert "1 archivo de área con errores no se consultó" in result.output
    english = (
        CliRunner()
        .invoke(main, ["verify", "@INEJLEAgs", "--repo", str(root), "--lang", "en"])
        .output
    )
    assert "1 invalid area file was not consulted" in english
    assert "(s)" not in result.output + english


@pytest.mark.parametrize(
    "query",
    [
        "https://x.com/INEMexico/../evil",  # a browser opens x.com/evil
        "https://x.com/INEMexico/%2e%2E/evil",
        "https://x.com/INEMexico/..%2Fevil",  # a server may decode %2F and then resolve
        "https://x.com/INEMexico\\..\\evil",  # backslashes are slashes to a browser
    ],
)
def test_traversal_is_not_the_official_account(sample_root: Path, query: str) -> None:
    """Issue 12 §2: ``verify 'https://x.com/INEMexico/../evil'`` said OFICIAL."""
    code, out = _run(sample_root, query)
    assert code == 1, out
    assert out.startswith("NO OFICIAL")


def test_same_account_through_alias_and_noise(sample_root: Path) -> None:
    code, out = _run(sample_root, "https://mobile.twitter.com/inemexico/status/1?locale=es_LA")
    assert code == 0 and "https://x.com/INEMexico" in out
    code, out = _run(sample_root, "https://x.com/INEMexico", "--format", "json")
    assert json.loads(out)["normalized"] == "x/inemexico"


def test_invalid_catalogue_is_said_not_guessed(sample_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "r"
    shutil.copytree(sample_root / "inventory", root / "inventory")
    (root / "inventory/plataformas.yaml").write_text(
        "version: 1\nplataformas:\n  x: {nombre: X, soporta_segundo_factor: true,"
        " url_patron: '^https://x\\.com/.+'}\n",
        encoding="utf-8",
    )
    code, out = _run(root, "https://x.com/INEMexico")
    assert code == 2 and "plataformas.yaml" in out and "Traceback" not in out
    assert "OFICIAL" not in out


def test_plataforma_accepts_a_name_or_alias(sample_root: Path) -> None:
    """--plataforma Twitter / X / x: the catalogue's key, name or alias (as new-area takes)."""
    for name in ("x", "X", "Twitter", "twitter"):
        code, out = _run(sample_root, "@INEMexico", "--plataforma", name)
        assert code == 0, (name, out)
        assert "X @INEMexico" in out and "Facebook" not in out
