"""The plan of a pull request (``ine-redes diff``) as text, Markdown and JSON.

Renderers only: :func:`validator.gitops.diff.plan` computes the plan. The registry of
these formats is :data:`validator.gitops.formats.DIFF`.
"""

from __future__ import annotations

from validator.escaping.terminal import visible
from validator.gitops.diff import COMMENT_MARKER, AreaDiff, Plan
from validator.i18n import Message

_L: dict[str, Message] = {
    "title": Message(es="Plan del pull request", en="Pull request plan"),
    "compared": Message(
        es="{head} ({head_commit}) comparado con su ancestro común con {base} ({mb}).",
        en="{head} ({head_commit}) compared with its merge base with {base} ({mb}).",
    ),
    "twice": Message(es="La CNCS debe revisar dos veces:", en="CNCS must look twice:"),
    "alert_sin_administradores": Message(
        es="el área {clave} se queda sin personas administradoras (tenía {antes})",
        en="area {clave} is left without administrators (it had {antes})",
    ),
    "alert_cuentas_masivas": Message(
        es="se eliminan {removed} de {total} cuentas a la vez (más de la cuarta parte)",
        en="{removed} of {total} accounts are removed at once (more than a quarter)",
    ),
    "alert_titular": Message(
        es="cambia quién puede editar el área {clave}: titular.github {antes} → {despues}",
        en="who may edit area {clave} changes: titular.github {antes} → {despues}",
    ),
    "nothing": Message(
        es="Este pull request no cambia ningún archivo de área.",
        en="This pull request changes no area file.",
    ),
    "status_added": Message(es="área nueva", en="new area"),
    "status_removed": Message(es="área eliminada", en="area removed"),
    "status_modified": Message(es="modificada", en="modified"),
    "status_unreadable": Message(
        es="no se puede leer: vea `ine-redes validate`",
        en="cannot be read: see `ine-redes validate`",
    ),
    "titular": Message(es="Titular (GitHub)", en="Titular (GitHub)"),
    "gained": Message(es="Administradores que entran", en="Administrators gained"),
    "lost": Message(es="Administradores que salen", en="Administrators lost"),
    "added": Message(es="Cuentas nuevas", en="Accounts added"),
    "removed": Message(es="Cuentas eliminadas", en="Accounts removed"),
    "requested": Message(es="Correos genéricos solicitados", en="Generic addresses requested"),
    "assigned": Message(es="Correos genéricos asignados", en="Generic addresses assigned"),
    "dropped": Message(es="Correos genéricos dados de baja", en="Generic addresses dropped"),
    "widened": Message(es="Accesos ampliados", en="Access widened"),
    "narrowed": Message(es="Accesos reducidos", en="Access narrowed"),
    "other": Message(
        es="Otros cambios (datos de las personas, fechas, registros).",
        en="Other changes (people's details, dates, records).",
    ),
    "catalogs": Message(es="Catálogos modificados", en="Catalogues changed"),
    "others": Message(
        es="Otros archivos fuera del inventario de áreas ({n})",
        en="Other files outside the area inventory ({n})",
    ),
}


def _area_items(a: AreaDiff, lang: str) -> list[tuple[str, list[str]]]:
    """(label, values) pairs of one area's plan, in the order a reviewer reads them."""
    items: list[tuple[str, list[str]]] = []
    if a.titular_changed:
        items.append((_L["titular"].text(lang), [f"{a.titular_before} → {a.titular_after}"]))
    pairs = (
        ("gained", [f"{p.rol}: {p.nombre} <{p.correo}>" for p in a.admins_gained]),
        ("lost", [f"{p.rol}: {p.nombre} <{p.correo}>" for p in a.admins_lost]),
        ("added", [f"{c.plataforma} {c.usuario} ({c.url})" for c in a.accounts_added]),
        ("removed", [f"{c.plataforma} {c.usuario} ({c.url})" for c in a.accounts_removed]),
        ("requested", list(a.generic_requested)),
        ("assigned", list(a.generic_assigned)),
        ("dropped", list(a.generic_dropped)),
        (
            "widened",
            [f"{c.plataforma} {c.usuario}: + {', '.join(c.roles)}" for c in a.access_widened],
        ),
        (
            "narrowed",
            [f"{c.plataforma} {c.usuario}: − {', '.join(c.roles)}" for c in a.access_narrowed],
        ),
    )
    items += [(_L[key].text(lang), values) for key, values in pairs if values]
    return items


def render_markdown(p: Plan, lang: str = "es") -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY`` or a PR comment; every value escaped."""
    from validator.escaping.markdown import code as md_code
    from validator.escaping.markdown import text as md_cell

    out = [COMMENT_MARKER, f"## {_L['title'].text(lang)}", ""]
    out.append(
        md_cell(
            _L["compared"].format(
                lang, head=p.head, head_commit=p.head_commit[:12], base=p.base, mb=p.merge_base[:12]
            )
        )
    )
    out.append("")
    alerts = p.alerts
    if alerts:
        out.append(f"> [!WARNING]\n> **{md_cell(_L['twice'].text(lang))}**")
        out += [f"> - {md_cell(_L['alert_' + a.kind].format(lang, **a.params))}" for a in alerts]
        out.append("")
    if not p.areas:
        out += [_L["nothing"].text(lang), ""]
    for a in p.areas:
        title = f"{a.clave} — {a.nombre}" if a.nombre else a.clave
        out.append(f"### {md_cell(title)} ({md_cell(_L['status_' + a.status].text(lang))})")
        out.append("")
        for label, values in _area_items(a, lang):
            out.append(f"- **{md_cell(label)}:** " + "; ".join(md_cell(v) for v in values))
        if a.status == "modified" and not a.summarised:
            out.append(f"- {md_cell(_L['other'].text(lang))}")
        out.append("")
    if p.catalogs:
        out.append(
            f"**{md_cell(_L['catalogs'].text(lang))}:** "
            + ", ".join(md_cell(c) for c in p.catalogs)
        )
        out.append("")
    if p.other_files:
        out.append(f"**{md_cell(_L['others'].format(lang, n=len(p.other_files)))}:**")
        out += [f"- {md_code(f)}" for f in p.other_files]
        out.append("")
    return "\n".join(out) + "\n"


def render_text(p: Plan, lang: str = "es") -> str:
    """The same plan as plain text, for a terminal (no Markdown marks)."""
    compared = _L["compared"].format(
        lang, head=p.head, head_commit=p.head_commit[:12], base=p.base, mb=p.merge_base[:12]
    )
    out = [_L["title"].text(lang), compared, ""]
    alerts = p.alerts
    if alerts:
        out.append(_L["twice"].text(lang))
        out += [f"  ! {_L['alert_' + a.kind].format(lang, **a.params)}" for a in alerts]
        out.append("")
    if not p.areas:
        out += [_L["nothing"].text(lang), ""]
    for a in p.areas:
        title = f"{a.clave} — {a.nombre}" if a.nombre else a.clave
        out.append(f"{title}: {_L['status_' + a.status].text(lang)}")
        for label, values in _area_items(a, lang):
            out.append(f"  {label}: " + "; ".join(values))
        if a.status == "modified" and not a.summarised:
            out.append(f"  {_L['other'].text(lang)}")
        out.append("")
    if p.catalogs:
        out += [f"{_L['catalogs'].text(lang)}: " + ", ".join(p.catalogs), ""]
    if p.other_files:
        out.append(f"{_L['others'].format(lang, n=len(p.other_files))}:")
        out += [f"  {f}" for f in p.other_files]
        out.append("")
    # Paths are the pull request's own choice (``a\x1b[31m.md``): the terminal channel.
    return "\n".join(visible(line) for line in out).rstrip("\n") + "\n"


def render_json(p: Plan, lang: str = "es") -> str:
    import json

    data = p.to_dict()
    for alert, rendered in zip(data["alerts"], p.alerts, strict=True):
        alert["message"] = _L["alert_" + rendered.kind].format(lang, **rendered.params)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
