"""Comments in YAML text, read without parsing it (a file that does not parse is committed
too): ``comments`` gives every ``#`` comment outside quoted and block scalars, with its line
and column; ``comment_texts`` gives a superset of their texts from one pattern (what the
prefilter gathers), and ``with_inner_comments`` the comments that may start inside one.

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_INTERESTING = re.compile(r"[#'\"]")
_BLOCK_INDICATOR = re.compile(r"(?:^|[:?-])\s*[|>][+-]?[1-9]?[+-]?\s*$")
_LEADING = re.compile(r"^( *)((?:- +)*)")
_KEY_AT = re.compile(r"^(?:[^\s#'\"][^#]*?|\"[^\"]*\"|'[^']*'):(?:\s|$)")


def _close_quote(line: str, start: int, quote: str) -> int:
    """Index of the quote closing a scalar opened before ``start`` (-1: not on this line)."""
    i = start
    n = len(line)
    while i < n:
        j = line.find(quote, i)
        if j < 0:
            return -1
        if quote == "'":
            if j + 1 < n and line[j + 1] == "'":
                i = j + 2
                continue
            return j
        backslashes = 0
        k = j - 1
        while k >= start and line[k] == "\\":
            backslashes += 1
            k -= 1
        if backslashes % 2 == 0:
            return j
        i = j + 1
    return -1


def _opens_scalar(line: str, i: int) -> bool:
    """Whether the quote at ``i`` starts a quoted scalar (not an apostrophe in plain text)."""
    j = i - 1
    while j >= 0 and line[j] in " \t":
        j -= 1
    if j < 0:
        return True
    last = line[j]
    if last in "[{,":
        return True
    return last in ":-?" and j < i - 1


def comments(text: str) -> Iterator[tuple[int, int, str]]:
    """Every ``#`` comment outside quoted and block scalars: (line, column, text)."""
    in_quote = ""
    block_indent = -1  # inside a block scalar: the indentation of its parent node
    content_indent = -1  # ... and of its content (set by its first non-blank line)
    for lineno, line in enumerate(text.splitlines(), 1):
        if block_indent >= 0:
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if content_indent < 0 and indent > block_indent:
                content_indent = indent
                continue
            if 0 <= content_indent <= indent:
                continue
            block_indent = content_indent = -1  # a less indented line ends the scalar
        pos = 0
        if in_quote:
            end = _close_quote(line, 0, in_quote)
            if end < 0:
                continue
            in_quote = ""
            pos = end + 1
        if (
            "#" not in line
            and "'" not in line
            and '"' not in line
            and "|" not in line
            and (">" not in line)
        ):
            continue
        comment_at = -1
        while True:
            m = _INTERESTING.search(line, pos)
            if m is None:
                break
            i = m.start()
            ch = line[i]
            if ch == "#":
                if i == 0 or line[i - 1] in " \t":
                    comment_at = i
                    break
                pos = i + 1
                continue
            if _opens_scalar(line, i):
                end = _close_quote(line, i + 1, ch)
                if end < 0:
                    in_quote = ch
                    break
                pos = end + 1
            else:
                pos = i + 1
        if comment_at >= 0:
            yield lineno, comment_at + 1, line[comment_at + 1 :]
        if in_quote:
            continue
        content = line[:comment_at] if comment_at >= 0 else line
        if ("|" in content or ">" in content) and _BLOCK_INDICATOR.search(content):
            lead = _LEADING.match(content)
            assert lead is not None
            rest = content[lead.end() :]
            if _KEY_AT.match(rest):
                block_indent = lead.end()
            else:
                dashes = lead.group(2)
                block_indent = len(lead.group(1)) + (dashes.rfind("-") if dashes else 0)


# Where a comment may start: a "#" first on its line or after a blank (as comments() reads
# lines: str.splitlines() ends a line at any of these). Its text runs to the end of the line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_COMMENT_START = re.compile(rf"#(?<![^ \t{_LINE_BREAKS}]#)")
_COMMENT_TEXT = re.compile(_COMMENT_START.pattern + r"([^\n]*)")


def comment_texts(text: str) -> list[str]:
    """A superset of the texts of the file's comments (:func:`comments`): every "#" that may
    start one, to the end of its ``\\n`` line - quoted and block scalars are not told apart,
    and a text may run on past a rarer line break. A comment that starts inside an earlier
    text is judged with it (see :func:`with_inner_comments`)."""
    return _COMMENT_TEXT.findall(text) if "#" in text else []


def with_inner_comments(text: str) -> list[str] | None:
    """``text`` and what follows every later "#" in it that may start a comment; None when
    there are more than _INNER of those (a hostile line: its file is scanned in detail)."""
    parts = [text]
    for m in _COMMENT_START.finditer(text, 1):
        if len(parts) > _INNER:
            return None
        parts.append(text[m.end() :])
    return parts


_INNER = 16
