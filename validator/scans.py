"""What a signed scan is (issue 11 point 12): a non-empty PDF or image, not the unsigned form.

``ine-redes formatos anexo1|anexo2`` marks every PDF it generates with :data:`UNSIGNED_MARK`
in the PDF's metadata (``/Keywords``), so the unsigned form can be recognised wherever it
turns up: ``formatos registrar`` refuses it, and the ``documento-integro`` rule reports it
when it is committed by hand. A generated form that was later signed *digitally* (the
signature adds a ``/ByteRange`` to the file) is a signed document and is accepted; a printed,
signed and scanned one carries no mark at all.

The file's kind is judged from its content (``filetype``), never from its name.

Floor 0: a leaf (imports only ``filetype``, when a file is judged).
"""

from __future__ import annotations

from typing import Literal

#: Written by validator.forms.anexos into every generated PDF's /Keywords.
UNSIGNED_MARK = "ine-redes:formato-sin-firmar"
_MARK = UNSIGNED_MARK.encode("ascii")
_SIGNATURE = b"/ByteRange"
_OVERLAP = max(len(_MARK), len(_SIGNATURE))
#: Kinds a scan of a signed form may be.
ACCEPTED_MIME = frozenset(
    {"application/pdf", "image/jpeg", "image/png", "image/tiff", "image/heic", "image/webp"}
)
_HEAD = 8192

Verdict = Literal["empty", "not_scan", "unsigned_form"]


class ScanSniffer:
    """Fed a file's bytes in chunks (as they are hashed), says what is wrong with it."""

    def __init__(self) -> None:
        self._head = b""
        self._tail = b""
        self._size = 0
        self._marked = False
        self._signed = False

    def feed(self, chunk: bytes) -> None:
        if len(self._head) < _HEAD:
            self._head += chunk[: _HEAD - len(self._head)]
        window = self._tail + chunk
        self._marked = self._marked or _MARK in window
        self._signed = self._signed or _SIGNATURE in window
        self._tail = window[-_OVERLAP:]
        self._size += len(chunk)

    @property
    def kind(self) -> str | None:
        """The MIME type the content shows (None: unknown)."""
        import filetype  # only when a document is judged: no cost for a plain validation

        guess = filetype.guess(self._head) if self._head else None
        return guess.mime if guess is not None else None

    def verdict(self) -> Verdict | None:
        """Why this is not a signed scan, or None when it may be one."""
        if self._size == 0:
            return "empty"
        if self.kind not in ACCEPTED_MIME:
            return "not_scan"
        if self.kind == "application/pdf" and self._marked and not self._signed:
            return "unsigned_form"
        return None


def judge_bytes(data: bytes) -> Verdict | None:
    """:meth:`ScanSniffer.verdict` of a whole file held in memory."""
    sniffer = ScanSniffer()
    sniffer.feed(data)
    return sniffer.verdict()
