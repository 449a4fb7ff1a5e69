"""SARIF 2.1.0 for GitHub code scanning.

``runs[0].tool.driver.rules`` lists every registered rule (not only those that fired), so
code scanning shows each rule's description, clause and help; each result points at the
file (repository-relative, under ``%SRCROOT%``), line and column of the finding and carries
a ``partialFingerprints`` entry - a hash of rule, file and what the finding says (its message
key and parameters, not its wording) - so an alert keeps its identity across runs even when
lines above it move or its rule's message is reworded.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from typing import IO, Any

from validator import __version__
from validator.engine import Result
from validator.findings import Finding, Lang
from validator.i18n import Message, t
from validator.rules import registry
from validator.rules.base import Rule

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
TOOL_NAME = "ine-redes"
# Where the tool is documented when the run is not on GitHub (on GitHub: the repository).
DEFAULT_INFORMATION_URI = "https://www.ine.mx/"
# v2: a hash of the message key and parameters (v1 hashed the Spanish text)
FINGERPRINT_KEY = "ineRedesFinding/v2"
SRCROOT = "%SRCROOT%"


def information_uri() -> str:
    server = os.environ.get("GITHUB_SERVER_URL", "").rstrip("/")
    repository = os.environ.get("GITHUB_REPOSITORY", "")
    if server.startswith("https://") and repository.count("/") == 1:
        return f"{server}/{repository}"
    return DEFAULT_INFORMATION_URI


def _text(message: Message | None, lang: Lang) -> str:
    if message is None:
        return ""
    return message.text(lang)


def _pascal(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-") if part)


def _has_clause(clause: str) -> bool:
    return clause not in ("", "—")


_PASSES = Message(es="Cumple", en="Passes")
_FAILS = Message(es="No cumple", en="Fails")


def rule_descriptor(rule: Rule, lang: Lang) -> dict[str, Any]:
    """A ``reportingDescriptor``: what code scanning shows for the rule."""
    summary = _text(rule.summary, lang)
    full = _text(rule.description, lang) or summary
    clause_label = f"{t('clause', lang).capitalize()}: {rule.clause}"
    help_parts = [full]
    if _has_clause(rule.clause):
        help_parts.append(clause_label)
    md_parts = [full]
    if _has_clause(rule.clause):
        md_parts.append(f"**{clause_label}**")
    for passes_or_fails, snippet in ((_PASSES, rule.passing), (_FAILS, rule.failing)):
        if snippet:
            label = passes_or_fails.text(lang)
            help_parts.append(f"{label}:\n{snippet.rstrip()}")
            md_parts.append(f"{label}:\n\n```yaml\n{snippet.rstrip()}\n```")
    tags = ["ine-redes", "lineamientos-ine", rule.severity.value]
    if _has_clause(rule.clause):
        tags.append(f"clause:{rule.clause}")
    level = "error" if rule.severity.value == "error" else "warning"
    return {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": "\n\n".join(help_parts), "markdown": "\n\n".join(md_parts)},
        "defaultConfiguration": {"level": level, "enabled": rule.default_enabled},
        "properties": {
            "tags": tags,
            "clause": rule.clause,
            "problem.severity": level,
        },
    }


def fingerprint(finding: Finding) -> str:
    """Stable across runs, languages and rewordings: rule, file and what the finding says
    (its message key and parameters: :meth:`Finding.identity`), hashed."""
    material = "\0".join((finding.rule, finding.file, finding.identity()))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]


def result_object(
    finding: Finding, lang: Lang, index: dict[str, int], occurrence: int
) -> dict[str, Any]:
    text = finding.message(lang)
    if _has_clause(finding.clause):
        text = f"{text} ({t('clause', lang)} {finding.clause})"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": "error" if finding.severity.value == "error" else "warning",
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": finding.file, "uriBaseId": SRCROOT},
                    "region": {
                        "startLine": max(1, finding.line),
                        "startColumn": max(1, finding.column),
                    },
                }
            }
        ],
        # Identical findings in one file get 0, 1, 2 ... so they stay distinct alerts.
        "partialFingerprints": {FINGERPRINT_KEY: f"{fingerprint(finding)}:{occurrence}"},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.area:
        result["properties"] = {"area": finding.area, "clause": finding.clause}
    return result


def sarif_log(result: Result, lang: Lang) -> dict[str, Any]:
    rules = list(registry().values())
    index = {rule.id: i for i, rule in enumerate(rules)}
    seen: Counter[str] = Counter()
    results = []
    for finding in result.findings:
        key = fingerprint(finding)
        results.append(result_object(finding, lang, index, seen[key]))
        seen[key] += 1
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": information_uri(),
                        "rules": [rule_descriptor(rule, lang) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"asOf": result.as_of.isoformat()},
            }
        ],
    }


class SarifReporter:
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None:
        self.lang = lang

    def report(self, result: Result, out: IO[str]) -> None:
        json.dump(sarif_log(result, self.lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
