"""Parse (and scan) the area files in a helper process while the main process works.

A validate run spends its first ~170 ms importing pydantic, building the models and
importing the rules, then ~0.55 ms per area file parsing YAML with libyaml, and ~0.5 ms
per file in the one rule that reads raw text and values (``sin-secretos``). None of these
can be made much cheaper, but they need not wait for each other: right after the command
line is parsed, a forked helper (which needs only PyYAML) reads and parses the area files,
from the last one backwards, and then scans them for secrets, while the main process
imports. The main process then goes forwards through the files and never waits: it takes
what the helper has delivered and does the rest itself, so that the two meet in the
middle (twice: parsing, then scanning). With a free second core the parse and the
secrets scan leave the critical path; on a busy machine the main process simply does more.

The helper does only what the main process would do, with the same functions: for each
regular file within the size limit, valid UTF-8 and plain safe YAML, the loader's fast path
(:func:`yaml_loader._fast_values`); then the scanners of :data:`SCANNERS` (a rule's own
per-file function, e.g. ``sin_secretos.scan_source``) on that same text and values. Each
result is marshalled (exact for dicts, lists, tuples, strings, numbers, booleans, None) to an
unlinked temporary file and announced on a pipe (17 bytes per record). Anything else - a
symlink, a broken file, a value marshal cannot carry, an unexpected error, a helper that
dies - is simply not announced, and the main process does that work itself, exactly as
without the helper. Results are therefore identical; only the time differs. Linux only
(``fork``), and only for inventories large enough to gain. ``INE_REDES_PREFETCH=0``
disables it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import marshal
import mmap
import os
import stat
import struct
import sys
import threading
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.loading.yaml_loader import (
    _SLOW,
    DEFAULT_MAX_BYTES,
    YamlDocument,
    _fast_values,
    decode,
)

if TYPE_CHECKING:
    from validator.loading.sources import SourceFile
    from validator.rules.base import Problem

MIN_FILES = 48  # below this, forking costs about what it saves
# Rules whose per-file work the helper can do: rule id -> (module, function taking a
# SourceFile and yielding Problems). The function must depend on nothing but the file.
SCANNERS: dict[str, tuple[str, str]] = {
    "sin-secretos": ("validator.rules.sin_secretos", "scan_source"),
}
_PARSED, _SCANNED = 0, 1
_SCAN_LATER_UP_TO = 1000  # files; beyond, the helper scans each file right after parsing it
_RECORD = struct.Struct("<BIQI")  # kind, file index, offset in the temporary file, length
_FLOORS = struct.Struct("<ii")  # per kind (_PARSED, _SCANNED): see Prefetch._floors
_ACTIVE: Prefetch | None = None  # the helper of the current run, for scanned()


def enabled(n_files: int) -> bool:
    return (
        sys.platform == "linux"
        and hasattr(os, "fork")
        and n_files >= MIN_FILES
        and os.environ.get("INE_REDES_PREFETCH", "1") != "0"
        and threading.active_count() == 1  # never fork a process that runs threads
    )


class Prefetch:
    """Results of the helper process, taken one file at a time (see the module doc)."""

    def __init__(
        self,
        paths: list[Path],
        max_bytes: int = DEFAULT_MAX_BYTES,
        scanners: Collection[str] = (),
        scan_only: Collection[Path] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.scanners = [s for s in SCANNERS if s in scanners]
        self.scan_only = None if scan_only is None else {str(p) for p in scan_only}
        self._index = {str(p): i for i, p in enumerate(self.paths)}
        self._records: dict[tuple[int, int], tuple[int, int]] = {}
        self._taken: set[int] = set()  # files whose document came from the helper
        self._buffer = b""
        self._eof = False
        self._pid = 0
        self._pipe = -1
        self._store: Any = None
        # Shared with the helper: per kind, the highest file the main process did itself.
        # The helper, going backwards, stops there (everything below is done).
        self._floors: Any = None

    # --- the helper ----------------------------------------------------------------------

    def start(self) -> Prefetch:
        import tempfile

        global _ACTIVE
        # Unlinked at once; kept open until close() (not a with-block: it outlives start()).
        self._store = tempfile.TemporaryFile(prefix="ine-redes-")  # noqa: SIM115
        self._floors = mmap.mmap(-1, _FLOORS.size)  # anonymous, shared across the fork
        _FLOORS.pack_into(self._floors, 0, -1, -1)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the helper
            code = 0
            try:
                os.close(read_end)
                self._work(self._store.fileno(), write_end)
            except BaseException:
                code = 1
            finally:
                os._exit(code)  # no cleanup handlers, no stdio flush: the parent owns them
        os.close(write_end)
        os.set_blocking(read_end, False)
        self._pid, self._pipe = pid, read_end
        _ACTIVE = self
        return self

    def _work(self, store: int, pipe: int) -> None:
        import gc

        gc.disable()
        offset = 0
        scan_functions: list[tuple[int, Any]] = []

        def emit(kind: int, i: int, payload: Any) -> None:
            nonlocal offset
            blob = memoryview(marshal.dumps(payload))
            length = len(blob)
            while blob:
                blob = blob[os.write(store, blob) :]
            os.write(pipe, _RECORD.pack(kind, i, offset, length))
            offset += length

        def scan(i: int, path: Path, found: tuple[str, Any], with_text: bool = False) -> None:
            if i <= self._floor(_SCANNED):
                return
            if not scan_functions:
                for number, name in enumerate(self.scanners):
                    module, function = SCANNERS[name]
                    scan_functions.append(
                        (number, getattr(importlib.import_module(module), function))
                    )
            with contextlib.suppress(Exception):  # the main process scans it instead
                text = found[0] if with_text else None
                emit(_SCANNED, i, (text, self._scan(path, found, scan_functions)))

        # Every parse first, so that the main process can validate the models and run the
        # other rules while the helper scans; on a large inventory, scan as we go instead
        # (keeping every file's values for later would cost more memory than it saves time).
        # From the last file backwards: the main process goes forwards, doing itself what
        # the helper has not done yet, so that the two meet in the middle.
        later = len(self.paths) <= _SCAN_LATER_UP_TO
        pending: list[tuple[int, Path, tuple[str, Any]]] = []
        for i, path in reversed(list(enumerate(self.paths))):
            if i <= self._floor(_PARSED):
                break  # the main process has come this far by itself
            found = self._parse(path)
            if found is None:
                continue
            emit(_PARSED, i, found)
            if not self.scanners or (
                self.scan_only is not None and str(path) not in self.scan_only
            ):
                continue
            if later:
                pending.append((i, path, found))
            else:
                scan(i, path, found)
        for i, path, found in pending:
            if i <= self._floor(_SCANNED):
                break
            scan(i, path, found)
        if not self.scanners:
            return
        # Then the files the main process parsed itself, from where the two met backwards:
        # read and scanned again here; the main process uses such a scan only if the text
        # it has is the very text scanned here (see scanned()).
        for i in range(min(self._floor(_PARSED), len(self.paths) - 1), -1, -1):
            if i <= self._floor(_SCANNED):
                break
            path = self.paths[i]
            if self.scan_only is not None and str(path) not in self.scan_only:
                continue
            found = self._parse(path)
            if found is not None:
                scan(i, path, found, with_text=True)

    def _floor(self, kind: int) -> int:
        return int(_FLOORS.unpack_from(self._floors, 0)[kind])

    def _claim(self, kind: int, i: int) -> None:
        """The main process does file ``i`` itself: the helper need not go below it."""
        with contextlib.suppress(Exception):
            if i > self._floor(kind):
                floors = list(_FLOORS.unpack_from(self._floors, 0))
                floors[kind] = i
                _FLOORS.pack_into(self._floors, 0, *floors)

    def _parse(self, path: Path) -> tuple[str, Any] | None:
        """(text, values) when the loader's fast path would accept the file, else None."""
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_size > self.max_bytes:
                return None
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError:
            return None
        text, error = decode(raw, self.max_bytes)
        if error is not None or text is None:
            return None
        try:
            value = _fast_values(text)
        except Exception:
            return None
        return None if value is _SLOW else (text, value)

    def _scan(
        self, path: Path, found: tuple[str, Any], functions: list[tuple[int, Any]]
    ) -> list[Any]:
        from validator.loading.sources import SourceFile

        text, value = found
        source = SourceFile(
            path=str(path), abspath=path, kind="area", doc=YamlDocument(text=text, data=value)
        )
        out = []
        for number, function in functions:
            problems = [_problem_fields(p) for p in function(source)]
            out.append((number, problems))
        return out

    # --- the main process ----------------------------------------------------------------

    def wait(self) -> None:
        """Wait until the helper is done (tests: make the helper's share deterministic)."""
        if self._pipe < 0:
            return
        os.set_blocking(self._pipe, True)
        while not self._eof:
            self._read_records()
        os.set_blocking(self._pipe, False)

    def take(self, path: Path) -> YamlDocument | None:
        """The document for ``path`` if the helper has parsed it already, else None."""
        payload = self._payload(_PARSED, path)
        if payload is None:
            return None
        text, value = payload
        self._taken.add(self._index[str(path)])
        return YamlDocument(text=text, data=value)

    def scanned(self, source: SourceFile, name: str) -> list[Problem] | None:
        """What scanner ``name`` found in ``source``, if the helper has scanned it already
        (the very document the main process has: from the helper, or the same text),
        else None."""
        if name not in self.scanners or source.kind != "area":
            return None
        i = self._index.get(str(source.abspath))
        payload = self._payload(_SCANNED, source.abspath)
        if payload is None or i is None:
            return None
        text, results = payload
        if i not in self._taken and (text is None or text != source.doc.text):
            self._claim(_SCANNED, i)
            return None  # scanned from another reading of the file: scan what we read
        number = self.scanners.index(name)
        for n, problems in results:
            if n == number:
                return [_problem_from(source, fields) for fields in problems]
        return None

    def _payload(self, kind: int, path: Path) -> Any:
        i = self._index.get(str(path))
        if i is None or self._pipe < 0:
            return None
        # Never wait: take what the helper has announced so far; if it is not there yet, the
        # main process does this file itself (the helper's result for it, if it comes, is
        # ignored). On a busy machine the two then share the work instead of one waiting.
        if (kind, i) not in self._records and not self._eof:
            self._read_records()
        record = self._records.pop((kind, i), None)
        if record is None:
            self._claim(kind, i)
            return None
        offset, length = record
        try:
            return marshal.loads(os.pread(self._store.fileno(), length, offset))
        except Exception:
            return None

    def _read_records(self) -> None:
        """Every record announced so far (the pipe is non-blocking)."""
        while True:
            try:
                chunk = os.read(self._pipe, 65536)
            except BlockingIOError:
                return  # nothing more for now
            except OSError:
                chunk = b""
            if not chunk:
                self._eof = True
                return
            self._add_records(chunk)

    def _add_records(self, chunk: bytes) -> None:
        self._buffer += chunk
        size = _RECORD.size
        usable = len(self._buffer) - len(self._buffer) % size
        for start in range(0, usable, size):
            kind, i, offset, length = _RECORD.unpack_from(self._buffer, start)
            self._records[(kind, i)] = (offset, length)
        self._buffer = self._buffer[usable:]

    def close(self) -> None:
        """Release the pipe and the temporary file; reap the helper (stopping it if busy)."""
        global _ACTIVE
        if _ACTIVE is self:
            _ACTIVE = None
        if self._pipe >= 0:
            os.close(self._pipe)
            self._pipe = -1
        if self._pid:
            with contextlib.suppress(OSError):
                done, _ = os.waitpid(self._pid, os.WNOHANG)
                if done == 0:
                    os.kill(self._pid, 15)
                    os.waitpid(self._pid, 0)
            self._pid = 0
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._floors is not None:
            self._floors.close()
            self._floors = None


def _problem_fields(problem: Problem) -> tuple[Any, ...]:
    values = []
    for f in dataclasses.fields(problem):
        if f.name == "source":
            continue
        value = getattr(problem, f.name)
        if f.name == "params":
            value = dict(value)
        elif f.name == "severity" and value is not None:
            value = value.value
        values.append((f.name, value))
    return tuple(values)


def _problem_from(source: SourceFile, fields: tuple[Any, ...]) -> Problem:
    from validator.findings import Severity
    from validator.rules.base import Problem

    values = dict(fields)
    if values.get("severity") is not None:
        values["severity"] = Severity(values["severity"])
    return Problem(source=source, **values)


def scanned(source: SourceFile, name: str) -> list[Problem] | None:
    """For a rule's check: what the helper's scanner ``name`` found in ``source``, or None
    (no helper, not scanned there): then the rule scans the file itself."""
    active = _ACTIVE
    return None if active is None else active.scanned(source, name)


def start(
    paths: list[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    scanners: Collection[str] = (),
    scan_only: Collection[Path] | None = None,
) -> Prefetch | None:
    """Start the helper for ``paths`` when it is worth it and possible; never raises."""
    if not enabled(len(paths)):
        return None
    try:
        return Prefetch(paths, max_bytes, scanners, scan_only).start()
    except Exception:
        return None
