"""Command line: a thin click layer. Each command parses options and calls a function.

Commands are imported on demand (``LAZY_COMMANDS``), so ``ine-redes --help`` and a run of
one command never import what other commands need (gitpython, openpyxl, jsonschema ...).
A new command is one module plus one entry here.

Floor 8, the top: a command may import any floor below; nothing imports it but
``validator.__main__``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from validator import __version__
from validator.cli import language
from validator.escaping.terminal import visible
from validator.i18n import t

LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module:attribute, one-line help shown by --help without importing the module)
    "validate": ("validator.cli.validate:validate", "Valida el inventario (todas las reglas)."),
    "rules": ("validator.cli.rules:rules", "Lista las reglas: ID, severidad, cláusula."),
    "explain": ("validator.cli.rules:explain", "Explica una regla."),
    "schema": ("validator.cli.schema:schema", "Escribe o comprueba schemas/*.schema.json."),
    "reminders": (
        "validator.cli.reminders:reminders",
        "Obligaciones vencidas o por vencer, por área y titular.",
    ),
    "docs": ("validator.cli.docs:docs", "Escribe o comprueba docs/rules.md (desde las reglas)."),
    "authorize": ("validator.cli.authorize:authorize", "¿Puede ACTOR modificar lo que cambia?"),
    "history": ("validator.cli.history:history", "Quién administraba cada cuenta en una fecha."),
    "report": ("validator.cli.report:report", "Informes a la CNCS (report trimestral)."),
    "diff": ("validator.cli.diff:diff", "El plan de un pull request: qué cambia por área."),
    "generate": (
        "validator.cli.generate:generate",
        "Regenera generated/ y .github/CODEOWNERS (o --check).",
    ),
    "merge-hook": (
        "validator.cli.merge_hook:merge_hook",
        "Tras una fusión: regenera y confirma generated/ (bot).",
    ),
    "hooks": (
        "validator.cli.merge_hook:hooks",
        "Instala el hook post-merge local (hooks install).",
    ),
    "formatos": (
        "validator.cli.formatos:formatos",
        "Anexo 1 / Anexo 2 llenos y registro de escaneos.",
    ),
    "new-area": ("validator.cli.new_area:new_area", "Asistente para dar de alta un área nueva."),
    "import": (
        "validator.cli.import_cmd:import_command",
        "Importa hojas de cálculo (XLSX/CSV) a archivos de área.",
    ),
    "verify": ("validator.cli.verify:verify", "¿Es una cuenta oficial del INE? (URL o @usuario)."),
}


class LazyGroup(click.Group):
    context_class = language.Context

    def main(self, args: Sequence[str] | None = None, *pos: Any, **kwargs: Any) -> Any:
        """Choose the run's language before click parses anything (validator.cli.language)."""
        arguments = list(sys.argv[1:] if args is None else args)
        language.install()
        language.use(language.choose(arguments))
        return super().main(arguments, *pos, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:  # `ine-redes --help | head -1`: the root's own help is printed while parsing
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            _closed_pipe()
        except click.ClickException as exc:
            raise _escaped(exc) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            target, _ = LAZY_COMMANDS[cmd_name]
            module, _, attr = target.partition(":")
            return language.localize(getattr(importlib.import_module(module), attr))
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            (name, language.localized(LAZY_COMMANDS[name][1])) for name in sorted(LAZY_COMMANDS)
        ]
        with formatter.section(language.localized_click("Commands")):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:  # a reader gone away shows here, not as noise at interpreter exit
                sys.stdout.flush()
        except BrokenPipeError:
            _closed_pipe()
        except click.ClickException as exc:
            raise _escaped(exc) from None
        except (click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as exc:
            _failed(exc)


def _escaped(exc: click.ClickException) -> click.ClickException:
    """A usage error often names the value it refuses (``explain X``, ``--area X``, a file):
    the same error, its whole message passed through the terminal channel, so that a bidi
    override, a zero-width character or an escape sequence in that value is shown, not
    obeyed."""
    message = "\n".join(visible(line) for line in exc.format_message().split("\n"))
    if isinstance(exc, click.UsageError):
        return click.UsageError(message, ctx=exc.ctx)
    # Another refusal keeps its own exit status (a class attribute: e.g. verify's 2).
    refusal = type("Refusal", (click.ClickException,), {"exit_code": exc.exit_code})
    escaped: click.ClickException = refusal(message)
    return escaped


def _failed(exc: Exception) -> NoReturn:
    """One line and exit 2: a file edited during the run, or the tool itself failed."""
    from validator.loading.yaml_loader import SourceChangedError  # yaml: not for --help

    lang = language.current()
    if isinstance(exc, SourceChangedError):
        reason = f" ({exc.reason})" if exc.reason else ""
        shown = t("source_changed", lang, path=visible(exc.path), reason=visible(reason))
        click.echo(shown, err=True)
        sys.exit(2)
    if os.environ.get("INE_REDES_DEBUG"):
        raise exc
    label = t("internal_error", lang)
    click.echo(f"ine-redes: {label}: {type(exc).__name__}: {exc}", err=True)
    sys.exit(2)


def _closed_pipe() -> NoReturn:
    """Whoever read the output stopped reading (``ine-redes validate | head -2``): end
    quietly, with the exit status of a tool that SIGPIPE ended (128 + 13), as Python's
    documentation recommends: what is still buffered goes to /dev/null, not to an error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (e.g. click's CliRunner)
        pass
    sys.exit(141)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    prog_name="ine-redes",
    message="%(prog)s %(version)s",
    help="Muestra la versión y termina.",
)
def main() -> None:
    """ine-redes: inventario y validador de las cuentas institucionales de redes sociales
    del INE (Lineamientos para la administración de las cuentas de correo electrónico
    asociadas a las cuentas de redes sociales)."""
