"""Text for people in a terminal: grouped by file, ``file:line:col``, one summary line.

File names and messages go through :mod:`validator.escaping.terminal`: a file named with an
escape sequence or a line break shows it as ``\x1b``/``\x0a``, never acts on the screen.
"""

from __future__ import annotations

from itertools import groupby
from typing import IO

import click

from validator.engine import Result
from validator.escaping.terminal import visible
from validator.findings import Finding, Lang
from validator.i18n import t
from validator.reporters import summary_counts

_SEVERITY_COLOR = {"error": "red", "warning": "yellow"}


class TextReporter:
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None:
        self.lang = lang
        self.color = color
        self.strict = strict

    def _style(self, text: str, fg: str | None = None, bold: bool | None = None) -> str:
        return click.style(text, fg=fg, bold=bold) if self.color else text

    def _line(self, f: Finding) -> str:
        where = self._style(f"{visible(f.file)}:{f.line}:{f.column}", bold=True)
        sev = self._style(t(f.severity.value, self.lang), fg=_SEVERITY_COLOR[f.severity.value])
        rule = self._style(f.rule, fg="cyan")
        # In the brackets, not in parentheses: a clause such as "4.1 párr. 3 (1)" would nest them.
        clause = f"; {t('clause', self.lang)} {f.clause}" if f.clause not in ("", "—") else ""
        return f"{where}: {sev} [{rule}{clause}] {visible(f.message(self.lang))}"

    def report(self, result: Result, out: IO[str]) -> None:
        counts = summary_counts(result)
        params = {**counts, "as_of": result.as_of.isoformat()}
        for _, group in groupby(result.findings, key=lambda f: f.file):
            for finding in group:
                out.write(self._line(finding) + "\n")
            out.write("\n")
        if not result.findings:
            out.write(self._style(t("summary_clean", self.lang, **params), fg="green") + "\n")
            return
        bad_files = len({f.file for f in result.findings})
        color = "red" if counts["errors"] or self.strict else "yellow"
        out.write(
            self._style(t("summary", self.lang, bad_files=bad_files, **params), fg=color) + "\n"
        )
        if counts["warnings"] and not counts["errors"] and not self.strict:
            out.write(t("strict_note", self.lang) + "\n")
