"""Generators: the lists built from the inventory (one module per output, registry here).

Each generator module exposes ``render(sources) -> {path: bytes}``: repository-relative paths
(``generated/...`` or ``.github/CODEOWNERS``) and their exact content. Generators read the
same typed models as the rules; an area whose model is invalid is skipped (``generate``
refuses to run at all while the inventory has ``yaml-invalido``/``esquema`` errors).
Nothing here writes files: :func:`write_outputs` and :func:`stale_outputs` do, for the
``generate`` command, the ``listados-actualizados`` rule and the merge hook alike.

Floor 5 (outputs): reads the models and runs the engine; the rules below never import it, so
the differences listados-actualizados judges are computed here (:func:`drift_for`) and handed
to the engine by the command.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from validator.generators.sources import (
    ATTRIBUTES,
    CODEOWNERS,
    PUBLIC_JSON,
    ROSTER_JSON,
    UTSI_JSON,
    AreaSource,
    Outputs,
    Sources,
    collect,
)

__all__ = [  # the shared names of generators/sources.py are importable from here too
    "ATTRIBUTES",
    "BLOCKING_RULES",
    "CODEOWNERS",
    "PUBLIC_JSON",
    "ROSTER_JSON",
    "UTSI_JSON",
    "AreaSource",
    "CatalogMissingError",
    "Outputs",
    "Sources",
    "area_fingerprints",
    "blocking_load_findings",
    "build",
    "changed_areas",
    "collect",
    "drift_for",
    "generator_modules",
    "render_all",
    "stale_outputs",
    "write_outputs",
]

if TYPE_CHECKING:
    from collections.abc import Collection

    from validator.findings import Finding
    from validator.loading.sources import Inventory
    from validator.rules.base import Rule


def generator_modules() -> list[ModuleType]:
    """The registry: every output, in the order they are written and reported."""
    from validator.generators import (  # the package's own modules, imported on first use
        attributes,
        cncs_roster,
        codeowners,
        public_registry,
        utsi_list,
    )

    return [cncs_roster, utsi_list, public_registry, codeowners, attributes]


def render_all(sources: Sources) -> Outputs:
    outputs: Outputs = {}
    for module in generator_modules():
        render: Callable[[Sources], Outputs] = module.render
        for path, data in render(sources).items():
            if path in outputs:
                raise RuntimeError(f"two generators write {path}")
            outputs[path] = data
    return dict(sorted(outputs.items()))


def stale_outputs(root: Path, outputs: Mapping[str, bytes]) -> list[tuple[str, bool]]:
    """``(path, exists)`` for each output whose file on disk differs (or is missing)."""
    stale: list[tuple[str, bool]] = []
    for path, data in outputs.items():
        target = root / path
        try:
            current = target.read_bytes() if target.is_file() else None
        except OSError:
            current = None
        if current != data:
            stale.append((path, current is not None))
    return stale


def drift_for(rules: Collection[Rule], inventory: Inventory) -> list[tuple[str, bool]] | None:
    """What listados-actualizados judges, when it is among ``rules``: ``(path, exists)`` of
    each generated file that differs from what the generators produce now. None when the
    rule is not run, or when a catalogue is broken (nothing can be generated; the rule is
    then skipped and the catalogue's own findings say why)."""
    from validator.rules.listados_actualizados import check as listados_actualizados

    if listados_actualizados not in rules:
        return None
    if inventory.plataformas is None or inventory.cncs is None:
        return None
    return stale_outputs(inventory.root, build(inventory))


def write_outputs(root: Path, outputs: Mapping[str, bytes]) -> list[str]:
    """Write every output atomically; returns the paths whose content changed."""
    from validator.generated_io import write_atomic

    return [path for path, data in outputs.items() if write_atomic(root / path, data)]


# --- which areas a change touches (merge hook commit messages) ---------------------------

_LIST_KEYS = {ROSTER_JSON: "administradores", UTSI_JSON: "correos", PUBLIC_JSON: "cuentas"}
_OWNER_LINE = re.compile(r"^/inventory/areas/([^/\s]+)\.ya?ml\s")


def area_fingerprints(files: Mapping[str, bytes | None]) -> dict[str, list[str]]:
    """Per area clave, a comparable summary of its rows in the lists and CODEOWNERS.

    Comparing these before and after a regeneration names the areas whose lists changed,
    whatever the git history looks like. Unreadable old files count as empty.
    """
    found: dict[str, list[str]] = {}
    for path, key in _LIST_KEYS.items():
        data = files.get(path)
        if not data:
            continue
        try:
            entries = json.loads(data.decode("utf-8")).get(key, [])
        except (ValueError, AttributeError):
            continue
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("clave"), str):
                found.setdefault(entry["clave"], []).append(
                    path + " " + json.dumps(entry, sort_keys=True, ensure_ascii=False)
                )
    owners = files.get(CODEOWNERS)
    if owners:
        for line in owners.decode("utf-8", "replace").splitlines():
            m = _OWNER_LINE.match(line)
            if m:
                found.setdefault(m.group(1), []).append(CODEOWNERS + " " + line)
    return {clave: sorted(items) for clave, items in found.items()}


def changed_areas(
    before: Mapping[str, bytes | None], after: Mapping[str, bytes | None]
) -> list[str]:
    old, new = area_fingerprints(before), area_fingerprints(after)
    return sorted(c for c in set(old) | set(new) if old.get(c) != new.get(c))


# --- running them -------------------------------------------------------------------------

BLOCKING_RULES = ("yaml-invalido", "esquema")


def blocking_load_findings(inventory: Inventory) -> list[Finding]:
    """``yaml-invalido``/``esquema`` errors: lists built past them would be wrong."""
    from datetime import date

    from validator.engine import run, select_rules

    # Neither rule depends on the date; the engine needs one all the same.
    result = run(inventory, date(2000, 1, 1), select_rules(BLOCKING_RULES))
    return [f for f in result.findings if f.severity.value == "error"]


class CatalogMissingError(Exception):
    """``plataformas.yaml`` or ``cncs.yaml`` has no valid model; its findings say why."""


def build(inventory: Inventory) -> Outputs:
    """Every output for this inventory (catalogues must be valid)."""
    plataformas, cncs = inventory.plataformas, inventory.cncs
    if plataformas is None:
        raise CatalogMissingError(inventory.plataformas_file.path)
    if cncs is None:
        raise CatalogMissingError(inventory.cncs_file.path)
    return render_all(collect(inventory, plataformas, cncs))
