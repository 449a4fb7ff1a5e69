"""cuenta-plataforma: the platform is in the catalogue and the URL is its https address.

The URL is parsed with :mod:`urllib.parse` and judged piece by piece before the
catalogue's ``url_patron`` is applied, so that a crafted address (credentials, a port,
another host hidden behind ``@``, a ``javascript:`` link) gets a message that names the
trick instead of a bare "does not match".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import get_close_matches
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

_PREFIX = "^https://"


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:  # the catalogue's model already refuses it; never crash here
        return None


@lru_cache(maxsize=256)
def _host_regex(pattern: str) -> re.Pattern[str] | None:
    """The host part of a pattern written ``^https://HOST/...`` (None if not that shape)."""
    if not pattern.startswith(_PREFIX):
        return None
    body = pattern[len(_PREFIX) :]
    depth, i = 0, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "/" and depth == 0:
            try:
                return re.compile(body[:i])
            except re.error:
                return None
        i += 1
    return None


# Characters RFC 3986 never allows in a URL: whitespace, controls, backslash, quotes, <>`{}|^.
_MALFORMED = re.compile(r"[\s\x00-\x1f\x7f\\\"<>`{}|^]")


def url_problem(url: str, pattern: str | None) -> tuple[str, dict[str, str]] | None:
    """Why ``url`` is not an acceptable address for a platform with ``pattern``.

    Returns a message key and its parameters, or None when the URL is acceptable.
    ``pattern`` None means the platform is unknown: only the generic checks apply.
    """
    if _MALFORMED.search(url):  # characters that are never valid in a URL
        return "malformed", {}
    try:
        parts = urlsplit(url)
    except ValueError:
        return "malformed", {}
    scheme = parts.scheme.lower()
    if scheme != "https":
        return "scheme", {"scheme": scheme or "-"}
    netloc = parts.netloc
    if "@" in netloc:
        return "credentials", {}
    if netloc.startswith("["):  # an IP literal is never a platform's address
        return "malformed", {}
    if ":" in netloc:
        return "port", {"port": netloc.rsplit(":", 1)[1] or "-"}
    host = netloc
    if not host:
        return "malformed", {}
    if not host.isascii():
        return "host_unicode", {"host": host}
    if pattern is None:
        return None
    compiled = _compiled(pattern)
    if compiled is None:
        return None
    host_re = _host_regex(pattern)
    if host_re is not None and host_re.fullmatch(host.lower()) is None:
        return "other_host", {"host": host}
    canonical = urlunsplit(("https", host.lower(), parts.path, parts.query, parts.fragment))
    if compiled.match(canonical) is None:
        return "pattern", {}
    return None


@rule(
    id="cuenta-plataforma",
    severity=ERROR,
    clause="3 g",
    summary=Message(
        es="La plataforma está en plataformas.yaml y la url es su dirección https "
        "(sin credenciales, sin puerto, sin otro dominio).",
        en="The platform is in plataformas.yaml and the url is its https address "
        "(no credentials, no port, no other host).",
    ),
    description=Message(
        es="Cada cuenta nombra una red social del catálogo `inventory/plataformas.yaml` "
        "(definición 3 g) y su `url` es la dirección pública de la cuenta en esa red: "
        "empieza con `https://`, no lleva usuario ni contraseña (`https://usuario@…`), "
        "ni puerto (`:8443`), su dominio es el de la plataforma y cumple el `url_patron` "
        "del catálogo. Así el listado público nunca enlaza a un sitio ajeno ni a un "
        "enlace `javascript:`.",
        en="Every account names a social network of the catalogue "
        "`inventory/plataformas.yaml` (definition 3 g) and its `url` is the account's "
        "public address on that network: it starts with `https://`, carries no user or "
        "password (`https://user@…`) and no port (`:8443`), its host is the platform's "
        "and it matches the catalogue's `url_patron`. So the public list never links to a "
        "foreign site or to a `javascript:` link.",
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
            "'{host}', que no es de {nombre} (patrón {patron}). Escriba la dirección de la "
            "cuenta en {nombre}.",
            en="The url '{url}' of the {plataforma} account '{usuario}' points to host "
            "'{host}', which is not {nombre}'s (pattern {patron}). Write the account's "
            "address on {nombre}.",
        ),
        "pattern": Message(
            es="La url '{url}' de la cuenta {plataforma} '{usuario}' no cumple el patrón de "
            "{nombre}: {patron}. Corrija la dirección (p. ej. el perfil completo tras el "
            "dominio) o la plataforma.",
            en="The url '{url}' of the {plataforma} account '{usuario}' does not match "
            "{nombre}'s pattern: {patron}. Fix the address (e.g. the full profile after the "
            "host) or the platform.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://www.facebook.com/INEJDE01Ags\n",
    failing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://usuario:clave@www.facebook.com.evil.example/INEJDE01Ags\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    catalogue = ctx.plataformas.plataformas
    known = ", ".join(sorted(catalogue))
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            plataforma = catalogue.get(cuenta.plataforma)
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
                    **params,
                )
            pattern = plataforma.url_patron if plataforma else None
            found = url_problem(cuenta.url, pattern)
            if found is None:
                continue
            params["example"] = _suggestion(cuenta.url, pattern) or params["example"]
            key, extra = found
            if plataforma is not None:
                extra = {"nombre": plataforma.nombre, "patron": plataforma.url_patron, **extra}
            yield problem(source, ("cuentas", i, "url"), key, **{**params, **extra})


def _suggestion(url: str, pattern: str | None) -> str | None:
    """The same address as plain https, without credentials or port, if that is acceptable."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if not host or not host.isascii() or parts.scheme.lower() not in ("http", "https"):
        return None
    candidate = urlunsplit(("https", host, parts.path, parts.query, parts.fragment))
    return candidate if url_problem(candidate, pattern) is None else None
