"""Texts of the git-aware commands in Spanish and English (rule messages live in the rule)."""

from __future__ import annotations

from typing import Any

from validator.i18n import Message

_FETCH = Message(
    es="en GitHub Actions use actions/checkout con `fetch-depth: 0` (o `git fetch --unshallow`)",
    en="in GitHub Actions use actions/checkout with `fetch-depth: 0` (or `git fetch --unshallow`)",
)

_TEXTS: dict[str, Message] = {
    # --- repository and references -------------------------------------------------------
    "not_git": Message(
        es="{path} no es un repositorio git: este comando necesita la historia de git",
        en="{path} is not a git repository: this command needs the git history",
    ),
    "no_git_binary": Message(
        es="no se encontró el programa `git`; instálelo para usar este comando",
        en="the `git` program was not found; install it to use this command",
    ),
    "not_toplevel": Message(
        es="el inventario ({path}) debe estar en la raíz del repositorio git ({top})",
        en="the inventory ({path}) must be at the top of the git repository ({top})",
    ),
    "no_commits": Message(
        es="el repositorio git no tiene commits todavía", en="the git repository has no commits yet"
    ),
    "bad_ref": Message(es="referencia git inválida: «{ref}»", en="invalid git reference: '{ref}'"),
    "bad_ref_form": Message(
        es="referencia git no admitida: «{ref}»; use el SHA completo de un commit, un nombre "
        "completo (refs/remotes/origin/main), o un nombre de rama o etiqueta, seguidos si "
        "acaso de ~N o ^N",
        en="unsupported git reference: '{ref}'; use a full commit SHA, a fully qualified "
        "name (refs/remotes/origin/main), or a branch or tag name, optionally followed by ~N "
        "or ^N",
    ),
    "ambiguous_ref": Message(
        es="la referencia git «{ref}» es ambigua: nombra a la vez {names}, y git elegiría "
        "sin avisar; use el SHA completo del commit o el nombre completo de la referencia "
        "(por ejemplo refs/remotes/origin/main)",
        en="git reference '{ref}' is ambiguous: it names {names} at once, and git would "
        "pick one silently; use the full commit SHA or the fully qualified name (for "
        "example refs/remotes/origin/main)",
    ),
    "unknown_ref": Message(
        es="no se encontró la referencia git «{ref}» en este clon; traiga esa rama "
        "(`git fetch origin <rama>`) o, " + _FETCH.es,
        en="git reference '{ref}' was not found in this clone; fetch that branch "
        "(`git fetch origin <branch>`) or, " + _FETCH.en,
    ),
    "unknown_ref_shallow": Message(
        es="no se encontró la referencia git «{ref}»: el clon es superficial (shallow) y le "
        "falta historia; " + _FETCH.es,
        en="git reference '{ref}' was not found: this is a shallow clone that lacks history; "
        + _FETCH.en,
    ),
    "no_merge_base": Message(
        es="{a} y {b} no tienen un ancestro común: no se puede saber qué cambió",
        en="{a} and {b} have no common ancestor: cannot tell what changed",
    ),
    "no_merge_base_shallow": Message(
        es="no se encontró el ancestro común de {a} y {b}: el clon es superficial (shallow); "
        + _FETCH.es,
        en="the common ancestor of {a} and {b} was not found: this is a shallow clone; "
        + _FETCH.en,
    ),
    "shallow": Message(
        es="este comando necesita toda la historia de git y este clon es superficial "
        "(shallow), así que la respuesta podría estar incompleta; " + _FETCH.es,
        en="this command needs the whole git history and this clone is shallow, so the "
        "answer could be incomplete; " + _FETCH.en,
    ),
    "git_failed": Message(es="git falló: {detail}", en="git failed: {detail}"),
    # --- validate --changed-since -------------------------------------------------------------
    "nothing_changed": Message(
        es="Ningún archivo del inventario cambió desde {ref}: no hay nada que informar.",
        en="No inventory file changed since {ref}: nothing to report.",
    ),
    "catalog_changed": Message(
        es="Cambió un catálogo ({paths}): se informa sobre todo el inventario.",
        en="A catalogue changed ({paths}): reporting on the whole inventory.",
    ),
    # --- history ---------------------------------------------------------------------------------
    "too_early": Message(
        es="el repositorio no tiene historia tan antigua: el primer commit de «{ref}» es "
        "del {first} y se pidió el {at}",
        en="the repository has no history that early: the first commit of '{ref}' is of "
        "{first} and {at} was asked",
    ),
    "area_not_found": Message(
        es="el área «{clave}» no existía en el inventario al {at} (commit {commit})",
        en="area '{clave}' was not in the inventory on {at} (commit {commit})",
    ),
    "account_not_found": Message(
        es="ninguna cuenta coincide con «{account}» en el inventario al {at}",
        en="no account matches '{account}' in the inventory on {at}",
    ),
    # --- report trimestral -----------------------------------------------------------------------
    "area_invalid_at": Message(
        es="el archivo {path} no es válido en el commit {commit}: corríjalo primero "
        "(`ine-redes validate {path}`)",
        en="file {path} is not valid at commit {commit}: fix it first "
        "(`ine-redes validate {path}`)",
    ),
    "bad_period": Message(
        es="el periodo no tiene sentido: empieza el {start} y termina el {end}",
        en="the period makes no sense: it starts on {start} and ends on {end}",
    ),
}


def text(key: str, lang: str = "es", **params: Any) -> str:
    return _TEXTS[key].render(lang, params)  # values never forge a line
