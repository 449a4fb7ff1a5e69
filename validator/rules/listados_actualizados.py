"""listados-actualizados: the files in ``generated/`` are what the generators produce now."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from validator.rules.base import ERROR, Context, Message, Problem, rule

if TYPE_CHECKING:
    from validator.loading.sources import Inventory


@rule(
    id="listados-actualizados",
    severity=ERROR,
    clause="4.5 III",
    summary=Message(
        es="Los listados generados (generated/, .github/CODEOWNERS) corresponden al inventario actual.",
        en="The generated lists (generated/, .github/CODEOWNERS) match the current inventory.",
    ),
    description=Message(
        es="La CNCS lleva el registro de las personas administradoras (4.5 III) y la UTSI el "
        "de los correos genéricos (4.4) a partir de los listados de `generated/`, que el hook "
        "de fusión regenera. Esta regla compara cada archivo con lo que `ine-redes generate` "
        "produciría ahora y señala los que faltan o difieren. Es opcional: la ejecutan "
        "`ine-redes generate --check` y `ine-redes validate --select listados-actualizados`.",
        en="CNCS keeps the record of administrators (4.5 III) and UTSI that of generic "
        "addresses (4.4) from the lists in `generated/`, which the merge hook regenerates. "
        "This rule compares each file with what `ine-redes generate` would produce now and "
        "reports those missing or different. It is opt-in: `ine-redes generate --check` and "
        "`ine-redes validate --select listados-actualizados` run it.",
    ),
    messages={
        "stale": Message(
            es="El listado {file} no corresponde al inventario actual. Ejecute `ine-redes "
            "generate` y confirme el resultado (en main lo hace el hook de fusión; no edite "
            "generated/ a mano).",
            en="The list {file} does not match the current inventory. Run `ine-redes "
            "generate` and commit the result (on main the merge hook does it; never edit "
            "generated/ by hand).",
        ),
        "missing": Message(
            es="Falta el listado {file}. Ejecute `ine-redes generate` y confirme el resultado.",
            en="The list {file} is missing. Run `ine-redes generate` and commit the result.",
        ),
    },
    passing="# generated/ tal como lo escribe `ine-redes generate`\n",
    failing="# inventory/areas/jd01ags.yaml cambió y generated/ no se regeneró\n",
    default_enabled=False,
)
def check(ctx: Context) -> Iterator[Problem]:
    from validator.generators import collect, render_all

    outputs = render_all(collect(ctx.inventory, ctx.plataformas, ctx.cncs))
    yield from stale_problems(ctx.inventory, outputs)


def stale_problems(inventory: Inventory, outputs: Mapping[str, bytes]) -> Iterator[Problem]:
    """The rule's problems for ``outputs`` already rendered (``generate --check`` renders once)."""
    from validator.generators import stale_outputs

    anchor = inventory.cncs_file  # any SourceFile: ``file`` overrides where it points
    for path, exists in stale_outputs(inventory.root, outputs):
        yield Problem(anchor, (), "stale" if exists else "missing", {"file": path}, file=path)
