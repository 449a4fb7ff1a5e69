"""Options shared by several commands, defined once."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from validator.cli import language
from validator.cli.language import ENV_VAR
from validator.i18n import t
from validator.loading.repo import RepoNotFoundError, find_root

F = TypeVar("F", bound=Callable[..., Any])


# type-arg: recent click (8.5) makes ParamType generic, older releases that the floor
# click>=8.1 allows cannot subscript it at run time; so the base stays unparameterised.
class IsoDateType(click.ParamType):  # type: ignore[type-arg]
    """A calendar date written AAAA-MM-DD; a well-written date that does not exist
    (``2026-02-30``) is told as such, in the run's language. Converts to ``datetime``."""

    name = "fecha"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return t("date_metavar", language.current())

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        lang = language.current()
        if not _ISO_DATE.fullmatch(text):
            self.fail(t("date_format", lang, value=text), param, ctx)
        try:
            return datetime.strptime(text, "%Y-%m-%d")
        except ValueError:
            self.fail(t("date_missing", lang, value=text), param, ctx)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATE = IsoDateType()


def repo_option(func: F) -> F:
    return click.option(
        "--repo",
        "repo",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Raíz del repositorio (por omisión: se busca desde el directorio actual).",
    )(func)


def lang_option(func: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(["es", "en"]),
        default="es",
        envvar=ENV_VAR,
        show_envvar=True,
        show_default=True,
        help="Idioma de los mensajes.",
    )(func)


def as_of_option(func: F) -> F:
    return click.option(
        "--as-of",
        "as_of",
        type=ISO_DATE,
        default=None,
        help="Fecha contra la que se juzgan los plazos (AAAA-MM-DD; por omisión, hoy en la "
        "zona horaria del inventario).",
    )(func)


def base_head_options(func: F) -> F:
    """``--base`` (required) and ``--head`` (default HEAD) of the pull-request commands."""
    func = click.option(
        "--head", default="HEAD", show_default=True, help="Rama o commit del cambio."
    )(func)
    return click.option("--base", required=True, help="Rama base (p. ej. origin/main) o commit.")(
        func
    )


def to_date(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def resolve_root(repo: Path | None, lang: str = "es") -> Path:
    """The repository root, or a usage error (exit 2) saying where we looked."""
    start = repo or Path.cwd()
    try:
        return find_root(start) if repo is None else _exact_root(repo)
    except RepoNotFoundError:
        raise click.UsageError(t("no_repo", lang, path=start)) from None


def _exact_root(repo: Path) -> Path:
    root = repo.resolve()
    if not (root / "inventory" / "lineamientos.yaml").is_file():
        raise RepoNotFoundError(str(root))
    return root


def split_ids(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]
