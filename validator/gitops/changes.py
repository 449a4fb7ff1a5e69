"""Which paths changed: between two commits (pull requests) or since a ref (validate).

Both use ``git diff --name-status -M -z``: renames are detected (a rename names its old and
its new path), copies, additions, deletions and type changes are all reported. Paths are
repository-relative with ``/`` separators, never quoted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from validator.gitops.repo import GitProblem, head_commit, merge_base, open_repo, resolve
from validator.gitops.tree_inventory import TreeReader, is_area_path
from validator.loading.repo import CATALOGS
from validator.loading.sources import SourceFile

if TYPE_CHECKING:
    from git import Repo

INVENTORY_PREFIX = "inventory/"
DOCUMENTS_PREFIX = "inventory/documentos/"


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of ``git diff --name-status``: A, C, D, M, R, T (or U, X)."""

    status: str
    path: str
    old_path: str | None = None  # renames and copies

    @property
    def paths(self) -> tuple[str, ...]:
        """Every path this change touches: a rename touches both; a copy only its target."""
        if self.status == "R" and self.old_path is not None:
            return (self.old_path, self.path)
        return (self.path,)


def parse_name_status(raw: str) -> list[Change]:
    """Parse ``git diff --name-status -z`` output."""
    fields = raw.split("\0")
    changes: list[Change] = []
    i = 0
    while i < len(fields):
        code = fields[i]
        if not code:
            i += 1
            continue
        status = code[0]
        if status in "RC":
            old, new = fields[i + 1], fields[i + 2]
            changes.append(Change(status, new, old))
            i += 3
        else:
            changes.append(Change(status, fields[i + 1]))
            i += 2
    return changes


def diff_commits(repo: Repo, old: str, new: str) -> list[Change]:
    """What changed from commit ``old`` to commit ``new`` (both full object ids)."""
    raw = repo.git.diff(
        "--name-status", "-M", "-z", "--no-ext-diff", "--no-textconv", old, new, "--"
    )
    return parse_name_status(str(raw))


def diff_worktree(repo: Repo, old: str) -> list[Change]:
    """What changed from commit ``old`` to the working tree, untracked files included."""
    raw = repo.git.diff("--name-status", "-M", "-z", "--no-ext-diff", "--no-textconv", old, "--")
    changes = parse_name_status(str(raw))
    untracked = repo.git.ls_files("--others", "--exclude-standard", "-z", "--", "inventory")
    changes += [Change("A", p) for p in str(untracked).split("\0") if p]
    return changes


@dataclass(frozen=True, slots=True)
class ChangedTargets:
    """What ``validate --changed-since`` reports on."""

    ref: str
    base: str  # the commit compared with (merge base of REF and HEAD)
    targets: frozenset[str]  # inventory files to report on
    catalogs: tuple[str, ...]  # changed catalogues: then everything is reported

    def baseline(self, root: Path) -> dict[str, SourceFile]:
        """The changed area files as they were at ``base`` (those that existed), read from
        git through the normal loader: what a transition rule compares with."""
        repo = open_repo(root)
        commit = repo.commit(self.base)
        reader = TreeReader(root)
        out: dict[str, SourceFile] = {}
        for path in sorted(self.targets):
            if is_area_path(path):
                source = reader.area(commit, path)
                if source is not None:
                    out[path] = source
        return out


def changed_since(root: Path, ref: str) -> ChangedTargets:
    """Inventory files changed between REF and the working tree.

    REF is compared through its merge base with HEAD (``git diff REF...``), so that commits
    merged into REF after this branch started do not count as this branch's changes. A
    changed document under ``inventory/documentos/<clave>/`` targets that area's file. A
    changed catalogue (``inventory/*.yaml``) can change the verdict on every area, so the
    caller then reports on everything (``catalogs`` is not empty).
    """
    repo = open_repo(root)
    base = merge_base(repo, resolve(repo, ref), head_commit(repo))
    targets: set[str] = set()
    catalogs: set[str] = set()
    catalog_paths = set(CATALOGS.values())
    for change in diff_worktree(repo, base.hexsha):
        for path in change.paths:
            if not path.startswith(INVENTORY_PREFIX):
                continue
            if path in catalog_paths:
                catalogs.add(path)
            elif is_area_path(path):
                targets.add(path)
            elif path.startswith(DOCUMENTS_PREFIX):
                clave = path[len(DOCUMENTS_PREFIX) :].split("/", 1)[0]
                if clave:
                    targets.update(f"inventory/areas/{clave}{s}" for s in (".yaml", ".yml"))
    return ChangedTargets(
        ref=ref, base=base.hexsha, targets=frozenset(targets), catalogs=tuple(sorted(catalogs))
    )


__all__ = ["Change", "ChangedTargets", "GitProblem", "changed_since", "diff_commits"]
