"""The one pattern for output formats: a registry per command family.

Each family of outputs (``validate``'s reporters, ``reminders``, ``diff``, ``report``,
``history``, ``authorize``, ``verify``, ``rules``) declares one :class:`Formats` beside its
renderers, at the outputs floor::

    FORMATS = Formats({"text": "validator.reminders.text:render", ...})

A format name maps to the ``module:attribute`` of its renderer, so naming the formats (the
command's ``--format`` choices: ``click.Choice(FORMATS.names)``) never imports a renderer,
and a run in one format never pays for the others. A new format is one renderer and one
entry in its family's registry; nothing else to edit.

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

R = TypeVar("R")


class Formats(Generic[R]):
    """Format name → renderer (``module:attribute``), resolved on first use."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        self._entries = dict(entries)

    @property
    def names(self) -> tuple[str, ...]:
        """The format names, in the registry's order (the first is the default)."""
        return tuple(self._entries)

    def get(self, name: str) -> R:
        """The renderer of format ``name`` (imported now)."""
        module, _, attr = self._entries[name].partition(":")
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries
