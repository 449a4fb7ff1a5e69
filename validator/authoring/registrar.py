"""``ine-redes formatos registrar``: record a signed scan's SHA-256 in the area file.

Anexo 1 goes to ``designacion.documento``; Anexo 2 to
``administradores.<rol>.responsiva.documento``. With ``copiar`` the scan is also copied to
``inventory/documentos/<clave>/`` and its ``ruta`` recorded. The area file is edited
surgically (:mod:`validator.authoring.surgical`): only the edited lines change.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from validator.authoring.area_file import check_text, file_sha256
from validator.authoring.surgical import EditError, delete_key, set_scalar
from validator.i18n import Message
from validator.loading.yaml_emit import scalar

if TYPE_CHECKING:
    from validator.models import Area
    from validator.models.area import Documento

_PENDING = re.compile(r"^\s*# documento: PENDIENTE\b")


class RegistrarProblem(Exception):
    """Refused (exit 1) or impossible (exit 2); ``code`` is the exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RegistrarOptions:
    root: Path
    clave: str
    anexo: int
    rol: str | None
    file: Path
    copiar: bool = False
    lang: str = "es"
    today: date | None = None


_UNKNOWN = Message(es="desconocido", en="unknown")
_NONE = Message(es="(ninguna)", en="(none)")


def document_path(anexo: int, rol: str | None) -> tuple[str, ...]:
    if anexo == 1:
        return ("designacion", "documento")
    return ("administradores", str(rol), "responsiva", "documento")


def _drop_pending_comment(text: str, base: tuple[str, ...]) -> str:
    from validator.loading.yaml_loader import load_text

    doc = load_text(text)
    position = doc.key_positions.get(base)
    if position is None or position[0] < 2:
        return text
    lines = text.splitlines(keepends=True)
    if _PENDING.match(lines[position[0] - 2]):
        del lines[position[0] - 2]
    return "".join(lines)


def run_registrar(opts: RegistrarOptions, out: IO[str] | None = None) -> int:
    from validator.generated_io import write_atomic
    from validator.loading.inventory import load_source

    out = out or sys.stdout
    lang = opts.lang
    rel = f"inventory/areas/{opts.clave}.yaml"
    area_path = opts.root / rel
    if not area_path.is_file():
        raise RegistrarProblem(
            Message(es="no existe el área {clave} ({rel})", en="no area {clave} ({rel})").format(
                lang, clave=opts.clave, rel=rel
            ),
            2,
        )
    if opts.anexo == 2 and opts.rol not in ("propietaria", "suplente"):
        raise RegistrarProblem(
            Message(
                es="el Anexo 2 necesita --rol propietaria|suplente", en="Anexo 2 needs --rol"
            ).text(lang),
            2,
        )
    scan = opts.file
    if not scan.is_file():
        raise RegistrarProblem(
            Message(es="no se encontró el archivo {scan}", en="file not found: {scan}").format(
                lang, scan=scan
            ),
            2,
        )
    refusal = _not_a_scan(scan, lang)
    if refusal is not None:
        raise RegistrarProblem(refusal)
    source = load_source(opts.root, area_path, "area")
    if source.model is None:
        raise RegistrarProblem(
            Message(
                es="{rel} no es válido; corrija primero lo que indica `ine-redes validate {rel}`",
                en="{rel} is not valid; first fix what `ine-redes validate {rel}` reports",
            ).format(lang, rel=rel)
        )
    area = source.model
    if opts.anexo == 2 and getattr(area.administradores, str(opts.rol)) is None:
        raise RegistrarProblem(
            Message(es="{rel} no tiene persona {rol}", en="{rel} has no {rol}").format(
                lang, rel=rel, rol=opts.rol
            )
        )
    sha = file_sha256(scan)
    base = document_path(opts.anexo, opts.rol)
    text = source.doc.text
    try:
        new_text = set_scalar(text, (*base, "sha256"), sha)
        new_text = _drop_pending_comment(new_text, base)
        new_text, facts = _record_facts(new_text, area, opts.anexo, opts.rol, lang)
        current_doc = _documento(area, opts.anexo, opts.rol)
        in_place = _inside_documents(opts.root, opts.clave, scan)
        copy = opts.copiar and in_place is None
        if in_place is not None:
            # Already stored under inventory/documentos/<clave>/ (e.g. uploaded in the browser).
            ruta = in_place
            new_text = set_scalar(new_text, (*base, "ruta"), scalar(ruta))
        elif opts.copiar:
            fecha = _form_date(area, opts.anexo, opts.rol) or opts.today or date.today()
            name = (
                f"anexo1-designacion-{fecha.isoformat()}"
                if opts.anexo == 1
                else f"anexo2-responsiva-{opts.rol}-{fecha.isoformat()}"
            ) + (scan.suffix.lower() or ".pdf")
            dest = opts.root / "inventory" / "documentos" / opts.clave / name
            if dest.exists() and file_sha256(dest) != sha:
                raise RegistrarProblem(
                    Message(
                        es="ya existe otro archivo en {path}; muévalo o bórrelo antes de registrar "
                        "este",
                        en="another file already exists at {path}",
                    ).format(lang, path=dest.relative_to(opts.root).as_posix())
                )
            ruta = dest.relative_to(opts.root).as_posix()
            new_text = set_scalar(new_text, (*base, "ruta"), scalar(ruta))
        elif current_doc is not None and current_doc.ruta:
            # The old scan's path would no longer match the new SHA-256 (documento-integro).
            new_text = delete_key(new_text, (*base, "ruta"))
            out.write(
                Message(
                    es="Se quitó la ruta anterior ({ruta}): ya no corresponde al documento "
                    "registrado (use --copiar para guardar el nuevo escaneo).\n",
                    en="Removed the previous ruta ({ruta}): it no longer matches (use --copiar "
                    "to store the new scan).\n",
                ).format(lang, ruta=current_doc.ruta)
            )
    except EditError as exc:
        raise RegistrarProblem(
            Message(
                es="no se pudo editar {rel} sin reescribirlo: {exc}",
                en="cannot edit {rel} without rewriting it: {exc}",
            ).format(lang, rel=rel, exc=exc.message(lang)),
            2,
        ) from None
    problems = check_text(new_text, opts.clave)
    if problems:
        raise RegistrarProblem("internal: edited file is not valid: " + "; ".join(problems), 2)
    if new_text == text:
        out.write(
            Message(
                es="{rel} ya tenía registrado este documento (sha256 {sha}).\n",
                en="{rel} already records this document (sha256 {sha}).\n",
            ).format(lang, rel=rel, sha=sha)
        )
        return 0
    if copy:
        write_atomic(opts.root / ruta, scan.read_bytes())
    write_atomic(area_path, new_text.encode("utf-8"))
    where = ".".join(base)
    out.write(
        Message(
            es="Registrado en {rel} ({where}): sha256 {sha}\n",
            en="Recorded in {rel} ({where}): sha256 {sha}\n",
        ).format(lang, rel=rel, where=where, sha=sha)
    )
    for fact in facts:
        out.write(fact + "\n")
    if copy:
        out.write(
            Message(es="Copia guardada en {ruta}\n", en="Copy stored at {ruta}\n").format(
                lang, ruta=ruta
            )
        )
    elif in_place is not None:
        out.write(
            Message(es="Ruta registrada: {ruta}\n", en="Path recorded: {ruta}\n").format(
                lang, ruta=ruta
            )
        )
    return 0


def _inside_documents(root: Path, clave: str, scan: Path) -> str | None:
    """The scan's repository path when it already lies in inventory/documentos/<clave>/."""
    folder = (root / "inventory" / "documentos" / clave).resolve()
    try:
        resolved = scan.resolve()
        rel = resolved.relative_to(folder)
    except (OSError, ValueError):
        return None
    if scan.is_symlink() or ".." in rel.parts:
        return None
    return (Path("inventory") / "documentos" / clave / rel).as_posix()


def _documento(area: Area, anexo: int, rol: str | None) -> Documento | None:
    if anexo == 1:
        d = area.designacion
        return d.documento if d is not None else None
    admin = getattr(area.administradores, str(rol))
    r = admin.responsiva if admin is not None else None
    return r.documento if r is not None else None


def _form_date(area: Area, anexo: int, rol: str | None) -> date | None:
    if anexo == 1:
        d = area.designacion
        return d.fecha if d is not None else None
    admin = getattr(area.administradores, str(rol))
    return admin.responsiva.fecha if admin is not None and admin.responsiva else None


def _not_a_scan(scan: Path, lang: str) -> str | None:
    """Why ``scan`` cannot be a signed form's scan (issue 11 point 12), or None."""
    from validator.scans import ScanSniffer

    sniffer = ScanSniffer()
    with scan.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            sniffer.feed(chunk)
    verdict = sniffer.verdict()
    if verdict == "empty":
        return Message(
            es="el archivo {scan} está vacío (0 bytes); registre el escaneo del formato firmado",
            en="file {scan} is empty (0 bytes); register the scan of the signed form",
        ).format(lang, scan=scan)
    if verdict == "not_scan":
        return Message(
            es="el archivo {scan} no es un PDF ni una imagen (por su contenido: "
            "{kind}); registre el escaneo del formato firmado (PDF, JPG, PNG o TIFF)",
            en="file {scan} is neither a PDF nor an image (by its content: {kind}); "
            "register the scan of the signed form (PDF, JPG, PNG or TIFF)",
        ).format(lang, scan=scan, kind=sniffer.kind or _UNKNOWN.text(lang))
    if verdict == "unsigned_form":
        return Message(
            es="el archivo {scan} es el formato SIN FIRMAR que generó `ine-redes "
            "formatos`; imprímalo, recabe las firmas, escanéelo y registre el escaneo",
            en="file {scan} is the UNSIGNED form `ine-redes formatos` generated; print "
            "it, collect the signatures, scan it and register the scan",
        ).format(lang, scan=scan)
    return None


def _record_facts(
    text: str, area: Area, anexo: int, rol: str | None, lang: str
) -> tuple[str, list[str]]:
    """Record what the registered form states (issue 11): whom an Anexo 1 designates
    (``designacion.designa``: the area's current pair, as ``formatos anexo1`` prints it)
    and which accounts an Anexo 2 lists (``responsiva.cuentas``: the area's current
    accounts, as ``formatos anexo2`` prints them). Returns the new text and what was said."""
    from validator.models.area import same_person
    from validator.models.handles import account_ref, listed

    notes: list[str] = []
    if anexo == 1:
        prop, sup = area.administradores.propietaria, area.administradores.suplente
        if prop is None or sup is None:
            return text, notes
        designa = area.designacion.designa if area.designacion is not None else None
        for role, person in (("propietaria", prop), ("suplente", sup)):
            if designa is None or not same_person(getattr(designa, role), person.correo):
                text = set_scalar(text, ("designacion", "designa", role), scalar(person.correo))
        notes.append(
            Message(
                es="designacion.designa: propietaria {correo}, suplente {correo2} (revise "
                "que sea a quienes designa el formato firmado)",
                en="designacion.designa: propietaria {correo}, suplente {correo2} (check "
                "that the signed form designates them)",
            ).format(lang, correo=prop.correo, correo2=sup.correo)
        )
        return text, notes
    refs = [account_ref(c) for c in area.cuentas]
    path = ("administradores", str(rol), "responsiva", "cuentas")
    admin = getattr(area.administradores, str(rol))
    recorded = admin.responsiva.cuentas if admin is not None and admin.responsiva else None
    if recorded is not None:
        if len(recorded) == len(refs) and all(listed(recorded, c) for c in area.cuentas):
            return text, notes  # already the accounts the form lists
        text = delete_key(text, path)
    text = set_scalar(text, path, "[" + ", ".join(scalar(r) for r in refs) + "]")
    notes.append(
        Message(
            es="{field}: {refs} (revise que sean las cuentas que enlista el formato firmado)",
            en="{field}: {refs} (check that the signed form lists them)",
        ).format(lang, field=".".join(path), refs=", ".join(refs) or _NONE.text(lang))
    )
    return text, notes
