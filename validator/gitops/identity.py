"""The name and e-mail the merge hook's commits carry. Other code imports it.

It only labels those commits (and lets the hook recognise its own, so it never loops). It
grants nothing: no GitHub login is special to ``authorize``, and no pull request, whoever
opens it, may change ``generated/`` or ``.github/CODEOWNERS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from git import Actor

BOT_NAME = "ine-redes-bot"
BOT_EMAIL = "ine-redes-bot@users.noreply.github.com"


def is_bot(name: str | None, email: str | None) -> bool:
    """True when a commit's author (or committer) is the merge hook's bot."""
    return (name or "").strip() == BOT_NAME and (email or "").strip().lower() == BOT_EMAIL


def bot_actor() -> Actor:
    """The bot as a gitpython ``Actor`` (author and committer of the merge hook's commits)."""
    import git

    return git.Actor(BOT_NAME, BOT_EMAIL)
