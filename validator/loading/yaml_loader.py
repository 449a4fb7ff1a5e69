"""Strict, safe YAML loading with the line and column of every value.

One pass over libyaml's event stream builds plain Python values and a position index
(path -> line/column) at the same time. Anything that is not plain, safe YAML is refused
as a :class:`LoadError` value (never an exception): syntax errors, duplicate keys, anchors,
aliases, merge keys, tags, several documents, non-UTF-8 bytes, NUL bytes, oversize files.

Scalars are resolved with a deliberately small rule set (YAML 1.2 core, minus floats):
``true``/``false``, ``null``/``~``/empty, and plain decimal integers. Everything else -
dates, ``no``, ``0x1F``, ``1:30``, ``1e3`` - stays a string for the models to judge.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # libyaml is ten times faster than the pure-Python parser
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

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

    The position index (``positions``, ``key_positions``, ``int_sources``) is built on first
    use: a valid file is parsed once for its values only (the fast path); the index is
    computed by a second, full parse of the same text only when something needs a line
    (a finding, a schema error). Files with a load error are always fully indexed.

    Once a file's typed model holds its values, the loader may :meth:`release_data` to
    save memory on large inventories; reading ``data`` afterwards parses the text again
    (same values), so nothing that reads it is ever wrong, only slower.
    """

    __slots__ = (
        "_data",
        "_int_sources",
        "_key_positions",
        "_positions",
        "_released",
        "_text",
        "_ztext",
        "error",
    )

    def __init__(
        self,
        text: str,
        data: Any = None,
        positions: dict[Path_, Pos] | None = None,
        key_positions: dict[Path_, Pos] | None = None,
        int_sources: dict[Path_, str] | None = None,
        error: LoadError | None = None,
    ) -> None:
        self._text: str | None = text
        self._ztext: bytes | None = None
        self._data = data
        self._released = False
        self.error = error
        self._positions = positions
        self._key_positions = key_positions if positions is not None else None
        self._int_sources = int_sources if positions is not None else None
        if positions is not None:
            self._key_positions = key_positions if key_positions is not None else {}
            self._int_sources = int_sources if int_sources is not None else {}

    def __repr__(self) -> str:
        return f"YamlDocument(data={self.data!r}, error={self.error!r})"

    @property
    def text(self) -> str:
        if self._text is not None:
            return self._text
        assert self._ztext is not None
        cached = _LAST_TEXT.get(id(self))
        if cached is not None and cached[0] is self._ztext:
            return cached[1]
        text = zlib.decompress(self._ztext).decode("utf-8")
        _LAST_TEXT.clear()  # one document at a time: rules read a file's text in a row
        _LAST_TEXT[id(self)] = (self._ztext, text)
        return text

    @text.setter
    def text(self, value: str) -> None:
        self._text, self._ztext = value, None

    def compress_text(self) -> None:
        """Keep the text compressed (large inventories); ``text`` decompresses on demand."""
        if self._text:
            self._ztext = zlib.compress(self._text.encode("utf-8"), 1)
            self._text = None

    @property
    def data(self) -> Any:
        if self._released:
            self._data = load_text(self.text).data
            self._released = False
        return self._data

    @data.setter
    def data(self, value: Any) -> None:
        self._data = value
        self._released = False

    @property
    def released(self) -> bool:
        """Whether the plain values were released (see :meth:`release_data`)."""
        return self._released

    def release_data(self) -> None:
        """Drop the plain values of a valid document (``data`` re-parses on demand)."""
        if self.error is None and self.text and self._data is not None:
            self._data = None
            self._released = True

    def _index(self) -> None:
        """Build the position index from the text (a full parse; the values are not kept)."""
        scratch = _new_doc(self.text)
        if self.error is None and self.text:
            _full_parse(scratch)
        self._positions = scratch._positions
        self._key_positions = scratch._key_positions
        self._int_sources = scratch._int_sources

    @property
    def positions(self) -> dict[Path_, Pos]:
        if self._positions is None:
            self._index()
        return self._positions  # type: ignore[return-value]

    @positions.setter
    def positions(self, value: dict[Path_, Pos]) -> None:
        self._positions = value

    @property
    def key_positions(self) -> dict[Path_, Pos]:
        if self._key_positions is None:
            self._index()
        return self._key_positions  # type: ignore[return-value]

    @key_positions.setter
    def key_positions(self, value: dict[Path_, Pos]) -> None:
        self._key_positions = value

    @property
    def int_sources(self) -> dict[Path_, str]:
        if self._int_sources is None:
            self._index()
        return self._int_sources  # type: ignore[return-value]

    @int_sources.setter
    def int_sources(self, value: dict[Path_, str]) -> None:
        self._int_sources = value

    def locate(self, path: Path_, *, key: bool = False) -> Pos:
        """Line/column of ``path``; falls back to the nearest existing ancestor."""
        positions = self.positions
        if key and path in self.key_positions:
            return self.key_positions[path]
        p = tuple(path)
        while p:
            if p in positions:
                return positions[p]
            p = p[:-1]
        return positions.get((), (1, 1))

    def locate_key(self, path: Path_) -> Pos:
        """Where the key that introduces ``path`` stands (for 'missing key' findings)."""
        positions, key_positions = self.positions, self.key_positions
        p = tuple(path)
        while p:
            if p in key_positions:
                return key_positions[p]
            if p in positions:
                return positions[p]
            p = p[:-1]
        return positions.get((), (1, 1))


_LAST_TEXT: dict[int, tuple[bytes, str]] = {}


def _new_doc(text: str) -> YamlDocument:
    """A document whose index is filled eagerly (by :func:`_full_parse`)."""
    return YamlDocument(text=text, positions={}, key_positions={}, int_sources={})


def _resolve_plain(value: str) -> Any:
    if value in _NULLS:
        return None
    if value in _TRUES:
        return True
    if value in _FALSES:
        return False
    body = value[1:] if value[0] in "+-" else value
    if body.isascii() and body.isdigit():
        return int(value)
    return value


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


def load_bytes(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> YamlDocument:
    text, error = decode(raw, max_bytes)
    if error is not None or text is None:
        return YamlDocument(text="", error=error)
    return load_text(text)


def load_text(text: str) -> YamlDocument:
    """Parse ``text``. A plain, valid file takes the fast path (values only, index on
    demand); anything the fast path does not accept is parsed by the full builder, which
    produces the values, the index and the exact :class:`LoadError` in one pass."""
    try:
        value = _fast_values(text)
    except Exception:  # any parser error: the full builder reports it exactly
        value = _SLOW
    if value is not _SLOW:
        return YamlDocument(text=text, data=value)
    doc = _new_doc(text)
    _full_parse(doc)
    return doc


def _full_parse(doc: YamlDocument) -> None:
    try:
        _build(doc)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or exc.context or "").strip()
        if "nesting depth" in problem:  # PyYAML >= 6.0.4 stops deep nesting in its scanner
            doc.error = LoadError("too_deep", line, col, {"limit": MAX_DEPTH})
        else:
            doc.error = LoadError("syntax", line, col, {"problem": problem})
        doc.data = None
    except yaml.YAMLError as exc:  # reader errors without marks
        doc.error = LoadError("syntax", 1, 1, {"problem": str(exc).splitlines()[0]})
        doc.data = None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        doc.error = LoadError("syntax", 1, 1, {"problem": type(exc).__name__})
        doc.data = None


_SLOW: Any = object()  # the fast path declines: use the full builder
_NOKEY: Any = object()  # no pending key in the current mapping


def _fast_values(text: str) -> Any:
    """Plain values of a plain, safe document, or ``_SLOW``.

    Same values as :func:`_build` (same scalar resolution), without paths or positions;
    it declines (``_SLOW``) at the first thing :func:`_build` would refuse or report -
    anchors, aliases, tags, merge keys, duplicate or complex keys, excessive depth, a
    second document, an empty document - and on any parser error.
    """
    parser = _Parser(text)
    try:
        get_event = parser.get_event
        special = _SPECIAL.get  # null/true/false spellings: _resolve_plain, inlined
        stack: list[tuple[Any, bool]] = []
        cur: Any = None
        is_map = False
        key: Any = _NOKEY
        root: Any = None
        documents = 0
        nodes = 0  # MAX_NODES: declined here, reported by the full builder
        while True:
            event = get_event()
            cls = event.__class__
            if cls is ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    return _SLOW
                nodes += 1
                if nodes > MAX_NODES:
                    return _SLOW
                value = event.value
                if is_map and key is _NOKEY:
                    if value in cur or (value == "<<" and not event.style):
                        return _SLOW
                    key = value
                    continue
                if not event.style:  # plain scalar: the same resolution as _resolve_plain
                    resolved = special(value, _NOKEY)
                    if resolved is not _NOKEY:
                        value = resolved
                    elif (
                        value.isdigit() or (value[0] in "+-" and value[1:].isdigit())
                    ) and value.isascii():
                        value = int(value)
                if is_map:
                    cur[key] = value
                    key = _NOKEY
                elif cur is not None:
                    cur.append(value)
                else:
                    root = value
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    return _SLOW
                new: Any = {} if cls is MappingStartEvent else []
                if is_map:
                    if key is _NOKEY:
                        return _SLOW  # a mapping or sequence used as a key
                    cur[key] = new
                elif cur is not None:
                    cur.append(new)
                else:
                    root = new
                stack.append((cur, is_map))
                nodes += 1
                if len(stack) >= MAX_DEPTH or nodes > MAX_NODES:
                    return _SLOW
                cur, is_map, key = new, cls is MappingStartEvent, _NOKEY
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                cur, is_map = stack.pop()
                key = _NOKEY
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return _SLOW
            elif cls is StreamEndEvent:
                break
            elif cls is AliasEvent:
                return _SLOW
    finally:
        parser.dispose()
    return _SLOW if root is None else root


def _build(doc: YamlDocument) -> None:
    parser = _Parser(doc.text)
    positions = doc.positions
    key_positions = doc.key_positions
    int_sources = doc.int_sources
    # A frame: [container, path, is_mapping, pending_key, seen_keys]
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    nodes = 0
    have_root = False

    def fail(code: str, mark: Any, **params: Any) -> None:
        doc.error = LoadError(code, mark.line + 1, mark.column + 1, params)
        doc.data = None

    try:
        while parser.check_event():
            event = parser.get_event()
            cls = type(event)
            if cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return fail("multi_document", event.start_mark)
                continue
            if cls is MappingEndEvent or cls is SequenceEndEvent:
                stack.pop()
                continue
            if cls is AliasEvent:
                return fail("alias", event.start_mark, anchor=event.anchor)
            if cls is ScalarEvent or cls is MappingStartEvent or cls is SequenceStartEvent:
                nodes += 1
                if nodes > MAX_NODES:
                    return fail("too_many_nodes", event.start_mark, limit=MAX_NODES)
                if event.anchor is not None:
                    return fail("anchor", event.start_mark, anchor=event.anchor)
                if event.tag is not None:
                    return fail("tag", event.start_mark, tag=event.tag)
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if stack:
                    frame = stack[-1]
                    if frame[2] and frame[3] is None:
                        # This node is a key of the current mapping.
                        if cls is not ScalarEvent:
                            return fail("complex_key", mark)
                        key = event.value
                        if event.style in (None, "") and key == "<<":
                            return fail("merge_key", mark)
                        seen = frame[4]
                        if key in seen:
                            return fail("duplicate_key", mark, key=key, first_line=seen[key][0])
                        seen[key] = pos
                        frame[3] = key
                        key_positions[(*frame[1], key)] = pos
                        continue
                    if frame[2]:
                        path = (*frame[1], frame[3])
                        frame[3] = None
                    else:
                        path = (*frame[1], len(frame[0]))
                else:
                    path = ()
                if cls is ScalarEvent:
                    if event.style in (None, ""):
                        value = _resolve_plain(event.value)
                        if type(value) is int:
                            int_sources[path] = event.value
                    else:
                        value = event.value
                    new_frame = None
                elif cls is MappingStartEvent:
                    value = {}
                    new_frame = [value, path, True, None, {}]
                else:
                    value = []
                    new_frame = [value, path, False, None, None]
                positions[path] = pos
                if stack:
                    parent = stack[-1]
                    if parent[2]:
                        parent[0][path[-1]] = value
                    else:
                        parent[0].append(value)
                else:
                    root = value
                    have_root = True
                if new_frame is not None:
                    if len(stack) >= MAX_DEPTH:
                        return fail("too_deep", mark, limit=MAX_DEPTH)
                    stack.append(new_frame)
    finally:
        parser.dispose()
    if not have_root or root is None:
        doc.error = LoadError("empty", 1, 1, {})
        return
    doc.data = root
