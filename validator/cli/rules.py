"""``ine-redes rules`` and ``ine-redes explain RULE``."""

from __future__ import annotations

import sys

import click

from validator.cli.options import lang_option
from validator.findings import Lang
from validator.i18n import Message, t
from validator.reporters.rule_list import FORMATS as RULE_LIST_FORMATS


def rules_listing(fmt: str, lang: Lang) -> str:
    from validator.rules import registry

    return RULE_LIST_FORMATS.get(fmt)(registry().values(), lang)


_SEVERITY_CLAUSE = Message(
    es="Severidad: {severity}    Cláusula: {clause}", en="Severity: {severity}    Clause: {clause}"
)


def explain_text(rule_id: str, lang: Lang) -> str:
    from validator.rules import registry

    rule = registry()[rule_id]
    parts = [
        f"{rule.id} — {rule.summary.text(lang)}",
        _SEVERITY_CLAUSE.format(lang, severity=t(rule.severity.value, lang), clause=rule.clause),
        "",
    ]
    if rule.description:
        parts += [rule.description.text(lang), ""]
    if rule.passing:
        parts += [
            Message(es="Cumple:", en="Passes:").text(lang),
            _indent(rule.passing),
            "",
        ]
    if rule.failing:
        parts += [
            Message(es="No cumple:", en="Fails:").text(lang),
            _indent(rule.failing),
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


def _indent(snippet: str) -> str:
    return "\n".join("    " + line for line in snippet.rstrip().splitlines())


@click.command(name="rules")
@click.option("--format", "fmt", type=click.Choice(RULE_LIST_FORMATS.names), default="text")
@lang_option
def rules(fmt: str, lang: Lang) -> None:
    """Lista todas las reglas: ID, severidad, cláusula y descripción."""
    sys.stdout.write(rules_listing(fmt, lang))


@click.command(name="explain")
@click.argument("rule_id", metavar="RULE")
@lang_option
def explain(rule_id: str, lang: Lang) -> None:
    """Explica una regla: qué comprueba, su cláusula y ejemplos que cumplen y no cumplen."""
    from validator.rules import registry

    if rule_id not in registry():
        raise click.UsageError(t("unknown_rule", lang, detail=rule_id))
    sys.stdout.write(explain_text(rule_id, lang))
