"""The bot identity that writes ``generated/`` (merge hook). Other code imports it.

The authorisation rule refuses changes to ``generated/`` by anyone but this identity, so the
merge hook's commits and that check must agree on one definition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from git import Actor

BOT_NAME = "ine-redes-bot"
BOT_EMAIL = "ine-redes-bot@users.noreply.github.com"
BOT_LOGIN = "ine-redes-bot"  # GitHub login, where one is needed


def is_bot(name: str | None, email: str | None) -> bool:
    """True when a commit's author (or committer) is the merge hook's bot."""
    return (name or "").strip() == BOT_NAME and (email or "").strip().lower() == BOT_EMAIL


def bot_actor() -> Actor:
    """The bot as a gitpython ``Actor`` (author and committer of the merge hook's commits)."""
    import git

    return git.Actor(BOT_NAME, BOT_EMAIL)
