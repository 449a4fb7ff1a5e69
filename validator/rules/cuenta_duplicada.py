"""cuenta-duplicada: one account is registered once, in one area, in the whole inventory.

Two entries are the same account when they share the platform and the user name
(case-insensitive, a leading ``@`` ignored) or the same address (scheme, host case, a
``www.`` prefix and a trailing ``/`` ignored). The later entry (files in name order, then
entries in file order) is reported, naming the first. When only some files are
validated and the later entry lies outside them, the first entry is reported instead, so
that a pull request touching only the first file still learns about the clash.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from validator.loading.sources import SourceFile
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


def user_key(plataforma: str, usuario: str) -> tuple[str, str]:
    return (plataforma.strip().casefold(), usuario.strip().removeprefix("@").casefold())


def url_key(url: str) -> str:
    """The address with everything that does not change the account taken out."""
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return raw.casefold()
    if not host:
        return raw.casefold()
    host = host.removeprefix("www.")
    key = host + parts.path.rstrip("/")
    return f"{key}?{parts.query}" if parts.query else key


@dataclass(frozen=True, slots=True)
class _Entry:
    source: SourceFile
    index: int
    plataforma: str
    usuario: str

    def where(self, field: str) -> tuple[str, int]:
        return self.source.path, self.source.doc.locate(("cuentas", self.index, field))[0]


@rule(
    id="cuenta-duplicada",
    severity=ERROR,
    clause="3 d",
    summary=Message(
        es="Cada cuenta (plataforma + usuario, o url) se registra una sola vez en todo el "
        "inventario.",
        en="Each account (platform + user, or url) is registered only once in the whole inventory.",
    ),
    description=Message(
        es="Una cuenta institucional (definición 3 d) pertenece a una sola área y aparece "
        "una sola vez. Dos registros son la misma cuenta si comparten plataforma y usuario "
        "(sin distinguir mayúsculas ni una '@' inicial) o la misma url (sin distinguir http "
        "de https, mayúsculas del dominio, 'www.' ni la '/' final), en la misma área o en "
        "dos. Se señala el segundo registro y se indica dónde está el primero.",
        en="An institutional account (definition 3 d) belongs to one area and appears once. "
        "Two entries are the same account when they share platform and user (ignoring case "
        "and a leading '@') or the same url (ignoring http vs https, host case, 'www.' and a "
        "trailing '/'), in one area or in two. The second entry is reported, naming where "
        "the first one is.",
    ),
    messages={
        "usuario": Message(
            es="La cuenta {plataforma} '{usuario}' ya está registrada en {other_file}, "
            "línea {other_line} (área {other_area}). Cada cuenta se registra una sola vez, "
            "en el área que la administra: quite uno de los dos registros o corrija la "
            "plataforma o el usuario.",
            en="The {plataforma} account '{usuario}' is already registered in {other_file}, "
            "line {other_line} (area {other_area}). Each account is registered once, in the "
            "area that administers it: remove one of the two entries or fix the platform or "
            "the user.",
        ),
        "url": Message(
            es="La url '{url}' ya está registrada en {other_file}, línea {other_line} "
            "(cuenta {other_plataforma} '{other_usuario}', área {other_area}). Cada cuenta se "
            "registra una sola vez: quite uno de los dos registros o corrija la url.",
            en="The url '{url}' is already registered in {other_file}, line {other_line} "
            "({other_plataforma} account '{other_usuario}', area {other_area}). Each account "
            "is registered once: remove one of the two entries or fix the url.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://www.facebook.com/INEJDE01Ags\n"
    "  - plataforma: x\n    usuario: INEJDE01Ags\n    url: https://x.com/INEJDE01Ags\n",
    failing="cuentas:\n  - plataforma: facebook\n    usuario: INEJDE01Ags\n"
    "    url: https://www.facebook.com/INEJDE01Ags\n"
    "  - plataforma: facebook\n    usuario: '@inejde01ags'   # la misma cuenta\n"
    "    url: http://facebook.com/INEJDE01Ags/\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    by_user: dict[tuple[str, str], _Entry] = {}
    by_url: dict[str, _Entry] = {}
    for source in ctx.all_areas:
        for i, cuenta in enumerate(source.area.cuentas):
            entry = _Entry(source, i, cuenta.plataforma, cuenta.usuario)
            ukey, lkey = user_key(cuenta.plataforma, cuenta.usuario), url_key(cuenta.url)
            first, field = by_user.get(ukey), "usuario"
            if first is None:
                first, field = by_url.get(lkey), "url"
            if first is None:
                by_user[ukey] = entry
                by_url.setdefault(lkey, entry)
                continue
            by_user.setdefault(ukey, first)
            by_url.setdefault(lkey, first)
            yield _report(entry, first, field, cuenta.url)
            if ctx.targets is not None and source.path not in ctx.targets:
                first_url = first.source.area.cuentas[first.index].url
                yield _report(first, entry, field, first_url)


def _report(at: _Entry, other: _Entry, field: str, url: str) -> Problem:
    other_file, other_line = other.where(field)
    return problem(
        at.source,
        ("cuentas", at.index, field),
        field,
        plataforma=at.plataforma,
        usuario=at.usuario,
        url=url,
        other_file=other_file,
        other_line=other_line,
        other_area=other.source.clave,
        other_plataforma=other.plataforma,
        other_usuario=other.usuario,
    )
