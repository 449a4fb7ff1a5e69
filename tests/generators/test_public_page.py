"""The public page `cuentas-oficiales.html`: self-contained, escaped, strict CSP, and (in a real
headless chromium) the filter and the "¿Es oficial esta cuenta?" box work."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser import browser, driver_output, dump_dom
from tests.conftest import REPO_ROOT, contract_area, make_inventory
from validator.generators import PUBLIC_JSON, build
from validator.loading.inventory import load_inventory

PAGE = REPO_ROOT / "generated" / "publico" / "cuentas-oficiales.html"


def page_for(root: Path) -> str:
    return build(load_inventory(root))["generated/publico/cuentas-oficiales.html"].decode("utf-8")


def inline_blocks(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# --- static checks ------------------------------------------------------------------------


def test_csp_allows_exactly_the_inline_blocks() -> None:
    html = PAGE.read_text(encoding="utf-8")
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert m is not None
    policy = m.group(1).replace("&#x27;", "'")
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    (style,) = inline_blocks(html, "style")
    (script,) = inline_blocks(html, "script")
    assert directives["style-src"] == sha(style)
    assert directives["script-src"] == sha(script)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"


def test_page_is_self_contained_and_accessible() -> None:
    html = PAGE.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="es">')
    assert " src=" not in html and "<link" not in html and "@import" not in html
    assert "url(" not in "".join(inline_blocks(html, "style"))
    assert "<caption" in html and '<th scope="col">' in html and '<th scope="row">' in html
    assert '<label for="buscar">' in html and '<label for="verificar-entrada">' in html
    assert 'aria-live="polite"' in html and "<noscript>" in html
    assert " style=" not in html  # inline style attributes would need 'unsafe-hashes'
    hrefs = re.findall(r'href="([^"]+)"', html)
    external = [h for h in hrefs if not h.startswith("#") and h != "cuentas-oficiales.json"]
    assert external and all(h.startswith("https://") for h in external)
    assert html.count('rel="noopener noreferrer"') == len(external)
    total = json.loads((REPO_ROOT / PUBLIC_JSON).read_bytes())["total"]
    assert html.count("<tr data-") == total


def test_values_are_escaped_and_only_https_is_a_link(tmp_path: Path) -> None:
    text = contract_area().replace(
        "    usuario: INEJDE01Ags\n    url: https://www.facebook.com/INEJDE01Ags\n",
        "    usuario: '\"><img src=x onerror=alert(1)>'\n    url: 'javascript:alert(1)'\n",
        1,
    )
    text = text.replace(
        "nombre: Junta Distrital Ejecutiva 01 en Aguascalientes",
        "nombre: 'Junta </script><script>alert(2)</script>'",
    )
    html = page_for(make_inventory(tmp_path, {"jd01ags.yaml": text}))
    assert "<img" not in html and html.count("<script>") == 1
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html and "<span>javascript:alert(1)</span>" in html
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in html


# --- in a real browser --------------------------------------------------------------------


class Rows(HTMLParser):
    """The table rows of a dumped DOM: (usuario, plataforma, área, hidden) + status texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | bool]] = []
        self.texts: dict[str, str] = {}
        self.hidden: dict[str, bool] = {}
        self.answer: str | None = None
        self._capture: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tr" and "data-usuario" in a:
            self.rows.append(
                {
                    "usuario": a["data-usuario"] or "",
                    "plataforma": a["data-plataforma"] or "",
                    "area": a["data-area"] or "",
                    "url": a["data-url"] or "",
                    "hidden": "hidden" in a,
                }
            )
        if a.get("id") in ("conteo", "verificar-resultado", "sin-resultados"):
            self._capture = a["id"]
            self.texts[self._capture] = ""
            self.hidden[self._capture] = "hidden" in a
            if a["id"] == "verificar-resultado":
                self.answer = a.get("data-respuesta")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self.texts[self._capture] += data

    def visible(self) -> list[str]:
        return [str(r["url"]) for r in self.rows if not r["hidden"]]


def page_rows(page: Path, fragment: str, tmp_path: Path) -> Rows:
    dom = dump_dom(page.as_uri() + "#" + fragment, tmp_path / "profile")
    parser = Rows()
    parser.feed(dom)
    assert parser.rows, dom[:2000]
    return parser


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).lower()


@pytest.fixture
def page_copy(tmp_path: Path) -> Path:
    target = tmp_path / "cuentas-oficiales.html"
    shutil.copy2(PAGE, target)
    return target


@pytest.mark.browser
@browser
def test_filter_from_the_fragment_hides_other_rows(page_copy: Path, tmp_path: Path) -> None:
    dom = page_rows(page_copy, "buscar=aguascalientes", tmp_path)
    expected = [str(r["url"]) for r in dom.rows if "aguascalientes" in fold(str(r["area"]))]
    assert 0 < len(expected) < len(dom.rows)
    assert dom.visible() == expected  # the script ran under the CSP and filtered
    assert dom.texts["conteo"] == f"Se muestran {len(expected)} de {len(dom.rows)} cuentas."
    assert dom.hidden["sin-resultados"]


@pytest.mark.browser
@browser
def test_filter_ignores_case_and_accents(page_copy: Path, tmp_path: Path) -> None:
    plain = page_rows(page_copy, "buscar=" + quote("CIVICA"), tmp_path / "a").visible()
    accented = page_rows(page_copy, "buscar=" + quote("Cívica"), tmp_path / "b")
    assert plain == accented.visible()
    assert 0 < len(plain) < len(accented.rows)
    nothing = page_rows(page_copy, "buscar=zzzz-no-existe", tmp_path / "c")
    assert nothing.visible() == [] and not nothing.hidden["sin-resultados"]
    assert nothing.texts["conteo"].startswith("Se muestran 0 de ")


@pytest.mark.browser
@browser
@pytest.mark.parametrize(
    ("query", "answer", "kind"),
    [
        ("https://twitter.com/INEMexico/?lang=es", "Sí: ", "si"),
        ("www.instagram.com/inemexico", "Sí: ", "si"),
        ("@INEJLECDMX", "El usuario @inejlecdmx es oficial sólo en: Facebook", "usuario"),
        ("https://x.com/INEMéxico", "No: ", "no"),
        ("https://x.com/INEMexico_oficial", "No: ", "no"),
    ],
)
def test_is_this_account_official(
    page_copy: Path, tmp_path: Path, query: str, answer: str, kind: str
) -> None:
    dom = page_rows(page_copy, "verificar=" + quote(query, safe=""), tmp_path)
    assert dom.texts["verificar-resultado"].startswith(answer), dom.texts
    assert dom.answer == kind


DRIVER = """<!DOCTYPE html><html><body><iframe id="f" src="cuentas-oficiales.html"></iframe>
<pre id="out"></pre><script>
window.addEventListener("load", function () {
  var d = document.getElementById("f").contentDocument;
  var q = d.getElementById("buscar");
  q.value = "Ciudad de mexico";
  q.dispatchEvent(new Event("input", {bubbles: true}));
  var rows = Array.prototype.filter.call(d.querySelectorAll("#cuentas tbody tr"),
    function (r) { return !r.hidden; }).map(function (r) { return r.dataset.url; });
  d.getElementById("verificar-entrada").value = "https://m.facebook.com/INEJLECdMx/";
  d.getElementById("verificar").querySelector("button").click();
  document.getElementById("out").textContent = JSON.stringify({
    rows: rows, count: d.getElementById("conteo").textContent, hash: d.location.hash,
    answer: d.getElementById("verificar-resultado").textContent,
  });
});
</script></body></html>
"""


@pytest.mark.browser
@browser
def test_typing_into_the_filter_and_clicking_verify(page_copy: Path, tmp_path: Path) -> None:
    """A small driver page types into the real page (same-origin iframe) like a person."""
    driver = page_copy.with_name("driver.html")
    driver.write_text(DRIVER, encoding="utf-8")
    result = driver_output(driver, tmp_path / "profile")
    cuentas = json.loads((REPO_ROOT / PUBLIC_JSON).read_bytes())["cuentas"]
    expected = [e["url"] for e in cuentas if "ciudad de mexico" in fold(e["area"])]
    assert result["rows"] == expected and expected
    assert result["count"] == f"Se muestran {len(expected)} de {len(cuentas)} cuentas."
    assert result["hash"] == "#buscar=Ciudad%20de%20mexico"  # a link to share this search
    assert result["answer"].startswith(
        "Sí: «https://m.facebook.com/INEJLECdMx/» es una cuenta oficial"  # the query, quoted
    )


def test_tables_cannot_close_the_script() -> None:
    """The catalogue's tables go inside the hashed script: nothing in them can end it."""
    from validator.generators.public_page import script

    text = script({"x": "</script><!--<script>&\u2028"})
    assert "</script" not in text.lower() and "<!--" not in text and "\u2028" not in text
    assert json.loads(re.search(r"var TABLAS = (.*?);\n", text).group(1)) == {  # type: ignore[union-attr]
        "x": "</script><!--<script>&\u2028"
    }


def test_rows_carry_the_python_keys() -> None:
    html = PAGE.read_text(encoding="utf-8")
    assert 'data-claves="x/inemexico"' in html
    assert 'data-claves="youtube/@inemexico"' in html


NARROW = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="cuentas-oficiales.html" style="width:390px;height:800px;border:0"></iframe>
<pre id="out"></pre><script>
window.addEventListener("load", function () {
  var d = document.getElementById("f").contentDocument, out = [];
  d.querySelectorAll("a.url").forEach(function (a) {
    var chars = [], walker = d.createTreeWalker(a, NodeFilter.SHOW_TEXT), node;
    while ((node = walker.nextNode())) {
      for (var i = 0; i < node.data.length; i++) {
        var r = d.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
        chars.push([node.data[i], r.getBoundingClientRect().top]);
      }
    }
    var breaks = [];
    for (var j = 1; j < chars.length; j++) {
      if (chars[j][1] > chars[j - 1][1] + 1) { breaks.push(chars[j - 1][0]); }
    }
    out.push({url: a.textContent, breaks: breaks});
  });
  document.getElementById("out").textContent = JSON.stringify(out);
});
</script></body></html>
"""


@pytest.mark.browser
@browser
def test_addresses_break_after_a_slash_on_a_phone(page_copy: Path, tmp_path: Path) -> None:
    """At 390 px, an address that does not fit breaks after a "/", never inside the handle."""
    driver = page_copy.with_name("narrow.html")
    driver.write_text(NARROW, encoding="utf-8")
    links = driver_output(driver, tmp_path / "profile")
    assert links
    assert any(link["breaks"] for link in links)  # narrow enough that addresses do wrap
    for link in links:
        assert all(ch == "/" for ch in link["breaks"]), link
