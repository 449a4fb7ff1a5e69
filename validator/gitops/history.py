"""``ine-redes history --at DATE``: who administered (and who could use) each account then.

The answer is reconstructed from the first-parent history of the branch checked out (or of
``--rev``; on the main branch, the history as it was merged), in two steps; the answer names
the branch it read:

1. **The state of that branch at the end of DATE**: the newest first-parent commit whose committer
   date is before midnight after DATE in the inventory's ``zona_horaria``.
2. **Each person's ``desde``** within that state: a designation recorded before DATE but
   effective after it (a replacement merged ahead of its date) was not yet in office; the
   holder of that role on DATE is then found further back in the area file's history — the
   newest earlier version whose holder's ``desde`` is on or before DATE.

That answers an investigation's "who could post on @X on 3 March?" in one command. The
command needs the whole history: on a shallow clone it refuses (exit 2) instead of
answering from a truncated past.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.calendar import DEFAULT_ZONE, zone_for
from validator.gitops.repo import (
    GitProblem,
    end_of_day,
    head_commit,
    local_date,
    open_repo,
    require_full_history,
    resolve,
)
from validator.gitops.tree_inventory import TreeReader, area_stem
from validator.loading.repo import CATALOGS

if TYPE_CHECKING:
    from git import Commit, Repo

    from validator.accounts import Identities
    from validator.models import Area
    from validator.models.area import Administrador

ROLES = ("propietaria", "suplente")


@dataclass(frozen=True, slots=True)
class Record:
    """A person as one version of the area file records them in a role."""

    rol: str
    nombre: str
    cargo: str
    correo: str
    desde: date
    commit: str  # the commit whose version of the file was read
    commit_date: datetime

    @classmethod
    def of(cls, rol: str, adm: Administrador, commit: Commit) -> Record:
        """``adm`` as the version of the area file in ``commit`` records them in ``rol``."""
        return cls(
            rol=rol,
            nombre=adm.nombre,
            cargo=adm.cargo,
            correo=adm.correo,
            desde=adm.desde,
            commit=commit.hexsha,
            commit_date=commit.committed_datetime,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rol": self.rol,
            "nombre": self.nombre,
            "cargo": self.cargo,
            "correo": self.correo,
            "desde": self.desde.isoformat(),
            "commit": self.commit,
            "commit_date": self.commit_date.isoformat(),
        }


@dataclass(slots=True)
class RoleOnDate:
    """Who held one role on the date, and the future-dated records skipped to find them."""

    rol: str
    holder: Record | None
    not_yet: list[Record] = field(default_factory=list)  # recorded, effective after the date
    no_record: bool = False  # history ran out before a holder in office was found
    # merged after the date but effective on or before it (a late, retroactive record)
    recorded_later: list[Record] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rol": self.rol,
            "person": self.holder.to_dict() if self.holder else None,
            "not_yet_in_office": [r.to_dict() for r in self.not_yet],
            "no_earlier_record": self.no_record,
            "recorded_later": [r.to_dict() for r in self.recorded_later],
        }


@dataclass(frozen=True, slots=True)
class AccountOnDate:
    plataforma: str
    usuario: str
    url: str
    correo_asociado: str | None
    accesos: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plataforma": self.plataforma,
            "usuario": self.usuario,
            "url": self.url,
            "correo_asociado": self.correo_asociado,
            "accesos": list(self.accesos),
        }


@dataclass(slots=True)
class AreaOnDate:
    clave: str
    nombre: str
    path: str
    titular: dict[str, str]
    roles: dict[str, RoleOnDate]
    cuentas: list[AccountOnDate]

    def people_with_access(self, account: AccountOnDate) -> list[tuple[str, str, str]]:
        """(rol, nombre, correo) of everyone who could use ``account`` on the date."""
        out: list[tuple[str, str, str]] = []
        for rol in account.accesos:
            if rol == "titular":
                out.append((rol, self.titular["nombre"], self.titular["correo"]))
            elif rol in self.roles and self.roles[rol].holder is not None:
                holder = self.roles[rol].holder
                assert holder is not None
                out.append((rol, holder.nombre, holder.correo))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "clave": self.clave,
            "nombre": self.nombre,
            "file": self.path,
            "titular": self.titular,
            "administradores": [self.roles[r].to_dict() for r in ROLES],
            "cuentas": [
                {
                    **c.to_dict(),
                    "with_access": [
                        {"rol": r, "nombre": n, "correo": e}
                        for r, n, e in self.people_with_access(c)
                    ],
                }
                for c in self.cuentas
            ],
        }


@dataclass(slots=True)
class HistoryAt:
    at: date
    zone: str
    commit: str
    commit_date: datetime
    areas: list[AreaOnDate]
    skipped: list[str] = field(default_factory=list)  # area files not valid at that commit
    ref: str = "HEAD"  # what was read: a branch name, or the --rev given
    is_branch: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "at": self.at.isoformat(),
            "ref": self.ref,
            "time_zone": self.zone,
            "commit": self.commit,
            "commit_date": self.commit_date.isoformat(),
            "areas": [a.to_dict() for a in self.areas],
            "invalid_files": self.skipped,
        }


# -- walking the history ----------------------------------------------------------------------
class Timeline:
    """First-parent history of ``rev`` (HEAD: the branch checked out), read through one
    cached :class:`TreeReader`. ``ref`` names what was read, for the reader of the answer."""

    def __init__(self, root: Path, rev: str | None = None) -> None:
        self.root = root
        self.repo: Repo = open_repo(root)
        require_full_history(self.repo)
        self.head = resolve(self.repo, rev) if rev else head_commit(self.repo)
        self.ref, self.is_branch = _ref_name(self.repo, rev)
        self.reader = TreeReader(root)
        lineamientos = self.reader.source(self.head, CATALOGS["lineamientos"], "lineamientos")
        model = lineamientos.model if lineamientos is not None else None
        self.zone_name = model.zona_horaria if model is not None else DEFAULT_ZONE
        self.zone: tzinfo = zone_for(self.zone_name)

    def state_at(self, day: date) -> Commit:
        """The newest first-parent commit of HEAD made before the end of ``day``."""
        cutoff = end_of_day(day, self.zone)
        oldest = None
        for commit in self.repo.iter_commits(self.head.hexsha, first_parent=True):
            if commit.committed_datetime < cutoff:
                return commit
            oldest = commit
        first = local_date(oldest.committed_datetime, self.zone) if oldest else day
        raise GitProblem("too_early", ref=self.ref, first=first.isoformat(), at=day.isoformat())

    def changed_after(self, state: Commit) -> set[str]:
        """Area files changed on the first-parent line after ``state`` (up to HEAD)."""
        if state.hexsha == self.head.hexsha:
            return set()
        raw = self.repo.git.log(
            "--first-parent", "--format=", "--name-only", "-z",
            f"{state.hexsha}..{self.head.hexsha}", "--", "inventory/areas",
        )  # fmt: skip
        return {p.strip("\n") for p in str(raw).split("\0") if p.strip("\n")}

    def later_versions(self, state: Commit, path: str) -> list[Commit]:
        """Commits after ``state`` up to HEAD (first parent) that changed ``path``, oldest first."""
        commits = list(
            self.repo.iter_commits(
                f"{state.hexsha}..{self.head.hexsha}", first_parent=True, paths=path
            )
        )
        commits.reverse()
        return commits

    def versions(self, start: Commit, path: str) -> Any:
        """Commits on the first-parent line up to ``start`` that changed ``path``, newest first."""
        return self.repo.iter_commits(start.hexsha, first_parent=True, paths=path)

    def area(self, commit: Commit, path: str) -> Area | None:
        source = self.reader.area(commit, path)
        return source.model if source is not None else None


def role_on(timeline: Timeline, state: Commit, path: str, rol: str, day: date) -> RoleOnDate:
    """Who held ``rol`` of the area in ``path`` on ``day`` (``state``: main at end of day)."""
    model = timeline.area(state, path)
    adm = getattr(model.administradores, rol) if model is not None else None
    if adm is None:
        return RoleOnDate(rol, None)
    if adm.desde <= day:
        return RoleOnDate(rol, Record.of(rol, adm, state))
    result = RoleOnDate(rol, None, [Record.of(rol, adm, state)])
    for commit in timeline.versions(state, path):
        version = timeline.area(commit, path)
        if version is None:
            if timeline.reader.area(commit, path) is None:
                break  # the file did not exist before this commit
            continue  # an invalid version: look further back
        older = getattr(version.administradores, rol)
        if older is None:
            return result  # the role was vacant before the future-dated designation
        last = result.not_yet[-1]
        if older.desde > day:
            if (older.correo, older.desde) == (last.correo, last.desde):
                result.not_yet[-1] = Record.of(rol, older, commit)  # first recorded earlier
            else:
                result.not_yet.append(Record.of(rol, older, commit))
            continue
        result.holder = Record.of(rol, older, commit)
        return result
    result.no_record = True
    return result


def add_later_records(
    timeline: Timeline, state: Commit, path: str, roles: dict[str, RoleOnDate], day: date
) -> None:
    """Note designations merged after ``day`` that claim to take effect on or before it.

    The answer stays what main said on ``day``; a later, retroactive record is reported
    beside it so that an investigation sees both.
    """
    for commit in timeline.later_versions(state, path):
        model = timeline.area(commit, path)
        if model is None:
            continue
        for rol, state_of_role in roles.items():
            adm = getattr(model.administradores, rol)
            if adm is None or adm.desde > day:
                continue
            holder = state_of_role.holder
            if holder is not None and (
                adm.correo.lower() == holder.correo.lower() or adm.desde <= holder.desde
            ):
                continue
            seen = {(r.correo.lower(), r.desde) for r in state_of_role.recorded_later}
            if (adm.correo.lower(), adm.desde) not in seen:
                state_of_role.recorded_later.append(Record.of(rol, adm, commit))


def _account_matches(cuenta: Any, query: str, identities: Identities) -> bool:
    from validator.accounts import Unusable, looks_like_url
    from validator.models.handles import handle_key

    if looks_like_url(query):
        try:
            wanted = identities.key_of_url(query)
        except Unusable:
            return False
        return wanted in identities.keys_of_account(cuenta.plataforma, cuenta.usuario, cuenta.url)
    return handle_key(cuenta.usuario) == handle_key(query)


def _ref_name(repo: Repo, rev: str | None) -> tuple[str, bool]:
    """(name, is a branch) of what is read: the checked-out branch, or ``rev`` as given."""
    if rev:
        branches = {h.name for h in repo.heads}
        for remote in repo.remotes:
            branches |= {r.name for r in remote.refs}
        return rev, rev in branches
    if repo.head.is_detached:
        return "HEAD", False
    return repo.active_branch.name, True


def history_at(
    root: Path,
    at: date,
    area: str | None = None,
    account: str | None = None,
    rev: str | None = None,
) -> HistoryAt:
    """The administrators and accesses of every (or one) area's accounts on ``at``, as the
    first-parent history of ``rev`` (default: the branch checked out) recorded them."""
    timeline = Timeline(root, rev)
    state = timeline.state_at(at)
    paths = timeline.reader.area_paths(state)
    if area is not None:
        paths = [p for p in paths if area_stem(p) == area]
        if not paths:
            raise GitProblem(
                "area_not_found", clave=area, at=at.isoformat(), commit=state.hexsha[:12]
            )
    result = HistoryAt(
        at=at,
        zone=timeline.zone_name,
        commit=state.hexsha,
        commit_date=state.committed_datetime,
        areas=[],
        ref=timeline.ref,
        is_branch=timeline.is_branch,
    )
    later = timeline.changed_after(state)
    from validator.accounts import Identities

    catalogue = timeline.reader.source(state, CATALOGS["plataformas"], "plataformas")
    identities = Identities(catalogue.model if catalogue is not None else None)
    for path in paths:
        model = timeline.area(state, path)
        if model is None:
            result.skipped.append(path)
            continue
        cuentas = [
            AccountOnDate(c.plataforma, c.usuario, c.url, c.correo_asociado, tuple(c.accesos))
            for c in model.cuentas
            if account is None or _account_matches(c, account, identities)
        ]
        if account is not None and not cuentas:
            continue
        roles = {rol: role_on(timeline, state, path, rol, at) for rol in ROLES}
        if path in later:
            add_later_records(timeline, state, path, roles, at)
        result.areas.append(
            AreaOnDate(
                clave=model.clave,
                nombre=model.nombre,
                path=path,
                titular={
                    "nombre": model.titular.nombre,
                    "cargo": model.titular.cargo,
                    "correo": model.titular.correo,
                    "github": model.titular.github,
                },
                roles=roles,
                cuentas=cuentas,
            )
        )
    if account is not None and not result.areas:
        raise GitProblem("account_not_found", account=account, at=at.isoformat())
    return result
