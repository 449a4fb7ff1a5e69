"""Output formats. A reporter only formats findings; it never decides anything.

The registry maps a format name to ``module:Class``; modules are imported on demand so
that a run in one format never pays for the others. A new format is one module and one
entry here.

Floor 5 (outputs): reads the engine's result and findings; beside the other outputs,
which it never imports.
"""

from __future__ import annotations

import importlib
from typing import IO, Protocol

from validator.engine import Result
from validator.findings import Lang

REPORTERS: dict[str, str] = {
    "text": "validator.reporters.text:TextReporter",
    "json": "validator.reporters.json_reporter:JsonReporter",
    "github": "validator.reporters.github:GithubReporter",
    "sarif": "validator.reporters.sarif:SarifReporter",
}


class Reporter(Protocol):
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None: ...

    def report(self, result: Result, out: IO[str]) -> None: ...


def get_reporter(name: str) -> type[Reporter]:
    module, _, attr = REPORTERS[name].partition(":")
    reporter: type[Reporter] = getattr(importlib.import_module(module), attr)
    return reporter


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
