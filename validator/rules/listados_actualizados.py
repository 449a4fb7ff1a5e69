"""listados-actualizados: the files in ``generated/`` are what the generators produce now.

The rules stand below the generators (docs/architecture.md, "Floors"), so this rule does not
build the lists: the command that runs both (``validate``, through
:func:`validator.generators.drift_for`; ``generate --check``) compares the files with what
the generators produce and hands the differences in (``Context.stale_outputs``); the rule
turns them into problems.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from validator.loading.sources import Inventory
from validator.rules.base import ERROR, Context, Message, Problem, rule


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
    # Nothing is generated from a broken catalogue: reading it skips the rule (the
    # catalogue's own findings say why), as it skips every rule that needs it.
    _ = (ctx.plataformas, ctx.cncs)
    if ctx.stale_outputs is None:
        raise RuntimeError(
            "listados-actualizados needs Context.stale_outputs: run it through "
            "validator.generators.drift_for (validate) or generate --check"
        )
    yield from stale_problems(ctx.inventory, ctx.stale_outputs)


def stale_problems(inventory: Inventory, stale: Iterable[tuple[str, bool]]) -> Iterator[Problem]:
    """The rule's problems for the ``(path, exists)`` of each generated file that differs."""
    anchor = inventory.cncs_file  # any SourceFile: ``file`` overrides where it points
    for path, exists in stale:
        yield Problem(anchor, (), "stale" if exists else "missing", {"file": path}, file=path)
