"""Stable JSON for machines: one object on stdout (contract: cli.md)."""

from __future__ import annotations

import json
from typing import IO

from validator.engine import Result
from validator.findings import Lang
from validator.reporters import summary_counts


class JsonReporter:
    def __init__(self, lang: Lang, color: bool, strict: bool) -> None:
        self.lang = lang

    def report(self, result: Result, out: IO[str]) -> None:
        payload = {
            "version": 1,
            "as_of": result.as_of.isoformat(),
            "findings": [f.to_dict(self.lang) for f in result.findings],
            "summary": summary_counts(result),
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
