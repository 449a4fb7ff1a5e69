"""Identity of a social-media account: one key for every way of writing its address.

A URL is reduced to ``(host, identity)``: the platform's canonical host (``twitter.com`` is
``x.com``; ``www.``, ``m.``, ``mobile.``, ``web.`` and ``mbasic.`` are dropped) and the part
of the path that names the account (``INEMexico`` in ``/INEMexico/photos?ref=x``), folded to
lower case where the platform treats names case-insensitively. Two addresses of the same
account give the same key; look-alikes do not:

* another host (``x.com.evil.com``, ``xn--...``) is another host;
* a port, credentials (``https://x.com@evil.com/...``) or a scheme other than http/https
  make the address unusable (``None``);
* anything outside ASCII (Cyrillic ``І`` for Latin ``I``, fullwidth letters ...) is refused
  instead of folded, so a homoglyph never matches an official handle.

Used by ``ine-redes verify``; the ``cuenta-duplicada`` rule and the public page can share
:func:`account_key` and :func:`handle_key`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

# Sub-domains that show the same account (mobile and regional front ends).
_DROP_PREFIXES = ("www.", "m.", "mobile.", "web.", "mbasic.", "touch.")
# Other names of a platform's host.
HOST_ALIASES: dict[str, str] = {
    "twitter.com": "x.com",
    "threads.com": "threads.net",
    "telegram.me": "t.me",
}
# Hosts whose account identifiers are case-sensitive in some path forms (IDs).
_CASE_SENSITIVE_FORMS = {
    ("youtube.com", "channel"),
    ("whatsapp.com", "channel"),
}
_HANDLE_RE = re.compile(r"^@?[A-Za-z0-9._-]{1,100}$")


class Unusable(ValueError):
    """The text cannot be an official account's address; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class AccountKey:
    """What two addresses of the same account have in common."""

    host: str
    identity: str

    def __str__(self) -> str:
        return f"{self.host}/{self.identity}"


def canonical_host(host: str) -> str:
    host = host.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _DROP_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    return HOST_ALIASES.get(host, host)


def handle_key(usuario: str) -> str:
    """A handle as compared across the inventory: no ``@``, case-folded (ASCII)."""
    return usuario.strip().lstrip("@").lower()


def _identity(host: str, segments: list[str], query: str) -> str:
    """The path part that names the account on ``host``."""
    first = segments[0] if segments else ""
    if host == "facebook.com":
        if first == "profile.php":
            ids = parse_qs(query).get("id") or [""]
            if not ids[0].isdigit():
                raise Unusable("sin_identidad")
            return f"id:{ids[0]}"
        if first == "people" and len(segments) >= 3 and segments[2].isdigit():
            return f"id:{segments[2]}"
        if first == "pg" and len(segments) >= 2:
            return segments[1].lower()
        return first.lower()
    if host == "youtube.com":
        if first in ("c", "user", "channel") and len(segments) >= 2:
            name = segments[1] if (host, first) in _CASE_SENSITIVE_FORMS else segments[1].lower()
            return f"{first}/{name}"
        return first.lower().lstrip("@")
    if host == "whatsapp.com":
        if first == "channel" and len(segments) >= 2:
            return f"channel/{segments[1]}"
        return "/".join(segments)
    if host == "linkedin.com" or host == "flickr.com":
        return "/".join(s.lower() for s in segments[:2])
    if host == "open.spotify.com":
        kept = [s for s in segments if not s.startswith("intl-")]
        return "/".join(kept[:2])
    if host in ("x.com", "instagram.com", "threads.net", "tiktok.com", "t.me"):
        return first.lower().lstrip("@")
    return "/".join(segments).lower()


def account_key(url: str) -> AccountKey:
    """The key of an account address; raises :class:`Unusable` when it cannot be one.

    Accepts ``https://``, ``http://`` and bare ``host/path`` forms; ignores query strings
    (except Facebook's ``profile.php?id=``), fragments and trailing slashes.
    """
    text = url.strip()
    if not text:
        raise Unusable("vacio")
    if not text.isascii():
        raise Unusable("no_ascii")
    if "://" not in text:
        text = "https:" + text if text.startswith("//") else "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise Unusable("url_invalida") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Unusable("esquema")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise Unusable("credenciales")
    if port is not None and port not in (80, 443):
        raise Unusable("puerto")
    host = parts.hostname or ""
    if not host or not re.fullmatch(r"[a-z0-9.-]+", host) or host.startswith("xn--"):
        raise Unusable("host")
    if any(label.startswith("xn--") for label in host.split(".")):
        raise Unusable("no_ascii")
    path = unquote(parts.path)
    if not path.isascii():
        raise Unusable("no_ascii")
    segments = [s for s in path.split("/") if s]
    if not segments:
        raise Unusable("sin_identidad")
    canon = canonical_host(host)
    identity = _identity(canon, segments, parts.query)
    if not identity or identity in (".", ".."):
        raise Unusable("sin_identidad")
    return AccountKey(canon, identity)


def looks_like_url(text: str) -> bool:
    return "/" in text.strip()


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
    """Official accounts indexed by :func:`account_key` and :func:`handle_key`."""

    def __init__(self, accounts: Iterable[OfficialAccount]) -> None:
        self.accounts = sorted(accounts, key=lambda a: (a.clave, a.plataforma, a.usuario.lower()))
        self.by_key: dict[AccountKey, list[OfficialAccount]] = {}
        self.by_handle: dict[str, list[OfficialAccount]] = {}
        for account in self.accounts:
            with contextlib.suppress(Unusable):
                self.by_key.setdefault(account_key(account.url), []).append(account)
            self.by_handle.setdefault(handle_key(account.usuario), []).append(account)

    def verify(self, query: str, plataforma: str | None = None) -> Verdict:
        text = query.strip()
        if looks_like_url(text):
            try:
                key = account_key(text)
            except Unusable as exc:
                return Verdict(query, False, "url", reason=exc.code)
            found = [
                a
                for a in self.by_key.get(key, [])
                if plataforma is None or a.plataforma == plataforma
            ]
            if found:
                return Verdict(query, True, "url", tuple(found), key=str(key))
            known_hosts = {k.host for k in self.by_key}
            reason = "desconocida" if key.host in known_hosts else "dominio_desconocido"
            return Verdict(query, False, "url", reason=reason, key=str(key))
        if not text.isascii():
            return Verdict(query, False, "handle", reason="no_ascii")
        if not _HANDLE_RE.match(text):
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


def registry_from_inventory(inventory: object) -> Registry:
    """Every account of the valid area files of a loaded :class:`Inventory`."""
    from validator.loading.sources import Inventory

    assert isinstance(inventory, Inventory)
    names: dict[str, str] = {}
    if inventory.plataformas is not None:
        names = {k: p.nombre for k, p in inventory.plataformas.plataformas.items()}
    accounts: list[OfficialAccount] = []
    for source in inventory.area_files:
        if source.model is None:
            continue
        area = source.area
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
    return Registry(accounts)
