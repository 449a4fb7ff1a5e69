"""``ine-redes validate``: options -> ValidateOptions -> run_validate() -> exit code."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from validator.cli.options import (
    as_of_option,
    lang_option,
    repo_option,
    resolve_root,
    split_ids,
    to_date,
)
from validator.findings import Lang
from validator.i18n import t
from validator.reporters import FORMATS as REPORTER_FORMATS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from validator.loading.sources import SourceFile


@dataclass(frozen=True)
class ValidateOptions:
    root: Path
    paths: tuple[Path, ...] = ()
    as_of: date | None = None
    fmt: str = "text"
    lang: Lang = "es"
    strict: bool = False
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    color: bool = False
    targets: frozenset[str] | None = field(default=None)
    # --changed-since: the changed area files at the base (cambio-completo compares them)
    baseline: Mapping[str, SourceFile] | None = field(default=None)


class UsageProblem(Exception):
    """A usage error found after option parsing (exit 2)."""


def target_paths(root: Path, paths: tuple[Path, ...], lang: Lang) -> frozenset[str]:
    """Repository-relative inventory paths of the files named on the command line; a folder
    names the inventory files inside it (``inventory/areas/``: every area)."""
    from validator.loading.repo import CATALOGS, area_paths

    known = {p.relative_to(root).as_posix() for p in area_paths(root)} | set(CATALOGS.values())
    out: set[str] = set()
    for p in paths:
        resolved = (p if p.is_absolute() else Path.cwd() / p).resolve()
        if not resolved.exists():
            raise UsageProblem(t("no_such_path", lang, path=p))
        try:
            rel = resolved.relative_to(root).as_posix()
        except ValueError:
            raise UsageProblem(t("bad_path", lang, path=p)) from None
        if resolved.is_dir():  # a folder: the inventory files inside it
            prefix = "" if rel == "." else rel + "/"
            inside = {name for name in known if name.startswith(prefix)}
            if not inside:
                raise UsageProblem(t("bad_path", lang, path=p))
            out |= inside
            continue
        if rel not in known or not resolved.is_file():
            raise UsageProblem(t("bad_path", lang, path=p))
        out.add(rel)
    return frozenset(out)


def _targets(opts: ValidateOptions) -> frozenset[str] | None:
    targets = opts.targets
    if opts.paths:  # named files; with --changed-since, only those of them that changed
        named = target_paths(opts.root, opts.paths, opts.lang)
        targets = named if targets is None else targets & named
    return targets


def run_validate(opts: ValidateOptions, out: IO[str] | None = None) -> int:
    """Validate and report; returns the exit code (0 clean, 1 blocking findings)."""
    from validator.collector import gc_paused

    # The whole run with the collector paused: building the models and rules (the imports),
    # loading and the rules allocate much, form no cycles worth collecting, and free it all
    # by reference counting (validator.collector).
    with gc_paused():
        from validator.calendar import today_in
        from validator.engine import run, select_rules
        from validator.generators import drift_for
        from validator.loading.inventory import load_inventory
        from validator.reporters import get_reporter

        rules = select_rules(opts.select, opts.ignore)
        inventory = load_inventory(opts.root)
        as_of = opts.as_of
        if as_of is None:
            lin = inventory.lineamientos
            as_of = today_in(lin.zona_horaria if lin else None)
        targets = _targets(opts)
        stale = drift_for(rules, inventory)  # listados-actualizados: the lists vs. the files
        result = run(inventory, as_of, rules, targets, opts.baseline, stale)
        reporter = get_reporter(opts.fmt)(opts.lang, opts.color, opts.strict)
        reporter.report(result, out or sys.stdout)
    return result.exit_code(opts.strict)


@click.command(name="validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@as_of_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORTER_FORMATS.names),
    default="text",
    show_default=True,
    help="Formato de salida.",
)
@click.option("--strict", is_flag=True, help="Los avisos también bloquean.")
@lang_option
@click.option(
    "--select", default=None, help="Ejecutar sólo estas reglas (IDs separados por comas)."
)
@click.option("--ignore", default=None, help="Omitir estas reglas (IDs separados por comas).")
@click.option(
    "--changed-since",
    "changed_since",
    default=None,
    metavar="REF",
    help="Informar sólo de los archivos del inventario que cambiaron entre REF (su ancestro "
    "común con HEAD) y el directorio de trabajo (git); las reglas entre áreas siguen viendo todo.",
)
@repo_option
def validate(
    paths: tuple[Path, ...],
    as_of: datetime | None,
    fmt: str,
    strict: bool,
    lang: Lang,
    select: str | None,
    ignore: str | None,
    changed_since: str | None,
    repo: Path | None,
) -> None:
    """Valida el inventario completo, o sólo los archivos o carpetas dados (las reglas que
    cruzan áreas siguen viendo todo el inventario). Sale con 0 si nada bloquea, 1 si hay
    hallazgos que bloquean, 2 si el uso es incorrecto."""
    from validator.cli.gitopts import changed_since_targets
    from validator.engine import UnknownRuleError

    root = resolve_root(repo, lang)
    targets, baseline = (
        changed_since_targets(root, changed_since, lang) if changed_since else (None, None)
    )
    opts = ValidateOptions(
        root=root,
        paths=paths,
        as_of=to_date(as_of),
        fmt=fmt,
        lang=lang,
        strict=strict,
        select=tuple(split_ids(select)),
        ignore=tuple(split_ids(ignore)),
        color=fmt == "text" and sys.stdout.isatty(),
        targets=targets,
        baseline=baseline,
    )
    try:
        code = run_validate(opts)
    except UnknownRuleError as exc:
        raise click.UsageError(t("unknown_rule", lang, detail=exc)) from None
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(code)
