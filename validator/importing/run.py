"""One import run: read every file, assemble, refuse or skip bad rows, never overwrite an area
file, write all new files or none, and say per area what happened.

Writing is all-or-nothing: every new file is first written in full beside its target (a
temporary name in ``inventory/areas/``), then each is renamed into place; if anything fails,
the temporary files and the files already renamed by this run are removed, so the inventory
is as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from validator.i18n import Message
from validator.importing.assemble import Account, Assembler, Draft, Generic, Person, RowError
from validator.importing.render import pending_items, render
from validator.importing.tables import TableError, Where, read

Status = Literal["importada", "conflicto", "rechazada"]


class ImportError_(Exception):
    """A usage problem (unreadable file, unknown sheet, broken catalogue): exit 2."""


#: The run's own texts: broken catalogues (usage problems) and the differences between an
#: existing area file and the spreadsheets.
TEXTS: dict[str, Message] = {
    "no_platforms": Message(
        es="no existe {path}: el repositorio destino necesita sus catálogos",
        en="{path} does not exist: the target repository needs its catalogues",
    ),
    "bad_platforms": Message(
        es="{path} no es válido; ejecute `ine-redes validate` en el repositorio destino",
        en="{path} is not valid; run `ine-redes validate` in the target repository",
    ),
    "existing_invalid": Message(
        es="el archivo existente no es válido (ejecute `ine-redes validate`)",
        en="the existing file is not valid (run `ine-redes validate`)",
    ),
    "person_missing": Message(
        es="{rol}: el archivo no la tiene; la hoja dice {nombre} <{correo}>",
        en="{rol}: not in the file; the sheet says {nombre} <{correo}>",
    ),
    "person_field": Message(
        es="{rol}.{name}: archivo «{mine}», hoja «{theirs}»",
        en="{rol}.{name}: file «{mine}», sheet «{theirs}»",
    ),
    "account_sheet_only": Message(
        es="cuenta {plat}/{user}: sólo en la hoja", en="account {plat}/{user}: only in the sheet"
    ),
    "account_file_only": Message(
        es="cuenta {plat}/{user}: sólo en el archivo", en="account {plat}/{user}: only in the file"
    ),
    "generic_sheet_only": Message(
        es="correo genérico {correo}: sólo en la hoja",
        en="generic address {correo}: only in the sheet",
    ),
    "generic_file_only": Message(
        es="correo genérico {correo}: sólo en el archivo",
        en="generic address {correo}: only in the file",
    ),
    "no_differences": Message(
        es="el archivo ya existe (sin diferencias en personas, cuentas ni correos)",
        en="the file already exists (no differences in people, accounts or addresses)",
    ),
    "write_failed": Message(
        es="no se escribió ningún archivo (se escriben todos o ninguno): {path}: {reason}",
        en="no file was written (all or none are written): {path}: {reason}",
    ),
    "appeared": Message(es="apareció durante la importación", en="appeared during the import"),
}


@dataclass
class AreaResult:
    clave: str
    status: Status
    personas: int = 0
    cuentas: int = 0
    correos: int = 0
    pending: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    refused: list[RowError] = field(default_factory=list)


@dataclass
class ImportResult:
    areas: list[AreaResult]
    refused: list[RowError]  # every refused row (also those of no area)
    blocked: bool  # refused rows and no --omitir-invalidas: nothing was written
    written: list[str]

    @property
    def exit_code(self) -> int:
        if self.blocked or any(a.status == "conflicto" for a in self.areas):
            return 1
        return 0


def _platforms(root: Path, lang: str = "es") -> dict[str, tuple[str, ...]]:
    """Each platform's key -> the names a roster may call it by: its display name first, then
    its aliases (``x`` -> ``("X", "Twitter")``), as ``new-area`` accepts them."""
    from validator.loading.inventory import load_source

    path = root / "inventory" / "plataformas.yaml"
    if not path.is_file():
        raise ImportError_(TEXTS["no_platforms"].format(lang, path=path))
    source = load_source(root, path, "plataformas")
    if source.model is None:
        raise ImportError_(TEXTS["bad_platforms"].format(lang, path=source.path))
    return {key: p.names for key, p in source.model.plataformas.items()}


def assemble(root: Path, files: Iterable[Path], lang: str = "es") -> Assembler:
    assembler = Assembler(_platforms(root, lang), lang)
    for path in files:
        try:
            sheets = read(path, lang=lang)
        except TableError as exc:
            raise ImportError_(str(exc)) from None
        for sheet in sheets:
            problem = assembler.add(sheet)
            if problem is not None:
                raise ImportError_(problem)
    assembler.finish()
    return assembler


def _area_of(error: RowError, assembler: Assembler) -> str | None:
    for clave, draft in assembler.drafts.items():
        things: list[Person | Account | Generic] = [
            *draft.people.values(),
            *draft.accounts.values(),
            *draft.generics.values(),
        ]
        for thing in things:
            if (thing.where.file, thing.where.sheet, thing.where.row) == (
                error.where.file,
                error.where.sheet,
                error.where.row,
            ):
                return clave
    return None


def _drop_refused(assembler: Assembler) -> None:
    """--omitir-invalidas: take out of the drafts whatever a refused row contributed."""

    def keep(where: Where) -> bool:
        return Where(where.file, where.sheet, where.row) not in assembler.refused

    for draft in assembler.drafts.values():
        draft.people = {k: v for k, v in draft.people.items() if keep(v.where)}
        draft.accounts = {k: v for k, v in draft.accounts.items() if keep(v.where)}
        draft.generics = {k: v for k, v in draft.generics.items() if keep(v.where)}


def differences(path: Path, draft: Draft, lang: str = "es") -> list[str]:
    """What the existing area file says differently from the spreadsheets."""
    from validator.loading.inventory import load_source

    source = load_source(path.parent.parent.parent, path, "area")
    area = source.model
    if area is None:
        return [TEXTS["existing_invalid"].format(lang)]
    out: list[str] = []

    def say(key: str, **params: object) -> None:
        out.append(TEXTS[key].format(lang, **params))

    current = dict(area.administrators())
    for rol in ("propietaria", "suplente"):
        mine, theirs = current.get(rol), draft.people.get(rol)
        if theirs is None:
            continue
        if mine is None:
            say("person_missing", rol=rol, nombre=theirs.nombre, correo=theirs.correo)
            continue
        for name in ("nombre", "cargo", "nivel_mando", "vinculo", "correo", "telefono", "desde"):
            a, b = getattr(mine, name), getattr(theirs, name)
            if a != b:
                say("person_field", rol=rol, name=name, mine=a, theirs=b)
    existing = {(c.plataforma, c.usuario.casefold()) for c in area.cuentas}
    imported = set(draft.accounts)
    for plat, user in sorted(imported - existing):
        say("account_sheet_only", plat=plat, user=draft.accounts[(plat, user)].usuario)
    for plat, user in sorted(existing - imported):
        say("account_file_only", plat=plat, user=user)
    mail_existing = {c.correo.casefold() for c in area.correos_genericos}
    for correo in sorted(set(draft.generics) - mail_existing):
        say("generic_sheet_only", correo=correo)
    for correo in sorted(mail_existing - set(draft.generics)):
        say("generic_file_only", correo=correo)
    return out or [TEXTS["no_differences"].format(lang)]


def run_import(
    root: Path,
    files: list[Path],
    skip_invalid: bool = False,
    progress: Callable[[Iterable[Draft]], Iterable[Draft]] | None = None,
    lang: str = "es",
) -> ImportResult:
    """Import ``files`` into ``root/inventory/areas/``; raises ImportError_ on a usage problem.
    Every text of the result (row errors, pending items, differences) is in ``lang``."""
    assembler = assemble(root, files, lang)
    by_area: dict[str | None, list[RowError]] = {}
    for error in assembler.errors:
        by_area.setdefault(_area_of(error, assembler), []).append(error)
    blocked = bool(assembler.errors) and not skip_invalid
    if skip_invalid:
        _drop_refused(assembler)
    areas_dir = root / "inventory" / "areas"
    results: list[AreaResult] = []
    to_write: dict[Path, str] = {}
    drafts = sorted(assembler.drafts.values(), key=lambda d: d.clave)
    for draft in progress(drafts) if progress else drafts:
        result = AreaResult(
            draft.clave,
            "importada",
            personas=len(draft.people),
            cuentas=len(draft.accounts),
            correos=len(draft.generics),
            refused=by_area.get(draft.clave, []),
        )
        target = areas_dir / f"{draft.clave}.yaml"
        if target.exists():
            result.status = "conflicto"
            result.differences = differences(target, draft, lang)
        elif blocked:
            result.status = "rechazada"
        else:
            result.pending = pending_items(draft, lang)
            to_write[target] = render(draft, sorted(draft.files))
        results.append(result)
    try:
        written = [] if blocked else write_all(to_write)
    except OSError as exc:  # nothing was left behind (write_all undoes its work)
        reason = (
            TEXTS["appeared"].render(lang, {})
            if isinstance(exc, FileExistsError) and exc.filename is None
            else exc.strerror or str(exc)
        )
        path = exc.filename or str(exc)
        raise ImportError_(
            TEXTS["write_failed"].render(lang, {"path": path, "reason": reason})
        ) from None
    rel = [str(p.relative_to(root)) for p in to_write] if written else []
    return ImportResult(results, assembler.errors, blocked, rel)


def write_all(files: dict[Path, str]) -> list[Path]:
    """Every file or none: write all to temporary names, then ``fsync`` each (one pass after
    the writes: less work for the kernel than a sync between writes), then rename; undo on
    failure. No file is renamed before every file is on disk."""
    temps: dict[Path, str] = {}
    done: list[Path] = []
    try:
        for parent in {target.parent for target in files}:
            parent.mkdir(parents=True, exist_ok=True)
        for target, text in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temps[target] = tmp
            try:
                os.write(fd, text.encode("utf-8"))
                os.fchmod(fd, 0o644)
            finally:
                os.close(fd)
        for tmp in temps.values():
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for target, tmp in temps.items():
            if target.exists():  # appeared meanwhile: never clobber
                raise FileExistsError(str(target))
            os.replace(tmp, target)
            done.append(target)
    except BaseException:
        made: list[str | Path] = [*temps.values(), *done]
        for path in made:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        raise
    return done
