"""The one text idiom (validator.i18n.Message) and the one output-format pattern
(validator.output_formats.Formats): every command's --format choices come from its registry."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath

import click
import pytest

from validator.i18n import Message
from validator.rules.base import Message as RuleMessage

GREETING = Message(es="Hola, {name}: {when}", en="Hello, {name}: {when}")


def test_rules_use_the_same_message() -> None:
    assert RuleMessage is Message


def test_render_shows_values_safely() -> None:
    text = GREETING.render("es", {"name": "a\x1b[31mb\nc", "when": date(2026, 11, 29)})
    assert text == "Hola, a\\x1b[31mb\\x0ac: 2026-11-29"
    assert GREETING.render("en", {"name": PurePosixPath("x\u202ey")}) == "Hello, x\\u202ey: {when}"


def test_format_inserts_values_as_given_for_escaping_channels() -> None:
    assert GREETING.format("en", name="<b>\n", when="hoy") == "Hello, <b>\n: hoy"
    assert GREETING.text("fr") == GREETING.es  # any other language: Spanish


# (command, registry): each command's --format is exactly its family's registry.
REGISTRIES = [
    ("validator.cli.validate:validate", "validator.reporters:FORMATS"),
    ("validator.cli.reminders:reminders", "validator.reminders:FORMATS"),
    ("validator.cli.diff:diff", "validator.gitops.formats:DIFF"),
    ("validator.cli.history:history", "validator.gitops.formats:HISTORY"),
    ("validator.cli.authorize:authorize", "validator.gitops.formats:AUTHORIZE"),
    ("validator.cli.verify:verify", "validator.reporters.verify:FORMATS"),
    ("validator.cli.rules:rules", "validator.reporters.rule_list:FORMATS"),
]


def _attr(spec: str) -> object:
    import importlib

    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("command", "registry"), REGISTRIES)
def test_format_choices_come_from_the_registry(command: str, registry: str) -> None:
    cmd = _attr(command)
    formats = _attr(registry)
    assert isinstance(cmd, click.Command)
    option = next(p for p in cmd.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == formats.names  # type: ignore[attr-defined]
    for name in formats.names:  # type: ignore[attr-defined]
        assert callable(formats.get(name))  # type: ignore[attr-defined]


def test_report_formats_come_from_the_registry() -> None:
    from validator.cli.report import report
    from validator.gitops.formats import REPORT

    trimestral = report.commands["trimestral"]  # type: ignore[attr-defined]
    option = next(p for p in trimestral.params if p.name == "fmt")
    assert tuple(option.type.choices) == REPORT.names
    assert all(callable(REPORT.get(name)) for name in REPORT.names)


@pytest.mark.parametrize(
    ("n", "es", "en"),
    [
        (1, "… y 1 problema de esquema más.", "… and 1 more schema problem."),
        (7, "… y 7 problemas de esquema más.", "… and 7 more schema problems."),
    ],
)
def test_a_count_in_a_message_reads_as_a_real_plural(n: int, es: str, en: str) -> None:
    more = Message(es="… y {more_schema_es}.", en="… and {more_schema_en}.")
    assert more.render("es", {"more_schema": n}) == es
    assert more.render("en", {"more_schema": n}) == en
    # a name that is not a count, or no number under it, stays visible
    assert Message(es="{x_es}", en="").render("es", {"x": 2}) == "{x_es}"
    assert more.render("es", {"more_schema": "7"}) == "… y {more_schema_es}."


def test_more_than_a_hundred_schema_problems_end_with_one_counted_line(tmp_path: Path) -> None:
    from tests.conftest import contract_area, make_inventory, validate

    text = contract_area() + "".join(f"extra_{i}: 1\n" for i in range(103))
    findings = validate(make_inventory(tmp_path, {"jd01ags.yaml": text})).findings
    schema = [f for f in findings if f.rule == "esquema"]
    assert len(schema) == 101
    assert sum("3 problemas de esquema más en este archivo" in f.message("es") for f in schema) == 1
    assert sum("and 3 more schema problems in this file" in f.message("en") for f in schema) == 1


def test_a_texted_error_tells_its_key_in_each_language() -> None:
    from typing import ClassVar

    from validator.i18n import Message, TextedError

    class Refused(TextedError):
        TEXTS: ClassVar[dict[str, Message]] = {
            "area": Message(es="no hay área '{area}'", en="no area '{area}'")
        }

    error = Refused("area", area="jd99\x1bx")
    assert str(error) == "no hay área 'jd99\\x1bx'"  # Spanish, parameters shown safely
    assert error.message("en") == "no area 'jd99\\x1bx'"
    assert (error.key, error.params) == ("area", {"area": "jd99\x1bx"})
