"""The GitHub Actions channel: workflow commands (``::error file=…::message``) and log lines.

The runner reads a step's output line by line (a line ends at LF, CR or CR LF) and treats
as a command

* a line that starts with ``::`` after leading white space (``::error``, ``::add-mask``,
  ``::stop-commands``…), and
* a line that holds ``##[`` *anywhere* (the legacy syntax, still accepted:
  ``##[add-mask]x`` in the middle of a line masks ``x`` for the rest of the job).

So, in every ``--format github`` output of every command:

* a command's message is escaped as ``@actions/core``'s ``escapeData`` does (``%``, CR, LF
  percent-encoded) and its properties as ``escapeProperty`` (also ``:`` and ``,``); any
  other hidden character is shown as an escape (:mod:`validator.escaping.terminal`);
* a plain line beside the commands (a verdict, a summary) holds no line break of its own,
  cannot start with ``::`` and holds no ``##[``.

Floor 0: imports only :mod:`validator.escaping.terminal`.
"""

from __future__ import annotations

from validator.escaping.terminal import visible

LEVELS = ("error", "warning", "notice")


def escape_data(value: object) -> str:
    """The message part of a workflow command (``@actions/core`` ``escapeData``)."""
    text = str(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(text)


def escape_property(value: object) -> str:
    """A property value such as ``file=`` (``@actions/core`` ``escapeProperty``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: object, **properties: object) -> str:
    """One workflow command line: ``::level key=value,…::message``, everything escaped.

    Properties whose value is None are left out; names are the caller's own (``file``,
    ``line``, ``col``, ``title``…), never data.
    """
    if level not in LEVELS:
        raise ValueError(level)
    props = ",".join(
        f"{key}={escape_property(value)}" for key, value in properties.items() if value is not None
    )
    head = f"::{level} {props}" if props else f"::{level}"
    return f"{head}::{escape_data(message)}"


def log_line(text: object) -> str:
    """A plain line of a workflow log that the runner cannot read as a command.

    Line breaks and other hidden characters are shown as escapes, ``##[`` is broken as
    ``##\\[``, and a line that would start with ``::`` starts with ``\\::`` instead.
    """
    line = visible(text).replace("##[", "##\\[")
    if line.lstrip().startswith("::"):
        line = "\\" + line.lstrip()
    return line


def log_lines(text: str) -> str:
    """Several plain lines (separated by ``\\n``), each made safe with :func:`log_line`."""
    ends_with_newline = text.endswith("\n")
    body = "\n".join(log_line(line) for line in text.rstrip("\n").split("\n"))
    return body + ("\n" if ends_with_newline else "")
