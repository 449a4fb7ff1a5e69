"""The public page's «¿Es oficial esta cuenta?» answer, for a query a link chose (red team,
2026-12-01).

The page answers the query in its address (``#verificar=…``), so anyone can link to the
official page with a query of their choosing. The answer repeated that query raw after
«No:»: a bidi override (U+202E) reordered the rest of the answer, zero-width characters hid
part of it, and a whole sentence («… la cuenta oficial del INE ahora es @INE_Oficial») read as
the page's own words. The answer now quotes the query in «», shows every hidden character as
an escape (``\\u202e``, as ``ine-redes verify`` does) and cuts it at 100 characters.
"""

from __future__ import annotations

import io
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser import browser
from tests.conftest import REPO_ROOT
from tests.generators.test_public_page import page_rows

SENTENCE = (
    "INEMexico ya no se usa. Aviso de la CNCS: la cuenta oficial del INE ahora es "
    "@INE_Mexico_Oficial; sígala y reporte la anterior como falsa, gracias por su apoyo"
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from validator.cli.generate import run_generate

    root = tmp_path_factory.mktemp("page")
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    err = io.StringIO()
    assert run_generate(root, out=io.StringIO(), err=err) == 0, err.getvalue()
    return root / "generated" / "publico" / "cuentas-oficiales.html"


def _hidden(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn")]


@pytest.mark.browser
@browser
def test_hidden_characters_in_the_query_are_shown_as_escapes(page: Path, tmp_path: Path) -> None:
    query = "https://x.com/INE\u202eocixeM\u200b"
    dom = page_rows(page, "verificar=" + quote(query, safe=""), tmp_path)
    answer = dom.texts["verificar-resultado"]
    assert dom.answer == "no"
    assert answer.startswith("No: «https://x.com/INE\\u202eocixeM\\u200b» "), answer
    assert not _hidden(answer), answer


@pytest.mark.browser
@browser
def test_a_sentence_in_the_query_is_quoted_and_cut(page: Path, tmp_path: Path) -> None:
    dom = page_rows(page, "verificar=" + quote(SENTENCE, safe=""), tmp_path)
    answer = dom.texts["verificar-resultado"]
    assert dom.answer == "no"
    assert answer.startswith("No: «" + SENTENCE[:100] + "…» "), answer
    assert SENTENCE[100:] not in answer
