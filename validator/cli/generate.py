"""``ine-redes generate [--check]``: options -> run_generate() -> exit code."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from validator.cli.options import lang_option, repo_option, resolve_root

if TYPE_CHECKING:
    from validator.findings import Finding, Lang
    from validator.loading.sources import Inventory

# No rule that these commands run depends on the date; the engine needs one all the same.
_NO_DATE = date(2000, 1, 1)

TEXTS: dict[str, dict[str, str]] = {
    "refused": {
        "es": "ine-redes generate: el inventario tiene {n} error(es) de lectura o de esquema; "
        "los listados saldrían incompletos o equivocados, así que no se generó nada. "
        "Corríjalos primero (vea `ine-redes validate`):",
        "en": "ine-redes generate: the inventory has {n} read or schema error(s); the lists "
        "would be incomplete or wrong, so nothing was generated. Fix them first (see "
        "`ine-redes validate`):",
    },
    "written": {"es": "escrito: {path}", "en": "written: {path}"},
    "summary": {
        "es": "{changed} archivo(s) actualizado(s), {same} sin cambios.",
        "en": "{changed} file(s) updated, {same} unchanged.",
    },
    "stale": {"es": "desactualizado: {path}", "en": "stale: {path}"},
    "stale_hint": {
        "es": "{n} listado(s) desactualizado(s) (regla listados-actualizados, 4.5 III). "
        "Ejecute `ine-redes generate` y confirme el resultado.",
        "en": "{n} stale list(s) (rule listados-actualizados, 4.5 III). Run `ine-redes "
        "generate` and commit the result.",
    },
    "fresh": {
        "es": "Los {n} listados están al día.",
        "en": "All {n} lists are up to date.",
    },
}


def text(key: str, lang: str, **params: object) -> str:
    entry = TEXTS[key]
    return (entry.get(lang) or entry["es"]).format(**params)


def blocking_load_findings(inventory: Inventory) -> list[Finding]:
    """``yaml-invalido``/``esquema`` errors: lists built past them would be wrong."""
    from validator.engine import run, select_rules
    from validator.generators import BLOCKING_RULES

    result = run(inventory, _NO_DATE, select_rules(BLOCKING_RULES))
    return [f for f in result.findings if f.severity.value == "error"]


def refuse_if_broken(inventory: Inventory, lang: Lang, err: IO[str]) -> bool:
    """Print why and return True when the inventory is too broken to generate from."""
    blocking = blocking_load_findings(inventory)
    if not blocking:
        return False
    print(text("refused", lang, n=len(blocking)), file=err)
    for f in blocking:
        print(f"  {f.file}:{f.line}:{f.column}: [{f.rule}] {f.message(lang)}", file=err)
    return True


def run_generate(
    root: Path,
    check: bool = False,
    lang: Lang = "es",
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    """Write (or, with ``check``, compare) every generated file; returns the exit code."""
    from validator.engine import run
    from validator.generators import build, write_outputs
    from validator.loading.inventory import load_inventory
    from validator.rules import get

    out = out or sys.stdout
    err = err or sys.stderr
    inventory = load_inventory(root)
    if refuse_if_broken(inventory, lang, err):
        return 1
    if check:
        findings = run(inventory, _NO_DATE, [get("listados-actualizados")]).findings
        for f in findings:
            print(f"{f.file}: [{f.rule}, {f.clause}] {f.message(lang)}", file=out)
        if findings:
            print(text("stale_hint", lang, n=len(findings)), file=out)
            return 1
        print(text("fresh", lang, n=len(build(inventory))), file=out)
        return 0
    outputs = build(inventory)
    changed = write_outputs(root, outputs)
    for path in changed:
        print(text("written", lang, path=path), file=out)
    print(text("summary", lang, changed=len(changed), same=len(outputs) - len(changed)), file=out)
    return 0


@click.command(name="generate")
@click.option(
    "--check",
    is_flag=True,
    help="No escribe nada; lista los archivos desactualizados y sale con 1 si hay alguno "
    "(regla listados-actualizados).",
)
@lang_option
@repo_option
def generate(check: bool, lang: Lang, repo: Path | None) -> None:
    """Regenera generated/ (listados de la CNCS y la UTSI, registro público) y
    .github/CODEOWNERS desde el inventario, o comprueba que estén al día (--check)."""
    root = resolve_root(repo, lang)
    sys.exit(run_generate(root, check=check, lang=lang))
