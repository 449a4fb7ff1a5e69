"""The floors (docs/architecture.md): every part imports only the floors below it, never one
above or beside it, and no module imports itself back through others - imports inside
functions included.

The contract is the ``floors`` contract of pyproject.toml ([tool.importlinter]); ``lint-imports``
checks it in .ci/run. These tests read the same contract, check it on grimp's graph of the
package (grimp reads every import statement, wherever it stands), show that an upward import
or a cycle would be caught, and check that each part says in its docstring which floor it
stands on.
"""

from __future__ import annotations

import ast
import copy
import re
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path

import grimp
import pytest

from tests.conftest import REPO_ROOT, console_script

PACKAGE = "validator"

# The floor numbers the docstrings and docs/architecture.md use, for the contract's layers from
# the top down: __main__ and cli 8, the tools 6, the outputs 5, engine 4, rules 3, loading and
# its neighbours 2, models 1, the leaves 0 and, below them, i18n and escaping (floor 0 too).
FLOOR_NUMBERS = (8, 8, 6, 5, 4, 3, 2, 1, 0, 0, 0)


@cache
def contract() -> dict[str, object]:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["id"] == "floors")


def layer_names() -> list[list[str]]:
    """The contract's layers, top down; each a list of independent siblings."""
    layers = contract()["layers"]
    assert isinstance(layers, list)
    return [[part.strip() for part in layer.split("|")] for layer in layers]


def grimp_layers() -> list[grimp.Layer]:
    return [grimp.Layer(*names, independent=True) for names in layer_names()]


@cache
def _graph() -> grimp.ImportGraph:
    return grimp.build_graph(PACKAGE, cache_dir=None)


def graph() -> grimp.ImportGraph:
    """A fresh copy of the package's import graph (a test may add imports to its own)."""
    return copy.deepcopy(_graph())


def upward_imports(g: grimp.ImportGraph) -> list[str]:
    """Each forbidden import as ``importer -> imported`` (a route through other modules
    shows its middle)."""
    found = g.find_illegal_dependencies_for_layers(layers=grimp_layers(), containers={PACKAGE})
    lines = set()
    for dependency in found:
        for route in dependency.routes:
            for head in route.heads:
                for tail in route.tails:
                    lines.add(" -> ".join((head, *route.middle, tail)))
    return sorted(lines)


def cycles(g: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(g.modules)
    edges = {m: sorted(g.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(edges[succ])))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


# --- the package keeps the contract -------------------------------------------------------


def test_no_part_imports_a_floor_above_or_beside_it() -> None:
    assert upward_imports(graph()) == []


def test_no_import_cycle_between_modules() -> None:
    assert cycles(graph()) == []


def test_every_part_of_the_package_is_on_a_floor() -> None:
    """A new part cannot escape the contract by not being named in it."""
    on_floors = {name for names in layer_names() for name in names}
    parts = {m.rsplit(".", 1)[1] for m in _graph().find_children(PACKAGE)}
    assert parts - on_floors == set()
    assert on_floors - parts == set()  # nor does the contract name parts that are gone


def test_lint_imports_keeps_every_contract() -> None:
    """The command .ci/run runs (the layers contract and acyclic_siblings)."""
    done = subprocess.run(
        [console_script("lint-imports"), "--no-cache"],  # reads pyproject.toml here
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


# --- the checks bite -------------------------------------------------------------------------


def test_imports_inside_functions_are_in_the_graph() -> None:
    """``run_validate`` imports the engine inside the function, not at the top."""
    top_level = ast.parse((REPO_ROOT / "validator/cli/validate.py").read_text(encoding="utf-8"))
    at_top = {
        node.module for node in top_level.body if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "validator.engine" not in at_top
    assert graph().direct_import_exists(
        importer="validator.cli.validate", imported="validator.engine"
    )


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("validator.rules.listados_actualizados", "validator.generators"),  # upward
        ("validator.models.area", "validator.loading.sources"),  # upward
        ("validator.importing.render", "validator.authoring.area_file"),  # beside, same floor
        ("validator.findings", "validator.calendar"),  # beside, among the leaves
    ],
)
def test_an_import_upward_or_beside_is_caught(importer: str, imported: str) -> None:
    g = graph()
    g.add_import(importer=importer, imported=imported, line_number=1, line_contents="import")
    assert any(f"{importer} -> {imported}" in line for line in upward_imports(g))


def test_a_cycle_inside_a_package_is_caught() -> None:
    g = graph()
    g.add_import(
        importer="validator.generators.sources",
        imported="validator.generators",
        line_number=1,
        line_contents="import",
    )
    assert [c for c in cycles(g) if "validator.generators.sources" in c]


# --- each part says where it stands -----------------------------------------------------------

_FLOOR = re.compile(r"\bfloor (\d+)\b", re.IGNORECASE)


def _docstring(module: str) -> str:
    spec = Path(sys.modules[PACKAGE].__file__ or "").parent
    rel = Path(*module.split(".")[1:])
    path = spec / rel / "__init__.py" if (spec / rel).is_dir() else (spec / rel).with_suffix(".py")
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def test_every_part_names_its_floor_in_its_docstring() -> None:
    __import__(PACKAGE)
    assert len(FLOOR_NUMBERS) == len(layer_names())
    wrong: list[str] = []
    for number, names in zip(FLOOR_NUMBERS, layer_names(), strict=True):
        for name in names:
            said = _FLOOR.findall(_docstring(f"{PACKAGE}.{name}"))
            if not said or int(said[0]) != number:
                wrong.append(f"{name}: says {said[:1] or 'nothing'}, stands on floor {number}")
    assert wrong == []
