"""Reading spreadsheets into sheets of text cells, each cell with its place.

* CSV: UTF-8 (with or without BOM) or, failing that, Windows-1252 — the encoding Excel uses on
  Windows when it saves "CSV"; anything else is refused naming the encoding tried. The
  delimiter (``,`` ``;`` or tab) is taken from the header line.
* XLSX: every worksheet, read with openpyxl; a formula stays its text (``=HYPERLINK(…)``),
  never evaluated; numbers and dates are turned back into the text a person typed.
* JSON: the lists ``generate`` writes (``administradores``, ``correos``, ``cuentas``).

The leading apostrophe that the generated lists put before a cell that a spreadsheet would run
as a formula (:func:`validator.escaping.spreadsheet.neutralise`) is taken off again.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from validator.escaping.spreadsheet import restore, xlsx_restore
from validator.i18n import Message

MAX_BYTES = 50 * 1024 * 1024


class TableError(Exception):
    """A file that cannot be read as a table (the message names the file and why)."""


#: Why a file cannot be read as a table (a usage problem: exit 2).
READ_PROBLEMS: dict[str, Message] = {
    "unreadable": Message(
        es="{name}: no se puede leer ({reason})", en="{name}: cannot be read ({reason})"
    ),
    "too_big": Message(es="{name}: pesa más de 50 MiB", en="{name}: is larger than 50 MiB"),
    "suffix": Message(
        es="{name}: sólo se importan archivos .xlsx, .csv o .json (de ine-redes)",
        en="{name}: only .xlsx, .csv or .json (from ine-redes) files are imported",
    ),
    "encoding": Message(
        es="{name}: el archivo no está en UTF-8 ni en Windows-1252 (byte 0x{byte:02x} en la "
        "posición {position}); guárdelo como «CSV UTF-8» desde Excel",
        en="{name}: the file is neither UTF-8 nor Windows-1252 (byte 0x{byte:02x} at "
        "position {position}); save it as «CSV UTF-8» from Excel",
    ),
    "csv": Message(es="{name}: CSV mal formado ({reason})", en="{name}: malformed CSV ({reason})"),
    "empty": Message(es="{name}: el archivo está vacío", en="{name}: the file is empty"),
    "xlsx": Message(
        es="{name}: no es un libro XLSX válido ({reason})",
        en="{name}: not a valid XLSX workbook ({reason})",
    ),
    "json": Message(es="{name}: JSON inválido ({reason})", en="{name}: invalid JSON ({reason})"),
    "json_kind": Message(
        es="{name}: no es una lista de ine-redes (se esperaba la clave "
        "«administradores», «correos» o «cuentas»)",
        en="{name}: not an ine-redes list (expected the key "
        "«administradores», «correos» or «cuentas»)",
    ),
}

_SHEET = Message(es="hoja «{sheet}»", en="sheet «{sheet}»")
_ROW = Message(es="fila {row}", en="row {row}")
_COLUMN = Message(es="columna «{column}»", en="column «{column}»")


@dataclass(frozen=True, slots=True)
class Where:
    """The place of a cell: file, sheet (None for CSV/JSON), row (1-based, header = 1), column."""

    file: str
    sheet: str | None
    row: int
    column: str | None = None

    def describe(self, lang: str = "es") -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(_SHEET.format(lang, sheet=self.sheet))
        parts.append(_ROW.format(lang, row=self.row))
        if self.column:
            parts.append(_COLUMN.format(lang, column=self.column))
        return ", ".join(parts)

    def at(self, column: str) -> Where:
        return Where(self.file, self.sheet, self.row, column)


@dataclass
class Sheet:
    """A header row and data rows of text; ``records`` holds JSON objects as they are."""

    file: str
    name: str | None
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)
    records: list[tuple[int, dict[str, Any]]] | None = None  # JSON lists: (index, object)
    json_kind: str | None = None


def _problem(lang: str, key: str, **params: Any) -> TableError:
    return TableError(READ_PROBLEMS[key].format(lang, **params))


def read(path: Path, display: str | None = None, lang: str = "es") -> list[Sheet]:
    """The sheets of one file (by its extension: .csv, .xlsx, .json); problems in ``lang``."""
    name = display or path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _problem(lang, "unreadable", name=name, reason=exc.strerror or exc) from None
    if size > MAX_BYTES:
        raise _problem(lang, "too_big", name=name)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_csv(path.read_bytes(), name, lang)]
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path, name, lang)
    if suffix == ".json":
        return _json(path.read_bytes(), name, lang)
    raise _problem(lang, "suffix", name=name)


def decode_csv(data: bytes, name: str, lang: str = "es") -> str:
    """UTF-8 (BOM optional), else Windows-1252; refused with the encodings named."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _problem(
            lang, "encoding", name=name, byte=data[exc.start], position=exc.start
        ) from None


def _csv(data: bytes, name: str, lang: str) -> Sheet:
    text = decode_csv(data, name, lang)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = [row for row in reader]
    except csv.Error as exc:
        raise _problem(lang, "csv", name=name, reason=exc) from None
    if not table:
        raise _problem(lang, "empty", name=name)
    sheet = Sheet(name, None, [h.strip() for h in table[0]])
    for number, row in enumerate(table[1:], start=2):
        if any(c.strip() for c in row):
            sheet.rows.append((number, [restore(c.strip()) for c in row]))
    return sheet


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx(path: Path, name: str, lang: str) -> list[Sheet]:
    from xml.etree.ElementTree import ParseError
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        # Not read_only: the template's data validations and formulas must not be evaluated,
        # and data_only=False keeps a formula as the text typed.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (BadZipFile, OSError, KeyError, ValueError, ParseError) as exc:
        raise _problem(lang, "xlsx", name=name, reason=exc) from None
    sheets: list[Sheet] = []
    try:
        for ws in workbook.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            sheet = Sheet(name, ws.title, [_cell_text(v) for v in header])
            for number, values in enumerate(rows, start=2):
                cells = [xlsx_restore(_cell_text(v)) for v in values]
                if any(cells):
                    sheet.rows.append((number, cells))
            sheets.append(sheet)
    except (ParseError, ValueError, KeyError, BadZipFile) as exc:
        # read_only reads each sheet's XML only now, row by row: a broken sheet is found here
        raise _problem(lang, "xlsx", name=name, reason=exc) from None
    finally:
        workbook.close()
    return sheets


_JSON_KINDS = ("administradores", "correos", "cuentas")


def _json(data: bytes, name: str, lang: str) -> list[Sheet]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # (nested past the stack)
        raise _problem(lang, "json", name=name, reason=exc) from None
    kind = next((k for k in _JSON_KINDS if isinstance(document, dict) and k in document), None)
    if kind is None or not isinstance(document[kind], list):
        raise _problem(lang, "json_kind", name=name)
    records = [
        (i, item) for i, item in enumerate(document[kind], start=1) if isinstance(item, dict)
    ]
    return [Sheet(name, None, [], records=records, json_kind=kind)]
