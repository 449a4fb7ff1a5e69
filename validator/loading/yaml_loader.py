"""Strict, safe YAML loading with the line and column of every value.

One builder (:func:`_build`) turns libyaml's event stream into plain Python values in one
pass; the same pass, when asked, also records the position index (path -> line/column).
Anything that is not plain, safe YAML is refused as a :class:`LoadError` value (never an
exception): syntax errors, duplicate keys, anchors, aliases, merge keys, tags, several
documents, non-UTF-8 bytes, NUL bytes, oversize files.

Scalars are resolved with a deliberately small rule set (YAML 1.2 core, minus floats):
``true``/``false``, ``null``/``~``/empty, and plain decimal integers. Everything else -
dates, ``no``, ``0x1F``, ``1:30``, ``1e3`` - stays a string for the models to judge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from sys import intern
from typing import TYPE_CHECKING, Any

import yaml

try:  # libyaml is ten times faster than the pure-Python parser
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]  # another class, same use

from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

DEFAULT_MAX_BYTES = 1024 * 1024
# The contract nests six levels deep; anything past this is an attack, not an inventory.
MAX_DEPTH = 32
# The largest area has a few thousand nodes; half a million items fit in 1 MiB ("[0,0,...]")
# and would otherwise become half a million schema findings. Past this the file is refused.
MAX_NODES = 50_000

Path_ = tuple[str | int, ...]
Pos = tuple[int, int]

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUES = frozenset({"true", "True", "TRUE"})
_FALSES = frozenset({"false", "False", "FALSE"})
_SPECIAL: dict[str, Any] = {
    **dict.fromkeys(_NULLS, None),
    **dict.fromkeys(_TRUES, True),
    **dict.fromkeys(_FALSES, False),
}


@dataclass(frozen=True, slots=True)
class LoadError:
    """Why a file is not safe, plain YAML. ``code`` selects the message template."""

    code: str
    line: int
    column: int
    params: dict[str, Any] = field(default_factory=dict)


class YamlDocument:
    """A parsed file: plain values plus where each value (and key) stands.

    :func:`load_text` parses a valid file once, for its values; the position index
    (``positions``, ``key_positions``, ``int_sources``) is built on first use by the same
    builder (:func:`_build`), i.e. only for the files that something must point into (a
    finding, a schema error), and :meth:`drop_index` frees it once that is done. Files with
    a load error are always fully indexed.

    Once a file's typed model holds its values, the loader may :meth:`release_data`;
    reading ``data`` afterwards parses the text again (same values). It may also
    :meth:`release_text` of a file it can read again: :attr:`text` then reads the file
    again when asked (for its comments, or to point into it) and checks that it is the very
    text that was validated.
    """

    __slots__ = (
        "_data",
        "_index",
        "_released",
        "_reread",
        "_text",
        "_validated",
        "_where",
        "error",
        "glued_hashes",
    )

    def __init__(
        self,
        text: str,
        data: Any = None,
        error: LoadError | None = None,
        index: _Index | None = None,
    ) -> None:
        self._text: str | None = text
        self._data = data
        self._released = False
        self.error = error
        self._index = index
        self._reread: Callable[[], bytes] | None = None
        self._validated: tuple[int, int] = (0, 0)  # the released text's length and hash
        self._where = ""
        # Where a "#" that may start a comment has no space after it ("Vocal #1 Ejecutivo":
        # the value is "Vocal"): (line, column) of each, found while the text is in hand.
        self.glued_hashes: tuple[tuple[int, int], ...] = glued_hashes(text) if text else ()

    @property
    def text(self) -> str:
        """The file's text (without a byte-order mark), read again if it was released."""
        text = self._text
        if text is None:
            text = self._read_again()
        return text

    def release_text(self, reread: Callable[[], bytes], where: str) -> None:
        """Drop a valid file's text; ``reread`` gives the file's bytes again when asked.

        A large inventory's texts are a fifth of its memory, and most are never read again
        (only files with findings, and comments, are); reading one again costs less than
        keeping all. If the bytes read again are not the text that was validated (the file
        changed during the run), :attr:`text` raises :class:`SourceChangedError` naming
        ``where`` (the file's repository path)."""
        text = self._text
        if self.error is None and text:
            self._validated = (len(text), hash(text))
            self._reread = reread
            self._where = where
            self._text = None

    def _read_again(self) -> str:
        assert self._reread is not None  # a released text always has its reader
        try:
            raw = self._reread()
        except OSError as exc:
            raise SourceChangedError(self._where, exc.strerror or type(exc).__name__) from None
        text, error = decode(raw, len(raw))
        if error is not None or text is None or (len(text), hash(text)) != self._validated:
            raise SourceChangedError(self._where)
        return text

    def __repr__(self) -> str:
        return f"YamlDocument(data={self.data!r}, error={self.error!r})"

    @property
    def data(self) -> Any:
        if self._released:
            self._data = _build(self.text, False)[0]  # valid: its values, nothing else
            self._released = False
        return self._data

    @property
    def released(self) -> bool:
        """Whether the plain values were released (see :meth:`release_data`)."""
        return self._released

    def release_data(self) -> None:
        """Drop the plain values of a valid document (``data`` re-parses on demand)."""
        if self.error is None and self._text != "" and self._data is not None:
            self._data = None
            self._released = True

    @property
    def indexed(self) -> bool:
        """Whether the position index is built (and held) now."""
        return self._index is not None

    def drop_index(self) -> None:
        """Free the position index (a valid file rebuilds it if asked again)."""
        if self.error is None:
            self._index = None

    def _built_index(self) -> _Index:
        index = self._index
        if index is None:
            text = self.text
            index = self._index = (_build(text, True)[2] if text else None) or _Index()
        return index

    @property
    def positions(self) -> dict[Path_, Pos]:
        return self._built_index().positions

    @property
    def key_positions(self) -> dict[Path_, Pos]:
        return self._built_index().key_positions

    @property
    def int_sources(self) -> dict[Path_, str]:
        return self._built_index().int_sources

    def locate(self, path: Path_, *, key: bool = False) -> Pos:
        """Line/column of ``path``; falls back to the nearest existing ancestor."""
        index = self._built_index()
        positions = index.positions
        if key and path in index.key_positions:
            return index.key_positions[path]
        p = tuple(path)
        while p:
            if p in positions:
                return positions[p]
            p = p[:-1]
        return positions.get((), (1, 1))

    def locate_key(self, path: Path_) -> Pos:
        """Where the key that introduces ``path`` stands (for 'missing key' findings)."""
        index = self._built_index()
        positions, key_positions = index.positions, index.key_positions
        p = tuple(path)
        while p:
            if p in key_positions:
                return key_positions[p]
            if p in positions:
                return positions[p]
            p = p[:-1]
        return positions.get((), (1, 1))


@dataclass(slots=True)
class _Index:
    """Where every value (``positions``) and every mapping key (``key_positions``) stands,
    and the source text of every plain integer (``int_sources``: ``007`` is 7)."""

    positions: dict[Path_, Pos] = field(default_factory=dict)
    key_positions: dict[Path_, Pos] = field(default_factory=dict)
    int_sources: dict[Path_, str] = field(default_factory=dict)


class SourceChangedError(Exception):
    """A released file's bytes, read again, are not the text that was validated (or the
    file cannot be read any more): ``path`` is its repository path, ``reason`` the system's
    word for why it could not be read (empty when it was read but differs)."""

    def __init__(self, path: str, reason: str = "") -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


def decode(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str | None, LoadError | None]:
    """Bytes to text, refusing oversize, binary and non-UTF-8 content."""
    if len(raw) > max_bytes:
        return None, LoadError("too_large", 1, 1, {"size": len(raw), "limit": max_bytes})
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        col = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
        return None, LoadError("binary", line, col, {})
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, LoadError("encoding", line, col, {"byte": f"0x{raw[exc.start]:02x}"})
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, None


_GLUED = re.compile(r"#[^\s#]")
# A file with more of them is hostile or badly broken; the first ones say enough.
MAX_GLUED = 20


def glued_hashes(text: str) -> tuple[tuple[int, int], ...]:
    """(line, column) of every "#" after a space or tab and before a character that is not
    one (the first :data:`MAX_GLUED`): in YAML such a "#" starts a comment that cuts a plain
    value short (``cargo: Vocal #1 Ejecutivo`` is "Vocal"), unless it stands inside quotes
    (the rule that reads this tells them apart). A superset, cheap to find: most files have
    none. One pass: lines are counted between one match and the next."""
    found: list[tuple[int, int]] = []
    line, line_start, counted = 1, 0, 0
    for m in _GLUED.finditer(text):
        at = m.start()
        if not at or text[at - 1] not in " \t":
            continue
        breaks = text.count("\n", counted, at)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", counted, at) + 1
        counted = at
        found.append((line, at - line_start + 1))
        if len(found) >= MAX_GLUED:
            break
    return tuple(found)


def load_bytes(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> YamlDocument:
    text, error = decode(raw, max_bytes)
    if error is not None or text is None:
        return YamlDocument(text="", error=error)
    return load_text(text)


def load_text(text: str) -> YamlDocument:
    """Parse ``text``: its values, or the exact :class:`LoadError`. A valid file is parsed
    for its values only (its index is built on demand, by the same builder); a file the
    builder refuses is parsed again with its index, so that the error and every position
    before it are exact."""
    try:
        data, error, index = _build(text, False)
    except _Refused:
        data, error, index = _build(text, True)
        return YamlDocument(text=text, data=data, error=error, index=index)
    return YamlDocument(text=text, data=data, error=error)


def parser_error(exc: Exception, text: str = "") -> LoadError:
    """The :class:`LoadError` for an exception raised while parsing ``text``: the one place
    where PyYAML's own words become a load error (``problem``).

    libyaml marks an error at the end of the stream (an unclosed quote or bracket) one line
    past the file's last line, where no editor or pull request view can show it: such an
    error points instead where the unclosed construct opened (PyYAML's context mark: the
    quote, the bracket), or else at the end of the last line."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        last = text.count("\n") + (0 if text.endswith("\n") else 1)  # the file's last line
        if text and line > last:
            opened = exc.context_mark
            if opened is not None and opened.line + 1 <= last:
                line, col = opened.line + 1, opened.column + 1
            else:
                tail = text.rstrip("\n").rsplit("\n", 1)[-1]
                line, col = last, len(tail) + 1
        problem = (exc.problem or exc.context or "").strip()
        if "nesting depth" in problem:  # PyYAML >= 6.0.4 stops deep nesting in its scanner
            return LoadError("too_deep", line, col, {"limit": MAX_DEPTH})
        return LoadError("syntax", line, col, {"problem": problem})
    if isinstance(exc, yaml.YAMLError):  # reader errors without marks
        return LoadError("syntax", 1, 1, {"problem": str(exc).splitlines()[0]})
    return LoadError("syntax", 1, 1, {"problem": type(exc).__name__})


class _Refused(Exception):
    """What :func:`_build` refuses, met while not indexing: parse again, indexed."""


_NOKEY: Any = object()  # no pending key in the current mapping
# Scalars this short (roles, states, platforms, levels: the words every file repeats) are
# interned, so that the models of a large inventory hold one object per distinct word.
_SHORT = 24
_PARSER_ERRORS = (yaml.YAMLError, ValueError, RecursionError, MemoryError, OverflowError)


def _build(text: str, index: bool) -> tuple[Any, LoadError | None, _Index | None]:
    """The one YAML builder: plain values from libyaml's events, in one pass.

    With ``index``, the same pass records where every value and key stands (and the source
    of every plain integer) and turns anything unsafe or unusual into an exact
    :class:`LoadError`; without it (a valid file's first and usually only parse), it raises
    :class:`_Refused` at the first such thing instead. Scalars: ``true``/``false``,
    ``null``/``~``/empty, plain decimal integers; everything else stays a string.
    """
    idx = _Index() if index else None
    parser = _Parser(text)
    get_event = parser.get_event
    special = _SPECIAL.get  # null/true/false spellings
    stack: list[tuple[Any, bool, Path_]] = []
    cur: Any = None  # the open mapping or sequence
    is_map = False
    key: Any = _NOKEY  # the pending key of the open mapping
    path: Path_ = ()  # of the open container (only while indexing)
    here: Path_ = ()
    root: Any = None
    have_root = False
    documents = 0
    nodes = 0

    def refuse(code: str, event: Any, **params: Any) -> tuple[None, LoadError, _Index | None]:
        if idx is None:
            raise _Refused(code)
        mark = event.start_mark  # both parsers mark every event
        return None, LoadError(code, mark.line + 1, mark.column + 1, params), idx

    try:
        while True:
            event = get_event()
            cls = event.__class__
            if cls is ScalarEvent or cls is MappingStartEvent or cls is SequenceStartEvent:
                if TYPE_CHECKING:  # what the test on ``cls`` established (mypy narrows only
                    # on ``event`` itself; the hot loop keeps the cheaper local test)
                    assert isinstance(event, ScalarEvent | MappingStartEvent | SequenceStartEvent)
                nodes += 1
                if nodes > MAX_NODES:
                    return refuse("too_many_nodes", event, limit=MAX_NODES)
                if event.anchor is not None:
                    return refuse("anchor", event, anchor=event.anchor)
                if event.tag is not None:
                    return refuse("tag", event, tag=event.tag)
                if is_map and key is _NOKEY:  # this node is a key of the open mapping
                    if cls is not ScalarEvent:
                        return refuse("complex_key", event)
                    if TYPE_CHECKING:
                        assert isinstance(event, ScalarEvent)
                    key = event.value
                    if not event.style and key == "<<":
                        return refuse("merge_key", event)
                    if key in cur:
                        first = idx.key_positions[(*path, key)][0] if idx is not None else 0
                        return refuse("duplicate_key", event, key=key, first_line=first)
                    if idx is not None:  # the key's path is its value's too
                        here = (*path, key)
                        mark = event.start_mark
                        if TYPE_CHECKING:
                            assert mark is not None  # both parsers mark every event
                        idx.key_positions[here] = (mark.line + 1, mark.column + 1)
                    continue
                raw_int: str | None = None  # a plain integer's source text
                value: Any  # a plain value: None, bool, int, str, list or dict
                if cls is ScalarEvent:
                    if TYPE_CHECKING:
                        assert isinstance(event, ScalarEvent)
                    value = event.value
                    if len(value) <= _SHORT:  # recurring words: one shared object each
                        value = intern(value)
                    if not event.style:  # plain
                        resolved = special(value, _NOKEY)
                        if resolved is not _NOKEY:
                            value = resolved
                        elif (
                            value.isdigit() or (value[:1] in "+-" and value[1:].isdigit())
                        ) and value.isascii():
                            raw_int = value
                            value = int(value)
                else:
                    value = {} if cls is MappingStartEvent else []
                if is_map:  # (while indexing, ``here`` is already the key's path)
                    cur[key] = value
                    key = _NOKEY
                elif cur is not None:
                    if idx is not None:
                        here = (*path, len(cur))
                    cur.append(value)
                else:
                    here = ()
                    root = value
                    have_root = True
                if idx is not None:
                    mark = event.start_mark
                    if TYPE_CHECKING:
                        assert mark is not None
                    idx.positions[here] = (mark.line + 1, mark.column + 1)
                    if raw_int is not None:
                        idx.int_sources[here] = raw_int
                if cls is not ScalarEvent:
                    if len(stack) >= MAX_DEPTH:
                        return refuse("too_deep", event, limit=MAX_DEPTH)
                    stack.append((cur, is_map, path))
                    cur, is_map, path = value, cls is MappingStartEvent, here
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                cur, is_map, path = stack.pop()
                key = _NOKEY
            elif cls is DocumentStartEvent:
                if TYPE_CHECKING:
                    assert isinstance(event, DocumentStartEvent)
                documents += 1
                if documents > 1:
                    return refuse("multi_document", event)
            elif cls is StreamEndEvent:
                break
            elif cls is AliasEvent:
                if TYPE_CHECKING:
                    assert isinstance(event, AliasEvent)
                return refuse("alias", event, anchor=event.anchor)
    except _PARSER_ERRORS as exc:
        if idx is None:
            raise _Refused("parser") from None
        return None, parser_error(exc, text), idx
    finally:
        parser.dispose()
    if not have_root or root is None:
        return refuse("empty", _NO_EVENT)
    return root, None, idx


class _FirstMark:
    line = column = 0


class _NoEvent:
    """Where an empty document is refused: line 1, column 1."""

    start_mark = _FirstMark()


_NO_EVENT = _NoEvent()
