"""Print-ready Anexo 1 (formato de designación) and Anexo 2 (carta responsiva).

The text is the lineamientos' own (accents restored from the published scan), with every
blank filled from the area's file. The page itself (Unicode fonts that print every name
exactly, Carta or A4 paper, header and footer) is :mod:`validator.forms.pdf`. Output is
deterministic: the creation date is the form's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from validator.forms.pdf import FONT, TOTAL_PAGES, Papel, new_form, rich_paragraph
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
ROL_TITULO = {"propietaria": "propietaria", "suplente": "suplente"}


def fecha_larga(day: date) -> str:
    """``29 de noviembre de 2026``."""
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


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


def _pdf(fecha: date, title: str, anexo: str, area: Area, papel: Papel) -> Any:
    from fpdf.enums import XPos, YPos

    def footer(page: int) -> str:
        return (
            f"{anexo} · {area.nombre} ({area.clave}) · generado con ine-redes a partir de "
            f"inventory/areas/{area.clave}.yaml · página {page} de {TOTAL_PAGES}"
        )

    pdf = new_form(papel, fecha, title, f"{anexo} - {area.nombre}", footer)
    # Recognisable as the unsigned form (formatos registrar, documento-integro: issue 11).
    pdf.set_keywords(UNSIGNED_MARK)
    pdf.add_page()
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 7, anexo.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 8, "INE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 9)
    pdf.cell(0, 5, "Instituto Nacional Electoral", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 5.6, title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 6, f"Fecha: {fecha_larga(fecha)}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    return pdf


def _paragraph(pdf: Any, text: str, *, size: float = 10) -> None:
    from fpdf.enums import XPos, YPos

    pdf.set_font(FONT, "", size)
    pdf.multi_cell(0, 5, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _field(pdf: Any, label: str, value: str) -> None:
    from fpdf.enums import XPos, YPos

    pdf.set_font(FONT, "B", 10)
    pdf.cell(48, 6, label + ":")
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(0, 6, value, border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: Any, text: str) -> None:
    from fpdf.enums import XPos, YPos

    pdf.ln(2)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _person(pdf: Any, titulo: str, admin: Administrador) -> None:
    _heading(pdf, titulo)
    _field(pdf, "Nombre", admin.nombre)
    _field(pdf, "Cargo", admin.cargo)
    _field(pdf, "Correo electrónico", admin.correo)
    _field(pdf, "Teléfono institucional", admin.telefono)


def _accounts_table(pdf: Any, rows: list[AccountRow]) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font(FONT, "", 8.5)
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
            head.cell(text)
        for r in rows:
            row = table.row()
            row.cell(r.plataforma)
            row.cell("@" + r.usuario)
            row.cell(r.url)
            row.cell(r.correo)
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
        pdf.set_font(FONT, "B", 8.5)
        pdf.multi_cell(width - 2 * gap, 4.2, caption, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 8.5)
        for line in lines:
            pdf.multi_cell(width - 2 * gap, 4.2, line, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, pdf.get_y() + 4)


def render_anexo1(
    area: Area, fecha: date, plataformas: dict[str, str], papel: Papel = "carta"
) -> bytes:
    """Anexo 1: the designation of the area's propietaria and suplente."""
    prop = area.administradores.propietaria
    sup = area.administradores.suplente
    if prop is None or sup is None:
        raise ValueError("el área no tiene propietaria y suplente")
    title = (
        "Formato de designación de la persona administradora de cuentas institucionales en "
        "redes sociales del Instituto Nacional Electoral"
    )
    pdf = _pdf(fecha, title, "Anexo 1", area, papel)
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


def render_anexo2(
    area: Area, rol: str, fecha: date, plataformas: dict[str, str], papel: Papel = "carta"
) -> bytes:
    """Anexo 2: the carta responsiva of one administrator."""
    admin = getattr(area.administradores, rol)
    if admin is None:
        raise ValueError(f"el área no tiene persona {rol}")
    title = (
        "Carta responsiva de la persona administradora de cuentas institucionales en redes "
        "sociales del Instituto Nacional Electoral"
    )
    pdf = _pdf(fecha, title, "Anexo 2", area, papel)
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
    rich_paragraph(
        pdf,
        [
            ("", f"De conformidad con el inciso IV del artículo 4.2 de los {LINEAMIENTOS}, yo "),
            ("B", admin.nombre),
            ("", ", que a la fecha de la presente ocupo el cargo de "),
            ("B", admin.cargo),
            (
                "",
                ", asumo la responsabilidad respecto de la operación, actualización, "
                f"mantenimiento y retiro de información {cuentas}, así como las contraseñas "
                "correspondientes.",
            ),
        ],
    )
    if len(rows) > 1:
        _accounts_table(pdf, rows)
    genericos = [c for c in area.correos_genericos if c.estado != "baja"]
    if genericos:
        _heading(pdf, "Correos electrónicos genéricos asociados")
        pdf.set_font(FONT, "", 10)
        for c in genericos:
            estado = "asignado" if c.estado == "asignado" else "solicitado a la UTSI"
            pdf.cell(6)
            pdf.multi_cell(0, 5, f"- {c.correo} ({estado})", new_x="LMARGIN", new_y="NEXT")
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
        pdf.set_font(FONT, "", 10)
        pdf.cell(12, 5, num)
        pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
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
