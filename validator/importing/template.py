"""``ine-redes import --plantilla SALIDA.xlsx``: the empty workbook CNCS fills in.

One sheet per kind (Áreas, Personas, Cuentas, Correos genéricos) with the headers that
:mod:`validator.importing.columns` reads back, drop-down lists for every closed value (from the
models and ``plataformas.yaml``, kept on a hidden «Listas» sheet), text-formatted cells (a phone
number or a clave never becomes a number), and an «Instrucciones» sheet.
"""

from __future__ import annotations

from typing import Any

from validator.generators.tables import Column, Table, add_sheet, save_book
from validator.importing.columns import (
    AREAS,
    CHOICES,
    CORREOS,
    CUENTAS,
    ENTIDADES,
    KINDS,
    PERSONAS,
    Kind,
)

DATA_ROWS = 2000  # rows prepared with validations and text format
INSTRUCTIONS = [
    "Plantilla de importación de ine-redes (inventario de cuentas institucionales en redes sociales).",
    "Llene una fila por área (hoja Áreas), por persona administradora (Personas), por cuenta "
    "(Cuentas) y por correo genérico (Correos genéricos). La columna Clave une las hojas.",
    "Las columnas marcadas con * son obligatorias. Las listas desplegables muestran los valores "
    "permitidos; las fechas se escriben AAAA-MM-DD (o DD/MM/AAAA).",
    "Nunca escriba contraseñas, códigos ni tokens (4.3 VI de los Lineamientos).",
    "Importe con: ine-redes import PLANTILLA.xlsx (en la raíz del repositorio). Ningún archivo "
    "de área existente se sobrescribe; si una fila tiene errores no se escribe nada, salvo con "
    "--omitir-invalidas. Guía columna por columna: docs/importar.md.",
    "Lo que la plantilla no trae (escaneos firmados, informes, cambios de contraseña) queda "
    "marcado PENDIENTE en cada archivo; ine-redes validate dice qué falta.",
]


def _choices(kind: Kind, key: str, platforms: list[str]) -> list[str] | None:
    if key == "plataforma":
        return platforms
    if key == "entidad":
        return list(ENTIDADES)
    return CHOICES.get(key)


def template_bytes(platforms: list[str]) -> bytes:
    """The template workbook (deterministic bytes). ``platforms``: display names."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet a new workbook starts with
    intro = add_sheet(
        workbook,
        Table(
            "Instrucciones",
            (Column("texto", "Instrucciones", max_width=120),),
            [{"texto": line} for line in INSTRUCTIONS]
            + [{"texto": ""}]
            + [
                {"texto": f"{k.title} — {c.header}{' *' if c.required else ''}: {c.help}"}
                for k in KINDS
                for c in k.columns
                if c.help
            ],
        ),
    )
    intro.auto_filter.ref = None
    lists: Any = workbook.create_sheet("Listas")
    lists.sheet_state = "hidden"
    list_col = 0
    for kind in (AREAS, PERSONAS, CUENTAS, CORREOS):
        headers = [c.header + (" *" if c.required else "") for c in kind.columns]
        sheet = add_sheet(
            workbook,
            Table(
                kind.title,
                tuple(Column(c.key, h) for c, h in zip(kind.columns, headers, strict=True)),
                [],
            ),
        )
        for index, col in enumerate(kind.columns, start=1):
            letter = get_column_letter(index)
            # Text format for the whole column: a phone number or a clave never becomes a number.
            sheet.column_dimensions[letter].number_format = "@"
            values = _choices(kind, col.key, platforms)
            if not values:
                continue
            list_col += 1
            list_letter = get_column_letter(list_col)
            lists.cell(row=1, column=list_col, value=f"{kind.title}: {col.header}")
            for r, value in enumerate(values, start=2):
                lists.cell(row=r, column=list_col, value=value).data_type = "s"
            validation = DataValidation(
                type="list",
                formula1=f"Listas!${list_letter}$2:${list_letter}${len(values) + 1}",
                allow_blank=not col.required,
                showErrorMessage=True,
                errorTitle="Valor no permitido",
                error=f"Elija un valor de la lista ({col.header}).",
            )
            validation.add(f"{letter}2:{letter}{DATA_ROWS + 1}")
            sheet.add_data_validation(validation)
    workbook.move_sheet("Listas", offset=len(workbook.sheetnames))
    return save_book(workbook, "Plantilla de importación")
