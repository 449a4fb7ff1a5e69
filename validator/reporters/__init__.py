"""``validate``'s output formats. A reporter only formats findings; it never decides anything.

:data:`FORMATS` is this family's registry (the pattern of :mod:`validator.output_formats`):
a format name maps to ``module:Class``, imported on demand. A new format is one module and
one entry here. The inventory's other read-only answers have their own registries beside
their renderers: ``verify`` in :mod:`validator.reporters.verify`, ``rules`` in
:mod:`validator.reporters.rule_list`.

Floor 5 (outputs): reads the engine's result and findings; beside the other outputs,
which it never imports.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Protocol

from validator.findings import Lang
from validator.output_formats import Formats

if TYPE_CHECKING:  # naming the formats (the CLI's choices) does not load the engine
    from validator.engine import Result


class Reporter(Protocol):
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None: ...

    def report(self, result: Result, out: IO[str]) -> None: ...


FORMATS: Formats[type[Reporter]] = Formats(
    {
        "text": "validator.reporters.text:TextReporter",
        "json": "validator.reporters.json_reporter:JsonReporter",
        "github": "validator.reporters.github:GithubReporter",
        "sarif": "validator.reporters.sarif:SarifReporter",
    }
)


def get_reporter(name: str) -> type[Reporter]:
    return FORMATS.get(name)


def summary_counts(result: Result) -> dict[str, int]:
    """The counts every reporter shows (files, areas, accounts, errors, warnings)."""
    inv = result.inventory
    accounts = sum(len(f.model.cuentas) for f in inv.area_files if f.model is not None)
    errors = sum(1 for f in result.findings if f.severity == "error")
    return {
        "files": len(inv.files),
        "areas": len(inv.area_files),
        "accounts": accounts,
        "errors": errors,
        "warnings": len(result.findings) - errors,
    }
