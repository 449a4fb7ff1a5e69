"""ine-redes reminders: the due items of a fixture inventory, and every format."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.browser import browser, driver_output
from tests.conftest import REPO_ROOT, contract_area, make_inventory
from validator.cli import main
from validator.escaping.icalendar import text as escape_text
from validator.loading.inventory import load_inventory
from validator.reminders import render
from validator.reminders.collect import Reminders, RemindersError, collect
from validator.reminders.ics import fold

AS_OF = date(2026, 11, 29)
TRICKY = 'Coordinación <Nacional> | Comunicación & Social, "Prueba"; x'


def edit(text: str, *subs: tuple[str, str]) -> str:
    for old, new in subs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _jd01ags() -> str:
    # facebook: last change 2026-09-28 -> due 2026-11-28, overdue; x: due 2026-12-28, ok
    return edit(
        contract_area(),
        (
            "        - fecha: 2026-10-20\n          informado_titular: 2026-10-20",
            "        - fecha: 2026-09-28\n          informado_titular: 2026-09-28",
        ),
    )


def _central() -> str:
    return edit(
        contract_area(),
        ("clave: jd01ags ", "clave: cncs    "),
        ("nombre: Junta Distrital Ejecutiva 01 en Aguascalientes", f"nombre: '{TRICKY}'"),
        ("tipo: junta_distrital ", "tipo: oficinas_centrales "),
        ("entidad: ags                         # required for junta_local / junta_distrital\n", ""),
        ("distrito: 1                          # required for junta_distrital (1..300 nationally)\n", ""),
        ("  github: mflopez-ine", "  github: cncs-titular"),
        # a new suplente from Monday 2026-11-23, not reported yet: due Monday 2026-11-30
        (
            "    desde: 2026-01-15\n    responsiva:\n      fecha: 2026-01-15\n      documento:\n"
            "        sha256: 9a8b",
            "    desde: 2026-11-23\n    responsiva:\n      fecha: 2026-11-23\n      documento:\n"
            "        sha256: 9a8b",
        ),
        # the newest report 2026-09-09: due 2026-12-09, 10 days ahead
        ("  - {fecha: 2026-10-02, tipo: trimestral", "  - {fecha: 2026-09-09, tipo: trimestral"),
        # the facebook account records no association at all (pending: nothing to count from)
        ("    asociacion:\n      fecha: 2026-08-24\n      notificada_cncs: 2026-08-24    # e-mail "
         "to cncs@ine.mx\n", ""),
    )  # fmt: skip


def _local() -> str:
    return edit(
        contract_area(),
        ("clave: jd01ags ", "clave: jlcdmx  "),
        ("nombre: Junta Distrital Ejecutiva 01 en Aguascalientes", "nombre: Junta Local CDMX"),
        ("tipo: junta_distrital ", "tipo: junta_local "),
        ("entidad: ags ", "entidad: cdmx"),
        ("distrito: 1                          # required for junta_distrital (1..300 nationally)\n", ""),
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    areas = {
        "jd01ags.yaml": _jd01ags(),
        "cncs.yaml": _central(),
        "jlcdmx.yaml": _local(),
        "roto.yaml": "version: 1\nclave: roto\n",
    }
    return make_inventory(tmp_path, areas)


def _collect(root: Path, **kw: object) -> Reminders:
    return collect(load_inventory(root), AS_OF, **kw)  # type: ignore[arg-type]


def test_due_items_exactly(repo: Path) -> None:
    rem = _collect(repo)
    assert [a.clave for a in rem.areas] == ["cncs", "jd01ags", "jlcdmx"]
    got = [
        (a.clave, i.kind, i.obligation.subject, i.obligation.status, i.obligation.due, i.line)
        for a in rem.due_areas
        for i in a.due
    ]
    assert got == [
        ("cncs", "asociacion-notificada", "facebook/INEJDE01Ags", "missing", None, 66),
        ("cncs", "aviso-cambio", "Ana Sofía Ramírez Gómez", "due_soon", date(2026, 11, 30), 34),
        ("cncs", "informe-trimestral", "cncs", "due_soon", date(2026, 12, 9), 54),
        ("jd01ags", "rotacion-contrasena", "facebook/INEJDE01Ags", "overdue", date(2026, 11, 28),
         83),
    ]  # fmt: skip
    assert rem.skipped == ["inventory/areas/roto.yaml"]
    assert rem.within == 10


def test_within_widens_and_narrows(repo: Path) -> None:
    wide = _collect(repo, within=30)
    jd = next(a for a in wide.areas if a.clave == "jd01ags")
    assert [(i.obligation.subject, i.obligation.status) for i in jd.due] == [
        ("facebook/INEJDE01Ags", "overdue"),
        ("redes.jd01ags@ine.mx", "due_soon"),  # the generic address's own password: 2026-12-16
        ("x/INEJDE01Ags", "due_soon"),  # due 2026-12-28
    ]
    narrow = _collect(repo, within=1)
    assert [(a.clave, i.kind) for a in narrow.due_areas for i in a.due] == [
        ("cncs", "asociacion-notificada"),
        ("cncs", "aviso-cambio"),  # the change window is open whatever --within says
        ("jd01ags", "rotacion-contrasena"),
    ]


def test_area_filter_and_unknown_area(repo: Path) -> None:
    rem = _collect(repo, area="jd01ags")
    assert [a.clave for a in rem.areas] == ["jd01ags"]
    assert rem.skipped == []
    with pytest.raises(RemindersError):
        _collect(repo, area="nada")


def test_json_is_exact_and_stable(repo: Path) -> None:
    rem = _collect(repo)
    text = render("json", rem)
    assert text == render("json", _collect(repo))
    doc = json.loads(text)
    assert doc["version"] == 1 and doc["as_of"] == "2026-11-29" and doc["within"] == 10
    assert doc["summary"] == {
        "areas": 3,
        "areas_with_items": 2,
        "items": 4,
        "overdue": 1,
        "missing": 1,
        "due_soon": 2,
    }
    assert doc["skipped"] == ["inventory/areas/roto.yaml"]
    assert [a["clave"] for a in doc["areas"]] == ["cncs", "jd01ags"]
    assert doc["areas"][1]["titular"] == {
        "nombre": "María Fernanda López Ruiz",
        "correo": "maria.lopez@ine.mx",
        "github": "mflopez-ine",
    }
    item = doc["areas"][1]["items"][0]
    assert item == {
        "kind": "rotacion-contrasena",
        "clause": "4.3 VIII; 4.4 III",  # the rule's clause (the registry)
        "status": "overdue",
        "subject": "facebook/INEJDE01Ags",
        "role": None,
        "due": "2026-11-28",
        "last_done": "2026-09-28",
        "days_left": -1,
        "file": "inventory/areas/jd01ags.yaml",
        "line": 83,
        "column": 18,
        "message": item["message"],
    }
    assert "2026-11-28" in item["message"]
    aviso = doc["areas"][0]["items"][1]
    assert (aviso["kind"], aviso["role"], aviso["due"], aviso["days_left"]) == (
        "aviso-cambio",
        "suplente",
        "2026-11-30",
        1,
    )


def test_text(repo: Path) -> None:
    out = render("text", _collect(repo))
    assert out.startswith("Recordatorios al 2026-11-29 (vencen en 10 días o menos): 1 vencida,")
    assert "María Fernanda López Ruiz <maria.lopez@ine.mx> (@mflopez-ine)" in out
    assert "VENCIDO" in out and "POR VENCER" in out and "PENDIENTE" in out
    assert "inventory/areas/jd01ags.yaml:83" in out
    assert "roto.yaml" in out  # the skipped file is named
    en = render("text", _collect(repo), "en")
    assert "OVERDUE" in en and "was due 2026-11-28" in en


def test_markdown_groups_by_area_and_titular(repo: Path) -> None:
    out = render("markdown", _collect(repo))
    assert out.startswith("## Recordatorios al 2026-11-29\n")
    headings = re.findall(r"^### (.+)$", out, re.M)
    assert headings[1] == "jd01ags — Junta Distrital Ejecutiva 01 en Aguascalientes"
    assert "&lt;Nacional&gt; \\| Comunicación" in headings[0]  # escaped, table-safe
    assert "@mflopez-ine" in out and "@cncs-titular" in out
    assert "**Cómo atender cada tipo:**" in out  # one legend, not one fix per row
    assert "- Aviso de asociación (4.3 III): Escriba a cncs@ine.mx" in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 2 + 4  # two header rows + four items
    for row in rows:  # every row has exactly five cells (no unescaped pipe)
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row


def _ics_bytes(rem: Reminders) -> bytes:
    return render("ics", rem).encode("utf-8")


def _unfold(raw: bytes) -> list[str]:
    assert raw.endswith(b"\r\n")
    physical = raw[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line  # CRLF only
        assert len(line) <= 75, line  # folded at 75 octets
        line.decode("utf-8")  # never split inside a UTF-8 sequence
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith(" "):
            logical[-1] += text[1:]
        else:
            logical.append(text)
    return logical


def _events(lines: list[str]) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    depth = 0
    for line in lines:
        if line == "BEGIN:VEVENT":
            current, depth = {}, 0
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            if line.startswith("BEGIN:"):
                depth += 1
            elif line.startswith("END:"):
                depth -= 1
            elif depth == 0:
                name, _, value = line.partition(":")
                current[name] = value
    return events


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_ics_is_rfc5545(repo: Path) -> None:
    raw = _ics_bytes(_collect(repo))
    lines = _unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = _events(lines)
    # pending items (4) + the met recurring ones: jd01ags x, jlcdmx 2 accounts + report,
    # cncs x account (facebook rotation ok too) -> every rotation and report not yet listed
    uids = [e["UID"] for e in events]
    assert len(uids) == len(set(uids))
    assert uids == [e["UID"] for e in _events(_unfold(_ics_bytes(_collect(repo))))]  # stable
    by_summary = {_unescape(e["SUMMARY"]): e for e in events}
    overdue = by_summary[
        "Vencido: [jd01ags] Cambiar la contraseña de la cuenta facebook/INEJDE01Ags"
    ]
    assert overdue["DTSTART;VALUE=DATE"] == "20261128"
    assert overdue["DTEND;VALUE=DATE"] == "20261129"
    assert "DTSTAMP" in overdue
    aviso = next(e for e in events if e["UID"].startswith("aviso-cambio-cncs-"))
    assert aviso["DTSTART;VALUE=DATE"] == "20261130"
    assert "Ana Sofía Ramírez Gómez" in _unescape(aviso["SUMMARY"])
    # the tricky area name survives escaping: ',' and ';' are escaped in the raw text
    desc = next(e for e in events if e["UID"].startswith("informe-trimestral-cncs-"))["DESCRIPTION"]
    assert 'Social\\, "Prueba"\\; x' in desc
    assert _unescape(desc).startswith(TRICKY + " (cncs)\n")
    assert all(re.fullmatch(r"\d{8}", e["DTSTART;VALUE=DATE"]) for e in events)
    # every rotation (2 accounts and 1 generic address per area) and quarterly report has an
    # event, plus the pending notices
    kinds = sorted(e["CATEGORIES"] for e in events)
    assert kinds.count("rotacion-contrasena") == 9
    assert kinds.count("informe-trimestral") == 3
    assert kinds.count("aviso-cambio") == 1 and kinds.count("asociacion-notificada") == 1


def test_ics_helpers() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long = "DESCRIPTION:" + "ñ" * 100
    folded = fold(long).encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in folded)
    assert b"".join(p[1:] if i else p for i, p in enumerate(folded)).decode() == long
    assert fold("SHORT:x") == "SHORT:x"


class _Table(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[tuple[str, str, str]] = []  # (tag, class, text)
        self.stack: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.external = False
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag in ("link", "script", "img") or (a.get("src") or a.get("href")):
            self.external = True
        if tag in ("td", "th"):
            self.stack.append((tag, a.get("class") or ""))
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.stack:
            t, cls = self.stack.pop()
            self.cells.append((t, cls, " ".join("".join(self.text).split())))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_dashboard(repo: Path) -> None:
    out = render("html", _collect(repo))
    assert out.startswith("<!DOCTYPE html>")
    assert "<Nacional>" not in out and "&lt;Nacional&gt;" in out  # escaped
    parser = _Table()
    parser.feed(out)
    assert parser.lang == "es" and not parser.external  # self-contained
    group_heads = re.findall(r'<th scope="colgroup"[^>]*>([^<]+)</th>', out)
    assert group_heads == ["Oficinas centrales", "Aguascalientes (ags)", "Ciudad de México (cdmx)"]
    cells = [(c, text) for tag, c, text in parser.cells if tag == "td" and c and c != "fecha"]
    # matrix rows: cncs, jd01ags, jlcdmx x 7 kinds; every coloured cell has a text label
    labels = {
        "overdue": "Vencido",
        "missing": "Pendiente",
        "due_soon": "Por vencer",
        "ok": "Al corriente",
        "none": "Sin obligaciones",  # a kind with nothing due in that area
    }
    for cls, text in cells:
        assert text.startswith(labels[cls]), (cls, text)
    # The area code stands apart from its name (its own element, a space, a line of its own).
    row = re.search(r'<th scope="row"><span class="clave">jd01ags</span> <small>.*?</tr>', out)
    assert row is not None
    assert re.findall(r'<td class="([a-z_]+)">', row.group(0)) == [
        "overdue",
        "ok",
        "ok",
        "ok",
        "ok",
        "ok",
        "none",
    ]
    row = re.search(r'<th scope="row"><span class="clave">cncs</span> <small>.*?</tr>', out)
    assert row is not None
    assert re.findall(r'<td class="([a-z_]+)">', row.group(0)) == [
        "ok",
        "due_soon",
        "due_soon",
        "missing",
        "ok",
        "ok",
        "none",
    ]
    assert 'scope="col"' in out and "<caption>" in out
    assert re.search(r"<strong>1</strong>obligaciones vencidas", out)
    assert "Próximos vencimientos" in out and "2026-11-30" in out
    assert render("html", _collect(repo), "en").count('lang="en"') == 1
    # Wide tables sit in their own scrolling box, reachable by keyboard.
    assert out.count('<div class="scroll" role="region" tabindex="0"') == 2


PHONE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" src="dashboard.html" style="width:390px;height:844px;border:0"></iframe>
<pre id="out"></pre>
<script>
window.addEventListener("load", () => {
  const w = document.getElementById("f").contentWindow, d = w.document;
  const boxes = [...d.querySelectorAll(".scroll")].map(b => ({
    right: b.getBoundingClientRect().right, client: b.clientWidth, scroll: b.scrollWidth,
    overflow: w.getComputedStyle(b).overflowX }));
  const th = d.querySelector('.matrix tbody th[scope=row]');
  const clave = th.querySelector(".clave").getBoundingClientRect();
  const name = th.querySelector("small").getBoundingClientRect();
  document.getElementById("out").textContent = JSON.stringify({
    viewport: w.innerWidth, page: d.documentElement.scrollWidth, boxes,
    separate: name.top >= clave.bottom - 1, text: th.innerText });
});
</script></body></html>
"""


@pytest.mark.browser
@browser
def test_dashboard_fits_a_390_px_phone(repo: Path, tmp_path: Path) -> None:
    """Measured in a real headless Chromium: at 390 px the page never scrolls sideways;
    the wide tables scroll inside their own boxes; the area code is apart from its name."""

    (tmp_path / "dashboard.html").write_text(render("html", _collect(repo)), encoding="utf-8")
    driver = tmp_path / "phone.html"
    driver.write_text(PHONE, encoding="utf-8")
    got = driver_output(driver, tmp_path / "profile", "--hide-scrollbars")
    assert got["viewport"] == 390
    assert got["page"] <= 390, got  # no sideways scrolling of the page
    assert len(got["boxes"]) == 2
    for box in got["boxes"]:
        assert box["overflow"] == "auto" and box["right"] <= 390, box
    assert any(box["scroll"] > box["client"] for box in got["boxes"])  # the matrix scrolls
    assert got["separate"], got
    assert re.match(r"cncs\s+Coordinación <Nacional>", got["text"]), got["text"]


def _cli(*args: str) -> object:
    return CliRunner().invoke(main, ["reminders", *args], catch_exceptions=False)


def test_cli_exit_codes_and_formats(repo: Path) -> None:
    res = _cli("--repo", str(repo), "--as-of", "2026-11-29", "--format", "json")
    assert res.exit_code == 0  # reminders are information, even with overdue items
    assert json.loads(res.stdout)["summary"]["overdue"] == 1
    res = _cli("--repo", str(repo), "--as-of", "2026-11-29", "--format", "ics", "--area", "cncs")
    assert res.exit_code == 0 and b"\r\nEND:VCALENDAR\r\n" in res.stdout_bytes
    res = _cli("--repo", str(repo), "--as-of", "2026-11-29", "--area", "nada")
    assert res.exit_code == 2 and "nada" in res.output
    res = _cli("--repo", str(repo), "--within", "-1")
    assert res.exit_code == 2


def test_cli_broken_lineamientos(tmp_path: Path) -> None:
    root = make_inventory(tmp_path, {}, catalogs={"lineamientos.yaml": "version: 1\n"})
    res = _cli("--repo", str(root), "--as-of", "2026-11-29")
    assert res.exit_code == 2 and "lineamientos.yaml" in res.output


def test_sample_inventory_has_nothing_due_on_2026_11_29() -> None:
    res = _cli("--repo", str(REPO_ROOT), "--as-of", "2026-11-29")
    assert res.exit_code == 0
    assert "Nada vence" in res.stdout


def test_clause_and_fix_are_the_rules_own(repo: Path) -> None:
    """Every obligation kind is a rule's ID; reminders print that rule's clause and the fix
    sentence its own findings end with (no second table)."""
    from validator.obligations import KINDS
    from validator.rules import get

    for kind in KINDS:
        assert get(kind).how_to_fix is not None, kind
    doc = json.loads(render("json", _collect(repo)))
    items = [i for a in doc["areas"] for i in a["items"]]
    # none pending in this inventory: an incident, a second factor to move, a responsiva
    pending_here = set(KINDS) - {"incidente-atendido", "segundo-factor", "responsiva-cuentas"}
    assert {i["kind"] for i in items} == pending_here
    for i in items:
        assert i["clause"] == get(i["kind"]).clause
    text = render("text", _collect(repo), "en")
    fix = get("aviso-cambio").how_to_fix
    assert fix is not None and fix.en in text
    # the same sentence ends the rule's finding (validate) for the same obligation
    from validator.engine import run

    findings = run(load_inventory(repo), AS_OF, None).findings
    assert any(f.rule == "aviso-cambio" and f.message("en").endswith(fix.en) for f in findings)


def test_an_unhandled_incident_is_reminded_with_its_two_duties(tmp_path: Path) -> None:
    """4.3 IV reaches the titular's reminders too (not only `validate`): the password change
    with CAU and the notice to CNCS, each with its due date and the rule's own fix."""
    text = edit(
        contract_area(),
        ("      - fecha: 2026-05-04", "      - fecha: 2026-11-26"),
        ("        contrasena_cambiada: 2026-05-04\n", ""),
        ("        ticket_cau: CAU-2026-0551\n", ""),
        ("        notificado_cncs: 2026-05-04\n", ""),
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    rem = _collect(root)
    duties = [
        (i.obligation.path[-1], i.obligation.status, i.obligation.due)
        for a in rem.areas
        for i in a.items
        if i.kind == "incidente-atendido"
    ]
    assert duties == [
        ("contrasena_cambiada", "overdue", date(2026, 11, 27)),
        ("notificado_cncs", "overdue", date(2026, 11, 27)),
    ]
    out = render("text", rem)
    assert "Cambiar con el CAU la contraseña de la cuenta facebook/INEJDE01Ags" in out
    assert "Notificar a la CNCS el incidente de la cuenta facebook/INEJDE01Ags" in out
    assert "Cambie la contraseña con apoyo del CAU, notifique a" in out
    english = render("text", rem, "en")
    assert "Notify CNCS of the incident on account facebook/INEJDE01Ags" in english


def test_a_second_factor_to_move_to_the_new_propietaria_is_reminded(tmp_path: Path) -> None:
    """4.3 V after a change of propietaria: each account whose second factor is still on the
    previous person's device is reminded, due five business days after her desde."""
    text = edit(
        contract_area(),
        ("    nombre: Juan Carlos Pérez Soto", "    nombre: Laura Beatriz Núñez Ortiz"),
        ("    correo: juan.perez@ine.mx ", "    correo: laura.nunez@ine.mx "),
        ("    desde: 2026-01-15 ", "    desde: 2026-11-23 "),
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    rem = _collect(root)
    moves = [
        (i.obligation.subject, i.obligation.status, i.obligation.due, i.line)
        for a in rem.areas
        for i in a.items
        if i.kind == "segundo-factor"
    ]
    lines = text.splitlines()
    assert [lines[line - 1].strip() for *_, line in moves] == ["persona: juan.perez@ine.mx"] * 2
    assert [m[:3] for m in moves] == [
        ("facebook/INEJDE01Ags", "due_soon", date(2026, 11, 30)),
        ("x/INEJDE01Ags", "due_soon", date(2026, 11, 30)),
    ]
    out = render("text", rem)
    assert "Pasar el segundo factor de la cuenta x/INEJDE01Ags al dispositivo de la" in out
    assert "Active el segundo factor en el dispositivo de la persona propietaria" in out


def test_a_new_account_to_list_in_the_responsivas_is_reminded(tmp_path: Path) -> None:
    """The responsiva-cuentas term reaches the reminders, with the rule's own due date."""
    from validator.engine import run

    block = (
        "  - plataforma: x\n    usuario: INEJDE01AgsNueva\n"
        "    url: https://x.com/INEJDE01AgsNueva\n    correo_asociado: redes.jd01ags@ine.mx\n"
        "    vinculada_a_cuenta_externa: false\n"
        "    asociacion: {fecha: 2026-11-25, notificada_cncs: 2026-11-25}\n"
        "    segundo_factor: {activo: true, dispositivo: propietaria, "
        "persona: juan.perez@ine.mx, desde: 2026-11-25}\n"
        "    accesos: [propietaria, suplente]\n"
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area() + block})
    rem = _collect(root)
    due = [
        (i.obligation.role, i.obligation.due)
        for a in rem.areas
        for i in a.items
        if i.kind == "responsiva-cuentas"
    ]
    assert due == [("propietaria", date(2026, 12, 2)), ("suplente", date(2026, 12, 2))]
    out = render("text", rem)
    assert (
        "Firmar una responsiva nueva (propietaria) que enliste la cuenta x/INEJDE01AgsNueva" in out
    )
    assert "y agregue 'x/INEJDE01AgsNueva' a 'cuentas'." in out  # the rule's own fix
    findings = [
        f for f in run(load_inventory(root), AS_OF, None).findings if f.rule == "responsiva-cuentas"
    ]
    assert len(findings) == 2 and all("2026-12-02" in f.message("es") for f in findings)
