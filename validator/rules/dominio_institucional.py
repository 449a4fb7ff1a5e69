"""dominio-institucional: every address the inventory relies on is on the institutional domain.

The domain after the last ``@`` must equal ``lineamientos.dominio`` exactly (ASCII case
ignored). Look-alikes get a message that names the trick: non-ASCII letters that look
Latin (a Cyrillic ``х`` in ``ine.mх``), punycode, a trailing dot, the domain used as the
start of another one (``ine.mx.evil.com``), a subdomain, or a name that merely ends with
it (``evil-ine.mx``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from validator.loading.schema_issues import dotted
from validator.loading.sources import SourceFile
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


def _describe(char: str) -> str:
    return f"'{char}' (U+{ord(char):04X} {unicodedata.name(char, '?')})"


def domain_problem(address: str, dominio: str) -> tuple[str, dict[str, str]] | None:
    """Message key and parameters when ``address`` is not on ``dominio``, else None."""
    _, at, domain = address.rpartition("@")
    if not at:
        return "other", {"domain": address}
    if not domain.isascii():
        odd = [c for c in dict.fromkeys(domain) if not c.isascii()]
        return "non_ascii", {"domain": domain, "chars": ", ".join(_describe(c) for c in odd)}
    lowered = domain.lower()
    if lowered == dominio:
        return None
    params = {"domain": domain}
    if any(label.startswith("xn--") for label in lowered.split(".")):
        return "punycode", params
    if lowered.rstrip(".") == dominio:
        return "trailing_dot", params
    if lowered.startswith(dominio + "."):
        return "prefix", params
    if lowered.endswith("." + dominio):
        return "subdomain", params
    if lowered.endswith(dominio):
        return "lookalike", params
    return "other", params


def _addresses(source: SourceFile) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The addresses the accounts are opened with: every ``correo_asociado`` and every
    generic address, whatever its ``estado`` (people's own addresses: see
    correo-persona-institucional)."""
    area = source.area
    for j, generico in enumerate(area.correos_genericos):
        yield ("correos_genericos", j, "correo"), generico.correo
    for i, cuenta in enumerate(area.cuentas):
        if cuenta.correo_asociado is not None:
            yield ("cuentas", i, "correo_asociado"), cuenta.correo_asociado


_FIX = Message(
    es="Escriba una dirección @{dominio} (p. ej. redes.{clave}@{dominio}).",
    en="Write an @{dominio} address (e.g. redes.{clave}@{dominio}).",
)


def _msg(es: str, en: str) -> Message:
    return Message(
        es="'{field}' vale '{correo}': " + es + " " + _FIX.es,
        en="'{field}' is '{correo}': " + en + " " + _FIX.en,
    )


@rule(
    id="dominio-institucional",
    severity=ERROR,
    clause="4.1 párr. 3 (1); 4.4 II",
    summary=Message(
        es="El correo asociado de cada cuenta y cada correo genérico (en cualquier estado) "
        "están en el dominio institucional (ine.mx).",
        en="Every account's correo_asociado and every generic address (whatever its estado) "
        "are on the institutional domain (ine.mx).",
    ),
    description=Message(
        es="Está prohibido abrir cuentas institucionales con correos que no pertenezcan al "
        "dominio ine.mx (4.1, párrafo 3, escenario 1), y la UTSI asigna los correos "
        "genéricos 'con el dominio ine.mx' (4.4 II; solo el nombre es un ejemplo). El "
        "dominio tras la '@' de cada `correo_asociado` y de cada correo de "
        "`correos_genericos` (solicitado, asignado o de baja) debe ser exactamente `dominio` "
        "de lineamientos.yaml (sin distinguir mayúsculas). Los correos propios de las "
        "personas los revisa correo-persona-institucional (aviso). Se rechazan imitaciones: letras no ASCII que parecen latinas "
        "(`ine.mх` con 'х' cirílica), punycode, punto final (`ine.mx.`), subdominios, "
        "dominios que empiezan con ine.mx (`ine.mx.evil.com`) o solo terminan en ese texto "
        "(`evil-ine.mx`).",
        en="Opening institutional accounts with addresses outside the ine.mx domain is "
        "forbidden (4.1, paragraph 3, scenario 1), and UTSI assigns the generic addresses "
        "'with the ine.mx domain' (4.4 II; only the name is an example). The domain after "
        "the '@' of every `correo_asociado` and of every address in `correos_genericos` "
        "(requested, assigned or withdrawn) must be exactly lineamientos.yaml's `dominio` "
        "(case ignored). People's own addresses are checked by correo-persona-institucional "
        "(a warning). Look-alikes are refused: "
        "non-ASCII letters that look Latin (`ine.mх` with a Cyrillic 'х'), punycode, a "
        "trailing dot (`ine.mx.`), subdomains, domains that start with ine.mx "
        "(`ine.mx.evil.com`) or merely end with that text (`evil-ine.mx`).",
    ),
    messages={
        "other": _msg(
            "el dominio '{domain}' no es el institucional {dominio}.",
            "domain '{domain}' is not the institutional {dominio}.",
        ),
        "non_ascii": _msg(
            "el dominio '{domain}' contiene caracteres no ASCII que imitan letras latinas: "
            "{chars}; no es {dominio}.",
            "domain '{domain}' contains non-ASCII characters that imitate Latin letters: "
            "{chars}; it is not {dominio}.",
        ),
        "punycode": _msg(
            "el dominio '{domain}' está en punycode (xn--), un dominio internacionalizado "
            "distinto de {dominio}.",
            "domain '{domain}' is punycode (xn--), an internationalised domain other than "
            "{dominio}.",
        ),
        "trailing_dot": _msg(
            "el dominio '{domain}' termina en punto; quite el punto final.",
            "domain '{domain}' ends with a dot; remove the trailing dot.",
        ),
        "prefix": _msg(
            "el dominio '{domain}' solo empieza con {dominio}; es otro dominio.",
            "domain '{domain}' merely starts with {dominio}; it is another domain.",
        ),
        "subdomain": _msg(
            "'{domain}' es un subdominio; se requiere exactamente {dominio}.",
            "'{domain}' is a subdomain; exactly {dominio} is required.",
        ),
        "lookalike": _msg(
            "el dominio '{domain}' solo termina con el texto {dominio}; es otro dominio.",
            "domain '{domain}' merely ends with the text {dominio}; it is another domain.",
        ),
    },
    passing="cuentas:\n  - plataforma: facebook\n    correo_asociado: redes.jd01ags@ine.mx\n",
    failing="cuentas:\n  - plataforma: facebook\n"
    "    correo_asociado: redes.jd01ags@ine.mx.evil.com   # no es ine.mx\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    dominio = ctx.lineamientos.dominio.lower()
    for source in ctx.areas:
        for path, correo in _addresses(source):
            found = domain_problem(correo, dominio)
            if found is None:
                continue
            key, params = found
            yield problem(
                source,
                path,
                key,
                field=dotted(path),
                correo=correo,
                dominio=dominio,
                clave=source.area.clave,
                params=params,
            )
