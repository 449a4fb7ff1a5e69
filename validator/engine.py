"""Run the rules over the inventory and stamp their problems into findings.

Floor 4: above the rules it runs, below every output and command.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from validator.findings import Finding, Rendered, is_blocking
from validator.loading.sources import Inventory, SourceFile
from validator.rules import registry
from validator.rules.base import CatalogUnavailableError, Context, Problem, Rule


class UnknownRuleError(ValueError):
    """--select/--ignore named a rule that does not exist."""


@dataclass(frozen=True, slots=True)
class Result:
    findings: list[Finding]
    inventory: Inventory
    as_of: date

    def blocking(self, strict: bool) -> bool:
        return any(is_blocking(f, strict) for f in self.findings)

    def exit_code(self, strict: bool) -> int:
        return 1 if self.blocking(strict) else 0


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    rules = registry()
    chosen, skipped = set(select), set(ignore)
    unknown = sorted((chosen | skipped) - set(rules))
    if unknown:
        raise UnknownRuleError(", ".join(unknown))
    # Without --select, opt-in rules (default_enabled=False) stay off; naming one runs it.
    return [
        r
        for rid, r in rules.items()
        if (rid in chosen if chosen else r.default_enabled) and rid not in skipped
    ]


def stamp(rule: Rule, prob: Problem) -> Finding:
    source = prob.source
    if prob.file is not None:  # a file outside the inventory: no position index to consult
        line, column = prob.position or (1, 1)
    elif prob.position is not None:
        line, column = prob.position
    elif prob.at_key:
        line, column = source.doc.locate_key(prob.path)
    else:
        line, column = source.doc.locate(prob.path)
    template = rule.messages[prob.key]
    return Finding(
        rule=rule.id,
        severity=prob.severity or rule.severity,
        clause=rule.clause,
        file=prob.file if prob.file is not None else source.path,
        line=line,
        column=column,
        area=None if prob.file is not None else source.clave,
        messages=Rendered(template, prob.params),
        key=prob.key,
    )


def run(
    inventory: Inventory,
    as_of: date,
    rules: Iterable[Rule] | None = None,
    targets: frozenset[str] | None = None,
    baseline: Mapping[str, SourceFile] | None = None,
    stale_outputs: Sequence[tuple[str, bool]] | None = None,
) -> Result:
    """Every selected rule over the whole inventory; findings kept for ``targets`` only.

    ``baseline``: the changed area files as they were at the base of a change (``validate
    --changed-since``), for the rules that judge a transition. ``stale_outputs``: the
    generated files that differ from what the generators produce now, computed by the
    command above (``validator.generators.drift_for``) for listados-actualizados."""
    ctx = Context(
        inventory=inventory,
        as_of=as_of,
        targets=targets,
        baseline=baseline,
        stale_outputs=stale_outputs,
    )
    problems: list[tuple[Rule, Problem] | None] = []
    for rule in select_rules() if rules is None else rules:
        try:
            for prob in rule.run(ctx):
                if _reported(prob, targets):
                    problems.append((rule, prob))
        except CatalogUnavailableError:
            continue  # the broken catalogue has its own findings
    findings = stamp_all(problems)
    for source in inventory.files:
        source.doc.drop_index()  # indexes a rule built for files without findings
    findings.sort(key=Finding.sort_key)
    return Result(findings=findings, inventory=inventory, as_of=as_of)


def stamp_all(problems: list[tuple[Rule, Problem] | None]) -> list[Finding]:
    """Every problem stamped, in the order given; file by file, so that each file's
    position index is built once and freed as soon as its findings have their lines."""
    by_doc: dict[int, list[int]] = {}
    for i, item in enumerate(problems):
        assert item is not None
        by_doc.setdefault(id(item[1].source.doc), []).append(i)
    findings: list[Finding | None] = [None] * len(problems)
    for indices in by_doc.values():
        doc = None
        for i in indices:
            item = problems[i]
            assert item is not None
            rule, prob = item
            findings[i] = stamp(rule, prob)
            problems[i] = None  # the problem is no longer needed: free it now
            doc = prob.source.doc
        if doc is not None:
            doc.drop_index()
    return cast("list[Finding]", findings)  # every slot was filled above


def _reported(prob: Problem, targets: frozenset[str] | None) -> bool:
    """Findings in the targeted files, plus any broken catalogue (every rule depends on it)."""
    if targets is None or prob.source.path in targets or prob.file is not None:
        return True
    return prob.source.kind != "area" and prob.source.model is None
