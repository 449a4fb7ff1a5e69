"""The single problem type that flows from rules to reporters.

Floor 0 (a leaf): imports only :mod:`validator.i18n`, which stands below the leaves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from validator.i18n import Message, in_lang

Lang = Literal["es", "en"]
LANGS: tuple[Lang, ...] = ("es", "en")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Rendered(Mapping[str, str]):
    """A finding's text per language, rendered when a reporter asks for it (only in the
    language it reports in): a finding keeps its template and parameters, not two texts."""

    __slots__ = ("params", "template")

    def __init__(self, template: Message, params: Mapping[str, Any]) -> None:
        self.template = template
        self.params = params

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGS:
            raise KeyError(lang)
        return self.template.render(lang, self.params)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place, stamped by the engine with the rule's metadata.

    ``messages`` maps every language to the text ("what is wrong" followed by "how to fix
    it"): a plain dict, or :class:`Rendered` (the engine's: rendered on demand); reporters
    pick one with :meth:`message`.
    """

    rule: str
    severity: Severity
    clause: str
    file: str  # repository-relative, '/' separators
    line: int  # 1-based
    column: int  # 1-based
    area: str | None
    messages: Mapping[str, str] = field(compare=False, hash=False)
    key: str = field(default="", compare=False, hash=False)  # which message of its rule

    def message(self, lang: Lang = "es") -> str:
        return in_lang(self.messages, lang)

    def identity(self) -> str:
        """What the finding says, whatever its wording: its rule's message key and the
        problem's parameters (for a finding with ready-made texts, its Spanish text). A
        rule's message can be reworded without a code-scanning alert becoming a new one."""
        messages = self.messages
        if not isinstance(messages, Rendered):
            return self.message("es")
        params = json.dumps(messages.params, sort_keys=True, ensure_ascii=False, default=_plain)
        return f"{self.key}\0{params}"

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


def _plain(value: object) -> object:
    """A parameter JSON does not know, in a form that is the same in every run."""
    if isinstance(value, set | frozenset):
        return sorted(map(str, value))
    return str(value)


def is_blocking(finding: Finding, strict: bool) -> bool:
    return finding.severity is Severity.ERROR or strict
