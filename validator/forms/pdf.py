"""The printed page of the Anexos: Unicode fonts, paper size, header and footer.

Every name valid in the inventory must print exactly as written (``Łucja``, ``D’Ángelo``,
``Xꞌu``, ``李``): the PDF embeds Noto Sans (shipped in ``validator/data/fonts`` with its
licence) and, for Chinese, Japanese and Korean, the Noto Sans CJK fonts of the optional
``justmytype-intl-cjk`` package (``pip install 'ine-redes[cjk]'``). Every text goes through
:meth:`Form.normalize_text`, which refuses a character that no available font can draw
(:class:`MissingGlyph`) instead of printing something else.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

Papel = Literal["carta", "a4"]
PAPELES: dict[str, str] = {"carta": "Letter", "a4": "A4"}  # Carta: 215.9 x 279.4 mm
FONT = "notosans"
MARGIN = 22.0  # left and right, mm
FOOTER_SIZE = 7.0  # pt
FOOTER_LINE = 3.4  # mm per footer line
FOOTER_BOTTOM = 8.0  # mm from the bottom edge to the footer's last line
CJK_EXTRA = "ine-redes[cjk]"
# The total page count in the footer. Not fpdf2's "{nb}": that text could be part of a valid
# name and would be replaced; control characters never are (the models refuse them).
TOTAL_PAGES = "\x1e\x1f"
# Noto Sans CJK, in the order tried: Simplified Chinese has the widest Han coverage.
_CJK_FILES = (
    ("notosanssc", "NotoSansSC[wght].ttf"),
    ("notosanstc", "NotoSansTC[wght].ttf"),
    ("notosansjp", "NotoSansJP[wght].ttf"),
    ("notosanskr", "NotoSansKR[wght].ttf"),
)


class MissingGlyph(Exception):
    """A character of ``text`` that no font of the form can draw."""

    def __init__(self, char: str, text: str, cjk_installed: bool) -> None:
        super().__init__(char)
        self.char = char
        self.text = text
        self.cjk_installed = cjk_installed

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, self.codepoint)


def _font_dir() -> Path:
    return Path(str(resources.files("validator") / "data" / "fonts"))


@cache
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(path), lazy=True) as font:
        cmap = font.getBestCmap()  # None: the font maps no Unicode character
        return frozenset(cmap or ())


@cache
def cjk_fonts() -> tuple[tuple[str, Path], ...]:
    """(family, file) of the installed CJK fonts; empty without the ``cjk`` extra."""
    try:
        base = resources.files("justmytype_intl_cjk") / "fonts" / "ofl"
    except ModuleNotFoundError:
        return ()
    out = []
    for family, name in _CJK_FILES:
        path = Path(str(base / family / name))
        if path.is_file():
            out.append((family, path))
    return tuple(out)


def _drawable(char: str) -> bool:
    """Characters that need no glyph: spaces and line breaks."""
    return char not in "\n\r\t" and not char.isspace()


class Form(FPDF):
    """A page of an Anexo: Noto Sans, a grey header and a footer that wraps, never clips."""

    def __init__(self, papel: Papel, footer_text: Callable[[int], str]) -> None:
        super().__init__(format=PAPELES[papel], unit="mm")
        self._footer_text = footer_text
        self._primary = _cmap(_font_dir() / "NotoSans-Regular.ttf")
        self._fallbacks: list[str] = []
        self.add_font(FONT, "", str(_font_dir() / "NotoSans-Regular.ttf"))
        self.add_font(FONT, "B", str(_font_dir() / "NotoSans-Bold.ttf"))
        self.set_margins(MARGIN, 16, MARGIN)
        self.alias_nb_pages(TOTAL_PAGES)
        self._footer_height = 0.0

    def _measure_footer(self) -> None:
        """The footer's height for the longest page number: the body stops above it."""
        self.set_font(FONT, "", FOOTER_SIZE)
        lines = self.multi_cell(
            self.epw, FOOTER_LINE, self._footer_text(999), dry_run=True, output="LINES"
        )
        assert isinstance(lines, list)  # output="LINES": the lines (fpdf2 types every output)
        self._footer_height = len(lines) * FOOTER_LINE
        self.set_auto_page_break(True, margin=FOOTER_BOTTOM + self._footer_height + 4)

    # -- every text passes here before it is measured or drawn
    def normalize_text(self, text: str) -> str:
        for char in dict.fromkeys(text):
            if not _drawable(char) or ord(char) in self._primary or char in TOTAL_PAGES:
                continue
            self._use_fallback_for(char, text)
        return str(super().normalize_text(text))

    def _use_fallback_for(self, char: str, text: str) -> None:
        installed = cjk_fonts()
        for family, path in installed:
            if ord(char) in _cmap(path):
                if family not in self._fallbacks:
                    self.add_font(family, "", str(path))
                    self._fallbacks.append(family)
                    self.set_fallback_fonts(self._fallbacks, exact_match=False)
                return
        raise MissingGlyph(char, text, bool(installed))

    def header(self) -> None:
        if not self._footer_height:  # first page: measured once a page exists
            self._measure_footer()
        self.set_font(FONT, "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "INSTITUTO NACIONAL ELECTORAL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-(FOOTER_BOTTOM + self._footer_height))
        self.set_font(FONT, "", FOOTER_SIZE)
        self.set_text_color(110, 110, 110)
        self.multi_cell(
            0, FOOTER_LINE, self._footer_text(self.page_no()), align="C", new_x="LMARGIN"
        )
        self.set_text_color(0, 0, 0)


def new_form(
    papel: Papel, fecha: date, title: str, subject: str, footer_text: Callable[[int], str]
) -> Any:
    """A :class:`Form` with its metadata set; deterministic (the creation date is ``fecha``)."""
    pdf = Form(papel, footer_text)
    pdf.set_creation_date(datetime(fecha.year, fecha.month, fecha.day, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author("Instituto Nacional Electoral")
    pdf.set_creator("ine-redes")
    pdf.set_lang("es-MX")
    return pdf


def rich_paragraph(pdf: Any, parts: list[tuple[str, str]], size: float = 10) -> None:
    """A justified paragraph of ``(style, text)`` runs ("" or "B"). The texts are written
    as they are: no markup in a name can turn into emphasis, a link or a page number."""
    # 1.42 x 10 pt = 5 mm, the line height of the other paragraphs.
    with (
        pdf.text_columns(text_align="J", line_height=1.42) as columns,
        columns.paragraph() as paragraph,
    ):
        for style, text in parts:
            pdf.set_font(FONT, style, size)
            paragraph.write(text)
    pdf.set_font(FONT, "", size)
    pdf.ln(2)
