"""What a rule is: frozen metadata beside a check that yields problems.

A check yields :class:`Problem` values - a file, a path inside it, a message key and its
parameters. The engine, not the rule, turns them into findings: it stamps the rule's ID,
severity and clause, finds the line through the file's position index and renders the
message in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from validator.findings import Severity
from validator.i18n import Message as Message  # re-exported: rules import it from here
from validator.loading.sources import Inventory, SourceFile
from validator.obligations import days_left_phrases, late_phrases

if TYPE_CHECKING:
    from validator.accounts import Identities
    from validator.calendar import BusinessCalendar
    from validator.models import Cncs, Lineamientos, Plataformas
    from validator.obligations import Deadline, Obligation

ERROR = Severity.ERROR
WARNING = Severity.WARNING


@dataclass(frozen=True, slots=True)
class Problem:
    """What a check reports: where (file + path or explicit position) and what (key, params)."""

    source: SourceFile
    path: tuple[str | int, ...] = ()
    key: str = "default"
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity | None = None  # overrides the rule's default (error/warning rules)
    at_key: bool = False  # point at the key introducing ``path`` (e.g. a missing sub-key)
    position: tuple[int, int] | None = None  # explicit line/column (loader, schema issues)
    # A finding about a file outside the inventory (e.g. a stale ``generated/`` list): the
    # engine reports this repository-relative path, at ``position`` or 1:1, with no area.
    file: str | None = None


class CatalogUnavailableError(Exception):
    """A catalogue the rule needs is broken; its own findings already say so."""


@dataclass
class Context:
    """Everything a check may read. Rules read typed models, never raw dictionaries."""

    inventory: Inventory
    as_of: date
    targets: frozenset[str] | None = None  # repository-relative paths to report on
    # ``validate --changed-since BASE``: each changed area file as it was at BASE (by path;
    # absent when the file is new). Transition rules (cambio-completo) judge the change
    # against it; None when no base was given.
    baseline: Mapping[str, SourceFile] | None = None
    # A fact from above the rules, supplied by the command that runs them: the generated
    # files that differ from what the generators produce now, as ``(path, exists)``
    # (listados-actualizados judges them; validator.generators.drift_for computes them).
    # None when the command did not compute them.
    stale_outputs: Sequence[tuple[str, bool]] | None = None

    @property
    def lineamientos(self) -> Lineamientos:
        model = self.inventory.lineamientos
        if model is None:
            raise CatalogUnavailableError(self.inventory.lineamientos_file.path)
        return model

    @property
    def plataformas(self) -> Plataformas:
        model = self.inventory.plataformas
        if model is None:
            raise CatalogUnavailableError(self.inventory.plataformas_file.path)
        return model

    @property
    def cncs(self) -> Cncs:
        model = self.inventory.cncs
        if model is None:
            raise CatalogUnavailableError(self.inventory.cncs_file.path)
        return model

    @cached_property
    def calendar(self) -> BusinessCalendar:
        from validator.calendar import BusinessCalendar

        return BusinessCalendar(self.lineamientos.dias_inhabiles_adicionales)

    @cached_property
    def identities(self) -> Identities:
        """The account keys of this run's catalogue, each address read once for every rule
        that needs it; owned by the run (freed with it, not kept to the end of the process)."""
        from validator.accounts import Identities

        return Identities(self.plataformas)

    @cached_property
    def all_areas(self) -> list[SourceFile]:
        """Every area file whose model is valid (cross-area rules use these)."""
        return [f for f in self.inventory.area_files if f.model is not None]

    @cached_property
    def areas(self) -> list[SourceFile]:
        """Valid area files to report on (per-area rules use these)."""
        if self.targets is None:
            return self.all_areas
        return [f for f in self.all_areas if f.path in self.targets]


Check = Callable[[Context], Iterable[Problem]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    clause: str
    summary: Message  # one line, for `rules` and docs
    messages: Mapping[str, Message]  # what is wrong, keyed; each says how to fix it
    check: Check
    description: Message | None = None  # longer documentation for `explain` and docs
    passing: str = ""  # YAML snippet that satisfies the rule (docs)
    failing: str = ""  # YAML snippet that breaks it (docs)
    module: str = ""
    # Opt-in rules (listados-actualizados, autorizacion) need more than the inventory; they run
    # from their own commands (generate --check, authorize) or when named with --select.
    default_enabled: bool = True
    # A dated duty's rule: what to do, in one sentence, for reminders and e-mails
    # (``{correo_cncs}`` is CNCS's address); None for the other rules.
    how_to_fix: Message | None = None

    def run(self, ctx: Context) -> Iterator[Problem]:
        yield from self.check(ctx)


def rule(
    *,
    id: str,
    severity: Severity,
    clause: str,
    summary: Message,
    messages: Mapping[str, Message],
    description: Message | None = None,
    passing: str = "",
    failing: str = "",
    default_enabled: bool = True,
    how_to_fix: Message | None = None,
) -> Callable[[Check], Rule]:
    """Decorator: metadata above, check below, one object in the module."""

    def wrap(check: Check) -> Rule:
        return Rule(
            id=id,
            severity=severity,
            clause=clause,
            summary=summary,
            messages=dict(messages),
            check=check,
            description=description,
            passing=passing,
            failing=failing,
            module=check.__module__,
            default_enabled=default_enabled,
            how_to_fix=how_to_fix,
        )

    return wrap


def problem(
    source: SourceFile,
    path: tuple[str | int, ...] = (),
    msg: str = "default",
    *,
    severity: Severity | None = None,
    at_key: bool = False,
    params: Mapping[str, Any] | None = None,
    **more: Any,
) -> Problem:
    """Shorthand used by checks: ``msg`` names the message template; ``params`` (a mapping
    built elsewhere) and the keywords ``more`` fill it. A mapping is passed as ``params``,
    never spread into the keywords, where a key could set ``severity`` or ``at_key``."""
    values = more if params is None else {**params, **more}
    return Problem(source, path, msg, values, severity, at_key)


def obligation_problem(
    source: SourceFile,
    ob: Obligation,
    msg: str | None = None,
    *,
    params: Mapping[str, Any] | None = None,
    **more: Any,
) -> Problem:
    """A time rule's problem for an unmet obligation ``ob``: at its path, keyed by its status
    unless ``msg`` says otherwise, a warning while only due soon, with ``due`` and the
    ``left_es``/``left_en`` phrases among the parameters."""
    return problem(
        source,
        ob.path,
        ob.status if msg is None else msg,
        severity=WARNING if ob.status == "due_soon" else None,
        at_key=ob.at_key,
        due=ob.due,
        params={**days_left_phrases(ob.days_left), **(params or {}), **more},
    )


def deadline_problem(
    source: SourceFile,
    path: tuple[str | int, ...],
    deadline: Deadline,
    prefix: str = "",
    *,
    at_key: bool = False,
    done_path: tuple[str | int, ...] | None = None,
    params: Mapping[str, Any] | None = None,
    **more: Any,
) -> Problem | None:
    """The finding the shared principle gives a dated duty (see ``obligations.judge``):

    * unmet after its due date: message ``<prefix>overdue``, an **error**;
    * unmet, within its term or due soon: ``<prefix>due_soon``, a warning;
    * met late: ``<prefix>late``, a **warning** at ``done_path`` (default ``path``) whose
      parameters say by how much (``{late_es}`` = "N días hábiles después del plazo");
    * met in time, or not due soon: None.

    Parameters always include ``due``, ``done``, ``left_es``/``left_en`` and, when late,
    ``late_days``/``late_es``/``late_en``; ``params`` and ``more`` add the rule's own.
    """
    if deadline.late:
        return problem(
            source,
            done_path or path,
            prefix + "late",
            severity=WARNING,
            due=deadline.due,
            done=deadline.done,
            params={**late_phrases(deadline.late_days), **(params or {}), **more},
        )
    if deadline.status == "ok":
        return None
    return problem(
        source,
        path,
        prefix + deadline.status,
        severity=ERROR if deadline.status == "overdue" else WARNING,
        at_key=at_key,
        due=deadline.due,
        done=deadline.done,
        params={
            **days_left_phrases((deadline.due - deadline.as_of).days),
            **(params or {}),
            **more,
        },
    )


def role_level_problems(ctx: Context, role: str, allowed: tuple[str, ...]) -> Iterator[Problem]:
    """One problem per area whose administrator in ``role`` holds a ``nivel_mando`` outside
    ``allowed`` (nivel-propietaria, nivel-suplente: 4.2 III)."""
    for source in ctx.areas:
        person = getattr(source.area.administradores, role)
        if person is not None and person.nivel_mando not in allowed:
            yield problem(
                source,
                ("administradores", role, "nivel_mando"),
                nombre=person.nombre,
                nivel=person.nivel_mando,
            )
