"""The merge hook: regenerate the lists and commit exactly the generated files, as the bot.

``ine-redes merge-hook`` runs after a merge into main (GitHub workflow, or the local
``post-merge`` hook that ``ine-redes hooks install`` writes). It regenerates everything, and
when a generated file differs from ``HEAD`` it commits those files, and only those, with
:mod:`validator.gitops.identity` as author and committer. A second run finds nothing to
commit (idempotent).

The commit message names the areas whose rows changed. They are found by comparing the
lists' content (per area clave: its rows in the roster, the UTSI list, the public registry
and its CODEOWNERS line) in ``HEAD`` with the new content. That is independent of how the
history looks (squash, merge commits, several merges at once, a first run with no lists):
only what the lists say matters.
"""

from __future__ import annotations

import os
import shlex
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from validator.gitops.identity import BOT_EMAIL, BOT_NAME
from validator.i18n import Message

if TYPE_CHECKING:
    from git import Repo

    from validator.findings import Lang

HOOK_MARKER = "ine-redes-hook: post-merge"
MAX_AREAS_IN_SUBJECT = 8

TEXTS: dict[str, Message] = {
    "no_git": Message(
        es="ine-redes {command}: {path} no está en un repositorio git.",
        en="ine-redes {command}: {path} is not inside a git repository.",
    ),
    "git_failed": Message(
        es="ine-redes merge-hook: git falló: {detail}",
        en="ine-redes merge-hook: git failed: {detail}",
    ),
    "nothing": Message(
        es="Los listados ya están al día en {ref}; no hay nada que confirmar.",
        en="The lists are already up to date at {ref}; nothing to commit.",
    ),
    "committed": Message(
        es="Confirmado {sha} como {bot}: {subject}", en="Committed {sha} as {bot}: {subject}"
    ),
    "hook_foreign": Message(
        es="ine-redes hooks install: ya existe un hook post-merge que no es de ine-redes en "
        "{path}. No se tocó. Intégrelo a mano (llame a `ine-redes merge-hook`) o use --force "
        "para reemplazarlo (se guarda una copia en {backup}).",
        en="ine-redes hooks install: a post-merge hook that is not ine-redes' exists at "
        "{path}. It was left alone. Merge it by hand (call `ine-redes merge-hook`) or use "
        "--force to replace it (a copy is kept at {backup}).",
    ),
    "hook_installed": Message(
        es="Instalado {path}: tras cada fusión en '{branch}' regenera los listados y los "
        "confirma como {bot}.",
        en="Installed {path}: after each merge into '{branch}' it regenerates the lists and "
        "commits them as {bot}.",
    ),
    "hook_backup": Message(
        es="El hook anterior se guardó en {backup}.", en="The previous hook was saved as {backup}."
    ),
}


def text(key: str, lang: str, **params: object) -> str:
    return TEXTS[key].render(lang, params)  # values never forge a line


class GitUnavailableError(Exception):
    """Not a git repository, or git itself failed; the message is for the user."""


@dataclass
class MergeHookResult:
    code: int
    commit: str | None = None
    areas: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    message: str = ""


def open_repo(root: Path) -> Repo:
    import git

    try:
        return git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise GitUnavailableError(str(root)) from None


def _prefix(repo: Repo, root: Path) -> PurePosixPath:
    """The inventory root's path inside the git work tree ('' when they are the same)."""
    top = Path(repo.working_tree_dir or root).resolve()
    return PurePosixPath(root.resolve().relative_to(top).as_posix())


def _head_blob(repo: Repo, path: str) -> bytes | None:
    try:
        tree = repo.head.commit.tree
    except ValueError:  # no commit yet
        return None
    try:
        blob = tree / path
    except KeyError:
        return None
    return bytes(blob.data_stream.read())


def commit_message(areas: list[str], files: list[str]) -> str:
    if areas:
        shown = ", ".join(areas[:MAX_AREAS_IN_SUBJECT])
        more = len(areas) - MAX_AREAS_IN_SUBJECT
        if more > 0:
            shown += f" y {more} más"
        subject = f"listados: regenera generated/ por cambios en {shown}"
    else:
        subject = "listados: regenera generated/ (cambió el formato, no los datos de las áreas)"
    body = [subject, ""]
    if areas:
        body.append("Áreas con cambios: " + ", ".join(areas))
        body.append("")
    body.append("Archivos regenerados:")
    body += [f"- {f}" for f in files]
    body += ["", f"Generado por `ine-redes merge-hook` ({BOT_NAME})."]
    return "\n".join(body) + "\n"


def commit_paths(repo: Repo, paths: list[str], message: str) -> str:
    """Commit exactly ``paths`` (as in the work tree) on top of HEAD, as the bot.

    The commit is built in a temporary index made from HEAD, so whatever else is staged stays
    out of it and it works during a merge's ``post-merge`` hook too (git refuses a partial
    ``git commit`` while MERGE_HEAD still exists). No commit hooks run. The real index is then
    brought in line for those paths.
    """
    from git import IndexFile
    from git.objects.commit import Commit

    from validator.gitops.identity import bot_actor

    head = repo.head.commit  # ValueError on an unborn branch: no commit to build on yet
    index = IndexFile.from_tree(repo, head)
    index.add(paths)
    tree = index.write_tree()
    actor = bot_actor()
    commit = Commit.create_from_tree(
        repo,
        tree,
        message,
        parent_commits=[head],
        head=True,
        author=actor,
        committer=actor,
        author_date=_git_date(repo, "GIT_AUTHOR_IDENT"),
        commit_date=_git_date(repo, "GIT_COMMITTER_IDENT"),
    )
    repo.git.reset("-q", "--", *paths)
    return str(commit.hexsha)


def _git_date(repo: Repo, ident: str) -> str:
    """ "<unix time> <offset>" as git itself reads it (honours GIT_AUTHOR_DATE and friends in
    every format git accepts; gitpython's own parser knows fewer)."""
    bot = {
        "GIT_AUTHOR_NAME": BOT_NAME,
        "GIT_AUTHOR_EMAIL": BOT_EMAIL,
        "GIT_COMMITTER_NAME": BOT_NAME,
        "GIT_COMMITTER_EMAIL": BOT_EMAIL,
    }
    with repo.git.custom_environment(**bot):
        line = repo.git.var(ident)
    parts = line.rsplit(" ", 2)
    return f"{parts[-2]} {parts[-1]}"


def run_merge_hook(
    root: Path, lang: Lang = "es", out: IO[str] | None = None, err: IO[str] | None = None
) -> MergeHookResult:
    """Regenerate; if a generated file differs from HEAD, commit exactly those files."""
    import git

    from validator.generators import build, changed_areas, write_outputs
    from validator.generators.messages import refuse_if_broken
    from validator.loading.inventory import load_inventory

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        repo = open_repo(root)
    except GitUnavailableError:
        print(text("no_git", lang, command="merge-hook", path=root), file=err)
        return MergeHookResult(code=2)
    inventory = load_inventory(root)
    if refuse_if_broken(inventory, lang, err, command="merge-hook"):
        return MergeHookResult(code=1)
    outputs = build(inventory)
    prefix = _prefix(repo, root)
    in_git = {path: (prefix / path).as_posix() for path in outputs}
    before = {path: _head_blob(repo, in_git[path]) for path in outputs}
    write_outputs(root, outputs)
    files = [path for path, data in outputs.items() if before[path] != data]
    if not files:
        ref = repo.head.commit.hexsha[:10] if repo.head.is_valid() else "HEAD"
        print(text("nothing", lang, ref=ref), file=out)
        return MergeHookResult(code=0)
    areas = changed_areas(before, outputs)
    message = commit_message(areas, files)
    paths = [in_git[f] for f in files]
    try:
        sha = commit_paths(repo, paths, message)
    except (git.GitCommandError, OSError, ValueError) as exc:
        detail = str(getattr(exc, "stderr", "") or exc).strip().splitlines()
        print(text("git_failed", lang, detail=detail[-1] if detail else exc), file=err)
        return MergeHookResult(code=2)
    subject = message.splitlines()[0]
    print(text("committed", lang, sha=sha[:10], bot=BOT_NAME, subject=subject), file=out)
    return MergeHookResult(code=0, commit=sha, areas=areas, files=files, message=message)


# --- hooks install ------------------------------------------------------------------------


def hook_script(prefix: str, python: str, branch: str, package_dir: str | None = None) -> str:
    """The post-merge script. It runs the same interpreter and the same ``validator`` package
    that installed it (``package_dir`` goes first on PYTHONPATH)."""
    target = '"$top"' if prefix in ("", ".") else f'"$top"/{shlex.quote(prefix)}'
    if package_dir is None:
        import validator

        package_dir = str(Path(validator.__file__).resolve().parent.parent)
    pythonpath = shlex.quote(package_dir) + "${PYTHONPATH:+:$PYTHONPATH}"
    return f"""#!/bin/sh
# {HOOK_MARKER} (instalado por `ine-redes hooks install`).
# Tras cada fusión en la rama {branch}, regenera generated/ y .github/CODEOWNERS y los confirma
# como {BOT_NAME}. En otras ramas no hace nada. Para quitarlo, borre este archivo.
branch=$(git symbolic-ref --short -q HEAD) || exit 0
[ "$branch" = {shlex.quote(branch)} ] || exit 0
top=$(git rev-parse --show-toplevel) || exit 0
cd {target} || exit 0
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
PYTHONPATH={pythonpath}
export PYTHONPATH
exec {shlex.quote(python)} -m validator merge-hook
"""


def hooks_dir(repo: Repo) -> Path:
    """Where git looks for hooks (honours ``core.hooksPath``)."""
    raw = repo.git.rev_parse("--git-path", "hooks")
    path = Path(raw)
    if not path.is_absolute():
        path = Path(repo.working_tree_dir or repo.git_dir) / path
    return path


def install_hook(
    root: Path,
    force: bool = False,
    branch: str = "main",
    lang: str = "es",
    python: str | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    """Write ``post-merge``; refuse (1) to replace a hook that is not ours unless ``force``."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        repo = open_repo(root)
    except GitUnavailableError:
        print(text("no_git", lang, command="hooks install", path=root), file=err)
        return 2
    folder = hooks_dir(repo)
    hook = folder / "post-merge"
    backup = hook.with_name("post-merge.antes-de-ine-redes")
    script = hook_script(str(_prefix(repo, root)), python or sys.executable, branch)
    if hook.exists() or hook.is_symlink():
        current = hook.read_text(encoding="utf-8", errors="replace") if hook.is_file() else ""
        if HOOK_MARKER not in current:
            if not force:
                print(text("hook_foreign", lang, path=hook, backup=backup), file=err)
                return 1
            os.replace(hook, backup)
            print(text("hook_backup", lang, backup=backup), file=out)
    folder.mkdir(parents=True, exist_ok=True)
    from validator.generated_io import write_atomic

    write_atomic(hook, script.encode("utf-8"))
    mode = hook.stat().st_mode
    hook.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print(text("hook_installed", lang, path=hook, branch=branch, bot=BOT_NAME), file=out)
    return 0
