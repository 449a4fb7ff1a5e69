"""Parse the area files in a helper process while the main process imports the rest.

A validate run spends its first ~170 ms importing pydantic, building the models and
importing the rules, and then ~0.55 ms per area file parsing YAML with libyaml. Neither
can be made much cheaper, but they need not wait for each other: right after the command
line is parsed, a forked helper (which needs only PyYAML) reads and parses the area files,
in order, while the main process imports; then the main process validates each file as
soon as the helper has parsed it. On two cores this takes the parse off the critical path.

The helper does only what the loader's fast path does, with the same functions: a regular
file within the size limit, valid UTF-8, plain safe YAML. It writes each result (the text
and its plain values, marshalled: exact for dicts, lists, strings, numbers, booleans and
None) to an unlinked temporary file and announces it on a pipe
(8 bytes per file, so it never blocks); anything else - a symlink, a broken file, an
unexpected error, a helper that dies - is simply not announced, and the main process reads
that file itself, exactly as without the helper. Results are therefore identical; only
the time differs. Linux only (``fork``), and only for inventories large enough to gain.
Disable with ``INE_REDES_PREFETCH=0``.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import struct
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from validator.loading.yaml_loader import (
    _SLOW,
    DEFAULT_MAX_BYTES,
    YamlDocument,
    _fast_values,
    decode,
)

MIN_FILES = 48  # below this, forking costs about what it saves
_RECORD = struct.Struct("<IQI")  # file index, offset in the temporary file, length


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

    def __init__(self, paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self._index = {str(p): i for i, p in enumerate(self.paths)}
        self._records: dict[int, tuple[int, int]] = {}
        self._buffer = b""
        self._eof = False
        self._pid = 0
        self._pipe = -1
        self._store: Any = None

    def start(self) -> Prefetch:
        # Unlinked at once; kept open until close() (not a with-block: it outlives start()).
        self._store = tempfile.TemporaryFile(prefix="ine-redes-")  # noqa: SIM115
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
        self._pid, self._pipe = pid, read_end
        return self

    def _work(self, store: int, pipe: int) -> None:
        import gc

        gc.disable()
        offset = 0
        for i, path in enumerate(self.paths):
            found = self._parse(path)
            if found is None:
                continue
            blob = memoryview(marshal.dumps(found))
            length = len(blob)
            while blob:
                blob = blob[os.write(store, blob) :]
            os.write(pipe, _RECORD.pack(i, offset, length))
            offset += length

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

    def take(self, path: Path) -> YamlDocument | None:
        """The document for ``path`` if the helper parsed it (waiting for it if needed)."""
        i = self._index.get(str(path))
        if i is None or self._pipe < 0:
            return None
        while i not in self._records and not self._eof:
            self._read_records()
        record = self._records.pop(i, None)
        if record is None:
            return None
        offset, length = record
        try:
            blob = os.pread(self._store.fileno(), length, offset)
            text, value = marshal.loads(blob)
        except Exception:
            return None
        return YamlDocument(text=text, data=value)

    def _read_records(self) -> None:
        try:
            chunk = os.read(self._pipe, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            self._eof = True
            return
        self._buffer += chunk
        size = _RECORD.size
        usable = len(self._buffer) - len(self._buffer) % size
        for start in range(0, usable, size):
            i, offset, length = _RECORD.unpack_from(self._buffer, start)
            self._records[i] = (offset, length)
        self._buffer = self._buffer[usable:]

    def close(self) -> None:
        """Release the pipe and the temporary file; reap the helper (stopping it if busy)."""
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


def start(paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Prefetch | None:
    """Start the helper for ``paths`` when it is worth it and possible; never raises."""
    if not enabled(len(paths)):
        return None
    try:
        return Prefetch(paths, max_bytes).start()
    except Exception:
        return None
