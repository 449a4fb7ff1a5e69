"""sin-secretos measured on a labelled set: 100 % of the positives flagged, 0 % of the negatives.

The cases live in ``tests/data/secrets/{positives,negatives}.yaml``; each one edits a copy of
the contract's example area (see the header of positives.yaml) and runs the real engine with
only this rule selected. A positive must be found at the edited line; a negative must give
nothing at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import AS_OF, contract_area, make_inventory, validate
from validator.loading.yaml_loader import load_text
from validator.rules.sin_secretos import comments, password_like, secret_key, text_secret

DATA = Path(__file__).parent / "data" / "secrets"
RULE = "sin-secretos"


def _cases(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return list(data["casos"])


POSITIVES = _cases("positives.yaml")
NEGATIVES = _cases("negatives.yaml")


def _path(dotted: str) -> tuple[str | int, ...]:
    out: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", dotted):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return tuple(out)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def build_case(case: dict[str, Any]) -> tuple[str, int | None]:
    """The edited area text and the 1-based line where a finding is expected."""
    text = contract_area()
    doc = load_text(text)
    lines = text.split("\n")
    path = _path(case["campo"])
    line, col = doc.positions[path]
    key_col = doc.key_positions.get(path, (line, col))[1]
    idx = line - 1
    target: int | None = line
    if "clave" in case:
        lines.insert(idx + 1, f"{' ' * (key_col - 1)}{case['clave']}: {_scalar(case['valor'])}")
        target = line + 1
    elif "comentario" in case:
        if case.get("al_final"):
            lines[idx] = re.sub(r"\s+#.*$", "", lines[idx]) + "  # " + case["comentario"]
        else:
            lines.insert(idx, f"{' ' * (key_col - 1)}# {case['comentario']}")
    elif case.get("valor") is None:
        target = None
    elif "bloque" in case:
        lines[idx] = lines[idx][: col - 1] + case["bloque"]
        indent = " " * (key_col + 1)
        for offset, body in enumerate(case["valor"].split("\n"), 1):
            lines.insert(idx + offset, indent + body)
    else:
        # keep what follows the old value inside a flow mapping ({fecha: …, oficio: …})
        rest = lines[idx][col - 1 :]
        tail = re.search(r"\s*[,}\]].*$", rest)
        keep = tail.group(0) if tail and "{" in lines[idx][: col - 1] else ""
        lines[idx] = lines[idx][: col - 1] + _scalar(case["valor"]) + keep
    if case.get("romper"):
        lines.append("version: 1  # clave repetida: el archivo deja de ser YAML válido")
    if target is not None:
        target += case.get("linea", 0)
    return "\n".join(lines), target


def _secret_lines(tmp_path: Path, text: str) -> list[int]:
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    result = validate(root, as_of=AS_OF, select=(RULE,))
    return [f.line for f in result.findings if f.rule == RULE]


def test_the_labelled_set_is_large_enough() -> None:
    assert len(POSITIVES) >= 40
    assert len(NEGATIVES) >= 100
    ids = [c["id"] for c in POSITIVES + NEGATIVES]
    assert len(ids) == len(set(ids)), "case ids are unique"


@pytest.mark.parametrize("case", POSITIVES, ids=[c["id"] for c in POSITIVES])
def test_positive_is_flagged_at_its_line(case: dict[str, Any], tmp_path: Path) -> None:
    text, target = build_case(case)
    assert target is not None
    assert _secret_lines(tmp_path, text) == [target], text.split("\n")[target - 1]


@pytest.mark.parametrize("case", NEGATIVES, ids=[c["id"] for c in NEGATIVES])
def test_negative_is_not_flagged(case: dict[str, Any], tmp_path: Path) -> None:
    text, _ = build_case(case)
    assert load_text(text).error is None, "a negative case must stay valid YAML"
    assert _secret_lines(tmp_path, text) == []


def test_score_is_100_percent_detection_and_0_percent_false_positives() -> None:
    """The same measurement in one place, as the numbers the issue asks for."""
    from validator.loading.sources import SourceFile
    from validator.rules.sin_secretos import scan_source

    def flagged(case: dict[str, Any]) -> bool:
        text, _ = build_case(case)
        source = SourceFile("inventory/areas/jd01ags.yaml", Path("x"), "area", load_text(text))
        return any(True for _ in scan_source(source))

    missed = [c["id"] for c in POSITIVES if not flagged(c)]
    false_alarms = [c["id"] for c in NEGATIVES if flagged(c)]
    detection = 1 - len(missed) / len(POSITIVES)
    false_positive_rate = len(false_alarms) / len(NEGATIVES)
    assert (detection, false_positive_rate) == (1.0, 0.0), (missed, false_alarms)


# --- the pieces, on their own --------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("password", True),
        ("Contraseña", True),
        ("clave_acceso", True),
        ("api-key", True),
        ("nip_segundo_factor", True),
        ("contrasena", True),  # holding a string; the contract's mapping is fine (not a string)
        ("contrasena_cambiada", False),
        ("rotacion_contrasena_meses", False),
        ("clave", False),
        ("pinterest", False),
        ("soporta_segundo_factor", False),
    ],
)
def test_secret_keys(key: str, secret: bool) -> None:
    assert secret_key(key) is secret


@pytest.mark.parametrize(
    ("token", "secret"),
    [
        ("P@ssw0rd", True),
        ("Qw3rtY8zK", True),
        ("AKIAIOSFODNN7EXAMPLE", True),
        ("https://a:Secreta2026@x.com/b", True),
        ("https://x.com/b?s=20&t=Ab9", False),
        ("INE/JDE01-AGS/0042/2026", False),
        ("CAU-2026-0551", False),
        ("3f1c8d6e0b9a4f7c2d5e8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d", False),
        ("juan.perez@ine.mx", False),
        ("#Elecciones2027", False),
        ("@INEJDE01Ags", False),
        ("INEJDE01Ags", False),
        ("Secretario", False),
    ],
)
def test_tokens(token: str, secret: bool) -> None:
    assert password_like(token) is secret


def test_phrases_need_a_credential_after_them() -> None:
    assert text_secret("password = hunter2")
    assert text_secret("contraseña: Abc123!")
    assert not text_secret("contraseña: cambiada el 2026-05-04")
    assert not text_secret("La contraseña es personal e intransferible")


def test_comment_scanner_skips_quoted_and_block_scalars() -> None:
    text = (
        'a: "x # not a comment"  # real one\n'
        "b: 'it''s # quoted'\n"
        "c: https://x.com/#frag\n"
        "d: |\n"
        "  # block content, not a comment\n"
        "  more\n"
        'e: "multi\n'
        '  line # still quoted"\n'
        "# top comment\n"
        "f: O'Brien # after plain\n"
        "- >-\n"
        "  # folded content\n"
        "g: [1, 2]  # flow\n"
    )
    got = [(line, col, body.strip()) for line, col, body in comments(text)]
    assert got == [
        (1, 25, "real one"),
        (9, 1, "top comment"),
        (10, 12, "after plain"),
        (13, 12, "flow"),
    ]


def test_catalogue_files_are_scanned_too(tmp_path: Path) -> None:
    """Valid or not, every inventory file is committed: catalogues are read as text too."""
    cncs = (
        "version: 1\n"
        "correo: cncs@ine.mx\n"
        "revisores: [cncs-redes, cncs-coordinacion]\n"
        "# token del bot: ghp_8fK2mQ9xL4pR7vT1wZ3yB6nC0dE5gH2jK9aS\n"
    )
    root = make_inventory(tmp_path, catalogs={"cncs.yaml": cncs})
    result = validate(root, select=(RULE,))
    assert [(f.file, f.line, f.column) for f in result.findings] == [("inventory/cncs.yaml", 4, 1)]


def test_message_never_repeats_the_secret_and_says_to_change_it(tmp_path: Path) -> None:
    text, _ = build_case(POSITIVES[0])
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    (finding,) = validate(root, select=(RULE,)).findings
    for lang in ("es", "en"):
        assert "Abc123" not in finding.message(lang)
    assert "CAMBIE ESA CONTRASEÑA" in finding.message("es")
    assert "CHANGE THAT PASSWORD" in finding.message("en")
    assert finding.clause == "4.3 VI"


def test_the_shipped_inventory_has_no_secrets() -> None:
    from tests.conftest import REPO_ROOT

    result = validate(REPO_ROOT, select=(RULE,))
    assert result.findings == []


def test_a_flood_of_secrets_gives_100_findings_and_one_summary(tmp_path: Path) -> None:
    text = contract_area() + "# pwd=Ab#12345\n" * 5000
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    findings = validate(root, select=(RULE,)).findings
    assert len(findings) == 101
    assert "4900" in findings[-1].message("en")
    first_flood_line = len(contract_area().splitlines()) + 1
    assert findings[-1].line == first_flood_line + 100


@pytest.mark.parametrize(
    "text",
    [
        " '" * 500_000,
        ' "' * 500_000,
        "x '" * 300_000,
        "contraseña de " * 70_000,
        ("eyJ" + "a" * 8) * 90_000,
        "https://" + "://:" * 200_000,
        ("k: a" + " " * 1990 + "b\n") * 500 + "k: 1\nk: 2\n",
        ("k: a" + " #" * 995 + "\n") * 500 + "[\n",
    ],
    ids=[
        "spaced-quotes",
        "spaced-double-quotes",
        "apostrophes",
        "phrase-chain",
        "jwt-chain",
        "url-chain",
        "raw-lines-spaces",
        "raw-lines-hashes",
    ],
)
def test_hostile_text_does_not_hang_the_scan(text: str) -> None:
    """Inputs that made earlier versions quadratic (minutes on 1 MiB); a hang guard only."""
    import signal

    from validator.loading.sources import SourceFile
    from validator.rules.sin_secretos import scan_source

    def _alarm(signum: int, frame: object) -> None:
        raise TimeoutError("the secrets scan hangs on hostile text")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)
    try:
        source = SourceFile("inventory/areas/x.yaml", Path("x"), "area", load_text(text))
        list(scan_source(source))
        text_secret(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
