"""The closed vocabularies of an area file: area types, levels, links, roles, states, the 32
federal entities and their names.

Floor 1, beside the models that use them; no pydantic, so a tool that needs only the words
(``ine-redes import``, the reminders) does not build the models.
"""

from __future__ import annotations

from typing import Literal

TipoArea = Literal["oficinas_centrales", "junta_local", "junta_distrital"]
NivelMando = Literal["superior", "medio", "operativo"]
Vinculo = Literal["servidora_publica", "prestadora_servicios"]
Rol = Literal["propietaria", "suplente"]
EstadoCorreo = Literal["solicitado", "asignado", "baja"]
TipoInforme = Literal["cambio", "trimestral"]
# The 32 federal entities (INE's usual short codes).
Entidad = Literal[
    "ags", "bc", "bcs", "camp", "coah", "col", "chis", "chih", "cdmx", "dgo", "gto", "gro",
    "hgo", "jal", "mex", "mich", "mor", "nay", "nl", "oax", "pue", "qro", "qroo", "slp",
    "sin", "son", "tab", "tamps", "tlax", "ver", "yuc", "zac",
]  # fmt: skip
# Each entity's name as it reads after "en" ("Junta Local Ejecutiva en el Estado de México");
# the wizard also accepts it (without the article) in place of the code.
ENTIDAD_NOMBRES: dict[str, str] = {
    "ags": "Aguascalientes", "bc": "Baja California", "bcs": "Baja California Sur",
    "camp": "Campeche", "coah": "Coahuila", "col": "Colima", "chis": "Chiapas",
    "chih": "Chihuahua", "cdmx": "la Ciudad de México", "dgo": "Durango",
    "gto": "Guanajuato", "gro": "Guerrero", "hgo": "Hidalgo", "jal": "Jalisco",
    "mex": "el Estado de México", "mich": "Michoacán", "mor": "Morelos", "nay": "Nayarit",
    "nl": "Nuevo León", "oax": "Oaxaca", "pue": "Puebla", "qro": "Querétaro",
    "qroo": "Quintana Roo", "slp": "San Luis Potosí", "sin": "Sinaloa", "son": "Sonora",
    "tab": "Tabasco", "tamps": "Tamaulipas", "tlax": "Tlaxcala", "ver": "Veracruz",
    "yuc": "Yucatán", "zac": "Zacatecas",
}  # fmt: skip
# The same names without the article, as a list or a form shows them ("Ciudad de México").
ENTIDAD_NOMBRES_CORTOS: dict[str, str] = {
    code: name.removeprefix("el ").removeprefix("la ") for code, name in ENTIDAD_NOMBRES.items()
}
