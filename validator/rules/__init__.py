"""The rule registry: every module in this package that defines a :class:`Rule`.

A new rule is one new module (named after its ID, dashes as underscores); nothing else
to edit. IDs are unique; a test checks that each module registers exactly one rule.

Floor 3: a rule reads the loaded inventory, the models, the obligations and the account
identity (floor 2 and below); never the engine, an output or a command. A fact only a
higher floor can compute (the generated lists) is handed in by the command
(``Context.stale_outputs``).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from validator.rules.base import Rule

_NOT_RULES = {"base"}


@cache
def registry() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in _NOT_RULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Rule) and value.module == module.__name__:
                if value.id in rules:
                    raise RuntimeError(f"duplicate rule id {value.id}")
                rules[value.id] = value
    return dict(sorted(rules.items(), key=lambda kv: _order(kv[1])))


# The contract's order (rules.md); rules added later follow, by ID.
CONTRACT_ORDER = (
    "yaml-invalido", "esquema", "clave-archivo", "tipo-area", "cuenta-plataforma",
    "cuenta-duplicada", "dominio-institucional", "sin-cuenta-externa", "vinculo-institucional",
    "acceso-autorizado", "correo-generico", "dos-administradores", "nivel-propietaria",
    "nivel-suplente", "servidora-publica", "formato-designacion", "formato-responsiva",
    "informe-trimestral", "aviso-cambio", "documento-integro", "correo-asignado",
    "correo-generico-unico", "asociacion-notificada", "incidente-atendido", "segundo-factor",
    "rotacion-contrasena", "cambio-informado", "sin-secretos", "patron-correo-generico",
    "listados-actualizados", "autorizacion",
)  # fmt: skip


def _order(rule: Rule) -> tuple[int, str]:
    if rule.id in CONTRACT_ORDER:
        return (CONTRACT_ORDER.index(rule.id), rule.id)
    return (len(CONTRACT_ORDER), rule.id)


def get(rule_id: str) -> Rule:
    return registry()[rule_id]
