"""The quarterly report as Markdown (repository, job summary) and as plain text (an oficio)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from validator.calendar import zone_for
from validator.escaping.terminal import visible
from validator.gitops.history import ROLES, RoleOnDate
from validator.gitops.history_output import role_label
from validator.gitops.repo import local_minute
from validator.gitops.report import AdminChange, QuarterlyReport
from validator.i18n import Message

_L: dict[str, Message] = {
    "title": Message(es="Informe trimestral a la CNCS", en="Quarterly report to CNCS"),
    "basis_line": Message(
        es="Lineamientos para la administración de las cuentas de correo electrónico asociadas "
        "a las cuentas de redes sociales del INE, numeral 4.2, fracción V.",
        en="INE guidelines for the e-mail accounts associated with social-media accounts, "
        "clause 4.2 V.",
    ),
    "area": Message(es="Área responsable", en="Responsible area"),
    "titular": Message(es="Titular", en="Titular"),
    "period": Message(es="Periodo que se informa", en="Period reported"),
    "period_value": Message(es="del {start} al {end}", en="from {start} to {end}"),
    "basis_informe": Message(
        es="desde el día siguiente al informe a la CNCS del {previous}",
        en="since the day after the report to CNCS of {previous}",
    ),
    "basis_designacion": Message(
        es="desde el inicio de la persona administradora más antigua (no hay informe previo)",
        en="since the longest-serving administrator started (no previous report)",
    ),
    "basis_tres_meses": Message(
        es="los tres meses anteriores a la fecha de corte (no hay informe previo)",
        en="the three months before the cut-off date (no previous report)",
    ),
    "basis_manual": Message(es="periodo indicado con --since", en="period given with --since"),
    "as_of": Message(es="Fecha de corte", en="Cut-off date"),
    "source": Message(es="Fuente", en="Source"),
    "source_value": Message(
        es="{path} en el commit {commit} del {date}, historia de la rama {ref}",
        en="{path} at commit {commit} of {date}, history of branch {ref}",
    ),
    "admins": Message(es="Personas administradoras al {as_of}", en="Administrators on {as_of}"),
    "accounts": Message(es="Cuentas institucionales", en="Institutional accounts"),
    "changes": Message(
        es="Cambios de personas administradoras en el periodo",
        en="Changes of administrators in the period",
    ),
    "passwords": Message(
        es="Cambios de contraseña en el periodo", en="Password changes in the period"
    ),
    "incidents": Message(es="Incidentes en el periodo", en="Incidents in the period"),
    "reports": Message(es="Informes a la CNCS en el periodo", en="Reports to CNCS in the period"),
    "pending": Message(
        es="Obligaciones pendientes al {as_of}", en="Obligations pending on {as_of}"
    ),
    "none": Message(es="Ninguno.", en="None."),
    "none_f": Message(es="Ninguna.", en="None."),  # cuentas, obligaciones
    "nobody": Message(es="vacante (nadie registrado)", en="vacant (nobody recorded)"),
    "unknown": Message(es="sin registro en la historia", en="no record in the history"),
    "not_yet": Message(
        es="designada, aún no en funciones: {nombre} <{correo}>, desde {desde}",
        en="designated, not yet in office: {nombre} <{correo}>, from {desde}",
    ),
    "recorded_later": Message(
        es="registrada después con efecto anterior a la fecha de corte: {nombre} <{correo}>, "
        "desde {desde}",
        en="recorded later with effect before the cut-off date: {nombre} <{correo}>, from {desde}",
    ),
    "sf_on": Message(es="activo ({who})", en="active ({who})"),
    "sf_off": Message(es="NO activo", en="NOT active"),
    "sf_none": Message(es="sin registro", en="not recorded"),
    "kind_alta": Message(es="alta", en="appointed"),
    "kind_baja": Message(es="baja", en="removed"),
    "kind_reemplazo": Message(es="reemplazo", en="replaced"),
    "kind_fecha": Message(es="cambio de fecha de inicio", en="start date changed"),
    "change_line": Message(
        es="{date} (commit {commit}) — {rol}, {kind}: sale {sale}; entra {entra}",
        en="{date} (commit {commit}) — {rol}, {kind}: leaves {sale}; joins {entra}",
    ),
    "change_alta": Message(
        es="{date} (commit {commit}) — {rol}, {kind}: entra {entra}",
        en="{date} (commit {commit}) — {rol}, {kind}: joins {entra}",
    ),
    "change_baja": Message(
        es="{date} (commit {commit}) — {rol}, {kind}: sale {sale}",
        en="{date} (commit {commit}) — {rol}, {kind}: leaves {sale}",
    ),
    "since": Message(es="desde", en="from"),
    "pw_line": Message(
        es="{cuenta}: cambio del {fecha}; informado al titular: {informado}",
        en="{cuenta}: changed on {fecha}; titular informed: {informado}",
    ),
    "inc_line": Message(
        es="{cuenta}, {fecha}: {descripcion}. Contraseña cambiada: {cambiada}; ticket CAU: "
        "{ticket}; notificado al titular: {titular}; notificado a la CNCS: {cncs}",
        en="{cuenta}, {fecha}: {descripcion}. Password changed: {cambiada}; CAU ticket: "
        "{ticket}; titular notified: {titular}; CNCS notified: {cncs}",
    ),
    "rep_line": Message(
        es="{fecha}: {tipo}, oficio {oficio}", en="{fecha}: {tipo}, oficio {oficio}"
    ),
    "pending_line": Message(
        es="{kind} ({clause}) — {subject}: {status}, vence {due}",
        en="{kind} ({clause}) — {subject}: {status}, due {due}",
    ),
    "pending_nodue": Message(
        es="{kind} ({clause}) — {subject}: {status}", en="{kind} ({clause}) — {subject}: {status}"
    ),
    "status_overdue": Message(es="vencida", en="overdue"),
    "status_missing": Message(es="sin registro", en="missing"),
    "status_due_soon": Message(es="próxima a vencer", en="due soon"),
    "status_ok": Message(es="al día", en="up to date"),
    "h_rol": Message(es="Rol", en="Role"),
    "h_nombre": Message(es="Nombre", en="Name"),
    "h_cargo": Message(es="Cargo", en="Position"),
    "h_correo": Message(es="Correo", en="E-mail"),
    "h_desde": Message(es="Desde", en="Since"),
    "h_plataforma": Message(es="Plataforma", en="Platform"),
    "h_usuario": Message(es="Usuario", en="Handle"),
    "h_url": Message(es="URL", en="URL"),
    "h_generico": Message(es="Correo genérico", en="Generic address"),
    "h_2fa": Message(es="Segundo factor", en="Second factor"),
    "h_accesos": Message(es="Accesos", en="Access"),
    "h_detalle": Message(es="Detalle", en="Detail"),
    "dash": Message(es="—", en="—"),
}


def _d(value: Any) -> str:
    return value.isoformat() if value is not None else "—"


class _Facts:
    """The report's facts as lines of plain text (shared by both formats)."""

    def __init__(self, r: QuarterlyReport, lang: str) -> None:
        self.r = r
        self.lang = lang
        self.zone = zone_for(r.zone)

    def when(self, moment: Any) -> str:
        return local_minute(moment, self.zone)

    def header(self) -> list[tuple[str, str]]:
        r, lang = self.r, self.lang
        a = r.area
        basis = _L[f"basis_{r.basis}"].format(lang, previous=_d(r.previous_report))
        period = _L["period_value"].format(lang, start=r.start.isoformat(), end=r.end.isoformat())
        return [
            (_L["area"].text(lang), f"{a.clave} — {a.nombre}"),
            (
                _L["titular"].text(lang),
                f"{a.titular.nombre}, {a.titular.cargo} <{a.titular.correo}>",
            ),
            (_L["period"].text(lang), f"{period} ({basis})"),
            (_L["as_of"].text(lang), r.as_of.isoformat()),
            (
                _L["source"].text(lang),
                _L["source_value"].format(
                    lang,
                    path=r.path,
                    commit=r.commit[:12],
                    date=self.when(r.commit_date),
                    ref=r.ref,
                ),
            ),
        ]

    def admin_rows(self) -> list[tuple[str, str, str, str, str]]:
        rows = []
        for rol in ROLES:
            state: RoleOnDate = self.r.current[rol]
            h = state.holder
            if h is None:
                empty = _L["unknown" if state.no_record else "nobody"].text(self.lang)
                rows.append((role_label(rol, self.lang), empty, "", "", ""))
            else:
                rows.append((role_label(rol, self.lang), h.nombre, h.cargo, h.correo, _d(h.desde)))
        return rows

    def admin_notes(self) -> list[str]:
        notes = []
        for rol in ROLES:
            state = self.r.current[rol]
            for key, records in (
                ("not_yet", state.not_yet),
                ("recorded_later", state.recorded_later),
            ):
                notes += [
                    f"{role_label(rol, self.lang)}: "
                    + _L[key].format(self.lang, nombre=n.nombre, correo=n.correo, desde=_d(n.desde))
                    for n in records
                ]
        return notes

    def account_rows(self) -> list[tuple[str, str, str, str, str, str]]:
        rows = []
        for c in self.r.area.cuentas:
            sf = c.segundo_factor
            if sf is None:
                two = _L["sf_none"].text(self.lang)
            elif sf.activo:
                two = _L["sf_on"].format(self.lang, who=sf.dispositivo or "—")
            else:
                two = _L["sf_off"].text(self.lang)
            rows.append(
                (
                    c.plataforma,
                    c.usuario,
                    c.url,
                    c.correo_asociado or "—",
                    two,
                    ", ".join(c.accesos),
                )
            )
        return rows

    def change_lines(self) -> list[str]:
        return [self._change(c) for c in self.r.changes]

    def _change(self, c: AdminChange) -> str:
        since = _L["since"].text(self.lang)
        sale = f"{c.sale.nombre} <{c.sale.correo}>" if c.sale else "—"
        entra = (
            f"{c.entra.nombre} <{c.entra.correo}> ({since} {_d(c.entra.desde)})" if c.entra else "—"
        )
        template = {"alta": "change_alta", "baja": "change_baja"}.get(c.kind, "change_line")
        return _L[template].format(
            self.lang,
            date=self.when(c.commit_date),
            commit=c.commit[:12],
            rol=role_label(c.rol, self.lang),
            kind=_L[f"kind_{c.kind}"].text(self.lang),
            sale=sale,
            entra=entra,
        )

    def password_lines(self) -> list[str]:
        return [
            _L["pw_line"].format(
                self.lang,
                cuenta=f"{c.plataforma} {c.usuario}",
                fecha=_d(p.fecha),
                informado=_d(p.informado_titular),
            )
            for c, p in self.r.password_changes
        ]

    def incident_lines(self) -> list[str]:
        return [
            _L["inc_line"].format(
                self.lang,
                cuenta=f"{c.plataforma} {c.usuario}",
                fecha=_d(i.fecha),
                descripcion=i.descripcion.rstrip("."),
                cambiada=_d(i.contrasena_cambiada),
                ticket=i.ticket_cau or "—",
                titular=_d(i.notificado_titular),
                cncs=_d(i.notificado_cncs),
            )
            for c, i in self.r.incidents
        ]

    def report_lines(self) -> list[str]:
        return [
            _L["rep_line"].format(self.lang, fecha=_d(i.fecha), tipo=i.tipo, oficio=i.oficio or "—")
            for i in self.r.reports
        ]

    def pending_lines(self) -> list[str]:
        from validator.rules import get as rule_of

        return [
            _L["pending_line" if o.due is not None else "pending_nodue"].format(
                self.lang,
                kind=o.kind,
                clause=rule_of(o.kind).clause,
                subject=o.subject,
                status=_L[f"status_{o.status}"].text(self.lang),
                due=_d(o.due),
            )
            for o in self.r.pending
        ]


def render_markdown(r: QuarterlyReport, lang: str = "es") -> str:
    from validator.escaping.markdown import row as md_row
    from validator.escaping.markdown import text as md_cell

    f = _Facts(r, lang)
    out = [
        f"# {_L['title'].text(lang)}: {md_cell(r.clave)}",
        "",
        md_cell(_L["basis_line"].text(lang)),
        "",
    ]
    out += ["| | |", "|---|---|"]
    out += [f"| **{md_cell(k)}** | {md_cell(v)} |" for k, v in f.header()]

    def table(headers: list[str], rows: Sequence[tuple[str, ...]]) -> None:
        out.append(md_row(headers))
        out.append("|" + "---|" * len(headers))
        out.extend(md_row(row) for row in rows)

    def items(lines: list[str], none: str = "none") -> None:
        out.extend([f"- {md_cell(line)}" for line in lines] or [_L[none].text(lang)])

    def h(key: str) -> str:
        return _L[key].text(lang)

    out += ["", f"## {md_cell(_L['admins'].format(lang, as_of=r.as_of.isoformat()))}", ""]
    table([h("h_rol"), h("h_nombre"), h("h_cargo"), h("h_correo"), h("h_desde")], f.admin_rows())
    for note in f.admin_notes():
        out += ["", f"- {md_cell(note)}"]
    out += ["", f"## {h('accounts')}", ""]
    rows = f.account_rows()
    if rows:
        table(
            [h("h_plataforma"), h("h_usuario"), h("h_url"), h("h_generico"), h("h_2fa"),
             h("h_accesos")],
            rows,
        )  # fmt: skip
    else:
        out.append(h("none_f"))
    for key, lines in (
        ("changes", f.change_lines()),
        ("passwords", f.password_lines()),
        ("incidents", f.incident_lines()),
        ("reports", f.report_lines()),
    ):
        out += ["", f"## {h(key)}", ""]
        items(lines)
    out += ["", f"## {md_cell(_L['pending'].format(lang, as_of=r.as_of.isoformat()))}", ""]
    items(f.pending_lines(), "none_f")
    return "\n".join(out) + "\n"


def render_text(r: QuarterlyReport, lang: str = "es") -> str:
    """Plain text to paste into an oficio: numbered sections, no markup."""
    f = _Facts(r, lang)
    title = _L["title"].text(lang).upper()
    out = [title, _L["basis_line"].text(lang), ""]
    width = max(len(k) for k, _ in f.header())
    out += [f"{k + ':':<{width + 1}} {v}" for k, v in f.header()]

    def section(number: int, heading: str, lines: list[str], none: str = "none") -> None:
        out.extend(["", f"{number}. {heading}"])
        out.extend([f"   - {line}" for line in lines] or ["   " + _L[none].text(lang)])

    admin_lines = [
        f"{rol}: {nombre}"
        + (f", {cargo}, {correo}, {_L['since'].text(lang)} {desde}" if correo else "")
        for rol, nombre, cargo, correo, desde in f.admin_rows()
    ] + f.admin_notes()
    section(1, _L["admins"].format(lang, as_of=r.as_of.isoformat()), admin_lines)
    account_lines = [
        f"{p} {u} ({url}); {_L['h_generico'].text(lang).lower()}: {g}; "
        f"{_L['h_2fa'].text(lang).lower()}: {two}; {_L['h_accesos'].text(lang).lower()}: {acc}"
        for p, u, url, g, two, acc in f.account_rows()
    ]
    section(2, _L["accounts"].text(lang), account_lines, "none_f")
    section(3, _L["changes"].text(lang), f.change_lines())
    section(4, _L["passwords"].text(lang), f.password_lines())
    section(5, _L["incidents"].text(lang), f.incident_lines())
    section(6, _L["reports"].text(lang), f.report_lines())
    section(7, _L["pending"].format(lang, as_of=r.as_of.isoformat()), f.pending_lines(), "none_f")
    return "\n".join(visible(line) for line in out) + "\n"  # no value breaks or forges a line
