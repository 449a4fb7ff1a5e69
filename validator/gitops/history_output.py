"""``history`` output: text for people, JSON for machines, CSV for a spreadsheet."""

from __future__ import annotations

from validator.calendar import zone_for
from validator.escaping.terminal import visible
from validator.gitops.history import ROLES, AccountOnDate, HistoryAt
from validator.gitops.repo import local_minute
from validator.i18n import Message

_ROLE = {
    "propietaria": Message(es="Propietaria", en="Owner (propietaria)"),
    "suplente": Message(es="Suplente", en="Deputy (suplente)"),
    "titular": Message(es="Titular", en="Titular"),
}
_L: dict[str, Message] = {
    "title": Message(
        es="Administración de las cuentas al {at} (fin del día, {zone})",
        en="Account administration on {at} (end of day, {zone})",
    ),
    "state": Message(
        es="Estado de la rama {ref}: commit {commit} del {date}.",
        en="State of branch {ref}: commit {commit} of {date}.",
    ),
    "state_rev": Message(
        es="Estado de {ref}: commit {commit} del {date}.",
        en="State of {ref}: commit {commit} of {date}.",
    ),
    "in_office": Message(es="en funciones desde {desde}", en="in office since {desde}"),
    "nobody": Message(es="nadie registrado", en="nobody recorded"),
    "no_record": Message(
        es="no hay un registro anterior en la historia: no se sabe quién ocupaba el cargo",
        en="no earlier record in the history: who held the role is unknown",
    ),
    "not_yet": Message(
        es="aún no en funciones: {nombre} <{correo}>, desde {desde} (registrado el {date}, "
        "commit {commit})",
        en="not yet in office: {nombre} <{correo}>, from {desde} (recorded on {date}, "
        "commit {commit})",
    ),
    "recorded_later": Message(
        es="registrado después con efecto anterior: {nombre} <{correo}>, desde {desde} "
        "(commit {commit} del {date}); en la fecha pedida el repositorio aún no lo decía",
        en="recorded later with earlier effect: {nombre} <{correo}>, from {desde} "
        "(commit {commit} of {date}); on the date asked the repository did not say so yet",
    ),
    "recorded": Message(
        es="(según la versión del commit {commit} del {date})",
        en="(according to the version of commit {commit} of {date})",
    ),
    "accounts": Message(es="Cuentas:", en="Accounts:"),
    "no_accounts": Message(es="Cuentas: ninguna", en="Accounts: none"),
    "associated": Message(es="correo asociado", en="associated address"),
    "access": Message(es="Con acceso", en="With access"),
    "no_access": Message(es="nadie", en="nobody"),
    "skipped": Message(
        es="No válido en ese commit (no se puede leer): {path}",
        en="Not valid at that commit (cannot be read): {path}",
    ),
}


def role_label(rol: str, lang: str) -> str:
    """The name of role ``rol`` (propietaria, suplente, titular) in ``lang``."""
    return _ROLE[rol].text(lang)


def render_text(result: HistoryAt, lang: str = "es") -> str:
    zone = zone_for(result.zone)
    lines = [
        _L["title"].format(lang, at=result.at.isoformat(), zone=result.zone),
        _L["state" if result.is_branch else "state_rev"].format(
            lang,
            ref=result.ref,
            commit=result.commit[:12],
            date=local_minute(result.commit_date, zone),
        ),
    ]
    for a in result.areas:
        lines += ["", f"{a.clave} — {a.nombre} ({a.path})"]
        tit = a.titular
        lines.append(
            f"  {role_label('titular', lang)}: {tit['nombre']} <{tit['correo']}> (GitHub: {tit['github']})"
        )
        for rol in ROLES:
            state = a.roles[rol]
            h = state.holder
            if h is None:
                who = _L["no_record"].text(lang) if state.no_record else _L["nobody"].text(lang)
            else:
                who = f"{h.nombre} <{h.correo}>, {h.cargo}, {_L['in_office'].format(lang, desde=h.desde)}"
                if h.commit != result.commit:
                    who += " " + _L["recorded"].format(
                        lang, commit=h.commit[:12], date=local_minute(h.commit_date, zone)
                    )
            lines.append(f"  {role_label(rol, lang)}: {who}")
            for key, records in (
                ("recorded_later", state.recorded_later),
                ("not_yet", state.not_yet),
            ):
                for r in records:
                    lines.append(
                        "    "
                        + _L[key].format(
                            lang,
                            nombre=r.nombre,
                            correo=r.correo,
                            desde=r.desde.isoformat(),
                            date=local_minute(r.commit_date, zone),
                            commit=r.commit[:12],
                        )
                    )
        if not a.cuentas:
            lines.append("  " + _L["no_accounts"].text(lang))
            continue
        lines.append("  " + _L["accounts"].text(lang))
        for c in a.cuentas:
            assoc = (
                f" ({_L['associated'].text(lang)}: {c.correo_asociado})"
                if c.correo_asociado
                else ""
            )
            lines.append(f"    {c.plataforma} {c.usuario} {c.url}{assoc}")
            people = a.people_with_access(c)
            who = (
                "; ".join(f"{role_label(r, lang).lower()} {n} <{e}>" for r, n, e in people)
                if people
                else _L["no_access"].text(lang)
            )
            lines.append(f"      {_L['access'].text(lang)}: {who}")
    for path in result.skipped:
        lines += ["", _L["skipped"].format(lang, path=path)]
    return "\n".join(visible(line) for line in lines) + "\n"  # no value forges a line


def render_json(result: HistoryAt, lang: str = "es") -> str:
    import json

    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "fecha", "commit", "clave", "area", "plataforma", "usuario", "url", "rol", "nombre",
    "correo", "desde", "acceso",
)  # fmt: skip


def csv_rows(result: HistoryAt) -> list[list[str]]:
    """One row per account and role (propietaria, suplente, titular); ``acceso`` si/no."""
    rows: list[list[str]] = []
    for a in result.areas:
        people: list[tuple[str, str, str, str]] = []
        for rol in ROLES:
            h = a.roles[rol].holder
            people.append(
                (rol, h.nombre, h.correo, h.desde.isoformat()) if h else (rol, "", "", "")
            )
        people.append(("titular", a.titular["nombre"], a.titular["correo"], ""))
        accounts: list[AccountOnDate | None] = list(a.cuentas) or [None]
        for c in accounts:
            for rol, nombre, correo, desde in people:
                access = "si" if c is not None and rol in c.accesos else "no"
                rows.append(
                    [
                        result.at.isoformat(),
                        result.commit,
                        a.clave,
                        a.nombre,
                        c.plataforma if c else "",
                        c.usuario if c else "",
                        c.url if c else "",
                        rol,
                        nombre,
                        correo,
                        desde,
                        access,
                    ]
                )
    return rows


def render_csv(result: HistoryAt, lang: str = "es") -> str:
    import csv
    import io

    from validator.escaping.spreadsheet import neutralise

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(result):
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()
