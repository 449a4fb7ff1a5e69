"""Render ``docs/rules.md`` from the rule registry, so the documentation never drifts.

Every registered rule - whoever wrote it - contributes its ID, severity, clause,
description and its passing and failing YAML snippets. The document is in Spanish (the
users' language); each rule ends with its English summary. Output is deterministic: the
registry's order, no dates, no environment.

Floor 5 (outputs): reads the rule registry (floor 3).
"""

from __future__ import annotations

import re
from pathlib import Path

from validator.generated_io import write_atomic
from validator.i18n import t

DOC_PATH = "docs/rules.md"

_SEVERITY_ES = {
    "error": "error (bloquea la fusión)",
    "warning": "aviso (warning; bloquea solo con --strict)",
}


def _cell(text: str) -> str:
    """A Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _fence(snippet: str) -> str:
    """A fenced YAML block whose fence is longer than any backtick run in the snippet."""
    longest = max((len(m) for m in re.findall(r"`+", snippet)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}yaml\n{snippet.rstrip()}\n{fence}"


def _anchor(rule_id: str) -> str:
    return rule_id.lower()


def render_rules_doc() -> str:
    """The whole document as text (ends with a newline)."""
    from validator.rules import registry

    rules = list(registry().values())
    out: list[str] = [
        "# Reglas del validador",
        "",
        "<!-- Generado por `ine-redes docs` a partir del registro de reglas "
        "(validator/rules/). No lo edite a mano: cambie la regla y ejecute `ine-redes docs`. -->",
        "",
        "Cada hallazgo lleva el ID de la regla, su severidad, la cláusula de los lineamientos "
        "que hace cumplir, el archivo y la línea del valor, y un mensaje que dice qué está mal "
        "y cómo corregirlo (`--lang en` para inglés). Una regla de severidad `error` bloquea "
        "la fusión; un `aviso` (warning) se muestra y bloquea solo con `--strict`. "
        "`ine-redes explain REGLA` muestra esta misma ficha en la terminal.",
        "",
        "**Plazos: tarde no es faltante.** En toda regla con fecha (informes, avisos, cambios "
        "de contraseña, formatos, incidentes), una obligación incumplida después de su "
        "vencimiento es un error; una cumplida tarde es un aviso que registra el atraso "
        "(«presentado N días hábiles después del plazo»), nunca un error permanente. Un "
        "cumplimiento en día inhábil cuenta como hecho el siguiente día hábil.",
        "",
        f"{len(rules)} reglas.",
        "",
        "| ID | severidad | cláusula | comprueba |",
        "|---|---|---|---|",
    ]
    for r in rules:
        out.append(
            f"| [`{r.id}`](#{_anchor(r.id)}) | {t(r.severity.value)} | {_cell(r.clause)} "
            f"| {_cell(r.summary.es)} |"
        )
    for r in rules:
        out += ["", f"## {r.id}", ""]
        out.append(
            f"**Severidad:** {_SEVERITY_ES.get(r.severity.value, r.severity.value)} · "
            f"**Cláusula:** {r.clause}"
        )
        if not r.default_enabled:
            out += [
                "",
                "*Regla opcional:* no corre en un `validate` normal; la ejecuta su propio "
                f"comando o `ine-redes validate --select {r.id}`.",
            ]
        out += ["", r.summary.es]
        if r.description is not None:
            out += ["", r.description.es]
        if r.passing:
            out += ["", "**Cumple:**", "", _fence(r.passing)]
        if r.failing:
            out += ["", "**No cumple:**", "", _fence(r.failing)]
        out += ["", f"*English:* {r.summary.en}"]
    return "\n".join(out) + "\n"


def stale_docs(root: Path) -> list[str]:
    """Repository-relative paths whose content differs from what would be written."""
    path = root / DOC_PATH
    try:
        current = path.read_text(encoding="utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        current = None
    return [] if current == render_rules_doc() else [DOC_PATH]


def write_docs(root: Path) -> list[str]:
    """Write the document atomically; returns the paths actually changed."""
    changed = write_atomic(root / DOC_PATH, render_rules_doc().encode("utf-8"))
    return [DOC_PATH] if changed else []
