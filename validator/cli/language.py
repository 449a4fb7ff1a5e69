"""The language of everything the command line shows, decided once per run.

Spanish by default; English with ``--lang en`` (any command) or ``INE_REDES_LANG=en`` in
the environment (``--lang`` wins). What follows the choice, in one place:

* click's own messages ("Usage:", "Try ... for help.", "Error: invalid input", "Aborted!",
  the wording of every usage error): click writes them through ``gettext``; :func:`install`
  routes those calls to :mod:`validator.cli.click_es` when the language is Spanish.
* the help texts of our commands are written in Spanish beside each option and command; in
  English, help pages show :mod:`validator.cli.help_en`'s translation of each, swapped in
  only while a page is formatted (:class:`Context`).
* ``[OPTIONS]`` and ``COMMAND [ARGS]...`` in usage lines.

The language is chosen before click parses anything, so that a usage error in the parsing
itself (an unknown option, a bad date) is already in the run's language.
"""

from __future__ import annotations

import gettext
import importlib
import inspect
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from validator.cli import click_es, help_en
from validator.findings import Lang

ENV_VAR = "INE_REDES_LANG"
LANGS: tuple[Lang, ...] = ("es", "en")
# Every click module that translates with gettext (tests/cli/test_cli_language.py keeps the list
# complete against the installed click).
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.shell_completion",
    "click.termui",
    "click.types",
    "click.utils",
    "click._termui_impl",
)
_METAVARS_ES = {"[OPTIONS]": "[OPCIONES]", "COMMAND [ARGS]...": "COMANDO [ARGS]..."}
# Placeholders of option values, by click type name, and of our arguments, in Spanish; and
# the English of the placeholders our options and arguments write in Spanish.
_TYPE_METAVARS_ES = {"text": "TEXTO", "integer": "ENTERO", "integer range": "ENTERO"}
_ARGUMENT_METAVARS_ES = {"paths": "[ARCHIVO]...", "rule_id": "REGLA"}
_METAVARS_EN = {"URL-O-USUARIO": "URL-OR-USER", "ARCHIVO": "FILE", "CARPETA": "FOLDER"}

_current: Lang = "es"


def current() -> Lang:
    """The language of this run."""
    return _current


def env_lang() -> Lang:
    """The language the environment asks for (``INE_REDES_LANG``), Spanish otherwise."""
    value = os.environ.get(ENV_VAR, "").strip().lower()
    return "en" if value == "en" else "es"


def choose(args: Sequence[str]) -> Lang:
    """The run's language: ``--lang X`` / ``--lang=X`` among ``args`` (before ``--``), else
    :func:`env_lang`. An unknown value is left for click to reject (in Spanish)."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGS:
            return value
    return env_lang()


def use(lang: Lang) -> None:
    global _current
    _current = lang


# -- click's own messages ----------------------------------------------------------------------
def _gettext(message: str) -> str:
    return click_es.SINGULAR.get(message, message) if _current == "es" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if _current == "es" and singular in click_es.PLURAL:
        one, many = click_es.PLURAL[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


def localized_click(message: str) -> str:
    """One of click's own message ids in the run's language."""
    return _gettext(message)


def install() -> None:
    """Route click's ``gettext`` calls through :mod:`validator.cli.click_es` (idempotent)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if getattr(module, "_", None) is gettext.gettext:
            vars(module)["_"] = _gettext
        if getattr(module, "ngettext", None) is gettext.ngettext:
            vars(module)["ngettext"] = _ngettext


# -- our help texts ----------------------------------------------------------------------------
def english(text: str) -> str:
    """The English of one of our Spanish help texts (the text itself when it has none)."""
    return help_en.HELP_EN.get(inspect.cleandoc(text), text)


def localized(text: str) -> str:
    """One of our Spanish help texts in the run's language."""
    return english(text) if _current == "en" else text


class Context(click.Context):
    """A context whose help page and usage line are in the run's language."""

    def get_usage(self) -> str:
        with _shown(self.command):
            return super().get_usage()

    def get_help(self) -> str:
        with _shown(self.command):
            return super().get_help()


def localize(command: click.Command) -> click.Command:
    """Give ``command`` (and, for a group, its subcommands) the localized :class:`Context`."""
    command.context_class = Context
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            localize(sub)
    return command


@contextmanager
def _shown(command: click.Command) -> Iterator[None]:
    """While a page of ``command`` is formatted: its texts in the run's language."""
    saved: list[tuple[Any, str, Any]] = []

    def swap(obj: Any, attr: str, value: Any) -> None:
        saved.append((obj, attr, getattr(obj, attr)))
        setattr(obj, attr, value)

    if _current == "es":
        for attr in ("options_metavar", "subcommand_metavar"):
            value = getattr(command, attr, None)
            if value in _METAVARS_ES:
                swap(command, attr, _METAVARS_ES[value])
        for param in command.params:
            if isinstance(param, click.Argument) and param.name in _ARGUMENT_METAVARS_ES:
                swap(param, "metavar", _ARGUMENT_METAVARS_ES[param.name])
            elif param.metavar is None and param.type.name in _TYPE_METAVARS_ES:
                swap(param, "metavar", _TYPE_METAVARS_ES[param.type.name])
    else:
        for param in command.params:
            if param.metavar in _METAVARS_EN:
                swap(param, "metavar", _METAVARS_EN[param.metavar])
            elif isinstance(param, click.Argument) and param.name == "archivo":
                swap(param, "metavar", "FILE")
        subcommands = command.commands.values() if isinstance(command, click.Group) else ()
        for cmd in (command, *subcommands):
            for attr in ("help", "short_help"):
                if getattr(cmd, attr, None):
                    swap(cmd, attr, english(getattr(cmd, attr)))
        for param in command.params:
            text = getattr(param, "help", None)  # options have a help text, arguments not
            if text:
                swap(param, "help", english(text))
    try:
        yield
    finally:
        for obj, attr, value in reversed(saved):
            setattr(obj, attr, value)
