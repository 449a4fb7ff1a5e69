"""The labelled secrets set (``tests/data/secrets/{positives,negatives}.yaml``): its cases, and
each case built as an area file (an edited copy of the contract's example area; see the header
of positives.yaml). Read by the rule's tests (tests/rules/test_sin_secretos.py) and the
detector's (tests/secret_scan/).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from tests.conftest import TESTS, contract_area
from validator.loading.yaml_loader import load_text

DATA = TESTS / "data" / "secrets"


def _cases(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return list(data["casos"])


POSITIVES = _cases("positives.yaml")
NEGATIVES = _cases("negatives.yaml")


def _path(dotted: str) -> tuple[str | int, ...]:
    out: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", dotted):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return tuple(out)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def build_case(case: dict[str, Any]) -> tuple[str, int | None]:
    """The edited area text and the 1-based line where a finding is expected."""
    text = contract_area()
    doc = load_text(text)
    lines = text.split("\n")
    path = _path(case["campo"])
    line, col = doc.positions[path]
    key_col = doc.key_positions.get(path, (line, col))[1]
    idx = line - 1
    target: int | None = line
    if "clave" in case:
        lines.insert(idx + 1, f"{' ' * (key_col - 1)}{case['clave']}: {_scalar(case['valor'])}")
        target = line + 1
    elif "comentario" in case:
        if case.get("al_final"):
            lines[idx] = re.sub(r"\s+#.*$", "", lines[idx]) + "  # " + case["comentario"]
        else:  # one comment line per line of the text
            for offset, body in enumerate(case["comentario"].split("\n")):
                lines.insert(idx + offset, f"{' ' * (key_col - 1)}# {body}")
    elif case.get("valor") is None:
        target = None
    elif "bloque" in case:
        lines[idx] = lines[idx][: col - 1] + case["bloque"]
        indent = " " * (key_col + 1)
        for offset, body in enumerate(case["valor"].split("\n"), 1):
            lines.insert(idx + offset, indent + body)
    else:
        # keep what follows the old value inside a flow mapping ({fecha: …, oficio: …})
        rest = lines[idx][col - 1 :]
        tail = re.search(r"\s*[,}\]].*$", rest)
        keep = tail.group(0) if tail and "{" in lines[idx][: col - 1] else ""
        lines[idx] = lines[idx][: col - 1] + _scalar(case["valor"]) + keep
    if case.get("romper"):
        lines.append("version: 1  # clave repetida: el archivo deja de ser YAML válido")
    if target is not None:
        target += case.get("linea", 0)
    return "\n".join(lines), target


def text_of(case: dict[str, Any]) -> str:
    """The text a case writes: its comment or its value ("" for a removed value)."""
    return str(case.get("comentario") or case.get("valor") or "")
