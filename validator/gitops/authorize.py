"""``ine-redes authorize``: may LOGIN change what BASE...HEAD changes? (rule ``autorizacion``)

Every path changed between the merge base of BASE and HEAD and HEAD is judged against the
inventory **as it is on BASE** (the branch the pull request goes into), never against the
pull request's own version: a pull request that writes its author into ``titular.github``
is still judged by the titular that BASE records.

Who may change what:

=================================================  ===============================================
path                                               who
=================================================  ===============================================
``generated/**``, ``.github/CODEOWNERS``           nobody (the merge hook pushes them itself)
``inventory/**`` added under an unsafe name         nobody (:mod:`validator.safe_paths`)
``inventory/areas/<clave>.yaml`` modified          its ``titular.github`` on BASE, or CNCS
``inventory/areas/<clave>.yaml`` added              the titular CNCS pre-registered for
                                                   ``<clave>`` (``altas`` of cncs.yaml on
                                                   BASE) while BASE has no such area, or CNCS
``inventory/areas/*`` deleted, renamed, other adds CNCS only
``inventory/documentos/<clave>/**``                that area's titular on BASE (or the
                                                   pre-registered one), or CNCS
everything else (catalogues, schemas, code, CI)    CNCS only (``revisores`` of cncs.yaml on BASE)
=================================================  ===============================================

No login is special: the merge hook never opens a pull request (it pushes its commit with
the workflow's own token), so no pull request, whoever opens it, may change ``generated/``
or CODEOWNERS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.gitops.changes import DOCUMENTS_PREFIX, Change, diff_commits
from validator.gitops.repo import merge_base, open_repo, resolve
from validator.gitops.tree_inventory import TreeReader, area_stem, is_area_path
from validator.i18n import Message
from validator.loading.repo import CATALOGS
from validator.models.types import same_login
from validator.safe_paths import is_inventory_path, is_safe_path, safe_suggestion

if TYPE_CHECKING:
    from git import Commit

    from validator.models.catalogs import AltaPreregistrada

GENERATED_PREFIX = "generated/"
CODEOWNERS = ".github/CODEOWNERS"

_ALLOWED: dict[str, Message] = {
    "titular": Message(
        es="{actor} es titular del área {clave} según la rama base",
        en="{actor} is area {clave}'s titular according to the base branch",
    ),
    "alta": Message(
        es="{actor} es titular del área {clave}, que la CNCS preregistró (altas de "
        "inventory/cncs.yaml en la rama base)",
        en="{actor} is the titular of area {clave}, which CNCS pre-registered (altas in "
        "inventory/cncs.yaml on the base branch)",
    ),
    "cncs": Message(
        es="{actor} es revisor de la CNCS (inventory/cncs.yaml en la rama base)",
        en="{actor} is a CNCS reviewer (inventory/cncs.yaml on the base branch)",
    ),
}


@dataclass(frozen=True, slots=True)
class PathDecision:
    path: str
    status: str  # A C D M R T as git reports it
    allowed: bool
    reason: str  # key: an _ALLOWED key, or a message key of the rule autorizacion
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "es") -> str:
        if self.allowed:
            return _ALLOWED[self.reason].format(lang, **self.params)
        from validator.rules import get

        return get("autorizacion").messages[self.reason].render(lang, self.params)

    def to_dict(self, lang: str = "es") -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "allowed": self.allowed,
            "reason": self.message(lang),
        }


@dataclass(frozen=True, slots=True)
class Authorization:
    actor: str
    base: str  # as given
    head: str  # as given
    base_commit: str
    head_commit: str
    merge_base: str
    decisions: tuple[PathDecision, ...]
    cncs_valid: bool

    @property
    def allowed(self) -> bool:
        return all(d.allowed for d in self.decisions)

    @property
    def refused(self) -> list[PathDecision]:
        return [d for d in self.decisions if not d.allowed]

    def to_dict(self, lang: str = "es") -> dict[str, Any]:
        return {
            "actor": self.actor,
            "base": self.base,
            "head": self.head,
            "base_commit": self.base_commit,
            "head_commit": self.head_commit,
            "merge_base": self.merge_base,
            "allowed": self.allowed,
            "paths": [d.to_dict(lang) for d in self.decisions],
        }


class _Judge:
    """The decision for one actor against the inventory on one base commit."""

    def __init__(self, reader: TreeReader, base: Commit, head: Commit, actor: str) -> None:
        self.reader = reader
        self.base = base
        self.head = head
        self.actor = actor
        cncs_file = reader.source(base, CATALOGS["cncs"], "cncs")
        model = cncs_file.model if cncs_file is not None else None
        self.cncs_valid = model is not None
        self.revisores: list[str] = list(model.revisores) if model is not None else []
        self.altas: dict[str, AltaPreregistrada] = dict(model.altas) if model is not None else {}
        self.is_cncs = any(same_login(actor, r) for r in self.revisores)

    def params(self, path: str, **extra: Any) -> dict[str, Any]:
        revisores = ", ".join(self.revisores) if self.revisores else "—"
        return {
            "actor": self.actor,
            "path": path,
            "revisores": revisores,
            **extra,
        }

    def decide(self, change: Change) -> list[PathDecision]:
        out = []
        for path in change.paths:
            allowed, reason, extra = self._judge(change, path)
            out.append(
                PathDecision(path, change.status, allowed, reason, self.params(path, **extra))
            )
        return out

    def _judge(self, change: Change, path: str) -> tuple[bool, str, dict[str, Any]]:
        if path.startswith(GENERATED_PREFIX) or path == CODEOWNERS:
            return False, "generado", {}
        if _adds_unsafe_name(change, path):
            return False, "ruta_insegura", {"suggestion": safe_suggestion(path)}
        if self.is_cncs:
            return True, "cncs", {}
        if is_area_path(path):
            return self._judge_area(change, path)
        if path.startswith(DOCUMENTS_PREFIX):
            clave = path[len(DOCUMENTS_PREFIX) :].split("/", 1)[0]
            if "/" in path[len(DOCUMENTS_PREFIX) :]:
                area_path = self._area_file_of(clave)
                if area_path is None and clave in self.altas:
                    return self._judge_preregistered(clave)
                return self._judge_titular(clave, area_path, path)
        return False, "solo_cncs", {}

    def _judge_area(self, change: Change, path: str) -> tuple[bool, str, dict[str, Any]]:
        status = change.status
        if status == "M":
            return self._judge_titular(area_stem(path), path, path)
        if status == "R":
            old_is_area = change.old_path is not None and is_area_path(change.old_path)
            return False, "area_renombre" if old_is_area else "area_alta", {}
        if status == "D":
            return False, "area_baja", {}
        if status == "T":
            return False, "area_tipo", {}
        if status in ("A", "C"):
            return self._judge_new_area(path)
        return False, "area_alta", {}  # anything unexpected

    def _judge_new_area(self, path: str) -> tuple[bool, str, dict[str, Any]]:
        """A new area file: only one that CNCS pre-registered on BASE, by its titular, with
        the clave, name and titular that CNCS recorded (issue 13 point 3)."""
        clave = area_stem(path)
        if (
            clave not in self.altas
            or not path.endswith(".yaml")
            or self._area_file_of(clave) is not None
        ):
            return False, "area_alta", {}
        allowed, reason, params = self._judge_preregistered(clave)
        if not allowed:
            return allowed, reason, params
        alta = self.altas[clave]
        source = self.reader.area(self.head, path)
        model = source.model if source is not None else None
        if model is None:
            return False, "alta_invalida", params
        if not same_login(model.titular.github, alta.titular_github) or model.nombre != alta.nombre:
            found = {"nombre_archivo": model.nombre, "titular_archivo": model.titular.github}
            return False, "alta_distinta", {**params, **found}
        return allowed, reason, params

    def _judge_preregistered(self, clave: str) -> tuple[bool, str, dict[str, Any]]:
        alta = self.altas[clave]
        params = {"clave": clave, "titular": alta.titular_github, "nombre": alta.nombre}
        if same_login(self.actor, alta.titular_github):
            return True, "alta", params
        return False, "alta_ajena", params

    def _area_file_of(self, clave: str) -> str | None:
        for suffix in (".yaml", ".yml"):
            rel = f"inventory/areas/{clave}{suffix}"
            if self.reader.source(self.base, rel, "area") is not None:
                return rel
        return None

    def _judge_titular(
        self, clave: str, area_path: str | None, path: str
    ) -> tuple[bool, str, dict[str, Any]]:
        source = self.reader.area(self.base, area_path) if area_path else None
        if source is None or source.model is None:
            return False, "area_sin_titular", {"clave": clave}
        titular = source.model.titular.github
        if same_login(self.actor, titular):
            return True, "titular", {"clave": source.model.clave}
        return False, "area_ajena", {"clave": source.model.clave, "titular": titular}


def _adds_unsafe_name(change: Change, path: str) -> bool:
    """``path`` is an inventory path outside the safe set that exists after ``change`` (a
    deletion, or the old name of a rename, removes a bad name: that is judged as usual)."""
    if not is_inventory_path(path) or is_safe_path(path):
        return False
    return not (change.status == "D" or (change.status == "R" and path == change.old_path))


def authorize(root: Path, actor: str, base: str, head: str = "HEAD") -> Authorization:
    """Judge every path changed by ``base...head`` for ``actor`` (GitProblem on git trouble)."""
    repo = open_repo(root)
    base_commit = resolve(repo, base)
    head_commit = resolve(repo, head)
    ancestor = merge_base(repo, base_commit, head_commit)
    judge = _Judge(TreeReader(root), base_commit, head_commit, actor.strip())
    decisions: list[PathDecision] = []
    for change in diff_commits(repo, ancestor.hexsha, head_commit.hexsha):
        decisions.extend(judge.decide(change))
    decisions.sort(key=lambda d: (d.path, d.status))
    return Authorization(
        actor=actor.strip(),
        base=base,
        head=head,
        base_commit=base_commit.hexsha,
        head_commit=head_commit.hexsha,
        merge_base=ancestor.hexsha,
        decisions=tuple(decisions),
        cncs_valid=judge.cncs_valid,
    )
