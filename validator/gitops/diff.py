"""``ine-redes diff --base REF``: the plan of a pull request, per area, in reviewer's words.

Compares the inventory at the merge base of REF and HEAD with the inventory at HEAD (what
the pull request itself changes): administrators gained and lost (by ``correo``, with the
role), accounts added and removed, generic addresses requested, assigned or dropped, access
lists widened or narrowed, and a changed titular. At the top, what CNCS must look at twice:
an area left without any administrator, more than a quarter of all accounts removed at once,
and any change of ``titular.github`` (the identity that may edit the area).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.gitops.changes import diff_commits
from validator.gitops.repo import merge_base, open_repo, resolve
from validator.gitops.tree_inventory import TreeReader, area_stem, is_area_path
from validator.loading.repo import CATALOGS

if TYPE_CHECKING:
    from validator.accounts import AccountKey, Identities
    from validator.models import Area

# First line of the Markdown: lets a workflow find its own pull-request comment and edit it
# in place instead of adding a new one on every push (invisible once rendered).
COMMENT_MARKER = "<!-- ine-redes:diff -->"
MASS_REMOVAL_SHARE = 0.25  # more than this share of all accounts removed at once: alert


@dataclass(frozen=True, slots=True)
class Person:
    rol: str
    nombre: str
    correo: str


@dataclass(frozen=True, slots=True)
class Account:
    plataforma: str
    usuario: str
    url: str


@dataclass(frozen=True, slots=True)
class AccessChange:
    plataforma: str
    usuario: str
    roles: tuple[str, ...]


@dataclass(slots=True)
class AreaDiff:
    clave: str
    path: str
    nombre: str
    status: str  # added | removed | modified | renamed-from | unreadable
    titular_before: str | None = None  # titular.github
    titular_after: str | None = None
    admins_before: int = 0
    admins_after: int = 0
    admins_gained: list[Person] = field(default_factory=list)
    admins_lost: list[Person] = field(default_factory=list)
    accounts_added: list[Account] = field(default_factory=list)
    accounts_removed: list[Account] = field(default_factory=list)
    generic_requested: list[str] = field(default_factory=list)
    generic_assigned: list[str] = field(default_factory=list)
    generic_dropped: list[str] = field(default_factory=list)
    access_widened: list[AccessChange] = field(default_factory=list)
    access_narrowed: list[AccessChange] = field(default_factory=list)

    @property
    def titular_changed(self) -> bool:
        return (
            self.titular_before is not None
            and self.titular_after is not None
            and self.titular_before.lower() != self.titular_after.lower()
        )

    @property
    def loses_every_admin(self) -> bool:
        return self.admins_before > 0 and self.admins_after == 0

    @property
    def summarised(self) -> bool:
        """Whether any of the tracked kinds of change applies (else: 'other changes')."""
        return bool(
            self.titular_changed
            or self.admins_gained
            or self.admins_lost
            or self.accounts_added
            or self.accounts_removed
            or self.generic_requested
            or self.generic_assigned
            or self.generic_dropped
            or self.access_widened
            or self.access_narrowed
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["titular_changed"] = self.titular_changed
        data["loses_every_admin"] = self.loses_every_admin
        data["other_changes_only"] = self.status == "modified" and not self.summarised
        return data


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # sin_administradores | cuentas_masivas | titular
    params: dict[str, Any]


@dataclass(slots=True)
class Plan:
    base: str
    head: str
    merge_base: str
    head_commit: str
    areas: list[AreaDiff]
    accounts_total: int  # in the whole inventory at the merge base
    accounts_removed: int
    catalogs: list[str]
    other_files: list[str]

    @property
    def alerts(self) -> list[Alert]:
        moved = {a.clave for a in self.areas if a.status == "added"}  # renamed files
        alerts = [
            Alert("sin_administradores", {"clave": a.clave, "antes": a.admins_before})
            for a in self.areas
            if a.loses_every_admin and not (a.status == "removed" and a.clave in moved)
        ]
        if self.accounts_total and self.accounts_removed > self.accounts_total * MASS_REMOVAL_SHARE:
            alerts.append(
                Alert(
                    "cuentas_masivas",
                    {"removed": self.accounts_removed, "total": self.accounts_total},
                )
            )
        alerts += [
            Alert(
                "titular", {"clave": a.clave, "antes": a.titular_before, "despues": a.titular_after}
            )
            for a in self.areas
            if a.titular_changed
        ]
        return alerts

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "base": self.base,
            "head": self.head,
            "merge_base": self.merge_base,
            "head_commit": self.head_commit,
            "alerts": [{"kind": a.kind, **a.params} for a in self.alerts],
            "accounts_total": self.accounts_total,
            "accounts_removed": self.accounts_removed,
            "areas": [a.to_dict() for a in self.areas],
            "catalogs": self.catalogs,
            "other_files": self.other_files,
        }


def _people(model: Area | None) -> dict[tuple[str, str], Person]:
    if model is None:
        return {}
    return {
        (rol, adm.correo.lower()): Person(rol, adm.nombre, adm.correo)
        for rol, adm in model.administrators()
    }


def _accounts(model: Area | None, identities: Identities) -> dict[AccountKey, Any]:
    if model is None:
        return {}
    return {identities.key_of_account(c.plataforma, c.usuario, c.url): c for c in model.cuentas}


def _generic(model: Area | None) -> dict[str, str]:
    if model is None:
        return {}
    return {g.correo.lower(): g.estado for g in model.correos_genericos}


def compare_area(
    path: str, before: Area | None, after: Area | None, status: str, identities: Identities
) -> AreaDiff:
    ref = after or before
    diff = AreaDiff(
        clave=ref.clave if ref is not None else area_stem(path),
        path=path,
        nombre=ref.nombre if ref is not None else "",
        status=status,
        titular_before=before.titular.github if before is not None else None,
        titular_after=after.titular.github if after is not None else None,
        admins_before=len(before.administrators()) if before is not None else 0,
        admins_after=len(after.administrators()) if after is not None else 0,
    )
    old_people, new_people = _people(before), _people(after)
    diff.admins_gained = [p for k, p in new_people.items() if k not in old_people]
    diff.admins_lost = [p for k, p in old_people.items() if k not in new_people]
    old_acc, new_acc = _accounts(before, identities), _accounts(after, identities)
    diff.accounts_added = [
        Account(c.plataforma, c.usuario, c.url) for k, c in new_acc.items() if k not in old_acc
    ]
    diff.accounts_removed = [
        Account(c.plataforma, c.usuario, c.url) for k, c in old_acc.items() if k not in new_acc
    ]
    for key, new in new_acc.items():
        old = old_acc.get(key)
        if old is None:
            continue
        wider = tuple(r for r in new.accesos if r not in old.accesos)
        narrower = tuple(r for r in old.accesos if r not in new.accesos)
        if wider:
            diff.access_widened.append(AccessChange(new.plataforma, new.usuario, wider))
        if narrower:
            diff.access_narrowed.append(AccessChange(new.plataforma, new.usuario, narrower))
    old_gen, new_gen = _generic(before), _generic(after)
    for correo, estado in new_gen.items():
        if old_gen.get(correo) == estado:
            continue
        if estado == "solicitado":
            diff.generic_requested.append(correo)
        elif estado == "asignado":
            diff.generic_assigned.append(correo)
        elif estado == "baja" and correo in old_gen:
            diff.generic_dropped.append(correo)
    diff.generic_dropped += [
        c for c, estado in old_gen.items() if c not in new_gen and estado != "baja"
    ]
    return diff


def _net_removed(areas: list[AreaDiff], identities: Identities) -> int:
    """Accounts removed and not added back elsewhere (an account moved between areas stays)."""

    def keys(accounts: list[Account]) -> set[AccountKey]:
        return {identities.key_of_account(a.plataforma, a.usuario, a.url) for a in accounts}

    removed = set().union(*(keys(a.accounts_removed) for a in areas))
    added = set().union(*(keys(a.accounts_added) for a in areas))
    return len(removed - added)


def plan(root: Path, base: str, head: str = "HEAD") -> Plan:
    """What ``base...head`` changes in the inventory, area by area."""
    repo = open_repo(root)
    base_commit, head_commit = resolve(repo, base), resolve(repo, head)
    ancestor = merge_base(repo, base_commit, head_commit)
    reader = TreeReader(root)
    changes = diff_commits(repo, ancestor.hexsha, head_commit.hexsha)
    touched: list[str] = []
    catalogs: list[str] = []
    others: list[str] = []
    for change in changes:
        for path in change.paths:
            if is_area_path(path):
                touched.append(path)
            elif path in CATALOGS.values():
                catalogs.append(path)
            else:
                others.append(path)
    from validator.accounts import Identities

    catalogue = reader.source(head_commit, CATALOGS["plataformas"], "plataformas")
    identities = Identities(catalogue.model if catalogue is not None else None)
    areas: list[AreaDiff] = []
    for path in sorted(set(touched)):
        old_src = reader.area(ancestor, path)
        new_src = reader.area(head_commit, path)
        if new_src is not None and new_src.model is None:
            areas.append(compare_area(path, None, None, "unreadable", identities))
            continue
        before = old_src.model if old_src is not None else None
        after = new_src.model if new_src is not None else None
        status = "added" if old_src is None else "removed" if new_src is None else "modified"
        areas.append(compare_area(path, before, after, status, identities))
    total = sum(
        len(s.model.cuentas)
        for p in reader.area_paths(ancestor)
        if (s := reader.area(ancestor, p)) is not None and s.model is not None
    )
    return Plan(
        base=base,
        head=head,
        merge_base=ancestor.hexsha,
        head_commit=head_commit.hexsha,
        areas=areas,
        accounts_total=total,
        accounts_removed=_net_removed(areas, identities),
        catalogs=sorted(set(catalogs)),
        other_files=sorted(set(others)),
    )
