"""Print-ready Anexo 1 (formato de designación) and Anexo 2 (carta responsiva).

The text is the lineamientos' own (accents restored from the published scan), with every
blank filled from the area's file. PDFs use fpdf2's core Helvetica font: Spanish letters
(á é í ó ú ñ ü ¿ ¡) are Latin-1, so no font file has to travel with the package; any
character outside Latin-1 is replaced by its closest ASCII form or ``?``. Output is
deterministic: the creation date is the form's date.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from validator.scans import UNSIGNED_MARK

if TYPE_CHECKING:
    from validator.models import Area
    from validator.models.area import Administrador

MESES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
LINEAMIENTOS = (
    "Lineamientos para la administración de las cuentas de correo electrónico asociadas a las "
    "cuentas de redes sociales del Instituto Nacional Electoral"
)
_ASCII_FALLBACK = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2026": "...", "\u00a0": " ", "\u2022": "-", "\u2212": "-", "\u0141": "L",
    "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u0166": "T", "\u0167": "t", "\u1e9e": "SS",
    "\u0152": "OE", "\u0153": "oe",
}  # fmt: skip
ROL_TITULO = {"propietaria": "propietaria", "suplente": "suplente"}


def fecha_larga(day: date) -> str:
    """``29 de noviembre de 2026``."""
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def latin1(text: str) -> str:
    """Text the core PDF fonts can show: Latin-1, everything else approximated."""
    out = []
    for ch in text:
        ch = _ASCII_FALLBACK.get(ch, ch)
        try:
            ch.encode("latin-1")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            ch = base or "?"
        out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class AccountRow:
    plataforma: str
    usuario: str
    url: str
    correo: str


def account_rows(area: Area, plataformas: dict[str, str]) -> list[AccountRow]:
    return [
        AccountRow(
            plataformas.get(c.plataforma, c.plataforma),
            c.usuario,
            c.url,
            c.correo_asociado or "",
        )
        for c in area.cuentas
    ]


def _pdf(fecha: date, title: str, anexo: str, area: Area) -> Any:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Form(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("helvetica", "B", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "INSTITUTO NACIONAL ELECTORAL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("helvetica", "", 7)
            self.set_text_color(110, 110, 110)
            self.cell(
                0,
                4,
                latin1(
                    f"{anexo} · {area.nombre} ({area.clave}) · generado con ine-redes a partir "
                    f"de inventory/areas/{area.clave}.yaml · página {self.page_no()} de {{nb}}"
                ),
                align="C",
            )
            self.set_text_color(0, 0, 0)

    pdf = Form(format="A4", unit="mm")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(datetime(fecha.year, fecha.month, fecha.day, tzinfo=UTC))
    pdf.set_title(latin1(title))
    pdf.set_subject(latin1(f"{anexo} - {area.nombre}"))
    pdf.set_author("Instituto Nacional Electoral")
    pdf.set_creator("ine-redes")
    # Recognisable as the unsigned form (formatos registrar, documento-integro: issue 11).
    pdf.set_keywords(UNSIGNED_MARK)
    pdf.set_lang("es-MX")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 7, anexo.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 8, "INE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 5, "Instituto Nacional Electoral", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 5.6, latin1(title), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    pdf.cell(
        0, 6, latin1(f"Fecha: {fecha_larga(fecha)}"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)
    return pdf


def _paragraph(pdf: Any, text: str, *, size: float = 10, markdown: bool = False) -> None:
    from fpdf.enums import XPos, YPos

    pdf.set_font("helvetica", "", size)
    pdf.multi_cell(
        0, 5, latin1(text), align="J", markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)


def _field(pdf: Any, label: str, value: str) -> None:
    from fpdf.enums import XPos, YPos

    pdf.set_font("helvetica", "B", 10)
    pdf.cell(48, 6, latin1(label + ":"))
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 6, latin1(value), border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: Any, text: str) -> None:
    from fpdf.enums import XPos, YPos

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 7, latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _person(pdf: Any, titulo: str, admin: Administrador) -> None:
    _heading(pdf, titulo)
    _field(pdf, "Nombre", admin.nombre)
    _field(pdf, "Cargo", admin.cargo)
    _field(pdf, "Correo electrónico", admin.correo)
    _field(pdf, "Teléfono institucional", admin.telefono)


def _accounts_table(pdf: Any, rows: list[AccountRow]) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font("helvetica", "", 8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(
        col_widths=(22, 34, 62, 48),
        headings_style=heading,
        line_height=4.6,
        text_align="LEFT",
        padding=1.2,
    ) as table:
        head = table.row()
        for text in ("Plataforma", "Usuario", "Dirección (URL)", "Correo genérico asociado"):
            head.cell(latin1(text))
        for r in rows:
            row = table.row()
            row.cell(latin1(r.plataforma))
            row.cell(latin1("@" + r.usuario))
            row.cell(latin1(r.url))
            row.cell(latin1(r.correo))
    pdf.ln(3)


def _signatures(pdf: Any, blocks: list[tuple[str, list[str]]]) -> None:
    """Signature lines side by side: a caption and the signer's name and position."""
    from fpdf.enums import XPos, YPos

    needed = 40
    if pdf.get_y() + needed > pdf.h - 22:
        pdf.add_page()
    pdf.ln(16)
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / len(blocks)
    gap = 5
    top = pdf.get_y()
    for i, (caption, lines) in enumerate(blocks):
        x = pdf.l_margin + i * width
        pdf.line(x + gap, top, x + width - gap, top)
        pdf.set_xy(x + gap, top + 1.5)
        pdf.set_font("helvetica", "B", 8.5)
        pdf.multi_cell(
            width - 2 * gap, 4.2, latin1(caption), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        pdf.set_font("helvetica", "", 8.5)
        for line in lines:
            pdf.multi_cell(
                width - 2 * gap, 4.2, latin1(line), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
    pdf.set_xy(pdf.l_margin, pdf.get_y() + 4)


def render_anexo1(area: Area, fecha: date, plataformas: dict[str, str]) -> bytes:
    """Anexo 1: the designation of the area's propietaria and suplente."""
    prop = area.administradores.propietaria
    sup = area.administradores.suplente
    if prop is None or sup is None:
        raise ValueError("el área no tiene propietaria y suplente")
    title = (
        "Formato de designación de la persona administradora de cuentas institucionales en "
        "redes sociales del Instituto Nacional Electoral"
    )
    pdf = _pdf(fecha, title, "Anexo 1", area)
    _field(pdf, "Área responsable", area.nombre)
    pdf.ln(3)
    _paragraph(
        pdf,
        f"De conformidad con el inciso IV del artículo 4.2 de los {LINEAMIENTOS}, el Área "
        "responsable designa a las siguientes personas:",
    )
    _person(pdf, "Propietaria", prop)
    pdf.ln(2)
    _person(pdf, "Suplente", sup)
    rows = account_rows(area, plataformas)
    if rows:
        pdf.ln(3)
        _heading(pdf, "Cuentas institucionales en redes sociales a su cargo")
        _accounts_table(pdf, rows)
    titular = area.titular
    _signatures(
        pdf,
        [
            ("Firma Administrador de cuenta propietario", [prop.nombre]),
            ("Firma Administrador de cuenta suplente", [sup.nombre]),
            ("Firma de la Persona Titular del Área Responsable", [titular.nombre, titular.cargo]),
        ],
    )
    return bytes(pdf.output())


def render_anexo2(area: Area, rol: str, fecha: date, plataformas: dict[str, str]) -> bytes:
    """Anexo 2: the carta responsiva of one administrator."""
    admin = getattr(area.administradores, rol)
    if admin is None:
        raise ValueError(f"el área no tiene persona {rol}")
    title = (
        "Carta responsiva de la persona administradora de cuentas institucionales en redes "
        "sociales del Instituto Nacional Electoral"
    )
    pdf = _pdf(fecha, title, "Anexo 2", area)
    _field(pdf, "Área responsable", area.nombre)
    _field(pdf, "Persona administradora", f"{admin.nombre} ({ROL_TITULO[rol]})")
    _field(pdf, "Correo electrónico", admin.correo)
    _field(pdf, "Teléfono institucional", admin.telefono)
    pdf.ln(3)
    # The form lists exactly the area's current accounts (issue 11: never a phrase such as
    # "the area's accounts"); `formatos registrar` records the same list in
    # responsiva.cuentas. An area with no account has nothing to sign for yet.
    rows = account_rows(area, plataformas)
    if not rows:
        raise ValueError("el área no registra cuentas")
    if len(rows) == 1:
        r = rows[0]
        cuentas = f"de la cuenta {r.plataforma} @{r.usuario} ({r.url})"
    else:
        cuentas = "de las cuentas que se enlistan a continuación"
    _paragraph(
        pdf,
        f"De conformidad con el inciso IV del artículo 4.2 de los {LINEAMIENTOS}, yo "
        f"**{admin.nombre}**, que a la fecha de la presente ocupo el cargo de "
        f"**{admin.cargo}**, asumo la responsabilidad respecto de la operación, actualización, "
        f"mantenimiento y retiro de información {cuentas}, así como las contraseñas "
        "correspondientes.",
        markdown=True,
    )
    if len(rows) > 1:
        _accounts_table(pdf, rows)
    genericos = [c for c in area.correos_genericos if c.estado != "baja"]
    if genericos:
        _heading(pdf, "Correos electrónicos genéricos asociados")
        pdf.set_font("helvetica", "", 10)
        for c in genericos:
            estado = "asignado" if c.estado == "asignado" else "solicitado a la UTSI"
            pdf.cell(6)
            pdf.multi_cell(0, 5, latin1(f"- {c.correo} ({estado})"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    _paragraph(
        pdf,
        "Los daños causados por los contenidos generados o imprudencia serán mi "
        "responsabilidad y asumo las consecuencias que de esto derive de conformidad con el "
        "régimen de responsabilidades del Instituto, así como a la normatividad aplicable.",
    )
    _paragraph(pdf, "También me comprometo con las siguientes acciones:")
    compromisos = (
        ("I.", "Resguardar adecuadamente la contraseña."),
        (
            "II.",
            "Construir la contraseña de acuerdo con las recomendaciones indicadas por la UTSI, "
            "así como la periodicidad de su cambio, a fin de evitar vulnerabilidades.",
        ),
        (
            "III.",
            "Cambiar la contraseña, al menos, cada dos meses, para garantizar la seguridad de "
            "ésta y documentar el cambio.",
        ),
        (
            "IV.",
            "Informar cualquier cambio de contraseña a la persona titular del Área Responsable.",
        ),
    )
    for num, text in compromisos:
        pdf.set_font("helvetica", "", 10)
        pdf.cell(12, 5, num)
        pdf.multi_cell(0, 5, latin1(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    titular = area.titular
    _signatures(
        pdf,
        [
            ("Nombre, cargo y firma de la persona administradora", [admin.nombre, admin.cargo]),
            (
                "Nombre y firma del titular del área responsable",
                [titular.nombre, titular.cargo],
            ),
        ],
    )
    return bytes(pdf.output())
