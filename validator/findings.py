"""The single problem type that flows from rules to reporters.

Floor 0 (a leaf): imports only :mod:`validator.i18n`, which stands below the leaves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from validator.i18n import in_lang

Lang = Literal["es", "en"]
LANGS: tuple[Lang, ...] = ("es", "en")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place, stamped by the engine with the rule's metadata.

    ``messages`` holds the rendered text in every language ("what is wrong" followed by
    "how to fix it"); reporters pick one with :meth:`message`.
    """

    rule: str
    severity: Severity
    clause: str
    file: str  # repository-relative, '/' separators
    line: int  # 1-based
    column: int  # 1-based
    area: str | None
    messages: dict[str, str] = field(compare=False, hash=False)

    def message(self, lang: Lang = "es") -> str:
        return in_lang(self.messages, lang)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.rule)

    def to_dict(self, lang: Lang = "es") -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "clause": self.clause,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "area": self.area,
            "message": self.message(lang),
        }


def is_blocking(finding: Finding, strict: bool) -> bool:
    return finding.severity is Severity.ERROR or strict
