"""cuenta-plataforma: the platform is in the catalogue and the URL is its https address.

The URL is read as a browser reads it (:class:`validator.accounts.Identities`, WHATWG parsing)
and judged piece by piece against the platform's tables in ``plataformas.yaml`` (hosts,
address forms), so that a crafted address (credentials, a port, another host hidden behind
``@``, a ``javascript:`` link, ``..`` segments, an identity given twice) gets a message that
names the trick instead of a bare "does not match". As written in the inventory, the address
must also be plain: ``https://``, the platform's host as the catalogue spells it, no port.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import get_close_matches

import ada_url

from validator.accounts import Identities, Unusable
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

# Characters RFC 3986 never allows in a URL: whitespace, controls, backslash, quotes, <>`{}|^.
_MALFORMED = re.compile(r"[\s\x00-\x1f\x7f\\\"<>`{}|^]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_AUTHORITY = re.compile(r"^https://([^/?#]*)", re.IGNORECASE)
# A "." or ".." segment, written or percent-encoded: the browser opens another path.
_DOT_SEGMENT = re.compile(r"/(?:\.|%2e){1,2}(?=[/?#]|$)", re.IGNORECASE)
_AMBIGUOUS = {"codificacion", "ruta_ambigua", "ambigua"}


def url_problem(
    url: str, plataforma: str | None, identities: Identities
) -> tuple[str, dict[str, str]] | None:
    """Why ``url`` is not an acceptable address of an account on ``plataforma``.

    Returns a message key and its parameters, or None when the URL is acceptable.
    ``plataforma`` None (not in the catalogue) means only the generic checks apply.
    """
    if _MALFORMED.search(url):  # characters that are never valid in a URL
        return "malformed", {}
    m = _SCHEME.match(url)
    scheme = m.group(1).lower() if m else ""
    if scheme != "https":
        return "scheme", {"scheme": scheme or "-"}
    authority = _AUTHORITY.match(url)
    if authority is None or not authority.group(1):
        return "malformed", {}
    netloc = authority.group(1)
    if "@" in netloc:
        return "credentials", {}
    if not netloc.isascii():
        return "host_unicode", {"host": netloc}
    if netloc.startswith("["):  # an IP literal is never a platform's address
        return "malformed", {}
    if ":" in netloc:
        return "port", {"port": netloc.rsplit(":", 1)[1] or "-"}
    if _DOT_SEGMENT.search(url, authority.end()):
        return "ambiguous", {}
    try:
        host = ada_url.parse_url(url, ("hostname",))["hostname"]
    except ValueError:
        return "malformed", {}
    if host.startswith("xn--") or ".xn--" in host:  # a label in IDNA's ASCII form
        return "host_unicode", {"host": netloc}
    if plataforma is None:
        return None
    if identities.platform_of_host(host) != plataforma:
        return "other_host", {"host": netloc}
    try:
        located = identities.locate(url)
    except Unusable as exc:
        if exc.code in _AMBIGUOUS:
            return "ambiguous", {}
        return "pattern", {}
    if located.key.plataforma != plataforma:  # pragma: no cover - host checked above
        return "other_host", {"host": netloc}
    return None


def address_forms(identities: Identities, plataforma: str) -> str:
    """The catalogue's address forms of a platform, as a titular would write them."""
    p = identities.platforms[plataforma]
    shown = (
        forma.ruta.replace("{usuario}", "USUARIO").replace("{id}", "ID").replace("*", "…")
        for forma in p.formas
    )
    return ", ".join(f"https://{p.host}{ruta}" for ruta in shown)


@rule(
    id="cuenta-plataforma",
    severity=ERROR,
    clause="3 g",
    summary=Message(
        es="La plataforma está en plataformas.yaml y la url es su dirección https "
        "(sin credenciales, sin puerto, sin otro dominio, en una de sus formas).",
        en="The platform is in plataformas.yaml and the url is its https address "
        "(no credentials, no port, no other host, in one of its forms).",
    ),
    description=Message(
        es="Cada cuenta nombra una red social del catálogo `inventory/plataformas.yaml` "
        "(definición 3 g) y su `url` es la dirección pública de la cuenta en esa red: "
        "empieza con `https://`, no lleva usuario ni contraseña (`https://usuario@…`), "
        "ni puerto (`:8443`), ni segmentos `..` o `./`, su dominio es uno de los `dominios` "
        "de la plataforma (con sus `subdominios`) y su ruta es una de las `formas` del "
        "catálogo, leída como la lee un navegador. Así el listado público nunca enlaza a un "
        "sitio ajeno ni a un enlace `javascript:`.",
        en="Every account names a social network of the catalogue "
        "`inventory/plataformas.yaml` (definition 3 g) and its `url` is the account's "
        "public address on that network: it starts with `https://`, carries no user or "
        "password (`https://user@…`), no port (`:8443`) and no `..` or `./` segments, its "
        "host is one of the platform's `dominios` (with its `subdominios`) and its path is "
        "one of the catalogue's `formas`, read as a browser reads it. So the public list "
        "never links to a foreign site or to a `javascript:` link.",
    ),
    messages={
        "unknown": Message(
            es="La plataforma '{plataforma}' no está en inventory/plataformas.yaml. Use una "
            "de: {known}; si es una red nueva, pida a la CNCS que la agregue al catálogo.",
            en="Platform '{plataforma}' is not in inventory/plataformas.yaml. Use one of: "
            "{known}; for a new network, ask CNCS to add it to the catalogue.",
        ),
        "unknown_close": Message(
            es="La plataforma '{plataforma}' no está en inventory/plataformas.yaml. ¿Quiso "
            "decir '{close}'? Las claves van en minúsculas, como en el catálogo.",
            en="Platform '{plataforma}' is not in inventory/plataformas.yaml. Did you mean "
            "'{close}'? Keys are lower case, as in the catalogue.",
        ),
        "malformed": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' no es una dirección "
            "válida (espacios, comillas, < >, caracteres de control, diagonales invertidas o "
            "sin dominio). "
            "Escriba la dirección completa, p. ej. {example}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' is not a valid "
            "address (spaces, quotes, < >, control characters, backslashes or no host). "
            "Write the full "
            "address, e.g. {example}.",
        ),
        "scheme": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' usa el esquema "
            "'{scheme}'; solo se admite https:// (nunca http, javascript: ni data:). "
            "Escriba la dirección https de la cuenta, p. ej. {example}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' uses the scheme "
            "'{scheme}'; only https:// is accepted (never http, javascript: or data:). "
            "Write the account's https address, e.g. {example}.",
        ),
        "credentials": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' lleva usuario o "
            "contraseña antes de '@' (o esconde otro dominio tras '@'). Quite esa parte: "
            "la url es solo la dirección pública, p. ej. {example}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' carries a user or "
            "password before '@' (or hides another host behind '@'). Remove that part: the "
            "url is only the public address, e.g. {example}.",
        ),
        "port": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' indica el puerto "
            "'{port}'. Las direcciones de las plataformas no llevan puerto: quítelo, "
            "p. ej. {example}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' gives the port "
            "'{port}'. Platform addresses carry no port: remove it, e.g. {example}.",
        ),
        "host_unicode": Message(
            es="El dominio '{host}' de la url de la cuenta {plataforma} '{usuario}' tiene "
            "caracteres no ASCII (posibles letras parecidas a las latinas). Escriba el "
            "dominio oficial de la plataforma, p. ej. {example}.",
            en="The host '{host}' in the url of the {plataforma} account '{usuario}' has "
            "non-ASCII characters (possibly look-alike letters). Write the platform's "
            "official host, e.g. {example}.",
        ),
        "other_host": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' apunta al dominio "
            "'{host}', que no es de {nombre} (formas: {formas}). Escriba la dirección de la "
            "cuenta en {nombre}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' points to host "
            "'{host}', which is not {nombre}'s (forms: {formas}). Write the account's "
            "address on {nombre}.",
        ),
        "pattern": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' no tiene ninguna de las "
            "formas de {nombre}: {formas}. Corrija la dirección (p. ej. el perfil completo "
            "tras el dominio) o la plataforma.",
            en="The url '{url}' of the {plataforma} account '{usuario}' has none of "
            "{nombre}'s forms: {formas}. Fix the address (e.g. the full profile after the "
            "host) or the platform.",
        ),
        "ambiguous": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' lleva segmentos '..' o "
            "'./', diagonales codificadas (%2F, %5C), una codificación % inválida o el "
            "identificador dos veces: un navegador o la plataforma la leen como otra cuenta. "
            "Escriba la dirección directa, p. ej. {example}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' carries '..' or './' "
            "segments, encoded slashes (%2F, %5C), an invalid % encoding or the identifier "
            "twice: a browser or the platform reads it as another account. Write the direct "
            "address, e.g. {example}.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://www.facebook.com/INEJDE01Ags\n",
    failing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://usuario:clave@www.facebook.com.evil.example/INEJDE01Ags\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    catalogue = ctx.plataformas.plataformas
    identities = ctx.identities
    known = ", ".join(sorted(catalogue))
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            plataforma = catalogue.get(cuenta.plataforma)
            key = cuenta.plataforma if plataforma is not None else None
            found = url_problem(cuenta.url, key, identities)
            if plataforma is not None and found is None:
                continue
            params = {
                "plataforma": cuenta.plataforma,
                "usuario": cuenta.usuario,
                "url": cuenta.url,
                "example": "https://www.facebook.com/INEMexico",
            }
            if plataforma is None:
                close = get_close_matches(cuenta.plataforma.lower(), catalogue, n=1, cutoff=0.75)
                yield problem(
                    source,
                    ("cuentas", i, "plataforma"),
                    "unknown_close" if close else "unknown",
                    known=known,
                    close=close[0] if close else "",
                    params=params,
                )
            if found is None:
                continue
            params["example"] = _suggestion(cuenta.url, key, identities) or params["example"]
            code, extra = found
            if plataforma is not None:
                extra = {
                    "nombre": plataforma.nombre,
                    "formas": address_forms(identities, cuenta.plataforma),
                    **extra,
                }
            yield problem(source, ("cuentas", i, "url"), code, params={**params, **extra})


def _suggestion(url: str, plataforma: str | None, identities: Identities) -> str | None:
    """The same address as plain https, without credentials or port, if that is acceptable."""
    try:
        parsed = ada_url.URL(url.strip())
    except ValueError:
        return None
    if parsed.protocol not in ("http:", "https:"):
        return None
    candidate = f"https://{parsed.hostname}{parsed.pathname}{parsed.search}"
    return candidate if url_problem(candidate, plataforma, identities) is None else None
