"""``cuentas-oficiales.html``: one self-contained, accessible page (no external assets).

A table of the official accounts by area and platform, a search box that filters the rows
as one types (case- and accent-insensitive, with a live region announcing the count) and a
"¿Es oficial esta cuenta?" box that says whether a pasted URL or @user is on the list.

Security: a strict Content-Security-Policy in a ``<meta>`` tag (``default-src 'none'``; the
one inline ``<style>`` and the one inline ``<script>`` are allowed by their SHA-256 hashes,
computed here; no ``'unsafe-inline'``), every value HTML-escaped, links only for ``https``
URLs and with ``rel="noopener noreferrer"``. The script only reads the table and writes
``textContent`` and ``data-`` attributes.

"¿Es oficial?" compares account keys: each row carries the keys Python computed
(``data-claves``, :class:`validator.accounts.Identities`), and the script computes the key of
what is pasted from the same catalogue tables, serialised into the script (so the CSP hash
covers them), with the browser's own ``URL``.

Shareable links: ``cuentas-oficiales.html#buscar=ags`` opens the page filtered by "ags";
``#verificar=https://x.com/INEMexico`` runs the check for that address.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from validator.escaping.html import escape

if TYPE_CHECKING:
    from validator.accounts import Identities

TITLE = "Cuentas oficiales del INE en redes sociales"

# A URL we are willing to make a link of: https, a host, no spaces/quotes/angle brackets.
_HTTPS_URL = re.compile(r"^https://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s\"'<>`\\]*)?$")

STYLE = """
:root { color-scheme: light dark; --fondo: #ffffff; --texto: #1a1a1a; --tenue: #4a4a4a;
  --borde: #c8c8c8; --acento: #7a1e4f; --rayado: #f6f1f4; --enlace: #0b4f8a;
  --si: #146c2e; --no: #a4161a; }
@media (prefers-color-scheme: dark) {
  :root { --fondo: #141414; --texto: #f0f0f0; --tenue: #c4c4c4; --borde: #555555;
    --acento: #f0a6cc; --rayado: #1f1a1d; --enlace: #9cc8f5; --si: #7ddc94; --no: #ff9a9a; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--fondo); color: var(--texto); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { color: var(--acento); font-size: 1.75rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--enlace); overflow-wrap: anywhere; }
/* An account's address breaks only after a "/" (at the <wbr> marks), never inside the
   handle; a handle wider than the column scrolls with the table. */
td a.url { overflow-wrap: normal; word-break: normal; }
a:focus-visible, input:focus-visible, button:focus-visible, .tabla:focus-visible {
  outline: 3px solid var(--acento); outline-offset: 2px; }
.saltar { position: absolute; left: -999rem; }
.saltar:focus { left: 1rem; top: 1rem; background: var(--fondo); padding: 0.5rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input { font: inherit; padding: 0.5rem; width: min(100%, 32rem); color: var(--texto);
  background: var(--fondo); border: 2px solid var(--tenue); border-radius: 4px; }
button { font: inherit; padding: 0.5rem 1rem; margin-top: 0.5rem; border: 0; border-radius: 4px;
  background: var(--acento); color: var(--fondo); font-weight: 600; cursor: pointer; }
.ayuda, .clave, footer { color: var(--tenue); }
.ayuda { margin: 0.25rem 0; font-size: 0.9rem; }
.estado { font-weight: 600; min-height: 1.5em; }
#verificar-resultado[data-respuesta] { border-left: 4px solid currentColor; padding-left: 0.75rem; }
#verificar-resultado[data-respuesta="si"] { color: var(--si); }
#verificar-resultado[data-respuesta="no"] { color: var(--no); }
.tabla { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--borde); }
thead th { border-bottom: 2px solid var(--acento); }
tbody th { font-weight: 600; }
tbody tr:nth-child(even) { background: var(--rayado); }
[hidden] { display: none !important; }
footer { font-size: 0.9rem; padding-bottom: 2rem; }
"""

# The script: ``__TABLAS__`` is replaced by the catalogue's address tables
# (:meth:`validator.accounts.Identities.page_tables`), so the page computes an address's
# account key from the same data as ``ine-redes verify``, with the browser's own ``URL``.
# Each row carries the keys Python computed for the account (``data-claves``). The steps
# below mirror ``Identities.locate`` one for one; tests/data/url-corpus.yaml holds them to it.
SCRIPT_TEMPLATE = r"""
(function () {
  "use strict";
  var TABLAS = __TABLAS__;
  var buscar = document.getElementById("buscar");
  var conteo = document.getElementById("conteo");
  var vacio = document.getElementById("sin-resultados");
  var filas = Array.prototype.slice.call(document.querySelectorAll("#cuentas tbody tr"));
  var formulario = document.getElementById("verificar");
  var entrada = document.getElementById("verificar-entrada");
  var resultado = document.getElementById("verificar-resultado");
  var CONTROL = /[\x00-\x20\x7f]/;
  var NO_ASCII = /[^\x00-\x7f]/;
  var ESQUEMA = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
  var ESCAPE_MALO = /%(?![0-9A-Fa-f]{2})/;
  var USUARIO = new RegExp("^(?:" + TABLAS.usuario + ")$");
  var MOTIVOS = TABLAS.motivos;
  // What validator.escaping.terminal calls hidden: shown as \u202e, never as itself.
  var OCULTO = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\u180b-\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
  var LARGO = 100;  // characters of the query repeated in the answer

  function plano(texto) {
    return String(texto).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }
  function recortar(texto) {
    return String(texto).replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, "");
  }
  function minusculas(texto) {
    return texto.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  }
  function usuario(texto) {
    return minusculas(recortar(texto).replace(/^@+/, ""));
  }
  function Inservible(codigo) { this.codigo = codigo; }
  function completo(patron, valor) { return new RegExp("^(?:" + patron + ")$").test(valor); }
  function decodificar(segmento) {
    if (ESCAPE_MALO.test(segmento)) { throw new Inservible("codificacion"); }
    try { return decodeURIComponent(segmento); } catch (e) { throw new Inservible("codificacion"); }
  }
  function revisarValor(valor) {
    if (NO_ASCII.test(valor)) { throw new Inservible("no_ascii"); }
    if (CONTROL.test(valor)) { throw new Inservible("caracteres"); }
  }
  function plataformaDe(host) {
    for (var i = 0; i < TABLAS.plataformas.length; i += 1) {
      var p = TABLAS.plataformas[i];
      for (var j = 0; j < p.dominios.length; j += 1) {
        var d = p.dominios[j];
        if (host === d) { return p; }
        for (var k = 0; k < p.subdominios.length; k += 1) {
          if (host === p.subdominios[k] + "." + d) { return p; }
        }
      }
    }
    return null;
  }
  function encaja(p, forma, segmentos, parametros) {
    if (segmentos.length < forma.segmentos.length) { return null; }
    var valor = null;
    for (var i = 0; i < forma.segmentos.length; i += 1) {
      var t = forma.segmentos[i];
      var s = segmentos[i];
      if (t.variable !== null) {
        if (minusculas(s).indexOf(minusculas(t.prefijo)) !== 0) { return null; }
        valor = s.slice(t.prefijo.length);
      } else if (t.literal !== null && minusculas(s) !== minusculas(t.literal)) {
        return null;
      }
    }
    if (forma.parametro !== null) {
      var valores = parametros.filter(function (par) { return par[0] === forma.parametro; });
      if (valores.length > 1) { throw new Inservible("ambigua"); }
      if (valores.length === 0) { return null; }
      valor = valores[0][1];
    }
    if (valor === null) { return null; }
    revisarValor(valor);
    if (!completo(forma.variable === "usuario" ? p.usuario_patron : p.id_patron, valor)) { return null; }
    if (forma.variable === "usuario" && p.reservados.indexOf(minusculas(valor)) !== -1) { return null; }
    return valor;
  }
  function claveDeUrl(entradaUrl) {
    var texto = recortar(entradaUrl);
    if (texto === "") { throw new Inservible("vacio"); }
    if (NO_ASCII.test(texto)) { throw new Inservible("no_ascii"); }
    if (CONTROL.test(texto)) { throw new Inservible("caracteres"); }
    if (!ESQUEMA.test(texto)) { texto = (texto.indexOf("//") === 0 ? "https:" : "https://") + texto; }
    var u;
    try { u = new URL(texto); } catch (e) { throw new Inservible("url_invalida"); }
    var esquema = u.protocol.replace(/:$/, "");
    if (esquema !== "http" && esquema !== "https") { throw new Inservible("esquema"); }
    if (u.username || u.password) { throw new Inservible("credenciales"); }
    if (u.port) { throw new Inservible("puerto"); }
    var host = u.hostname.replace(/\.$/, "");
    if (host.split(".").some(function (e) { return e.indexOf("xn--") === 0; })) {
      throw new Inservible("no_ascii");
    }
    var p = plataformaDe(host);
    if (p === null) { throw new Inservible("dominio_desconocido"); }
    var segmentos = u.pathname.split("/").filter(function (s) { return s !== ""; }).map(decodificar);
    segmentos.forEach(function (s) {
      if (s === "." || s === ".." || s.indexOf("/") !== -1 || s.indexOf("\\") !== -1) {
        throw new Inservible("ruta_ambigua");
      }
    });
    var parametros = Array.from(u.searchParams.entries());
    for (var i = 0; i < p.formas.length; i += 1) {
      var forma = p.formas[i];
      var reclamada = forma.reclama && segmentos.length > 0 &&
        minusculas(segmentos[0]) === minusculas(forma.segmentos[0].literal || "");
      var valor = encaja(p, forma, segmentos, parametros);
      if (valor !== null) {
        var mostrado = forma.variable === "usuario" ? minusculas(valor) : valor;
        return p.clave + "/" + forma.clave.replace("{" + forma.variable + "}", mostrado);
      }
      if (reclamada) { throw new Inservible("sin_identidad"); }
    }
    throw new Inservible("sin_identidad");
  }

  var textos = filas.map(function (fila) {
    return plano(Array.prototype.map.call(fila.cells, function (c) { return c.textContent; }).join(" "));
  });

  function filtrar() {
    var q = plano(buscar.value);
    var vistas = 0;
    filas.forEach(function (fila, i) {
      var ver = q === "" || textos[i].indexOf(q) !== -1;
      fila.hidden = !ver;
      if (ver) { vistas += 1; }
    });
    vacio.hidden = vistas !== 0;
    conteo.textContent = "Se muestran " + vistas + " de " + filas.length + " cuentas.";
  }

  // The query as the answer repeats it: a link chooses it (#verificar=...), so it is quoted,
  // its hidden characters shown as escapes and its length cut: it never reads as the page's
  // own words, nor reorders or hides them.
  function mostrar(texto) {
    var visible = String(texto).replace(OCULTO, function (c) {
      var n = c.codePointAt(0);
      var h = n.toString(16);
      if (n <= 0xff) { return "\\x" + ("0" + h).slice(-2); }
      if (n <= 0xffff) { return "\\u" + ("000" + h).slice(-4); }
      return "\\U" + ("0000000" + h).slice(-8);
    });
    var puntos = Array.from(visible);
    if (puntos.length > LARGO) { visible = puntos.slice(0, LARGO).join("") + "\u2026"; }
    return "\u00ab" + visible + "\u00bb";
  }
  function describir(fila) {
    return fila.dataset.plataforma + " (" + fila.dataset.area + ")";
  }
  function responder(respuesta, clave, motivo, texto) {
    resultado.dataset.respuesta = respuesta;
    resultado.dataset.clave = clave;
    resultado.dataset.motivo = motivo;
    resultado.textContent = texto;
  }
  function negar(texto, clave, motivo) {
    responder("no", clave, motivo, "No: " + mostrar(texto) + " " + (MOTIVOS[motivo] || MOTIVOS.desconocida) +
      ". Puede ser una cuenta no oficial o que suplanta al Instituto.");
  }
  function verificar(valor) {
    var texto = recortar(valor);
    if (texto === "") {
      delete resultado.dataset.respuesta;
      delete resultado.dataset.clave;
      delete resultado.dataset.motivo;
      resultado.textContent = "Escriba la dirección (URL) o el usuario (@cuenta) que quiere verificar.";
      return;
    }
    if (texto.indexOf("/") !== -1) {
      var clave;
      try { clave = claveDeUrl(texto); } catch (e) {
        if (!(e instanceof Inservible)) { throw e; }
        negar(texto, "", e.codigo);
        return;
      }
      var porUrl = filas.filter(function (f) { return f.dataset.claves.split(" ").indexOf(clave) !== -1; });
      if (porUrl.length > 0) {
        responder("si", clave, "", "Sí: " + mostrar(texto) + " es una cuenta oficial del INE: " +
          porUrl.map(describir).join("; ") + ".");
      } else {
        negar(texto, clave, "desconocida");
      }
      return;
    }
    if (NO_ASCII.test(texto)) { negar(texto, "", "no_ascii"); return; }
    if (CONTROL.test(texto)) { negar(texto, "", "caracteres"); return; }
    if (!USUARIO.test(texto)) { negar(texto, "", "usuario_invalido"); return; }
    var buscado = usuario(texto);
    var porUsuario = filas.filter(function (f) { return usuario(f.dataset.usuario) === buscado; });
    if (porUsuario.length > 0) {
      responder("usuario", "@" + buscado, "", "El usuario @" + buscado + " es oficial sólo en: " +
        porUsuario.map(describir).join("; ") +
        ". Compruebe que la red social coincide: en cualquier otra red, ese nombre no es una cuenta oficial.");
      return;
    }
    negar(texto, "@" + buscado, "desconocida");
  }

  function desdeFragmento() {
    var fragmento = window.location.hash.replace(/^#/, "");
    var partes = fragmento.split("=");
    var nombre = partes.shift();
    var valor = "";
    try { valor = decodeURIComponent(partes.join("=")); } catch (e) { valor = ""; }
    if (nombre === "buscar") { buscar.value = valor; }
    if (nombre === "verificar") { entrada.value = valor; verificar(valor); }
  }

  buscar.addEventListener("input", function () {
    filtrar();
    try {
      history.replaceState(null, "", buscar.value ? "#buscar=" + encodeURIComponent(buscar.value) : "#");
    } catch (e) { /* file:// or sandboxed: sharing links is optional */ }
  });
  formulario.addEventListener("submit", function (evento) {
    evento.preventDefault();
    verificar(entrada.value);
  });
  window.addEventListener("hashchange", function () { desdeFragmento(); filtrar(); });
  document.documentElement.classList.add("js");
  desdeFragmento();
  filtrar();
})();
"""


def script(tables: dict[str, Any]) -> str:
    """The page's script with the catalogue's tables in it (JSON, safe inside ``<script>``:
    ``<``, ``>`` and ``&`` escaped, non-ASCII as ``\\u`` escapes)."""
    data = json.dumps(tables, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return SCRIPT_TEMPLATE.replace("__TABLAS__", data, 1)


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(script_text: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src {csp_hash(STYLE)}; "
        f"script-src {csp_hash(script_text)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _breakable(url: str) -> str:
    """``url`` escaped, with a line-break opportunity after each run of ``/``."""
    return "<wbr>".join(escape(part) for part in re.split(r"(?<=/)(?=[^/])", url))


def _link(url: str) -> str:
    if _HTTPS_URL.match(url):
        return (
            f'<a class="url" href="{escape(url)}" rel="noopener noreferrer">{_breakable(url)}</a>'
        )
    return f"<span>{escape(url)}</span>"


def _row(entry: dict[str, Any], identities: Identities) -> str:
    keys = identities.keys_of_account(entry["plataforma_id"], entry["usuario"], entry["url"])
    attrs = " ".join(
        f'data-{name}="{escape(value)}"'
        for name, value in (
            ("area", str(entry["area"])),
            ("plataforma", str(entry["plataforma"])),
            ("usuario", str(entry["usuario"])),
            ("url", str(entry["url"])),
            ("claves", " ".join(str(k) for k in keys)),
        )
    )
    return (
        f"<tr {attrs}>"
        f'<td>{escape(entry["area"])} <span class="clave">({escape(entry["clave"])})</span></td>'
        f"<td>{escape(entry['plataforma'])}</td>"
        f'<th scope="row">{escape(entry["usuario"])}</th>'
        f"<td>{_link(entry['url'])}</td>"
        "</tr>"
    )


def page(entries: Sequence[dict[str, Any]], areas: int, identities: Identities) -> bytes:
    total = len(entries)
    body_rows = "\n".join(_row(e, identities) for e in entries)
    script_text = script(identities.page_tables())
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{escape(content_security_policy(script_text))}">
<meta name="referrer" content="no-referrer">
<title>{escape(TITLE)}</title>
<style>{STYLE}</style>
</head>
<body>
<a class="saltar" href="#lista-titulo">Ir a la lista de cuentas</a>
<header>
<h1>{escape(TITLE)}</h1>
<p>Esta página reúne las {total} cuentas institucionales de redes sociales de {areas} áreas del
Instituto Nacional Electoral. Si una cuenta no aparece aquí, no es una cuenta oficial del INE.</p>
</header>
<main>
<section aria-labelledby="verificar-titulo">
<h2 id="verificar-titulo">¿Es oficial esta cuenta?</h2>
<form id="verificar">
<label for="verificar-entrada">Dirección (URL) o usuario (@cuenta)</label>
<input id="verificar-entrada" name="verificar" type="text" autocomplete="off" spellcheck="false"
 aria-describedby="verificar-ayuda">
<p id="verificar-ayuda" class="ayuda">Por ejemplo: https://x.com/INEMexico o @INEMexico.</p>
<button type="submit">Verificar</button>
</form>
<p id="verificar-resultado" class="estado" role="status" aria-live="polite"></p>
</section>
<section aria-labelledby="lista-titulo">
<h2 id="lista-titulo">Lista de cuentas oficiales</h2>
<div role="search">
<label for="buscar">Buscar por área, plataforma o usuario</label>
<input id="buscar" name="buscar" type="search" autocomplete="off" spellcheck="false"
 aria-describedby="buscar-ayuda" aria-controls="cuentas">
<p id="buscar-ayuda" class="ayuda">La tabla se filtra mientras escribe; no distingue mayúsculas
ni acentos.</p>
</div>
<p id="conteo" class="estado" role="status" aria-live="polite">Se muestran {total} de {total} cuentas.</p>
<noscript><p>La búsqueda y la verificación necesitan JavaScript. La lista completa está en la
tabla de abajo; puede buscar en ella con la función de búsqueda de su navegador.</p></noscript>
<div class="tabla" role="region" aria-labelledby="cuentas-titulo" tabindex="0">
<table id="cuentas">
<caption id="cuentas-titulo">Cuentas oficiales del INE por área y plataforma ({total})</caption>
<thead>
<tr><th scope="col">Área</th><th scope="col">Plataforma</th><th scope="col">Cuenta</th><th scope="col">Dirección</th></tr>
</thead>
<tbody>
{body_rows}
</tbody>
</table>
</div>
<p id="sin-resultados" hidden>Ninguna cuenta coincide con la búsqueda.</p>
</section>
</main>
<footer>
<p>Generado por ine-redes a partir del inventario de cuentas institucionales (4.5 III). Los
datos también están en <a href="cuentas-oficiales.json">cuentas-oficiales.json</a>.</p>
</footer>
<script>{script_text}</script>
</body>
</html>
"""
    return html.encode("utf-8")
