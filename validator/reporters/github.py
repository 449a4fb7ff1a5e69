"""GitHub Actions: workflow commands that annotate the lines, plus a Markdown job summary.

Each finding becomes one ``::error``/``::warning`` command with ``file``, ``line``, ``col``
and ``title`` (the rule ID), built and escaped by :mod:`validator.escaping.workflow`, so
nothing that comes from the inventory - a file name, a person's name quoted in a message -
can end the command early or start a new one. When ``GITHUB_STEP_SUMMARY`` names a file, a
Markdown summary (counts and one table row per finding, every cell escaped by
:mod:`validator.escaping.markdown`) is appended to it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from validator.engine import Result
from validator.escaping import markdown, workflow
from validator.findings import Finding, Lang
from validator.i18n import Message, counted, t
from validator.reporters import summary_counts

# GitHub rejects a step summary over 1 MiB; past this many rows the table is cut (the
# annotations and the SARIF upload still carry every finding).
MAX_SUMMARY_ROWS = 500

_LEVEL = {"error": "error", "warning": "warning"}

_TEXTS: dict[str, Message] = {
    "title": Message(es="Validación del inventario", en="Inventory validation"),
    "clean": Message(es="Sin hallazgos.", en="No findings."),
    "counts": Message(
        es="**{errors_es}**, **{warnings_es}** · {files_es}, {areas_es}, {accounts_es} al {as_of}.",
        en="**{errors_en}**, **{warnings_en}** · {files_en}, {areas_en}, {accounts_en} "
        "as of {as_of}.",
    ),
    "header": Message(
        es="| Archivo:línea | Severidad | Regla | Cláusula | Mensaje |",
        en="| File:line | Severity | Rule | Clause | Message |",
    ),
    "no_summary": Message(
        es="No se pudo escribir el resumen del job en {path} ({error}); las anotaciones "
        "están completas.",
        en="Could not write the job summary to {path} ({error}); the annotations are complete.",
    ),
    "truncated": Message(
        es="… y {more_findings_es} (vea las anotaciones y el análisis de código).",
        en="… and {more_findings_en} (see the annotations and code scanning).",
    ),
}


def _x(key: str, lang: Lang, **params: object) -> str:
    return _TEXTS[key].format(lang, **counted(params))


def command(finding: Finding, lang: Lang) -> str:
    """One workflow command line for one finding."""
    return workflow.command(
        _LEVEL.get(finding.severity.value, "error"),
        annotation_text(finding, lang),
        file=finding.file,
        line=max(1, finding.line),
        col=max(1, finding.column),
        title=finding.rule,
    )


def annotation_text(finding: Finding, lang: Lang) -> str:
    """The message with its clause, as the annotation shows it."""
    text = finding.message(lang)
    if finding.clause not in ("", "—"):
        text = f"[{t('clause', lang)} {finding.clause}] {text}"
    return text


def summary_markdown(result: Result, lang: Lang) -> str:
    counts = summary_counts(result)
    lines = [f"## {_x('title', lang)}", ""]
    lines.append(_x("counts", lang, as_of=result.as_of.isoformat(), **counts))
    lines.append("")
    if not result.findings:
        lines += [_x("clean", lang), ""]
        return "\n".join(lines) + "\n"
    lines += [_x("header", lang), "|---|---|---|---|---|"]
    for finding in result.findings[:MAX_SUMMARY_ROWS]:
        cells = (
            f"{finding.file}:{finding.line}",
            t(finding.severity.value, lang),
            finding.rule,
            finding.clause,
            finding.message(lang),
        )
        lines.append(markdown.row(cells))
    rest = len(result.findings) - MAX_SUMMARY_ROWS
    if rest > 0:
        lines += ["", _x("truncated", lang, more_findings=rest)]
    return "\n".join(lines) + "\n\n"


class GithubReporter:
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None:
        self.lang = lang
        self.strict = strict

    def report(self, result: Result, out: IO[str]) -> None:
        for finding in result.findings:
            out.write(command(finding, self.lang) + "\n")
        counts = summary_counts(result)
        params = {**counts, "as_of": result.as_of.isoformat()}
        if result.findings:
            bad_files = len({f.file for f in result.findings})
            out.write(
                workflow.log_line(t("summary", self.lang, bad_files=bad_files, **params)) + "\n"
            )
        else:
            out.write(workflow.log_line(t("summary_clean", self.lang, **params)) + "\n")
        summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_path:
            try:
                with Path(summary_path).open("a", encoding="utf-8") as handle:
                    handle.write(summary_markdown(result, self.lang))
            except OSError as exc:  # the annotations above are complete; say so, go on
                detail = _x("no_summary", self.lang, path=summary_path, error=exc.strerror)
                out.write(workflow.command("warning", detail, title="ine-redes") + "\n")
