"""``reminders --send`` / ``--dry-run`` against a real SMTP server on 127.0.0.1.

The server is aiosmtpd, started by each test on a free port, with STARTTLS or implicit TLS
on a certificate from a CA the test creates (trustme); the client trusts that CA through
``INE_REDES_SMTP_CA``, as an institution would trust its own. Every received message is
parsed back with :mod:`email` and asserted: recipients, subject, parts, attachment, encoding.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from tests.conftest import REPO_ROOT
from validator.cli import main
from validator.reminders.collect import AreaReminders, Persona, Reminders, Titular
from validator.reminders.mail import MailSettings, build_message, header_text

AS_OF = "2026-12-20"  # the sample has something due in five areas on this day
USER, PASSWORD = "recordatorios", "s3creta-de-prueba"


@dataclass
class Handler:
    """Keeps every accepted message; can refuse or drop the connection at message N."""

    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refuse_at: int | None = None
    drop_at: int | None = None
    seen: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.seen += 1
        if self.refuse_at == self.seen:
            return "554 5.7.1 mensaje rechazado por la prueba"
        if self.drop_at == self.seen:
            session.transport.close()
            return "421 4.3.0 cerrando"
        msg = message_from_bytes(envelope.original_content, policy=default_policy)
        self.received.append((list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
        return "250 OK"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@dataclass
class Smtp:
    handler: Handler
    port: int
    security: str


def _start(handler: Handler, ca: trustme.CA, security: str) -> tuple[Controller, int]:
    port = _free_port()
    kwargs: dict[str, Any] = {"authenticator": _authenticator, "auth_require_tls": True}
    if security == "starttls":
        kwargs.update(tls_context=_server_context(ca), require_starttls=True)
    elif security == "tls":
        # The whole connection is TLS; aiosmtpd only knows of TLS begun by STARTTLS.
        kwargs.update(ssl_context=_server_context(ca), auth_require_tls=False)
    else:
        kwargs = {}
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    return controller, port


@pytest.fixture(params=["starttls", "tls"])
def smtp(request: pytest.FixtureRequest, ca: trustme.CA) -> Iterator[Smtp]:
    handler = Handler()
    controller, port = _start(handler, ca, request.param)
    try:
        yield Smtp(handler, port, request.param)
    finally:
        controller.stop()


def _repo(tmp_path: Path, port: int, security: str) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "inventory", repo / "inventory")
    cncs = repo / "inventory" / "cncs.yaml"
    text = cncs.read_text(encoding="utf-8")
    text = text.replace("servidor: correo.ine.mx", "servidor: 127.0.0.1")
    text = text.replace("puerto: 587", f"puerto: {port}")
    text = text.replace("seguridad: starttls", f"seguridad: {security}")
    cncs.write_text(text, encoding="utf-8")
    return repo


def _run(repo: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(
        main, ["reminders", "--repo", str(repo), "--as-of", AS_OF, *args], env=env
    )


def _env(ca_file: str) -> dict[str, str]:
    return {
        "INE_REDES_SMTP_USUARIO": USER,
        "INE_REDES_SMTP_CONTRASENA": PASSWORD,
        "INE_REDES_SMTP_CA": ca_file,
    }


def test_send_delivers_one_parsed_message_per_area(
    smtp: Smtp, tmp_path: Path, ca_file: str
) -> None:
    repo = _repo(tmp_path, smtp.port, smtp.security)
    result = _run(repo, "--send", env=_env(ca_file))
    assert result.exit_code == 0, result.output
    assert "Mensajes enviados: 5; ya entregados antes: 0." in result.output
    by_area = {
        msg["Message-ID"].split(".")[1].split("@")[0]: (to, msg)
        for to, msg in smtp.handler.received
    }
    assert sorted(by_area) == ["cncs", "deceyec", "jd01ags", "jlags", "jlcdmx"]

    to, msg = by_area["jd01ags"]
    # The titular and both administradores, by their institutional addresses.
    assert to == ["maria.lopez@ine.mx", "juan.perez@ine.mx", "ana.ramirez@ine.mx"]
    assert [a.addr_spec for a in msg["To"].addresses] == to
    assert msg["From"].addresses[0].addr_spec == "recordatorios.redes@ine.mx"
    assert msg["Reply-To"] == "cncs@ine.mx"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"].startswith("ine-redes · jd01ags: obligaciones ")

    text = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert "Cómo atenderlo:" in text and "Fundamento: numeral" in text
    assert "inventory/areas/jd01ags.yaml, línea" in text
    assert "<ol>" in html and "Cómo atenderlo" in html
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "jd01ags-obligaciones.ics"
    ics = attachment.get_content()
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert ics.startswith("BEGIN:VCALENDAR") and "[jd01ags]" in ics
    assert "[cncs]" not in ics  # only the area's own dates

    # Non-ASCII names travel as encoded words and come back exactly.
    _to_cncs, msg_cncs = by_area["cncs"]
    names = [a.display_name for a in msg_cncs["To"].addresses]
    assert "Rodrigo Alejandro Medina Vázquez" in names
    raw = msg_cncs.as_bytes()
    assert b"=?utf-8?" in raw


def test_rerun_same_day_sends_nothing_twice(smtp: Smtp, tmp_path: Path, ca_file: str) -> None:
    repo = _repo(tmp_path, smtp.port, smtp.security)
    state = tmp_path / "estado.json"
    first = _run(repo, "--send", "--estado", str(state), env=_env(ca_file))
    assert first.exit_code == 0, first.output
    recorded = json.loads(state.read_text(encoding="utf-8"))["entregados"]
    assert sorted(e["area"] for e in recorded.values()) == [
        "cncs", "deceyec", "jd01ags", "jlags", "jlcdmx",
    ]  # fmt: skip
    assert set(recorded) == {m["Message-ID"] for _, m in smtp.handler.received}

    again = _run(repo, "--send", "--estado", str(state), env=_env(ca_file))
    assert again.exit_code == 0, again.output
    assert "Mensajes enviados: 0; ya entregados antes: 5." in again.output
    assert len(smtp.handler.received) == 5


@pytest.mark.parametrize("failure", ["refuse", "drop"])
def test_failure_mid_run_keeps_what_went_out(
    failure: str, ca: trustme.CA, tmp_path: Path, ca_file: str
) -> None:
    handler = Handler(refuse_at=3) if failure == "refuse" else Handler(drop_at=3)
    controller, port = _start(handler, ca, "starttls")
    repo = _repo(tmp_path, port, "starttls")
    state = tmp_path / "estado.json"
    try:
        result = _run(repo, "--send", "--estado", str(state), env=_env(ca_file))
    finally:
        controller.stop()
    assert result.exit_code == 2
    assert "ine-redes reminders: el servidor no aceptó el mensaje del área" in result.output
    assert "mensajes enviados: 2 de 5 (registrados en" in result.output
    assert "Traceback" not in result.output
    recorded = json.loads(state.read_text(encoding="utf-8"))["entregados"]
    assert set(recorded) == {m["Message-ID"] for _, m in handler.received}
    assert len(recorded) == 2

    # The next run, on a healthy server, sends exactly the three that did not go out.
    healthy = Handler()
    controller, port = _start(healthy, ca, "starttls")
    repo = _repo(tmp_path / "again", port, "starttls")
    try:
        result = _run(repo, "--send", "--estado", str(state), env=_env(ca_file))
    finally:
        controller.stop()
    assert result.exit_code == 0, result.output
    assert len(healthy.received) == 3
    sent_ids = {m["Message-ID"] for _, m in healthy.received}
    assert not sent_ids & {m["Message-ID"] for _, m in handler.received}


def test_wrong_password_and_untrusted_certificate_are_clear_errors(
    smtp: Smtp, tmp_path: Path, ca_file: str
) -> None:
    repo = _repo(tmp_path, smtp.port, smtp.security)
    env = _env(ca_file) | {"INE_REDES_SMTP_CONTRASENA": "otra"}
    result = _run(repo, "--send", env=env)
    assert result.exit_code == 2
    assert "no se pudo abrir la sesión con 127.0.0.1" in result.output
    untrusted = _run(repo, "--send", env=_env(ca_file) | {"INE_REDES_SMTP_CA": ""})
    assert untrusted.exit_code == 2
    assert "CERTIFICATE_VERIFY_FAILED" in untrusted.output or "certificate" in untrusted.output
    assert smtp.handler.received == []


def test_credentials_never_travel_unencrypted(ca: trustme.CA, tmp_path: Path, ca_file: str) -> None:
    handler = Handler()
    controller, port = _start(handler, ca, "ninguna")
    repo = _repo(tmp_path, port, "ninguna")
    try:
        refused = _run(repo, "--send", env=_env(ca_file))
        plain = _run(repo, "--send", env={"INE_REDES_SMTP_USUARIO": ""})
    finally:
        controller.stop()
    assert refused.exit_code == 2
    assert "no se envían credenciales por una conexión sin cifrar" in refused.output
    # A trusted relay without credentials (seguridad: ninguna) is allowed.
    assert plain.exit_code == 0, plain.output
    assert len(handler.received) == 5


def test_dry_run_writes_eml_files_with_stable_ids(tmp_path: Path) -> None:
    out = tmp_path / "eml"
    first = _run(REPO_ROOT, "--dry-run", str(out))
    assert first.exit_code == 0, first.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["cncs.eml", "deceyec.eml", "jd01ags.eml", "jlags.eml", "jlcdmx.eml"]
    msg = message_from_bytes((out / "jd01ags.eml").read_bytes(), policy=default_policy)
    ident = msg["Message-ID"]
    second = _run(REPO_ROOT, "--dry-run", str(tmp_path / "eml2"))
    assert second.exit_code == 0
    again = message_from_bytes(
        (tmp_path / "eml2" / "jd01ags.eml").read_bytes(), policy=default_policy
    )
    assert again["Message-ID"] == ident  # same area, day and content
    other_day = CliRunner().invoke(
        main,
        [
            "reminders",
            "--repo",
            str(REPO_ROOT),
            "--as-of",
            "2026-12-21",
            "--dry-run",
            str(tmp_path / "d"),
        ],
    )
    assert other_day.exit_code == 0
    moved = message_from_bytes((tmp_path / "d" / "jd01ags.eml").read_bytes(), policy=default_policy)
    assert moved["Message-ID"] != ident


def test_english_and_usage_errors(tmp_path: Path) -> None:
    result = _run(REPO_ROOT, "--dry-run", str(tmp_path / "en"), "--lang", "en")
    assert result.exit_code == 0, result.output
    msg = message_from_bytes((tmp_path / "en" / "jd01ags.eml").read_bytes(), policy=default_policy)
    assert msg["Subject"].startswith("ine-redes · jd01ags: obligations ")
    assert "How to fix it:" in msg.get_body(preferencelist=("plain",)).get_content()

    both = _run(REPO_ROOT, "--send", "--dry-run", str(tmp_path / "x"))
    assert both.exit_code == 2 and "no se usan juntos" in both.output

    repo = tmp_path / "sin-config"
    shutil.copytree(REPO_ROOT / "inventory", repo / "inventory")
    cncs = repo / "inventory" / "cncs.yaml"
    text = cncs.read_text(encoding="utf-8")
    cncs.write_text(text[: text.index("recordatorios_correo:")], encoding="utf-8")
    missing = _run(repo, "--send")
    assert missing.exit_code == 2
    assert "no tiene la sección recordatorios_correo" in missing.output

    # --lang en: the usage and delivery problems are English too (no Spanish leaks).
    both_en = _run(REPO_ROOT, "--send", "--dry-run", str(tmp_path / "x"), "--lang", "en")
    assert both_en.exit_code == 2
    assert "--send and --dry-run are not used together" in both_en.output
    missing_en = _run(repo, "--send", "--lang", "en")
    assert missing_en.exit_code == 2
    assert "has no recordatorios_correo section" in missing_en.output
    unknown_en = _run(REPO_ROOT, "--area", "nope", "--lang", "en")
    assert unknown_en.exit_code == 2
    assert "there is no valid area with clave 'nope'" in unknown_en.output
    bad_state = tmp_path / "estado.json"
    bad_state.write_text("{", encoding="utf-8")
    state_en = _run(
        REPO_ROOT, "--dry-run", str(tmp_path / "y"), "--estado", str(bad_state), "--lang", "en"
    )
    assert state_en.exit_code == 2
    assert "ine-redes reminders: cannot read the state file" in state_en.output


def _reminders_with(name: str, clave: str = "jd01ags") -> tuple[Reminders, AreaReminders]:
    from validator.loading.inventory import load_inventory
    from validator.reminders.collect import collect

    rem = collect(load_inventory(REPO_ROOT), date.fromisoformat(AS_OF))
    area = next(a for a in rem.areas if a.clave == clave)
    hostile = replace(
        area,
        nombre=name,
        titular=Titular(name, area.titular.correo, area.titular.github),
        administradores=(Persona("propietaria", name, "ana.ramirez@ine.mx"),),
    )
    return rem, hostile


def test_header_injection_is_encoded_never_interpreted() -> None:
    evil = "Ana\r\nBcc: intruso@example.com\r\nSubject: falso"
    rem, area = _reminders_with(evil)
    out = build_message(
        rem,
        area,
        MailSettings("recordatorios.redes@ine.mx"),
        datetime(2026, 12, 20, tzinfo=UTC),
    )
    raw = out.as_bytes()
    parsed = message_from_bytes(raw, policy=default_policy)
    assert parsed["Bcc"] is None
    assert len(parsed.get_all("Subject")) == 1
    assert [a.addr_spec for a in parsed["To"].addresses] == [
        "maria.lopez@ine.mx",
        "ana.ramirez@ine.mx",
    ]
    # (the name's "@" is a space: see test_a_name_that_looks_like_an_address_adds_no_recipient)
    assert parsed["To"].addresses[0].display_name == "Ana Bcc: intruso example.com Subject: falso"
    assert out.recipients == ("maria.lopez@ine.mx", "ana.ramirez@ine.mx")
    assert header_text("a\u2028b\u202ec\x1bd") == "a b c d"


def test_non_ascii_names_are_rfc2047_encoded() -> None:
    rem, area = _reminders_with("Łucja D’Ángelo 王芳")
    out = build_message(
        rem,
        area,
        MailSettings("recordatorios.redes@ine.mx", "Coordinación"),
        datetime(2026, 12, 20, tzinfo=UTC),
    )
    raw = out.as_bytes()
    assert raw.isascii()  # every header encoded (RFC 2047), bodies transfer-encoded
    parsed = message_from_bytes(raw, policy=default_policy)
    assert parsed["To"].addresses[0].display_name == "Łucja D’Ángelo 王芳"
    assert parsed["From"].addresses[0].display_name == "Coordinación"


def test_daily_workflow_step_sends_once_per_day(
    ca: trustme.CA, tmp_path: Path, ca_file: str
) -> None:
    """The daily workflow's own script, run as GitHub runs it, against the test's server:
    credentials from the environment (the secrets), the state file kept between runs."""
    from tests.test_workflows import project_repo, run_script, step_with_id

    handler = Handler()
    controller, port = _start(handler, ca, "starttls")
    repo = project_repo(tmp_path / "repo")
    source = _repo(tmp_path / "settings", port, "starttls") / "inventory" / "cncs.yaml"
    shutil.copy2(source, repo / "inventory" / "cncs.yaml")
    # The step judges on today's date: with a year's notice something is always due soon.
    lin = repo / "inventory" / "lineamientos.yaml"
    text = lin.read_text(encoding="utf-8")
    lin.write_text(
        text.replace("aviso_anticipado_dias: 10 ", "aviso_anticipado_dias: 366"), encoding="utf-8"
    )
    step = step_with_id("daily.yml", "check", "mail")
    assert set(step["env"]) == {"INE_REDES_SMTP_USUARIO", "INE_REDES_SMTP_CONTRASENA"}
    # This interpreter's console scripts first, as the workflow's `pip install .` puts them.
    env = _env(ca_file) | {"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    try:
        first = run_script(step, repo, env)
        again = run_script(step, repo, env)
    finally:
        controller.stop()
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    state = json.loads((repo / ".ine-redes-estado" / "entregas.json").read_text(encoding="utf-8"))
    assert handler.received
    assert set(state["entregados"]) == {m["Message-ID"] for _, m in handler.received}
    assert f"Mensajes enviados: 0; ya entregados antes: {len(handler.received)}." in again.stdout


# Red team, 2026-12-01: a name that looks like an address ("Mailsploit"). A non-ASCII display
# name travels as an RFC 2047 encoded word, and the e-mail package puts the name's ``<``,
# ``>``, ``@``, ``,`` inside it; a mail client that decodes encoded words before it parses the
# addresses (Mailsploit, 2017: Apple Mail, Thunderbird and others did) then reads an extra
# recipient in To: - a reply to all would write to it. A person's name has no ``@``, ``<``
# or ``>``: the e-mail channel writes them as spaces in a display name.
SPOOF = 'María <intruso@evil.example>, "Otro" <otro@evil.example>; (c)'
# An ASCII name that *is* an encoded word (base64 of ``Juan <intruso@evil.example>, x``): the
# e-mail package decoded it while building To:, which then held that address in clear.
ENCODED = "=?utf-8?b?SnVhbiA8aW50cnVzb0BldmlsLmV4YW1wbGU+LCB4?="


def _naive_addresses(raw_header: str) -> list[str]:
    """The addresses (with an ``@``: where mail can go) a client sees that decodes encoded
    words first and parses after."""
    from email.header import decode_header, make_header
    from email.utils import getaddresses

    decoded = str(make_header(decode_header(raw_header)))
    return [address for _, address in getaddresses([decoded]) if "@" in address]


@pytest.mark.parametrize("smtp", ["starttls"], indirect=True)
@pytest.mark.parametrize("spoof", [SPOOF, ENCODED], ids=["specials", "encoded-word"])
def test_a_name_that_looks_like_an_address_adds_no_recipient(
    smtp: Smtp, tmp_path: Path, ca_file: str, spoof: str
) -> None:
    repo = _repo(tmp_path, smtp.port, smtp.security)
    area_file = repo / "inventory" / "areas" / "jd01ags.yaml"
    text = area_file.read_text(encoding="utf-8")
    old = "  nombre: María Fernanda López Ruiz"
    assert text.count(old) == 1
    area_file.write_text(text.replace(old, f"  nombre: {json.dumps(spoof)}"), encoding="utf-8")
    result = _run(repo, "--send", "--area", "jd01ags", env=_env(ca_file))
    assert result.exit_code == 0, result.output
    [(to, msg)] = smtp.handler.received
    assert to == ["maria.lopez@ine.mx", "juan.perez@ine.mx", "ana.ramirez@ine.mx"]
    raw_to = msg.as_bytes().split(b"\n\n", 1)[0].decode("ascii")
    header = raw_to.split("\nTo: ", 1)[1].split("\nReply-To:", 1)[0]
    assert _naive_addresses(header) == to, header
    assert [a.addr_spec for a in msg["To"].addresses] == to  # as the e-mail package reads it
    name = msg["To"].addresses[0].display_name
    assert not any(c in name for c in "<>@"), name


# Red team, 2026-12-01: the To: header of a reminder, read back by the e-mail package. With
# lines folded at 78 characters, Python's e-mail package (3.12 and older) sometimes writes the
# comma between two addresses as an encoded word (``=?utf-8?q?=2C?=``): the next recipient
# disappears from To: for every reader (1 in 20 of realistic three-name lists). Headers are now
# folded only past 998 octets (RFC 5322's limit) and a display name is at most 60 characters,
# so a reminder's To: never needs folding.
_WORDS = ["María", "Fernanda", "López", "O'Brien", "de", "la", "Hernández", "Juan", "Pérez",
          "Villaseñor-Ortiz", "Jr.", "Xóchitl", "Núñez", "李", "王芳", "Ana", "Sofía"]  # fmt: skip


def _three_names(seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 12))) for _ in range(3)]


def test_every_recipient_reads_back_from_to() -> None:
    from validator.escaping.email_header import display_name

    rem, area = _reminders_with("x")
    wrong = []
    for seed in range(200):
        names = _three_names(seed)
        people = replace(
            area,
            titular=Titular(names[0], "maria.lopez@ine.mx", area.titular.github),
            administradores=(
                Persona("propietaria", names[1], "juan.perez@ine.mx"),
                Persona("suplente", names[2], "ana.ramirez@ine.mx"),
            ),
        )
        settings = MailSettings("recordatorios.redes@ine.mx")
        out = build_message(rem, people, settings, datetime(2026, 12, 20, tzinfo=UTC))
        raw = out.as_bytes()
        assert max(len(line) for line in raw.split(b"\r\n")) <= 998
        addresses = message_from_bytes(raw, policy=default_policy)["To"].addresses
        if [a.addr_spec for a in addresses] != list(out.recipients) or [
            a.display_name for a in addresses
        ] != [display_name(n) for n in names]:
            wrong.append(names)
    assert wrong == []
