"""One account identity in Python and in the public page (issue 12, point 2).

Every case of ``tests/data/url-corpus.yaml`` goes through the Python key (the registry that
``ine-redes verify`` uses) and through the generated page's own "¿Es oficial esta cuenta?"
box in a real headless Chromium (one browser session for the whole corpus: a driver page
types each case into the page, in a same-origin iframe, and reads the answer back). Both
must give the expected verdict, the same account key and the same reason.
"""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser import CHROMIUM, driver_output
from tests.conftest import CONTRACT, REPO_ROOT
from validator.accounts import Registry, Verdict, registry_of
from validator.generators import build
from validator.loading.inventory import load_inventory

CORPUS = yaml.safe_load((REPO_ROOT / "tests" / "data" / "url-corpus.yaml").read_text("utf-8"))
CASES: list[dict[str, Any]] = CORPUS["casos"]


def _mutations(count: int) -> list[str]:
    """Seeded variations of the corpus (no expected verdict: Python and the page must agree)."""
    rng = random.Random(12)
    pieces = [
        "%", "%2e", "%2E", "%2f", "%5c", "%25", "%40", "%3F", "%23", "%00", "%C3%A9", "%E2%80%AE",
        ".", "..", "/", "//", "\\", "@", ":", ":443", "?", "#", "&", "=", "?id=7", "&id=8", "+",
        "A", "z", "_", "-", "~", "é", "\u0406", "\t", " ", "www.", "m.", "xn--", "[", "]",
    ]  # fmt: skip
    seeds = [c["url"] for c in CASES]
    out: set[str] = set()
    while len(out) < count:
        text = rng.choice(seeds)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(pieces) + text[at:]
        if "\n" not in text and "\r" not in text:
            out.add(text)
    return sorted(out)


MUTATIONS = _mutations(400)
HTML = "generated/publico/cuentas-oficiales.html"


def _extra_area() -> str:
    """The contract's example area as jd09ags, holding the corpus's extra accounts."""
    data = yaml.safe_load((CONTRACT / "inventory/areas/jd01ags.yaml").read_text("utf-8"))
    data.update(clave="jd09ags", nombre="Junta Distrital Ejecutiva 09 (corpus de direcciones)")
    data["distrito"] = 9
    template = data["cuentas"][0]
    data["cuentas"] = [{**copy.deepcopy(template), **extra} for extra in CORPUS["cuentas_extra"]]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    (root / "inventory/areas/jd09ags.yaml").write_text(_extra_area(), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def registry(corpus_root: Path) -> Registry:
    inventory = load_inventory(corpus_root)
    assert all(f.model is not None for f in inventory.area_files)
    return registry_of(inventory.valid_areas, inventory.plataformas)


def expected(case: dict[str, Any]) -> tuple[str, str, str]:
    return (case["espera"], case.get("clave") or "", case.get("motivo") or "")


def python_answer(verdict: Verdict) -> tuple[str, str, str]:
    if verdict.official:
        return ("si" if verdict.kind == "url" else "usuario", verdict.key or "", "")
    return ("no", verdict.key or "", verdict.reason or "")


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 150
    assert len({c["url"] for c in CASES}) == len(CASES)
    kinds = {c["espera"] for c in CASES}
    assert kinds == {"si", "no", "usuario"}
    reasons = {c.get("motivo") for c in CASES if c["espera"] == "no"}
    assert {"desconocida", "ambigua", "ruta_ambigua", "no_ascii", "credenciales"} <= reasons


@pytest.mark.parametrize("case", CASES, ids=[c["url"] for c in CASES])
def test_python_key(registry: Registry, case: dict[str, Any]) -> None:
    assert python_answer(registry.verify(case["url"])) == expected(case)


DRIVER = """<!DOCTYPE html><html><body><iframe id="f" src="cuentas-oficiales.html"></iframe>
<pre id="out"></pre><script>
var CASES = __CASES__;
window.addEventListener("load", function () {
  var d = document.getElementById("f").contentDocument;
  var input = d.getElementById("verificar-entrada");
  var button = d.getElementById("verificar").querySelector("button");
  var out = d.getElementById("verificar-resultado");
  var answers = CASES.map(function (text) {
    input.value = text;
    button.click();
    return [out.dataset.respuesta || "", out.dataset.clave || "", out.dataset.motivo || "",
            out.textContent];
  });
  document.getElementById("out").textContent = JSON.stringify(answers);
});
</script></body></html>
"""


@pytest.fixture(scope="module")
def page_answers(corpus_root: Path, tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        pytest.skip("needs /usr/bin/chromium")
    folder = tmp_path_factory.mktemp("page")
    (folder / "cuentas-oficiales.html").write_bytes(build(load_inventory(corpus_root))[HTML])
    queries = [c["url"] for c in CASES] + MUTATIONS
    cases = json.dumps(queries, ensure_ascii=True).replace("<", "\\u003c")
    driver = folder / "driver.html"
    driver.write_text(DRIVER.replace("__CASES__", cases), encoding="utf-8")
    answers: list[list[str]] = driver_output(driver, folder / "profile", timeout=180)
    assert len(answers) == len(queries)
    return answers


@pytest.mark.browser
@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["url"] for c in CASES])
def test_page_key_in_chromium(page_answers: list[list[str]], index: int) -> None:
    case = CASES[index]
    respuesta, clave, motivo, text = page_answers[index]
    assert (respuesta, clave, motivo) == expected(case), text
    if respuesta == "si":
        assert text.startswith("Sí: ")
    elif respuesta == "no":
        assert text.startswith("No: ")


@pytest.mark.browser
def test_python_and_page_agree_on_every_case(
    registry: Registry, page_answers: list[list[str]]
) -> None:
    python = [python_answer(registry.verify(c["url"])) for c in CASES]
    page = [tuple(a[:3]) for a in page_answers[: len(CASES)]]
    assert [c["url"] for c, p, b in zip(CASES, python, page, strict=True) if p != b] == []


@pytest.mark.browser
def test_python_and_page_agree_on_seeded_variations(
    registry: Registry, page_answers: list[list[str]]
) -> None:
    """400 seeded mutations of the corpus (escapes, dots, slashes, '@', ports, homoglyphs ...):
    whatever the verdict, the browser and Python reach the same one, key and reason."""
    python = [python_answer(registry.verify(q)) for q in MUTATIONS]
    page = [tuple(a[:3]) for a in page_answers[len(CASES) :]]
    differ = [(q, p, b) for q, p, b in zip(MUTATIONS, python, page, strict=True) if p != b]
    assert differ == []
    assert {p[0] for p in python} >= {"si", "no"}
