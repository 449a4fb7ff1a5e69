"""Delivering reminder mails: over SMTP (STARTTLS, TLS, or plain on a trusted relay), or as
``.eml`` files for a dry run; what went out is recorded in a state file.

Floor 5 (outputs). Nothing is sent twice and nothing is lost: a message whose
``Message-ID`` is in the state file is skipped; after every accepted message the state file
is rewritten atomically, so a server that refuses or drops the connection mid-run leaves
the state of what did go out, and a re-run sends only the rest.

Credentials come only from the environment (``INE_REDES_SMTP_USUARIO`` and
``INE_REDES_SMTP_CONTRASENA``, the workflow's secrets), never from the repository; they
are never sent over an unencrypted connection. ``INE_REDES_SMTP_CA`` names a CA bundle
to trust besides the system's (an institutional CA, or a test's).
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from validator.generated_io import write_atomic
from validator.i18n import Message, TextedError
from validator.reminders.mail import Outgoing

Security = Literal["starttls", "tls", "ninguna"]
ENV_USER = "INE_REDES_SMTP_USUARIO"
ENV_PASSWORD = "INE_REDES_SMTP_CONTRASENA"
ENV_CA = "INE_REDES_SMTP_CA"
STATE_VERSION = 1
#: Entries older than this are dropped from the state file (a Message-ID names its day, so an
#: old entry can never match again); keeps the file small across a year of daily runs.
STATE_KEEP = timedelta(days=40)


DELIVERY_ERRORS: dict[str, Message] = {
    "state": Message(
        es="no se puede leer el estado {path}: {reason}",
        en="cannot read the state file {path}: {reason}",
    ),
    "plain_credentials": Message(
        es="no se envían credenciales por una conexión sin cifrar: use seguridad starttls o tls",
        en="credentials are never sent over an unencrypted connection: use seguridad "
        "starttls or tls",
    ),
    "connect": Message(
        es="no se pudo abrir la sesión con {host}:{port}: {reason}",
        en="could not open the session with {host}:{port}: {reason}",
    ),
    "refused": Message(
        es="el servidor no aceptó el mensaje del área {area}: {reason}; mensajes enviados: "
        "{sent} de {total}",
        en="the server did not accept the message of area {area}: {reason}; messages sent: "
        "{sent} of {total}",
    ),
    "refused_state": Message(
        es="el servidor no aceptó el mensaje del área {area}: {reason}; mensajes enviados: "
        "{sent} de {total} (registrados en {path})",
        en="the server did not accept the message of area {area}: {reason}; messages sent: "
        "{sent} of {total} (recorded in {path})",
    ),
}


class DeliveryError(TextedError):
    """Sending stopped (server refused, dropped, or could not be reached): exit 2. ``str()``
    is the Spanish text; :meth:`message` gives it in the run's language."""

    TEXTS = DELIVERY_ERRORS


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security
    user: str | None = None
    password: str | None = None
    ca_file: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_settings(
        cls, host: str, port: int, security: Security, env: Mapping[str, str] | None = None
    ) -> Server:
        env = os.environ if env is None else env
        return cls(
            host=host,
            port=port,
            security=security,
            user=env.get(ENV_USER) or None,
            password=env.get(ENV_PASSWORD) or None,
            ca_file=env.get(ENV_CA) or None,
        )


@dataclass
class State:
    """What was delivered: ``Message-ID`` → area, when, to whom (and who was refused)."""

    path: Path | None
    delivered: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> State:
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            delivered = data["entregados"]
            if data.get("version") != STATE_VERSION or not isinstance(delivered, dict):
                raise ValueError(f"version {data.get('version')!r}")
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            # RecursionError: JSON nested deeper than the interpreter's stack (a bad cache)
            raise DeliveryError("state", path=path, reason=str(exc)) from None
        return cls(path, delivered)

    def __contains__(self, message_id: str) -> bool:
        return message_id in self.delivered

    def record(self, out: Outgoing, when: datetime, refused: Iterable[str] = ()) -> None:
        entry: dict[str, Any] = {
            "area": out.area,
            "enviado": when.isoformat(timespec="seconds"),
            "destinatarios": list(out.recipients),
        }
        refused = sorted(refused)
        if refused:
            entry["rechazados"] = refused
        self.delivered[out.message_id] = entry
        self.delivered = {
            key: value
            for key, value in self.delivered.items()
            if when - _sent_at(value, when) <= STATE_KEEP
        }
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        data = {"version": STATE_VERSION, "entregados": dict(sorted(self.delivered.items()))}
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_atomic(self.path, text.encode("utf-8"))


def _sent_at(entry: dict[str, Any], default: datetime) -> datetime:
    """When an entry was sent (``default`` for an entry that does not say, or says badly)."""
    try:
        sent = datetime.fromisoformat(str(entry["enviado"]))
    except (KeyError, ValueError):
        return default
    return sent if sent.tzinfo is not None else sent.replace(tzinfo=default.tzinfo)


@dataclass
class Report:
    """What a run did: sent (with refused recipients), skipped as already delivered."""

    sent: list[Outgoing] = field(default_factory=list)
    skipped: list[Outgoing] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)  # area -> addresses


def _context(server: Server) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if server.ca_file:
        context.load_verify_locations(cafile=server.ca_file)
    return context


def connect(server: Server) -> smtplib.SMTP:
    """An open, authenticated (when credentials are given) SMTP session."""
    if server.security == "ninguna" and server.user:
        raise DeliveryError("plain_credentials")
    try:
        smtp: smtplib.SMTP
        if server.security == "tls":
            smtp = smtplib.SMTP_SSL(
                server.host, server.port, timeout=server.timeout, context=_context(server)
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
            if server.security == "starttls":
                smtp.starttls(context=_context(server))
        smtp.ehlo_or_helo_if_needed()
        if server.user:
            smtp.login(server.user, server.password or "")
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(
            "connect", host=server.host, port=server.port, reason=_reason(exc)
        ) from None
    return smtp


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


def send(
    messages: list[Outgoing],
    server: Server,
    state: State,
    now: Callable[[], datetime],
    sender: str,
) -> Report:
    """Send every message not yet delivered; raises :class:`DeliveryError` on the first failure
    (the state file then holds what did go out, and the error says how many)."""
    report = Report()
    pending: list[Outgoing] = []
    for out in messages:
        (report.skipped if out.message_id in state else pending).append(out)
    if not pending:
        return report
    smtp = connect(server)
    try:
        for out in pending:
            try:
                # the very bytes a dry run writes (Outgoing.as_bytes: its header folding)
                refused = smtp.sendmail(sender, list(out.recipients), out.as_bytes())
            except (smtplib.SMTPException, OSError) as exc:
                raise DeliveryError(
                    "refused_state" if state.path else "refused",
                    area=out.area,
                    reason=_reason(exc),
                    sent=len(report.sent),
                    total=len(pending),
                    path=state.path or "",
                ) from None
            state.record(out, now(), refused)
            report.sent.append(out)
            if refused:
                report.refused[out.area] = sorted(refused)
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return report


def write_eml(messages: list[Outgoing], folder: Path, state: State) -> Report:
    """Dry run: each message not yet delivered as ``<clave>.eml`` in ``folder``."""
    report = Report()
    for out in messages:
        if out.message_id in state:
            report.skipped.append(out)
            continue
        write_atomic(folder / f"{out.area}.eml", out.as_bytes())
        report.sent.append(out)
    return report


_SENT = Message(es="{area}: enviado a {to}", en="{area}: sent to {to}")
_WRITTEN = Message(es="{area}: escrito (para {to})", en="{area}: written (to {to})")
_REFUSED = Message(es="{area}: el servidor rechazó a {to}", en="{area}: the server refused {to}")
_TOTAL_SENT = Message(
    es="Mensajes enviados: {n}; ya entregados antes: {skipped}.",
    en="Messages sent: {n}; already delivered: {skipped}.",
)
_TOTAL_WRITTEN = Message(
    es="Mensajes escritos: {n}; ya entregados antes: {skipped}.",
    en="Messages written: {n}; already delivered: {skipped}.",
)


def delivery_summary(report: Report, lang: str, dry_run: bool) -> list[str]:
    """One line per message, one per refused recipient list, and the totals."""
    each = _WRITTEN if dry_run else _SENT
    lines = [
        each.render(lang, {"area": o.area, "to": ", ".join(o.recipients)}) for o in report.sent
    ]
    lines += [
        _REFUSED.render(lang, {"area": area, "to": ", ".join(to)})
        for area, to in report.refused.items()
    ]
    total = _TOTAL_WRITTEN if dry_run else _TOTAL_SENT
    lines.append(total.render(lang, {"n": len(report.sent), "skipped": len(report.skipped)}))
    return lines
