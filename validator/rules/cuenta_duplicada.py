"""cuenta-duplicada: one account is registered once, in one area, in the whole inventory.

Two entries are the same account when they share an account key
(:meth:`validator.accounts.Identities.keys_of_account`: the address read as a browser reads
it and reduced with the tables of ``plataformas.yaml`` -- ``twitter.com`` is ``x.com``,
``?locale=``, ``/status/...`` and case are noise -- or the platform and the user name). The
later entry (files in name order, then entries in file order) is reported, naming the
first. When only some files are validated and the later entry lies outside them, the first
entry is reported instead, so that a pull request touching only the first file still learns
about the clash.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from validator.accounts import AccountKey
from validator.loading.sources import SourceFile
from validator.models.area import Cuenta
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@dataclass(frozen=True, slots=True)
class _Entry:
    """An account entry: its file and its position in ``cuentas``."""

    source: SourceFile
    index: int

    @property
    def cuenta(self) -> Cuenta:
        return self.source.area.cuentas[self.index]

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
        "(sin distinguir mayúsculas ni una '@' inicial) o si su url nombra la misma cuenta "
        "leída como la lee un navegador y con las tablas de `plataformas.yaml`: los alias "
        "del dominio (twitter.com es x.com; www., m.), las mayúsculas del usuario, la '/' "
        "final, '/status/…' y parámetros como '?locale=' o '?ref=' no cambian la cuenta; "
        "'profile.php?id=' sí. Vale en la misma área o en dos. Se señala el segundo registro "
        "y se indica dónde está el primero.",
        en="An institutional account (definition 3 d) belongs to one area and appears once. "
        "Two entries are the same account when they share platform and user (ignoring case "
        "and a leading '@') or when their urls name the same account, read as a browser "
        "reads them and with the tables of `plataformas.yaml`: host aliases (twitter.com is "
        "x.com; www., m.), the user's case, a trailing '/', '/status/…' and parameters such "
        "as '?locale=' or '?ref=' do not change the account; 'profile.php?id=' does. In one "
        "area or in two. The second entry is reported, naming where the first one is.",
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
    failing="cuentas:\n  - plataforma: x\n    usuario: INEJDE01Ags\n"
    "    url: https://x.com/INEJDE01Ags\n"
    "  - plataforma: x\n    usuario: INEJDE01Ags_\n"
    "    url: https://twitter.com/inejde01ags?locale=es_LA   # la misma cuenta\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    identities = ctx.identities
    seen: dict[AccountKey, _Entry] = {}
    for source in ctx.all_areas:
        for i, cuenta in enumerate(source.area.cuentas):
            keys = identities.keys_of_account(cuenta.plataforma, cuenta.usuario, cuenta.url)
            if not any(key in seen for key in keys):
                entry = _Entry(source, i)
                for key in keys:
                    seen[key] = entry
                continue
            # the address's key comes first when it differs from the handle's; the handle is
            # compared first, as the message about the user name is the plainer one
            fields = ("url", "usuario") if len(keys) == 2 else ("usuario",)
            pairs = reversed(list(zip(keys, fields, strict=True)))
            other, field = next((seen[k], f) for k, f in pairs if k in seen)
            entry = _Entry(source, i)
            for key in keys:
                seen.setdefault(key, entry)
            yield _report(entry, other, field)
            if ctx.targets is not None and source.path not in ctx.targets:
                yield _report(other, entry, field)


def _report(at: _Entry, other: _Entry, field: str) -> Problem:
    other_file, other_line = other.where(field)
    cuenta, first = at.cuenta, other.cuenta
    return problem(
        at.source,
        ("cuentas", at.index, field),
        field,
        plataforma=cuenta.plataforma,
        usuario=cuenta.usuario,
        url=cuenta.url,
        other_file=other_file,
        other_line=other_line,
        other_area=other.source.clave,
        other_plataforma=first.plataforma,
        other_usuario=first.usuario,
    )
