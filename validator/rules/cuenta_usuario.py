"""cuenta-usuario: the account's address names the account's user (issue 11, point 11).

The ``url`` is read with :class:`validator.accounts.Identities` (WHATWG parsing and the
address forms of ``plataformas.yaml``); when the form it matches carries a handle
(``/{usuario}``, ``/@{usuario}``, ``/company/{usuario}`` ...) that handle must be the
entry's ``usuario`` (a leading ``@`` and case ignored, as the platforms do). A form that
carries only an identifier (``profile.php?id=``, ``/channel/{id}``) names no handle, so
nothing can be compared. An address that cannot be read, or that is another platform's,
is ``cuenta-plataforma``'s finding, not this rule's.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.accounts import Unusable
from validator.models.handles import handle_key
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="cuenta-usuario",
    severity=ERROR,
    clause="3 d",
    summary=Message(
        es="El usuario que nombra la url de la cuenta es su `usuario`.",
        en="The user the account's url names is its `usuario`.",
    ),
    description=Message(
        es="Una cuenta es lo que dice su dirección: el listado público, `verify` y la "
        "detección de cuentas duplicadas (definición 3 d) leen la cuenta de su `url`. Cuando "
        "la dirección lleva el nombre de usuario (según las `formas` de la plataforma en "
        "`plataformas.yaml`: `x.com/{usuario}`, `youtube.com/@{usuario}`, "
        "`linkedin.com/company/{usuario}`…), ese nombre es el `usuario` del registro, sin "
        "distinguir mayúsculas ni una '@' inicial. Una dirección que solo lleva un "
        "identificador (`profile.php?id=`, `channel/…`) no nombra usuario y no se compara.",
        en="An account is what its address says: the public list, `verify` and the "
        "duplicate-account check (definition 3 d) read the account from its `url`. When the "
        "address carries the user name (per the platform's `formas` in `plataformas.yaml`: "
        "`x.com/{usuario}`, `youtube.com/@{usuario}`, `linkedin.com/company/{usuario}` …), "
        "that name is the entry's `usuario`, ignoring case and a leading '@'. An address "
        "that carries only an identifier (`profile.php?id=`, `channel/…`) names no user and "
        "is not compared.",
    ),
    messages={
        "default": Message(
            es="La url '{url}' es la de la cuenta {plataforma} '{en_url}', pero el usuario "
            "registrado es '{usuario}'. Una cuenta es lo que dice su dirección: corrija el "
            "usuario ('{en_url}') o la url (p. ej. {sugerida}).",
            en="The url '{url}' is the address of the {plataforma} account '{en_url}', but "
            "the registered user is '{usuario}'. An account is what its address says: fix "
            "the user ('{en_url}') or the url (e.g. {sugerida}).",
        ),
    },
    passing="cuentas:\n  - plataforma: x\n    usuario: '@INEJDE01Ags'\n"
    "    url: https://x.com/inejde01ags/\n",
    failing="cuentas:\n  - plataforma: x\n    usuario: INEJDE01Ags\n"
    "    url: https://x.com/INEMexico\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    identities = ctx.identities
    for source in ctx.areas:
        for i, cuenta in enumerate(source.area.cuentas):
            if cuenta.plataforma not in identities.platforms:
                continue
            try:
                located = identities.locate(cuenta.url)
            except Unusable:
                continue  # cuenta-plataforma says why
            if located.key.plataforma != cuenta.plataforma or located.variable != "usuario":
                continue
            if handle_key(located.value) == handle_key(cuenta.usuario):
                continue
            yield problem(
                source,
                ("cuentas", i, "url"),
                plataforma=cuenta.plataforma,
                usuario=cuenta.usuario,
                url=cuenta.url,
                en_url=located.value,
                sugerida=identities.address_of_usuario(cuenta.plataforma, cuenta.usuario)
                or cuenta.url,
            )
