"""The Markdown channel (GitHub-flavoured): a value shows as typed and does nothing.

Used for everything the tool writes as Markdown - job summaries, the daily reminders issue,
``report``, ``diff``, the CNCS roster. A value (an area name, a person's name, a file name)
must not become markup there:

* no emphasis, code, heading, list, quote, table cell, link or image: the punctuation
  that makes markup where it stands is backslash-escaped (CommonMark lets any ASCII
  punctuation be escaped) - ``\\ ` * _ [ ] | ~ $`` anywhere, ``# > + - =`` and ``1.`` at
  the start, the ``.`` of ``www.`` and the ``:`` of ``://`` (autolinks) - and nothing
  else, so the Markdown source stays readable (``2026-01-15``, ``ext. 1234``);
* no HTML: ``&``, ``<``, ``>`` and ``"`` become entities;
* no notification or cross-reference: GitHub turns ``@user``, ``@org/team`` and ``#123``
  into mentions and references *after* rendering, in the text itself, so an escape does
  not help there; a zero-width space (``&#8203;``) after such an ``@``, after a ``#``
  before a digit and inside ``GH-123`` breaks them (an e-mail address keeps its ``@``: it
  is no mention, and may still show as a ``mailto:`` link to itself);
* one line: line breaks and runs of white space become one space; any other hidden
  character is shown as an escape (:mod:`validator.escaping.terminal`).

:func:`mention` is the one way to write a real ``@login`` (a GitHub login, checked).

Floor 0: imports only :mod:`validator.escaping.terminal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from validator.escaping.terminal import visible

# Inline markup anywhere in a line: code, emphasis, links and images (``[``), table cells,
# strikethrough, math; ``<``, ``>``, ``&``, ``"`` become HTML entities instead.
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Autolinks: ``www.`` and ``scheme://`` (cmark-gfm links them; an escape stops it).
_AUTOLINK = re.compile(r"(?i)(?<=www)\.|:(?=//)")
# Block markup at the start of a line: heading, quote, list, thematic break, setext line.
_BLOCK_START = re.compile(r"^([#>+\-=])")
_ORDERED_START = re.compile(r"^(\d+)([.)])")
_BREAK = "&#8203;"  # zero-width space: breaks @mentions and #references in rendered text
# GitHub reads ``@name`` as a mention unless an ASCII word character comes before the
# ``@`` (so an e-mail address is not one; it may become a ``mailto:`` link to itself).
_MENTION_AT = re.compile(r"(?<![A-Za-z0-9_])@")
# ``#123`` (and ``owner/repo#123``) is a reference to an issue or pull request; so is
# ``GH-123`` (any case, not inside a word).
_REFERENCE_HASH = re.compile(r"#(?=[0-9])")
_REFERENCE_GH = re.compile(r"(?i)(?<![A-Za-z0-9_])(gh)(?=-[0-9])")
_LOGIN = re.compile(r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$")


def text(value: object) -> str:
    """``value`` as inert, one-line Markdown text (a table cell, a heading, a list item)."""
    plain = visible(" ".join(str(value).split()))
    plain = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    plain = plain.replace('"', "&quot;")
    plain = _INLINE.sub(r"\\\1", plain)
    plain = _AUTOLINK.sub(lambda m: "\\" + m.group(), plain)
    plain = _BLOCK_START.sub(r"\\\1", plain)
    plain = _ORDERED_START.sub(r"\1\\\2", plain)
    plain = _REFERENCE_HASH.sub("#" + _BREAK, plain)  # before any "&#8203;" is added
    plain = _REFERENCE_GH.sub(r"\1" + _BREAK, plain)
    return _MENTION_AT.sub("@" + _BREAK, plain)


def row(cells: Iterable[object]) -> str:
    """A table row whose cells show their values literally (:func:`text`)."""
    return "| " + " | ".join(text(c) or " " for c in cells) + " |"


def code(value: object) -> str:
    """``value`` as an inline code span (monospace, inert) for a table cell: the fence is
    longer than any run of backticks in it, and ``|`` is escaped as GFM tables require."""
    plain = visible(" ".join(str(value).split())).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", plain)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if plain.startswith("`") or plain.endswith("`") else ""
    return f"{fence}{pad}{plain}{pad}{fence}"


def mention(login: str) -> str:
    """``@login`` that notifies the account, when ``login`` is a GitHub login; else text."""
    if _LOGIN.match(login):
        return "@" + login
    return text("@" + login)
