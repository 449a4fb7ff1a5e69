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

from validator.escaping import markdown, workflow
from validator.escaping.terminal import visible
from validator.gitops.changes import DOCUMENTS_PREFIX, Change, diff_commits
from validator.gitops.repo import merge_base, open_repo, resolve
from validator.gitops.tree_inventory import TreeReader, area_stem, is_area_path
from validator.i18n import Message
from validator.loading.repo import CATALOGS
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


def same_login(a: str, b: str) -> bool:
    """GitHub logins are case-insensitive (and ASCII); a leading ``@`` is not part of them."""
    return a.strip().lstrip("@").lower() == b.strip().lstrip("@").lower()


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


# -- output ------------------------------------------------------------------------------------
_LABELS: dict[str, Message] = {
    "title": Message(
        es="Autorización de {actor} para los cambios de {head} sobre {base} "
        "(ancestro común {mb}, inventario de la rama base {bc}):",
        en="Authorisation of {actor} for the changes of {head} onto {base} "
        "(merge base {mb}, inventory of the base branch {bc}):",
    ),
    "allowed": Message(es="permitido", en="allowed"),
    "refused": Message(es="RECHAZADO", en="REFUSED"),
    "nothing": Message(
        es="No cambia ningún archivo: no hay nada que autorizar.",
        en="No file changes: nothing to authorise.",
    ),
    "ok": Message(
        es="Resultado: permitido; rutas revisadas: {n}.", en="Result: allowed; paths checked: {n}."
    ),
    "ko": Message(
        es="Resultado: RECHAZADO; rutas rechazadas: {bad} de {n}. Regla autorizacion "
        "(cláusulas 4.2 I; 4.5).",
        en="Result: REFUSED; paths refused: {bad} of {n}. Rule autorizacion (clauses 4.2 I; 4.5).",
    ),
    "cncs_invalid": Message(
        es="Atención: inventory/cncs.yaml no es válido en la rama base; nadie cuenta como "
        "revisor de la CNCS hasta que se corrija.",
        en="Note: inventory/cncs.yaml is not valid on the base branch; nobody counts as a CNCS "
        "reviewer until it is fixed.",
    ),
    "summary_title": Message(es="Autorización del pull request", en="Pull request authorisation"),
    "summary_head": Message(
        es="| Ruta | Cambio | Decisión | Motivo |", en="| Path | Change | Decision | Reason |"
    ),
}


def _l(key: str, lang: str, **params: Any) -> str:
    return _LABELS[key].format(lang, **params)


def render_text(result: Authorization, lang: str = "es") -> str:
    """For a terminal: every value (paths, refs, the actor) shown without hidden characters."""
    lines = [
        _l(
            "title",
            lang,
            actor=result.actor,
            head=result.head,
            base=result.base,
            mb=result.merge_base[:12],
            bc=result.base_commit[:12],
        )
    ]
    if not result.cncs_valid:
        lines.append(_l("cncs_invalid", lang))
    if not result.decisions:
        lines.append(_l("nothing", lang))
        return "\n".join(visible(line) for line in lines) + "\n"
    for d in result.decisions:
        verdict = _l("allowed" if d.allowed else "refused", lang)
        lines.append(f"  {verdict}  [{d.status}] {d.path}: {d.message(lang)}")
    n = len(result.decisions)
    bad = len(result.refused)
    lines.append(_l("ok", lang, n=n) if not bad else _l("ko", lang, bad=bad, n=n))
    return "\n".join(visible(line) for line in lines) + "\n"  # no value forges a line


def render_json(result: Authorization, lang: str = "es") -> str:
    import json

    return json.dumps(result.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def render_github(result: Authorization, lang: str = "es") -> str:
    """Workflow commands (one ``::error`` per refused path) and the plain-text verdict, whose
    lines the runner cannot read as commands (:mod:`validator.escaping.workflow`)."""
    lines = [
        workflow.command("error", d.message(lang), file=d.path, title="autorizacion")
        for d in result.refused
    ]
    return "\n".join([*lines, workflow.log_lines(render_text(result, lang))])


def summary_markdown(result: Authorization, lang: str = "es") -> str:
    """A job summary table (``GITHUB_STEP_SUMMARY``); every cell escaped."""
    md_cell, md_row = markdown.text, markdown.row
    verdict = _l("allowed" if result.allowed else "refused", lang)
    lines = [
        f"## {_l('summary_title', lang)}: {md_cell(verdict)}",
        "",
        md_cell(f"{result.actor} · {result.base} ({result.base_commit[:12]})"),
        "",
    ]
    if not result.decisions:
        return "\n".join([*lines, _l("nothing", lang), "", ""])
    lines += [_l("summary_head", lang), "|---|---|---|---|"]
    for d in result.decisions:
        cells = (d.path, d.status, _l("allowed" if d.allowed else "refused", lang), d.message(lang))
        lines.append(md_row(cells))
    return "\n".join(lines) + "\n\n"


RENDERERS = {"text": render_text, "json": render_json, "github": render_github}
