"""Opening the repository and resolving references, with errors as one-line messages.

Every user-supplied reference is resolved to a commit object in Python (gitpython's
``rev_parse``) before anything is handed to the ``git`` binary, so that a reference can
never be read as a command-line option. Commands that need history call
:func:`require_full_history`, which refuses a shallow clone instead of answering wrong.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.gitops.texts import text

if TYPE_CHECKING:
    from git import Commit, Repo


class GitProblem(Exception):
    """A git-related reason why a command cannot answer (exit 2, one line)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "es") -> str:
        return text(self.key, lang, **self.params)


def open_repo(root: Path) -> Repo:
    """The git repository whose work tree top is ``root`` (the inventory root)."""
    import git

    try:
        repo = git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise GitProblem("not_git", path=root) from None
    except git.GitCommandNotFound:
        raise GitProblem("no_git_binary") from None
    top = repo.working_tree_dir
    if top is None or Path(top).resolve() != root.resolve():
        raise GitProblem("not_toplevel", path=root, top=top or "?")
    return repo


def is_shallow(repo: Repo) -> bool:
    return str(repo.git.rev_parse("--is-shallow-repository")).strip() == "true"


def require_full_history(repo: Repo) -> None:
    """Refuse a shallow clone: the answer would silently miss older commits."""
    if is_shallow(repo):
        raise GitProblem("shallow")


def resolve(repo: Repo, ref: str) -> Commit:
    """The commit ``ref`` names, or a GitProblem that says how to fetch it."""
    import git

    if not ref or ref.startswith("-") or any(c in ref for c in "\0\n\r"):
        raise GitProblem("bad_ref", ref=ref)
    try:
        return repo.commit(ref)
    except (git.BadName, git.BadObject, ValueError, IndexError, git.GitCommandError):
        key = "unknown_ref_shallow" if is_shallow(repo) else "unknown_ref"
        raise GitProblem(key, ref=ref) from None


def merge_base(repo: Repo, a: Commit, b: Commit) -> Commit:
    """The best common ancestor of two commits (needs enough history to exist)."""
    import git

    try:
        bases = repo.merge_base(a.hexsha, b.hexsha)
    except git.GitCommandError:
        bases = []
    if not bases:
        key = "no_merge_base_shallow" if is_shallow(repo) else "no_merge_base"
        raise GitProblem(key, a=a.hexsha[:12], b=b.hexsha[:12])
    return bases[0]  # type: ignore[return-value]


def head_commit(repo: Repo) -> Commit:
    try:
        return repo.head.commit
    except ValueError:
        raise GitProblem("no_commits") from None


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant after ``day`` in ``zone`` (commits strictly before it count)."""
    return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone)


def local_date(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def local_minute(moment: datetime, zone: tzinfo) -> str:
    """``moment`` as ``YYYY-MM-DD HH:MM`` in ``zone`` (commit times shown to people)."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
