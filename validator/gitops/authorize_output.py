"""An authorisation (``ine-redes authorize``) as text, JSON, GitHub workflow commands and a
job-summary table.

Renderers only: :func:`validator.gitops.authorize.authorize` decides. The registry of these
formats is :data:`validator.gitops.formats.AUTHORIZE`.
"""

from __future__ import annotations

from validator.escaping import markdown, workflow
from validator.escaping.terminal import visible
from validator.gitops.authorize import Authorization
from validator.i18n import Message

_LABELS: dict[str, Message] = {
    "title": Message(
        es="Autorización de {actor} para los cambios de {head} sobre {base} "
        "(ancestro común {mb}, inventario de la rama base {bc}):",
        en="Authorisation of {actor} for the changes of {head} onto {base} "
        "(merge base {mb}, inventory of the base branch {bc}):",
    ),
    "allowed": Message(es="permitido", en="allowed"),
    "refused": Message(es="RECHAZADO", en="REFUSED"),
    "nothing": Message(
        es="No cambia ningún archivo: no hay nada que autorizar.",
        en="No file changes: nothing to authorise.",
    ),
    "ok": Message(
        es="Resultado: permitido; rutas revisadas: {n}.", en="Result: allowed; paths checked: {n}."
    ),
    "ko": Message(
        es="Resultado: RECHAZADO; rutas rechazadas: {bad} de {n}. Regla autorizacion "
        "(cláusulas 4.2 I; 4.5).",
        en="Result: REFUSED; paths refused: {bad} of {n}. Rule autorizacion (clauses 4.2 I; 4.5).",
    ),
    "cncs_invalid": Message(
        es="Atención: inventory/cncs.yaml no es válido en la rama base; nadie cuenta como "
        "revisor de la CNCS hasta que se corrija.",
        en="Note: inventory/cncs.yaml is not valid on the base branch; nobody counts as a CNCS "
        "reviewer until it is fixed.",
    ),
    "summary_title": Message(es="Autorización del pull request", en="Pull request authorisation"),
    "summary_head": Message(
        es="| Ruta | Cambio | Decisión | Motivo |", en="| Path | Change | Decision | Reason |"
    ),
}


def render_text(result: Authorization, lang: str = "es") -> str:
    """For a terminal: every value (paths, refs, the actor) shown without hidden characters."""
    lines = [
        _LABELS["title"].format(
            lang,
            actor=result.actor,
            head=result.head,
            base=result.base,
            mb=result.merge_base[:12],
            bc=result.base_commit[:12],
        )
    ]
    if not result.cncs_valid:
        lines.append(_LABELS["cncs_invalid"].text(lang))
    if not result.decisions:
        lines.append(_LABELS["nothing"].text(lang))
        return "\n".join(visible(line) for line in lines) + "\n"
    for d in result.decisions:
        verdict = _LABELS["allowed" if d.allowed else "refused"].text(lang)
        lines.append(f"  {verdict}  [{d.status}] {d.path}: {d.message(lang)}")
    n = len(result.decisions)
    bad = len(result.refused)
    lines.append(
        _LABELS["ok"].format(lang, n=n) if not bad else _LABELS["ko"].format(lang, bad=bad, n=n)
    )
    return "\n".join(visible(line) for line in lines) + "\n"  # no value forges a line


def render_json(result: Authorization, lang: str = "es") -> str:
    import json

    return json.dumps(result.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def render_github(result: Authorization, lang: str = "es") -> str:
    """Workflow commands (one ``::error`` per refused path) and the plain-text verdict, whose
    lines the runner cannot read as commands (:mod:`validator.escaping.workflow`)."""
    lines = [
        workflow.command("error", d.message(lang), file=d.path, title="autorizacion")
        for d in result.refused
    ]
    return "\n".join([*lines, workflow.log_lines(render_text(result, lang))])


def summary_markdown(result: Authorization, lang: str = "es") -> str:
    """A job summary table (``GITHUB_STEP_SUMMARY``); every cell escaped."""
    md_cell, md_row = markdown.text, markdown.row
    verdict = _LABELS["allowed" if result.allowed else "refused"].text(lang)
    lines = [
        f"## {_LABELS['summary_title'].text(lang)}: {md_cell(verdict)}",
        "",
        md_cell(f"{result.actor} · {result.base} ({result.base_commit[:12]})"),
        "",
    ]
    if not result.decisions:
        return "\n".join([*lines, _LABELS["nothing"].text(lang), "", ""])
    lines += [_LABELS["summary_head"].text(lang), "|---|---|---|---|"]
    for d in result.decisions:
        cells = (
            d.path,
            d.status,
            _LABELS["allowed" if d.allowed else "refused"].text(lang),
            d.message(lang),
        )
        lines.append(md_row(cells))
    return "\n".join(lines) + "\n\n"
