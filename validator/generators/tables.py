"""Writers shared by the tabular outputs: JSON, CSV, XLSX, all byte-for-byte deterministic.

A :class:`Table` is a list of rows (plain dicts, the JSON shape) plus the columns that the
spreadsheet formats show, each with its Spanish header and a function giving the cell text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from validator.escaping.spreadsheet import neutralise, xlsx_text

Row = Mapping[str, Any]

# Fixed document dates for XLSX: the file must not change when nothing in the inventory did.
FIXED_DATETIME = datetime(2000, 1, 1, 0, 0, 0)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold

_FIXED_W3C = FIXED_DATETIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
_CORE_DATES = re.compile(
    rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:(?:created|modified)>"
)

HEADER_FILL = "7A1E4F"  # dark magenta: white bold text on it has a contrast ratio above 9:1
HEADER_FONT = "FFFFFF"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str  # Spanish, as the spreadsheet shows it
    text: Callable[[Row], str] | None = None  # default: the row's value as text
    max_width: int = 60

    def cell(self, row: Row) -> str:
        if self.text is not None:
            return self.text(row)
        value = row.get(self.key)
        return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Table:
    title: str  # worksheet title (at most 31 characters)
    columns: tuple[Column, ...]
    rows: Sequence[Row]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def cells(self) -> list[list[str]]:
        return [[c.cell(row) for c in self.columns] for row in self.rows]


def json_bytes(document: Any) -> bytes:
    """Sorted keys, two-space indent, UTF-8 (no escapes), one trailing newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(
        "utf-8"
    )


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with BOM (Excel then reads accents right), CRLF rows, neutralised cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)  # excel dialect: QUOTE_MINIMAL, "\r\n"
    writer.writerow(table.headers)
    for cells in table.cells():
        writer.writerow([neutralise(c) for c in cells])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: Table) -> bytes:
    """One styled worksheet: bold filled header, frozen, filtered, sized columns, text cells."""
    return xlsx_book([table])


def xlsx_book(tables: Sequence[Table]) -> bytes:
    """A workbook with one styled worksheet per table (see :func:`xlsx_bytes`)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet a new workbook starts with
    for table in tables:
        add_sheet(workbook, table)
    return save_book(workbook, tables[0].title if tables else "")


def save_book(workbook: Any, title: str) -> bytes:
    """The workbook's bytes, with fixed document dates and zip entries (deterministic)."""
    workbook.properties.creator = "ine-redes"
    workbook.properties.lastModifiedBy = "ine-redes"
    workbook.properties.title = title
    workbook.properties.created = FIXED_DATETIME
    workbook.properties.modified = FIXED_DATETIME
    raw = io.BytesIO()
    workbook.save(raw)
    return normalise_zip(raw.getvalue())


def add_sheet(workbook: Any, table: Table) -> Any:
    """Append ``table`` as a worksheet: bold filled header, frozen, filtered, text cells."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(table.title[:31])
    header_font = Font(bold=True, color=HEADER_FONT)
    header_fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    widths = [len(h) for h in table.headers]
    for col, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=col, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    for r, cells in enumerate(table.cells(), start=2):
        for col, text in enumerate(cells, start=1):
            value = xlsx_text(text)
            cell = sheet.cell(row=r, column=col)
            cell.value = value
            cell.data_type = "s"  # always text: never a number, a date or a formula
            cell.number_format = "@"
            widths[col - 1] = max(widths[col - 1], len(value))
    for col, column in enumerate(table.columns, start=1):
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = min(max(widths[col - 1], 8), column.max_width) + 2
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(table.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    sheet.sheet_view.zoomScale = 100
    # Printing: landscape, one page wide, the header repeated on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    return sheet


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry dates and attributes, stored (not deflated).

    Stored entries keep the bytes independent of the zlib build (zlib and zlib-ng deflate
    differently), so ``generate --check`` agrees on every machine.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", names.index(n)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            content = source.read(name)
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the clock
                content = _CORE_DATES.sub(
                    rb"<dcterms:\1\2>" + _FIXED_W3C + rb"</dcterms:\1>", content
                )
            target.writestr(info, content)
    return out.getvalue()
