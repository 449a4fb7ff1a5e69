"""Spanish labels for the inventory's codes, as the spreadsheets and pages show them."""

from __future__ import annotations

ROL = {"propietaria": "Propietaria", "suplente": "Suplente"}
NIVEL_MANDO = {"superior": "Superior", "medio": "Medio", "operativo": "Operativo"}
VINCULO = {
    "servidora_publica": "Servidora pública",
    "prestadora_servicios": "Prestadora de servicios",
}
ESTADO_CORREO = {"solicitado": "Solicitado", "asignado": "Asignado", "baja": "Baja"}


def label(table: dict[str, str], code: object) -> str:
    if code is None:
        return ""
    return table.get(str(code), str(code))
