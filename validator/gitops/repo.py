"""Opening the repository and resolving references, with errors as one-line messages.

Every reference a command is given (``authorize``, ``diff``, ``validate --changed-since``;
``history`` and ``report`` read HEAD) is resolved to one commit by :func:`resolve`, in
Python, before anything is handed to the ``git`` binary, so that a reference can never be
read as a command-line option. :func:`resolve` also refuses a name that git could read in
more than one way: a tag named ``origin/main`` (anyone who can push can create one, and
``actions/checkout`` with ``fetch-depth: 0`` fetches tags) would otherwise shadow the
remote-tracking branch, because git looks for tags first. A full commit SHA or a fully
qualified ``refs/...`` name is always accepted. Commands that need history call
:func:`require_full_history`, which refuses a shallow clone instead of answering wrong.
"""

from __future__ import annotations

import re
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


# A name, then ``~N``/``^N`` steps back through parents (``origin/main~2``, ``HEAD^``).
_NAME_AND_STEPS = re.compile(r"^(?P<name>[^~^]+)(?P<steps>(?:[~^][0-9]*)*)$")
_FULL_SHA = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$")
_SHORT_SHA = re.compile(r"^[0-9a-f]{4,63}$")
# $GIT_DIR/HEAD, FETCH_HEAD, ORIG_HEAD…: git looks there before any namespace, and a push
# cannot create them, so they name one thing.
_PSEUDO_REF = re.compile(r"^(?:[A-Z][A-Z0-9_]*_)?HEAD$")
# Where git looks for a short name, in its order (gitrevisions(7)); the first found wins.
_NAMESPACES = (
    "refs/{}",
    "refs/tags/{}",
    "refs/heads/{}",
    "refs/remotes/{}",
    "refs/remotes/{}/HEAD",
)


def resolve(repo: Repo, ref: str) -> Commit:
    """The one commit ``ref`` names (GitProblem: unknown, ambiguous, or not a reference).

    The single entry point for every reference a command is given. Accepted: a full commit
    SHA; a fully qualified ``refs/...`` name; a pseudo-reference such as ``HEAD``; a short
    name (``main``, ``origin/main``, ``v1``) or an abbreviated SHA **that exists in exactly
    one place** - refused when it is both a tag and a remote-tracking branch, a branch and
    an abbreviated SHA, and so on. Each may be followed by ``~N`` or ``^N``.
    """
    if not ref or ref.startswith("-") or any(c in ref for c in "\0\n\r"):
        raise GitProblem("bad_ref", ref=ref)
    match = _NAME_AND_STEPS.match(ref)
    if match is None or any(c in ref for c in (":", "..", "@{", " ")):
        raise GitProblem("bad_ref_form", ref=ref)
    name = match["name"]
    if _FULL_SHA.match(name.lower()):
        name = name.lower()
    target = _one_target(repo, name, ref)
    return _commit(repo, target + match["steps"], ref)


def _one_target(repo: Repo, name: str, ref: str) -> str:
    """``name`` as a full SHA or a fully qualified reference (GitProblem when ambiguous)."""
    if _FULL_SHA.match(name):
        return name
    if name.startswith("refs/"):
        if _ref_exists(repo, name):
            return name
        raise GitProblem(_unknown_key(repo), ref=ref)
    if _PSEUDO_REF.match(name) and _ref_exists(repo, name):
        return name
    found = [full for full in (ns.format(name) for ns in _NAMESPACES) if _ref_exists(repo, full)]
    sha = _abbreviated_sha(repo, name, ref) if _SHORT_SHA.match(name) else None
    if sha is not None:
        found.append(sha)
    if len(found) > 1:
        raise GitProblem("ambiguous_ref", ref=ref, names=", ".join(found))
    if not found:
        raise GitProblem(_unknown_key(repo), ref=ref)
    return found[0]


def _ref_exists(repo: Repo, full_name: str) -> bool:
    """True when the reference ``full_name`` exists, loose or packed (symbolic ones too)."""
    from git.refs import SymbolicReference

    try:
        SymbolicReference.dereference_recursive(repo, full_name)
    except (ValueError, OSError):
        return False
    return True


def _abbreviated_sha(repo: Repo, name: str, ref: str) -> str | None:
    """The full SHA of the one object ``name`` abbreviates, or None when there is none."""
    import git

    try:
        out = str(repo.git.rev_parse(f"--disambiguate={name}"))
    except git.GitCommandError:
        return None
    shas = out.split()
    if len(shas) > 1:
        raise GitProblem("ambiguous_ref", ref=ref, names=", ".join(shas[:5]))
    return shas[0] if shas else None


def _commit(repo: Repo, target: str, ref: str) -> Commit:
    import git

    try:
        return repo.commit(target)
    except (git.BadName, git.BadObject, ValueError, IndexError, git.GitCommandError):
        raise GitProblem(_unknown_key(repo), ref=ref) from None


def _unknown_key(repo: Repo) -> str:
    return "unknown_ref_shallow" if is_shallow(repo) else "unknown_ref"


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
    return bases[0]


def head_commit(repo: Repo) -> Commit:
    """The commit HEAD names (through :func:`resolve`, like every reference)."""
    try:
        repo.head.commit  # noqa: B018 - an unborn HEAD (no commits yet) raises here
    except ValueError:
        raise GitProblem("no_commits") from None
    return resolve(repo, "HEAD")


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant after ``day`` in ``zone`` (commits strictly before it count)."""
    return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone)


def local_date(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def local_minute(moment: datetime, zone: tzinfo) -> str:
    """``moment`` as ``YYYY-MM-DD HH:MM`` in ``zone`` (commit times shown to people)."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
