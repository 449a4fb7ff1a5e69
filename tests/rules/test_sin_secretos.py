"""sin-secretos measured on a labelled set: 100 % of the positives flagged, 0 % of the negatives.

The cases live in ``tests/data/secrets/{positives,negatives}.yaml`` (read by
``tests/secrets_set.py``); each one edits a copy of the contract's example area (see the header
of positives.yaml) and runs the real engine with only this rule selected. A positive must be
found at the edited line; a negative must give nothing at all. The detector's own pieces (keys,
tokens, phrases, comments, the prefilter) are tested in tests/secret_scan/.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

from tests.conftest import (
    AS_OF,
    FIXTURES,
    REPO_ROOT,
    contract_area,
    make_inventory,
    validate,
)
from tests.secrets_set import NEGATIVES, POSITIVES, build_case, text_of
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import load_text
from validator.models import Area, Cncs, Lineamientos, Plataformas
from validator.models.model_api import is_model, model_fields
from validator.rules import sin_secretos
from validator.rules.base import Context
from validator.secret_scan.comments import comment_texts
from validator.secret_scan.keys import secret_key
from validator.secret_scan.prefilter import open_comments, suspects
from validator.secret_scan.verdicts import text_secret

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
import make_inventory as make_inventory_module

RULE = "sin-secretos"


def _secret_lines(tmp_path: Path, text: str) -> list[int]:
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    result = validate(root, as_of=AS_OF, select=(RULE,))
    return [f.line for f in result.findings if f.rule == RULE]


def test_the_labelled_set_is_large_enough() -> None:
    assert len(POSITIVES) >= 150
    assert len(NEGATIVES) >= 300
    ids = [c["id"] for c in POSITIVES + NEGATIVES]
    assert len(ids) == len(set(ids)), "case ids are unique"


# Every free-text field of an area file, where a titular may type (or paste) a password.
FREE_TEXT_FIELDS = {
    "nombre",
    "titular.nombre",
    "titular.cargo",
    "administradores.propietaria.nombre",
    "administradores.propietaria.cargo",
    "administradores.propietaria.telefono",
    "administradores.suplente.nombre",
    "administradores.suplente.cargo",
    "administradores.suplente.telefono",
    "designacion.oficio",
    "informes[0].oficio",
    "informes[1].oficio",
    "cuentas[0].incidentes[0].descripcion",
    "cuentas[0].incidentes[0].ticket_cau",
}


def test_the_positives_cover_real_phrasing() -> None:
    """Issue 12 §6: Spanish and English, comments and every free-text field, the symbols
    people put in passwords, words between the noun and the value, "es"/"is"/"="."""
    in_values = {c["campo"] for c in POSITIVES if "comentario" not in c and "clave" not in c}
    assert in_values >= FREE_TEXT_FIELDS, FREE_TEXT_FIELDS - in_values
    assert sum("comentario" in c for c in POSITIVES) >= 30
    texts = [text_of(c) for c in POSITIVES]
    for needle in (" es ", " is ", "=", "_", ".", "-", "contraseña", "password", "PIN"):
        assert sum(needle in t for t in texts) >= 5, needle
    words_between = re.compile(r"(?i)(contraseña|password)(\s+[^\s:=]+){3,}\s*(:|=|\bes\b|\bis\b)")
    assert sum(bool(words_between.search(t)) for t in texts) >= 15


def test_the_negatives_are_realistic_prose() -> None:
    """Sentences of the lineamientos themselves, incident descriptions and report text, many
    naming a credential without giving one."""
    texts = [text_of(c) for c in NEGATIVES]
    spec = Path("/work/shared/spec/lineamientos-ine.txt")
    if spec.exists():  # the contract's text, verbatim (OCR errors included)
        flat = " ".join(spec.read_text(encoding="utf-8").split())
        assert sum(" ".join(t.split()) in flat for t in texts) >= 20
    assert sum(c["id"].startswith("lineamientos-") for c in NEGATIVES) >= 30
    nouns = re.compile(r"(?i)contrase|password|\bpin\b|\bnip\b|token|clave|credencial")
    assert sum(bool(nouns.search(t)) for t in texts) >= 120


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


def test_score_is_100_percent_precision_and_recall() -> None:
    """The same measurement in one place, as the numbers docs/security.md reports."""
    from validator.loading.sources import SourceFile
    from validator.rules.sin_secretos import scan_source

    def flagged(case: dict[str, Any]) -> bool:
        text, _ = build_case(case)
        source = SourceFile("inventory/areas/jd01ags.yaml", Path("x"), "area", load_text(text))
        return any(True for _ in scan_source(source))

    missed = [c["id"] for c in POSITIVES if not flagged(c)]
    false_alarms = [c["id"] for c in NEGATIVES if flagged(c)]
    true_positives = len(POSITIVES) - len(missed)
    recall = true_positives / len(POSITIVES)
    precision = true_positives / (true_positives + len(false_alarms))
    assert (precision, recall) == (1.0, 1.0), (missed, false_alarms)


def test_security_doc_reports_the_set_as_it_is() -> None:
    from tests.conftest import REPO_ROOT

    doc = (REPO_ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert f"{len(POSITIVES)} positives, {len(NEGATIVES)} negatives" in doc


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
    assert "... and 4900 more possible secrets in this file" in findings[-1].message("en")
    assert "... y 4900 posibles secretos más en este archivo" in findings[-1].message("es")
    first_flood_line = len(contract_area().splitlines()) + 1
    assert findings[-1].line == first_flood_line + 100


HOSTILE = [
    " '" * 500_000,
    ' "' * 500_000,
    "x '" * 300_000,
    "contraseña de " * 70_000,
    "contraseña y " * 70_000,
    "pin: a " * 120_000,
    ("eyJ" + "a" * 8) * 90_000,
    "https://" + "://:" * 200_000,
    ("k: a" + " " * 1990 + "b\n") * 500 + "k: 1\nk: 2\n",
    ("k: a" + " #" * 995 + "\n") * 500 + "[\n",
    "k: a" + " #x" * 300_000 + "\n",
    "# contraseña:\n" * 100_000,
    "# " + "semilla " * 120_000,
    "x: |\n  " + "Se cambió la contraseña. Nueva: " * 40_000,
]


@pytest.mark.parametrize(
    "text",
    HOSTILE,
    ids=[
        "spaced-quotes",
        "spaced-double-quotes",
        "apostrophes",
        "phrase-chain",
        "noun-chain",
        "connector-chain",
        "jwt-chain",
        "url-chain",
        "raw-lines-spaces",
        "raw-lines-hashes",
        "many-comment-starts",
        "open-comment-lines",
        "seed-noun-chain",
        "labelled-sentence-chain",
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
        suspects({text, *comment_texts(text)})
        open_comments(set(comment_texts(text)))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _model_classes() -> set[type]:
    found: set[type] = set()
    todo: list[type] = [Area, Lineamientos, Plataformas, Cncs]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.add(cls)
        for field in model_fields(cls).values():
            todo.extend(
                leaf for leaf in sin_secretos._leaf_types(field.annotation) if is_model(leaf)
            )
    return found


def test_a_valid_file_holds_no_secret_under_a_key() -> None:
    """Why the prefilter need not read a valid file's keys: every model refuses unknown keys,
    and a field whose name names a secret (``contrasena``) holds records, never a value."""
    classes = _model_classes()
    assert {Area, Lineamientos, Plataformas, Cncs} < classes
    for cls in classes:
        assert cls.__pydantic_config__.get("extra") == "forbid", cls
        for name, field in model_fields(cls).items():
            leaves = set(sin_secretos._leaf_types(field.annotation))
            if secret_key(name):
                assert all(is_model(leaf) or leaf is type(None) for leaf in leaves), name
            if dict in leaves:  # free keys: their values are records
                (_, value) = get_args(field.annotation)
                assert all(is_model(v) for v in sin_secretos._leaf_types(value)), name


def _one_by_one(root: Path) -> list[tuple[str, int, int, str]]:
    inventory = load_inventory(root)
    return [
        (p.source.path, *(p.position or (0, 0)), p.key)
        for source in inventory.files
        for p in sin_secretos._capped(sin_secretos.scan_source(source))
    ]


def _by_the_rule(root: Path) -> list[tuple[str, int, int, str]]:
    ctx = Context(inventory=load_inventory(root), as_of=AS_OF)
    return [(p.source.path, *(p.position or (0, 0)), p.key) for p in sin_secretos.check.run(ctx)]


@pytest.mark.parametrize("sample", ["broken-sample", "heavy", "secrets", "many-hashes"])
def test_the_run_finds_what_scanning_every_file_finds(tmp_path: Path, sample: str) -> None:
    if sample == "broken-sample":
        root = tmp_path / "broken"
        shutil.copytree(FIXTURES / "broken-sample", root)
    elif sample == "heavy":
        root = tmp_path / "heavy"
        make_inventory_module.write_repo(root, 40, findings_heavy=True)
    elif sample == "secrets":
        texts = {f"a{i:03d}.yaml": build_case(case)[0] for i, case in enumerate(POSITIVES)}
        root = make_inventory(tmp_path, texts)
    else:  # a comment after many "#" that may start one: its file's comments are all read
        text = contract_area() + "# a" + " #x" * 40 + " pwd=Ab#12345\n"
        root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    expected = _one_by_one(root)
    assert expected, "the sample has secrets"
    assert _by_the_rule(root) == expected
