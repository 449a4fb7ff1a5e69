"""Yes/no questions at a terminal, in the person's language.

click's ``confirm`` shows ``[Y/n]`` and understands only y/yes/n/no; a Spanish speaker types
``s``, ``sí`` or ``si``. :func:`confirm` shows ``[S/n]`` (``[Y/n]`` in English) and accepts
both languages' words whatever the language, with or without the accent, in any case.
"""

from __future__ import annotations

import unicodedata

import click

from validator.i18n import Message

YES = frozenset({"s", "si", "sí", "y", "yes", "true", "1"})
NO = frozenset({"n", "no", "false", "0"})
_INVALID = Message(es="responda s (sí) o n (no)", en="answer y (yes) or n (no)")


def yes_no(answer: str) -> bool | None:
    """True for a yes, False for a no, None for anything else."""
    word = unicodedata.normalize("NFC", answer.strip().lower())
    if word in YES:
        return True
    if word in NO:
        return False
    return None


_YES = Message(es="s", en="y")  # the letter that answers yes


def confirm(question: str, *, default: bool, lang: str = "es", err: bool = False) -> bool:
    """Ask ``question`` until the answer is a yes or a no; Enter takes ``default``."""
    yes = _YES.text(lang)
    suffix = f"[{yes.upper()}/n]" if default else f"[{yes}/N]"

    def parse(answer: str) -> bool:
        if not answer.strip():
            return default
        value = yes_no(answer)
        if value is None:
            raise click.UsageError(_INVALID.text(lang))
        return value

    return click.prompt(
        f"{question} {suffix}",
        default="",
        show_default=False,
        value_proc=parse,
        err=err,
    )
