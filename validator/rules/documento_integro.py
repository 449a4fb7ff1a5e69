"""documento-integro: a referenced scan is a regular file in the repository with that hash.

``documento.ruta`` comes from a pull request, so it is treated as hostile: it is judged as
text first (no NUL, no backslash, no absolute, drive or UNC path, no ``..``), then walked
from the repository root one component at a time with ``lstat`` (any symbolic link on the
way is refused, whether it leaves the repository or not), and the file is opened without
following links and hashed in chunks up to a size bound. Nothing outside the repository
is ever read.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from validator.loading.schema_issues import dotted
from validator.loading.sources import SourceFile
from validator.models.area import Documento
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule
from validator.scans import ScanSniffer

MAX_BYTES = 50 * 1024 * 1024
MAX_MIB = MAX_BYTES // (1024 * 1024)
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")

Outcome = tuple[str, dict[str, object]]


def _text_problem(ruta: str) -> Outcome | None:
    if "\x00" in ruta:
        return "nul", {}
    if ruta.startswith(("\\\\", "//")):
        return "unc", {}
    if _DRIVE.match(ruta):
        return "drive", {}
    if ruta.startswith("/"):
        return "absolute", {}
    if "\\" in ruta:
        return "backslash", {}
    parts = ruta.split("/")
    if ".." in parts:
        return "dotdot", {}
    if any(part.lower() == ".git" for part in parts):
        return "git_dir", {}
    return None


def _open_inside(base: Path, parts: list[str]) -> int:
    """Open ``base/parts...`` for reading without following any link on the way.

    Each folder is opened relative to the previous one with ``O_NOFOLLOW``, so a folder
    swapped for a link between the checks and the read still cannot lead outside.
    """
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    final = os.O_RDONLY | nofollow | getattr(os, "O_NONBLOCK", 0)
    if os.open not in os.supports_dir_fd or not nofollow:  # pragma: no cover - not POSIX
        return os.open(base.joinpath(*parts), final)
    folder = os.O_RDONLY | nofollow | getattr(os, "O_DIRECTORY", 0)
    fd = os.open(base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for part in parts[:-1]:
            inner = os.open(part, folder, dir_fd=fd)
            os.close(fd)
            fd = inner
        return os.open(parts[-1], final, dir_fd=fd)
    finally:
        os.close(fd)


def _hash(
    base: Path, parts: list[str], sniffer: ScanSniffer | None = None
) -> tuple[str | None, bool]:
    """SHA-256 of the file (``sniffer`` sees the same bytes); (None, True) when it is over
    the size bound."""
    with os.fdopen(_open_inside(base, parts), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IsADirectoryError(handle.name)
        digest, total = hashlib.sha256(), 0
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > MAX_BYTES:
                return None, True
            digest.update(chunk)
            if sniffer is not None:
                sniffer.feed(chunk)
    return digest.hexdigest(), False


def judge(root: Path, ruta: str, sha256: str | None) -> Outcome | None:
    """Why ``ruta`` (relative to ``root``) is not an intact document, or None when it is."""
    found = _text_problem(ruta)
    if found is not None:
        return found
    base = root.resolve()
    current = base
    parts = [part for part in ruta.split("/") if part not in ("", ".")]
    try:
        for part in parts:
            current = current / part
            mode = os.lstat(current).st_mode
            if stat.S_ISLNK(mode):
                target = current.resolve()
                inside = target == base or base in target.parents
                return ("symlink" if inside else "symlink_outside"), {}
        if current == base or not stat.S_ISREG(os.lstat(current).st_mode):
            return "not_regular", {}
        if base not in current.resolve().parents:  # defence in depth: never leave the root
            return "symlink_outside", {}
        if os.lstat(current).st_size > MAX_BYTES:
            return "too_large", {"max_mib": MAX_MIB}
        sniffer = ScanSniffer()
        actual, too_large = _hash(base, parts, sniffer)
    except (FileNotFoundError, NotADirectoryError):
        return "missing", {}
    except IsADirectoryError:
        return "not_regular", {}
    except OSError as exc:
        return "unreadable", {"reason": exc.strerror or type(exc).__name__}
    if too_large or actual is None:
        return "too_large", {"max_mib": MAX_MIB}
    if sha256 is not None and actual != sha256.lower():
        return "mismatch", {"actual": actual, "expected": sha256}
    verdict = sniffer.verdict()  # issue 11 point 12: a signed scan is a scan
    if verdict is not None:
        return verdict, {"kind": sniffer.kind or "?"}
    if sha256 is None:
        return "no_sha", {"actual": actual}
    return None


def _documents(source: SourceFile) -> Iterator[tuple[tuple[str | int, ...], Documento]]:
    area = source.area
    if area.designacion is not None and area.designacion.documento is not None:
        yield ("designacion", "documento"), area.designacion.documento
    for rol, admin in area.administrators():
        if admin.responsiva is not None and admin.responsiva.documento is not None:
            yield ("administradores", rol, "responsiva", "documento"), admin.responsiva.documento


_FIX = Message(
    es=" Use una ruta relativa a la raíz del repositorio, con '/', p. ej. "
    "inventory/documentos/{clave}/anexo1.pdf.",
    en=" Use a path relative to the repository root, with '/', e.g. "
    "inventory/documentos/{clave}/anexo1.pdf.",
)


def _path_msg(es: str, en: str) -> Message:
    return Message(
        es="La ruta '{ruta}' del documento de {doc} " + es + _FIX.es,
        en="The path '{ruta}' of the {doc} document " + en + _FIX.en,
    )


@rule(
    id="documento-integro",
    severity=ERROR,
    clause="4.2 IV",
    summary=Message(
        es="Si documento.ruta se indica, es un archivo regular dentro del repositorio cuyo "
        "SHA-256 coincide con documento.sha256.",
        en="Where documento.ruta is given, it is a regular file inside the repository whose "
        "SHA-256 equals documento.sha256.",
    ),
    description=Message(
        es="Los formatos de designación (Anexo 1) y de responsiva (Anexo 2) se remiten a la "
        "CNCS (4.2 IV); su escaneo firmado puede guardarse en el repositorio y citarse en "
        "`documento.ruta`. La ruta es relativa a la raíz del repositorio, con '/': no se "
        "admiten rutas absolutas, de unidad (`C:\\`), UNC (`\\\\servidor`), con '..', "
        "diagonales invertidas, rutas dentro de `.git` ni enlaces simbólicos. El archivo debe ser regular, de a lo "
        f"sumo {MAX_MIB} MiB, y su SHA-256 debe ser igual a `documento.sha256`; así nadie "
        "puede cambiar el documento sin que se note. Debe ser un escaneo: no vacío, PDF o "
        "imagen por su contenido, y no el formato sin firmar que genera `ine-redes formatos` "
        "(que lleva una marca en sus metadatos).",
        en="The designation (Anexo 1) and responsibility (Anexo 2) forms are sent to CNCS "
        "(4.2 IV); their signed scan may be kept in the repository and named in "
        "`documento.ruta`. The path is relative to the repository root, with '/': absolute "
        "paths, drive (`C:\\`) and UNC (`\\\\server`) paths, '..', backslashes, paths into "
        "`.git` and symbolic "
        f"links are refused. The file must be regular, at most {MAX_MIB} MiB, and its "
        "SHA-256 must equal `documento.sha256`, so that nobody can change the document "
        "unnoticed. It must be a scan: not empty, a PDF or an image by its content, and not "
        "the unsigned form `ine-redes formatos` generates (marked in its metadata).",
    ),
    messages={
        "nul": _path_msg("contiene un carácter NUL.", "contains a NUL character."),
        "unc": _path_msg("es una ruta de red (UNC).", "is a network (UNC) path."),
        "drive": _path_msg("es una ruta de unidad de Windows.", "is a Windows drive path."),
        "absolute": _path_msg("es absoluta.", "is absolute."),
        "backslash": _path_msg("usa diagonales invertidas ('\\').", "uses backslashes ('\\')."),
        "dotdot": _path_msg(
            "contiene '..' (saldría de su carpeta).", "contains '..' (it would leave its folder)."
        ),
        "git_dir": _path_msg(
            "apunta dentro de .git, que no es parte del inventario.",
            "points into .git, which is not part of the inventory.",
        ),
        "symlink": _path_msg(
            "pasa por un enlace simbólico; no se siguen enlaces. Guarde el archivo mismo.",
            "goes through a symbolic link; links are not followed. Store the file itself.",
        ),
        "symlink_outside": _path_msg(
            "pasa por un enlace simbólico que sale del repositorio; no se lee. Guarde el "
            "archivo mismo dentro del repositorio.",
            "goes through a symbolic link that leaves the repository; it is not read. Store "
            "the file itself inside the repository.",
        ),
        "missing": _path_msg(
            "no existe en el repositorio. Agregue el archivo en el mismo pull request o "
            "corrija la ruta.",
            "does not exist in the repository. Add the file in the same pull request or "
            "fix the path.",
        ),
        "not_regular": _path_msg(
            "no es un archivo regular (es una carpeta u otro tipo de archivo).",
            "is not a regular file (it is a folder or another kind of file).",
        ),
        "unreadable": _path_msg("no se pudo leer ({reason}).", "could not be read ({reason})."),
        "too_large": Message(
            es="El archivo '{ruta}' del documento de {doc} pesa más de {max_mib} MiB, el "
            "máximo admitido. Guarde un escaneo más ligero (p. ej. PDF en escala de grises) "
            "y actualice sha256.",
            en="File '{ruta}' of the {doc} document is larger than {max_mib} MiB, the "
            "maximum accepted. Store a lighter scan (e.g. a greyscale PDF) and update "
            "sha256.",
        ),
        "empty": Message(
            es="El archivo '{ruta}' del documento de {doc} está vacío (0 bytes): no es el "
            "escaneo del formato firmado. Guarde el escaneo y actualice sha256.",
            en="File '{ruta}' of the {doc} document is empty (0 bytes): it is not the scan "
            "of the signed form. Store the scan and update sha256.",
        ),
        "not_scan": Message(
            es="El archivo '{ruta}' del documento de {doc} no es un PDF ni una imagen (su "
            "contenido es: {kind}): no puede ser el escaneo del formato firmado. Guarde el "
            "escaneo (PDF, JPG, PNG o TIFF) y actualice sha256.",
            en="File '{ruta}' of the {doc} document is neither a PDF nor an image (its "
            "content is: {kind}): it cannot be the scan of the signed form. Store the scan "
            "(PDF, JPG, PNG or TIFF) and update sha256.",
        ),
        "unsigned_form": Message(
            es="El archivo '{ruta}' del documento de {doc} es el formato SIN FIRMAR que "
            "generó `ine-redes formatos`, no el firmado. Imprímalo, recabe las firmas, "
            "escanéelo y registre el escaneo con `ine-redes formatos registrar`.",
            en="File '{ruta}' of the {doc} document is the UNSIGNED form that `ine-redes "
            "formatos` generated, not the signed one. Print it, collect the signatures, scan "
            "it and register the scan with `ine-redes formatos registrar`.",
        ),
        "no_sha": Message(
            es="El documento de {doc} indica la ruta '{ruta}' pero no su sha256. El SHA-256 "
            "del archivo es {actual}: agréguelo en documento.sha256 si ese es el documento "
            "firmado.",
            en="The {doc} document gives the path '{ruta}' but no sha256. The file's SHA-256 "
            "is {actual}: add it as documento.sha256 if that is the signed document.",
        ),
        "mismatch": Message(
            es="El SHA-256 del archivo '{ruta}' ({actual}) no coincide con el registrado "
            "para el documento de {doc} ({expected}). Si el archivo es el documento firmado "
            "correcto, actualice sha256; si no, restaure el archivo original.",
            en="The SHA-256 of file '{ruta}' ({actual}) differs from the one recorded for "
            "the {doc} document ({expected}). If the file is the right signed document, "
            "update sha256; otherwise restore the original file.",
        ),
    },
    passing="designacion:\n  documento:\n"
    "    sha256: 348097fef2a8c1fb6da131ba4585f05f268b4f4840d9f1c88c150a32854772b6\n"
    "    ruta: inventory/documentos/jd01ags/anexo1.pdf   # existe y su SHA-256 coincide\n",
    failing="designacion:\n  documento:\n"
    "    sha256: 348097fef2a8c1fb6da131ba4585f05f268b4f4840d9f1c88c150a32854772b6\n"
    "    ruta: ../../etc/passwd\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    root = ctx.inventory.root
    for source in ctx.areas:
        for path, documento in _documents(source):
            if documento.ruta is None:
                continue
            found = judge(root, documento.ruta, documento.sha256)
            if found is None:
                continue
            key, params = found
            at = (*path, "sha256") if key == "mismatch" else (*path, "ruta")
            yield problem(
                source,
                at,
                key,
                ruta=documento.ruta,
                doc=dotted(path[:-1]),
                clave=source.area.clave,
                params=params,
            )
