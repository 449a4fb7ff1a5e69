"""``ine-redes generate [--check]``: options -> run_generate() -> exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from validator.cli.options import lang_option, repo_option, resolve_root
from validator.generators.messages import refuse_if_broken, text

if TYPE_CHECKING:
    from validator.findings import Lang


def run_generate(
    root: Path,
    check: bool = False,
    lang: Lang = "es",
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    """Write (or, with ``check``, compare) every generated file; returns the exit code."""
    from validator.engine import stamp
    from validator.findings import Finding
    from validator.generators import build, stale_outputs, write_outputs
    from validator.loading.inventory import load_inventory
    from validator.rules import get
    from validator.rules.listados_actualizados import stale_problems

    out = out or sys.stdout
    err = err or sys.stderr
    inventory = load_inventory(root)
    if refuse_if_broken(inventory, lang, err):
        return 1
    outputs = build(inventory)
    if check:
        rule = get("listados-actualizados")
        problems = stale_problems(inventory, stale_outputs(root, outputs))
        findings = sorted((stamp(rule, p) for p in problems), key=Finding.sort_key)
        for f in findings:
            print(f"{f.file}: [{f.rule}, {f.clause}] {f.message(lang)}", file=out)
        if findings:
            print(text("stale_hint", lang, n=len(findings)), file=out)
            return 1
        print(text("fresh", lang, n=len(outputs)), file=out)
        return 0
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
