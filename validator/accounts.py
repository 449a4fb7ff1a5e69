"""Identity of a social-media account: one key for every way of writing its address.

Floor 2 (beside loading/): uses the catalogue model (floor 1) and ``ada_url``.

An address is read as a browser reads it (WHATWG URL parsing by ``ada_url``: dot segments
resolved, host lower-cased and IDNA-encoded, default ports dropped, backslashes read as
``/``), then reduced with the tables of ``inventory/plataformas.yaml`` to an
:class:`AccountKey`: the platform and the part that names the account (``x/inemexico``,
``facebook/profile.php?id=100064``, ``youtube/channel/UCabc``). Two addresses of the same
account give the same key; look-alikes do not:

* another host (``x.com.evil.com``, ``xn--...``) is no platform's host;
* credentials (``https://x.com@evil.com/...``), a port, or a scheme other than http/https make
  the address unusable (:class:`Unusable` with a code);
* anything outside printable ASCII, raw or percent-encoded, in the part that names the account
  is refused instead of folded, so a homoglyph never matches an official handle;
* an identity given twice (``profile.php?id=1&id=2``: the server reads one, we cannot know
  which) and encoded separators or dot segments left after parsing (``..%2F``) are refused.

The public page (``validator.generators.public_page``) runs the same algorithm in the
browser over :meth:`Identities.page_tables`, which this module derives from the catalogue;
``tests/data/url-corpus.yaml`` checks that both give the same key for every case.

Used by every rule that compares accounts, by ``verify``, ``history``, ``diff``, the wizard
and the public page.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qsl, unquote_to_bytes

import ada_url

from validator.i18n import Message
from validator.models.catalogs import Ruta
from validator.models.handles import TRIM, ascii_lower, handle_key

if TYPE_CHECKING:
    from validator.models.area import Area
    from validator.models.catalogs import Plataforma, Plataformas

# The characters a pasted address or handle may hold once trimmed: printable ASCII.
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_URL_PARTS = ("protocol", "username", "password", "port", "hostname", "pathname", "search")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
HANDLE_PATTERN = r"@?[A-Za-z0-9._-]{1,100}"
_HANDLE_RE = re.compile(HANDLE_PATTERN)


# Why an address or handle is not an official account: one text per code, for `verify` and,
# in Spanish, for the public page (serialised into its script with the address tables).
REASONS: dict[str, Message] = {
    "desconocida": Message(
        es="no aparece en el inventario de cuentas oficiales del INE",
        en="it is not in the INE's inventory of official accounts",
    ),
    "dominio_desconocido": Message(
        es="no está en el dominio de ninguna red social con cuentas oficiales del INE "
        "(revise el dominio letra por letra: x.com.ejemplo.com no es x.com)",
        en="is not on the domain of any social network with official INE accounts "
        "(check the domain letter by letter: x.com.example.com is not x.com)",
    ),
    "no_ascii": Message(
        es="contiene caracteres que no son ASCII (posible suplantación con letras parecidas, "
        "p. ej. una «І» cirílica en lugar de «I»)",
        en="it contains non-ASCII characters (possible impersonation with look-alike letters, "
        "e.g. a Cyrillic 'І' instead of 'I')",
    ),
    "credenciales": Message(
        es="la dirección lleva un usuario o contraseña antes del dominio (`usuario@dominio`): "
        "es una técnica de suplantación",
        en="the address carries a user or password before the host (`user@host`): "
        "an impersonation technique",
    ),
    "puerto": Message(
        es="la dirección usa un puerto no estándar", en="the address uses a non-standard port"
    ),
    "esquema": Message(
        es="la dirección no es http ni https", en="the address is neither http nor https"
    ),
    "url_invalida": Message(es="la dirección no es válida", en="the address is not valid"),
    "caracteres": Message(
        es="contiene espacios o caracteres de control, que ninguna cuenta oficial usa",
        en="it contains spaces or control characters, which no official account uses",
    ),
    "codificacion": Message(
        es="lleva una codificación con % que no es válida (posible engaño)",
        en="it carries an invalid %-encoding (a possible trick)",
    ),
    "ruta_ambigua": Message(
        es="la ruta lleva «..», «./» o diagonales codificadas (%2F, %5C): un servidor puede "
        "leerla como otra cuenta",
        en="the path carries '..', './' or encoded slashes (%2F, %5C): a server may read "
        "it as another account",
    ),
    "ambigua": Message(
        es="nombra la cuenta dos veces (p. ej. «?id=…&id=…»): no se sabe cuál abre la plataforma",
        en="it names the account twice (e.g. '?id=…&id=…'): which one the platform opens "
        "is unknown",
    ),
    "sin_identidad": Message(
        es="no señala ninguna cuenta (es una página de la red, o falta o no es válido el "
        "nombre de usuario)",
        en="names no account (it is a page of the network, or the user name is missing "
        "or not valid)",
    ),
    "vacio": Message(es="no se indicó ninguna cuenta", en="no account given"),
    "usuario_invalido": Message(
        es="no es un nombre de usuario válido (solo letras, dígitos, punto, guion y guion bajo)",
        en="not a valid user name (letters, digits, dot, hyphen and underscore only)",
    ),
}


class Unusable(ValueError):
    """The text cannot be an official account's address; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class AccountKey(NamedTuple):
    """What two addresses of the same account have in common (a named tuple, like
    :class:`Located`: a run makes one or two per account)."""

    plataforma: str
    identidad: str

    def __str__(self) -> str:
        return f"{self.plataforma}/{self.identidad}"


class Located(NamedTuple):
    """An address read: its scheme and host as parsed, and the account it names."""

    scheme: str  # "https" | "http"
    host: str
    key: AccountKey
    variable: str  # "usuario" | "id": what the address carries
    value: str  # the handle or identifier as written (decoded)


def looks_like_url(text: str) -> bool:
    return "/" in text


def _decode(segment: str) -> str:
    """Percent-decoding of one path segment or query value, strict UTF-8 (as JavaScript's
    ``decodeURIComponent``): a malformed escape or byte sequence is refused."""
    if "%" not in segment:
        return segment
    if _BAD_ESCAPE.search(segment):
        raise Unusable("codificacion")
    try:
        return unquote_to_bytes(segment).decode("utf-8")
    except UnicodeDecodeError:
        raise Unusable("codificacion") from None


def _check_value(value: str) -> None:
    if not value.isascii():
        raise Unusable("no_ascii")
    if _CONTROL.search(value):
        raise Unusable("caracteres")


@dataclass(frozen=True, slots=True)
class _Form:
    """One address form of a platform, ready to compare: per segment of its path, the
    literal or the prefix of the placeholder in ASCII lower case (both None: ``*``)."""

    ruta: Ruta
    literals: tuple[str | None, ...]
    prefixes: tuple[str | None, ...]
    pattern: re.Pattern[str]  # what the placeholder's value must be
    reserved: frozenset[str]  # handles that name no account (usuario forms)
    placeholder: str  # "{usuario}" or "{id}", as the key template holds it

    @classmethod
    def of(cls, p: Plataforma, ruta: Ruta) -> _Form:
        literals: list[str | None] = []
        prefixes: list[str | None] = []
        for segment in ruta.segmentos:
            if segment.variable is not None:  # prefijo{variable}
                literals.append(None)
                prefixes.append(ascii_lower(segment.prefijo))
            else:  # a literal, or * (no literal)
                literals.append(None if segment.literal is None else ascii_lower(segment.literal))
                prefixes.append(None)
        usuario = ruta.variable == "usuario"
        return cls(
            ruta,
            tuple(literals),
            tuple(prefixes),
            re.compile(p.usuario_patron if usuario else p.id_patron),
            frozenset(p.reservados) if usuario else frozenset(),
            "{" + ruta.variable + "}",
        )


class Identities:
    """The account keys of one catalogue (``inventory/plataformas.yaml``)."""

    _MEMO_LIMIT = 100_000

    def __init__(self, plataformas: Plataformas | None) -> None:
        self.platforms: dict[str, Plataforma] = dict(plataformas.plataformas) if plataformas else {}
        self.routes: dict[str, tuple[Ruta, ...]] = {
            key: tuple(f.parsed for f in p.formas) for key, p in self.platforms.items()
        }
        self._hosts: dict[str, str] = {}
        for key, p in self.platforms.items():
            for domain in p.dominios:
                self._hosts.setdefault(domain, key)
                for sub in p.subdominios:
                    self._hosts.setdefault(f"{sub}.{domain}", key)
        self._forms: dict[str, tuple[_Form, ...]] = {
            key: tuple(_Form.of(p, ruta) for ruta in self.routes[key])
            for key, p in self.platforms.items()
        }
        # Each platform's first ``{usuario}`` form's key template (what a handle's key is).
        self._handle_keys: dict[str, str] = {}
        for key, routes in self.routes.items():
            for ruta in routes:
                if ruta.variable == "usuario":
                    self._handle_keys[key] = ruta.clave
                    break
        self._memo: dict[str, Located | str] = {}  # an address read, or why it cannot be

    # -- hosts ---------------------------------------------------------------------------
    def platform_of_host(self, host: str) -> str | None:
        return self._hosts.get(host)

    # -- addresses -----------------------------------------------------------------------
    def locate(self, url: str) -> Located:
        """Read an address; raises :class:`Unusable` (with a code) when it names no account
        of a catalogue platform. Bare ``host/path`` and ``//host/path`` are read as https."""
        found = self._memo.get(url)
        if found is None:
            try:
                found = self._locate(url)
            except Unusable as exc:
                found = exc.code
            if len(self._memo) >= self._MEMO_LIMIT:
                self._memo.clear()
            self._memo[url] = found
        if isinstance(found, str):
            raise Unusable(found)
        return found

    def _locate(self, url: str) -> Located:
        text = url.strip(TRIM)
        if not text:
            raise Unusable("vacio")
        if not text.isascii():
            raise Unusable("no_ascii")
        if _CONTROL.search(text):
            raise Unusable("caracteres")
        if not _SCHEME.match(text):
            text = ("https:" if text.startswith("//") else "https://") + text
        try:
            parsed = ada_url.parse_url(text, _URL_PARTS)  # the parts read below, at once
        except ValueError:
            raise Unusable("url_invalida") from None
        scheme = parsed["protocol"].removesuffix(":")
        if scheme not in ("http", "https"):
            raise Unusable("esquema")
        if parsed["username"] or parsed["password"]:
            raise Unusable("credenciales")
        if parsed["port"]:
            raise Unusable("puerto")
        host = parsed["hostname"].removesuffix(".")
        if host.startswith("xn--") or ".xn--" in host:  # a label in IDNA's ASCII form
            raise Unusable("no_ascii")
        plataforma = self.platform_of_host(host)
        if plataforma is None:
            raise Unusable("dominio_desconocido")
        segments = [_decode(s) for s in parsed["pathname"].split("/") if s]
        for segment in segments:
            if segment in (".", "..") or "/" in segment or "\\" in segment:
                raise Unusable("ruta_ambigua")
        search = parsed["search"]
        # The query as a browser's URLSearchParams reads it (the form-urlencoded parser):
        # '+' is a space, and a percent-encoded byte that is not UTF-8 becomes U+FFFD, which
        # no account's value accepts, instead of an error about an unrelated parameter.
        params = parse_qsl(search[1:], keep_blank_values=True, errors="replace") if search else []
        variable, value, identidad = self._identity(plataforma, segments, params)
        # Every address read is kept for the run (the memo): its scheme and host, a handful
        # of distinct strings, are shared rather than held once per address.
        key = AccountKey(plataforma, identidad)
        return Located(sys.intern(scheme), sys.intern(host), key, variable, value)

    def _identity(
        self, plataforma: str, segments: Sequence[str], params: Sequence[tuple[str, str]]
    ) -> tuple[str, str, str]:
        lowered = [ascii_lower(segment) for segment in segments]
        for form in self._forms[plataforma]:
            first = form.literals[0]
            if first is not None and (not lowered or lowered[0] != first):
                continue  # starts with another literal: not this form
            value = self._match(form, segments, lowered, params)
            if value is not None:
                ruta = form.ruta
                shown = ascii_lower(value) if ruta.variable == "usuario" else value
                return ruta.variable, value, ruta.clave.replace(form.placeholder, shown)
            if first is not None:
                # A form that starts with a literal claims the addresses whose first segment
                # is that literal: if it finds no account there, no later form is tried.
                raise Unusable("sin_identidad")
        raise Unusable("sin_identidad")

    @staticmethod
    def _match(
        form: _Form,
        segments: Sequence[str],
        lowered: Sequence[str],
        params: Sequence[tuple[str, str]],
    ) -> str | None:
        if len(segments) < len(form.literals):
            return None
        value: str | None = None
        for i, (literal, prefix) in enumerate(zip(form.literals, form.prefixes, strict=True)):
            if prefix is not None:
                if not lowered[i].startswith(prefix):
                    return None
                value = segments[i][len(prefix) :]
            elif literal is not None and lowered[i] != literal:
                return None
        ruta = form.ruta
        if ruta.parametro is not None:
            values = [v for name, v in params if name == ruta.parametro]
            if len(values) > 1:
                raise Unusable("ambigua")
            if not values:
                return None
            value = values[0]
        if value is None:
            return None
        _check_value(value)
        if form.pattern.fullmatch(value) is None:
            return None
        if ruta.variable == "usuario" and ascii_lower(value) in form.reserved:
            return None
        return value

    def key_of_url(self, url: str) -> AccountKey:
        return self.locate(url).key

    def key_of_usuario(self, plataforma: str, usuario: str) -> AccountKey:
        """The key the ``usuario`` field names: the platform's first ``{usuario}`` form
        (``/{usuario}`` on X, ``/@{usuario}`` on YouTube); on a platform whose addresses
        carry only identifiers, the handle under ``usuario:``."""
        handle = handle_key(usuario)
        template = self._handle_keys.get(plataforma)
        if template is not None:
            return AccountKey(plataforma, template.replace("{usuario}", handle))
        return AccountKey(plataforma, "usuario:" + handle)

    def address_of_usuario(self, plataforma: str, usuario: str) -> str | None:
        """The plain address of a handle on a platform (its first ``{usuario}`` form), as
        the inventory writes it: ``https://x.com/INEMexico``; None if there is no such form."""
        p = self.platforms.get(plataforma)
        handle = usuario.strip(TRIM).lstrip("@")
        for ruta in self.routes.get(plataforma, ()):
            if p is not None and ruta.variable == "usuario":
                return f"https://{p.host}/" + ruta.clave.replace("{usuario}", handle)
        return None

    def keys_of_account(self, plataforma: str, usuario: str, url: str) -> tuple[AccountKey, ...]:
        """Every key an inventory entry answers to: its address's and its handle's."""
        handle = self.key_of_usuario(plataforma, usuario)
        try:
            address = self.key_of_url(url)
        except Unusable:
            return (handle,)
        return (handle,) if address == handle else (address, handle)

    def key_of_account(self, plataforma: str, usuario: str, url: str) -> AccountKey:
        """The one key that stands for an inventory entry: its address's, or its handle's
        when the address cannot be read (what ``diff`` follows from one version to another)."""
        return self.keys_of_account(plataforma, usuario, url)[0]

    # -- the same tables for the public page -----------------------------------------------
    def page_tables(self) -> dict[str, Any]:
        """What the page's script needs to compute :meth:`locate`'s key, as JSON data."""
        return {
            "usuario": HANDLE_PATTERN,
            "motivos": {code: texts.es for code, texts in REASONS.items()},
            "plataformas": [
                {
                    "clave": key,
                    "dominios": list(p.dominios),
                    "subdominios": list(p.subdominios),
                    "usuario_patron": p.usuario_patron,
                    "id_patron": p.id_patron,
                    "reservados": list(p.reservados),
                    "formas": [
                        {
                            "segmentos": [
                                {"literal": s.literal, "prefijo": s.prefijo, "variable": s.variable}
                                for s in ruta.segmentos
                            ],
                            "parametro": ruta.parametro,
                            "variable": ruta.variable,
                            "clave": ruta.clave,
                            "reclama": ruta.reclama,
                        }
                        for ruta in self.routes[key]
                    ],
                }
                for key, p in self.platforms.items()
            ],
        }


@dataclass(frozen=True, slots=True)
class OfficialAccount:
    """One account of the inventory, as the public may know it."""

    clave: str
    area: str
    plataforma: str
    plataforma_nombre: str
    usuario: str
    url: str

    def to_dict(self) -> dict[str, str]:
        return {
            "clave": self.clave,
            "area": self.area,
            "plataforma": self.plataforma,
            "plataforma_nombre": self.plataforma_nombre,
            "usuario": self.usuario,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    query: str
    official: bool
    kind: str  # "url" | "handle"
    matches: tuple[OfficialAccount, ...] = ()
    reason: str | None = None  # code when not official
    key: str | None = None  # normalised form that was compared

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "official": self.official,
            "kind": self.kind,
            "normalized": self.key,
            "reason": self.reason,
            "matches": [m.to_dict() for m in self.matches],
        }


class Registry:
    """Official accounts indexed by their :class:`AccountKey` and by :func:`handle_key`."""

    def __init__(self, accounts: Iterable[OfficialAccount], identities: Identities) -> None:
        self.identities = identities
        self.accounts = sorted(accounts, key=lambda a: (a.clave, a.plataforma, a.usuario.lower()))
        self.by_key: dict[AccountKey, list[OfficialAccount]] = {}
        self.by_handle: dict[str, list[OfficialAccount]] = {}
        for account in self.accounts:
            for key in identities.keys_of_account(account.plataforma, account.usuario, account.url):
                self.by_key.setdefault(key, []).append(account)
            self.by_handle.setdefault(handle_key(account.usuario), []).append(account)

    def verify(self, query: str, plataforma: str | None = None) -> Verdict:
        text = query.strip(TRIM)
        if looks_like_url(text):
            try:
                key = self.identities.key_of_url(text)
            except Unusable as exc:
                return Verdict(query, False, "url", reason=exc.code)
            found = [
                a
                for a in self.by_key.get(key, [])
                if plataforma is None or a.plataforma == plataforma
            ]
            if found:
                return Verdict(query, True, "url", tuple(found), key=str(key))
            return Verdict(query, False, "url", reason="desconocida", key=str(key))
        if not text:
            return Verdict(query, False, "handle", reason="vacio")
        if not text.isascii():
            return Verdict(query, False, "handle", reason="no_ascii")
        if _CONTROL.search(text):
            return Verdict(query, False, "handle", reason="caracteres")
        if not _HANDLE_RE.fullmatch(text):
            return Verdict(query, False, "handle", reason="usuario_invalido")
        handle = handle_key(text)
        found = [
            a
            for a in self.by_handle.get(handle, [])
            if plataforma is None or a.plataforma == plataforma
        ]
        if found:
            return Verdict(query, True, "handle", tuple(found), key="@" + handle)
        return Verdict(query, False, "handle", reason="desconocida", key="@" + handle)


def registry_of(areas: Iterable[Area], plataformas: Plataformas | None) -> Registry:
    """Every account of ``areas`` (the valid area models of an inventory), read with the
    address tables of ``plataformas`` (``None``: a broken catalogue, no address is read)."""
    names: dict[str, str] = {}
    if plataformas is not None:
        names = {k: p.nombre for k, p in plataformas.plataformas.items()}
    accounts: list[OfficialAccount] = []
    for area in areas:
        for cuenta in area.cuentas:
            accounts.append(
                OfficialAccount(
                    clave=area.clave,
                    area=area.nombre,
                    plataforma=cuenta.plataforma,
                    plataforma_nombre=names.get(cuenta.plataforma, cuenta.plataforma),
                    usuario=cuenta.usuario,
                    url=cuenta.url,
                )
            )
    return Registry(accounts, Identities(plataformas))
