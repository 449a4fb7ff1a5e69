"""administrador-unico: one person administers the accounts of one area only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from validator.loading.sources import SourceFile
from validator.models.types import mailbox
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

if TYPE_CHECKING:
    from validator.models.area import Rol


@rule(
    id="administrador-unico",
    severity=ERROR,
    clause="4.2 III",
    summary=Message(
        es="Una misma persona (por su correo) no es administradora en dos áreas.",
        en="The same person (by their address) is not an administrator in two areas.",
    ),
    description=Message(
        es="Cada titular designa a dos personas 'adscritas a su área' (4.2 III): una persona "
        "adscrita a un área no puede estarlo a otra. El `correo` de cada persona "
        "administradora se compara, sin distinguir mayúsculas, con el de las personas "
        "administradoras de todas las demás áreas; un correo repetido es un error en los "
        "dos archivos, cada uno nombrando al otro.",
        en="Each titular designates two people 'assigned to their area' (4.2 III): a person "
        "assigned to one area cannot be assigned to another. Every administrator's `correo` "
        "is compared, ignoring case, with the administrators of every other area; a "
        "repeated address is an error in both files, each naming the other.",
    ),
    messages={
        "default": Message(
            es="{nombre} ({correo}) es persona administradora {rol_es} en esta área y también "
            "en el área {other_area} ({other_file}, línea {other_line}). Las personas "
            "administradoras están adscritas al área que las designa (4.2 III): corrija el "
            "correo o designe a otra persona en una de las dos áreas.",
            en="{nombre} ({correo}) is the {rol_en} administrator of this area and also of "
            "area {other_area} ({other_file}, line {other_line}). Administrators belong to "
            "the area that designates them (4.2 III): fix the address or designate someone "
            "else in one of the two areas.",
        ),
    },
    passing="# jd01ags.yaml\nadministradores:\n  propietaria: {correo: juan.perez@ine.mx}\n"
    "# jd02ags.yaml\nadministradores:\n  propietaria: {correo: laura.diaz@ine.mx}\n",
    failing="# jd01ags.yaml\nadministradores:\n  propietaria: {correo: juan.perez@ine.mx}\n"
    "# jd02ags.yaml\nadministradores:\n  suplente: {correo: Juan.Perez@ine.mx}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    seen: dict[str, list[tuple[SourceFile, Rol]]] = {}
    for source in ctx.all_areas:
        for rol, adm in source.area.administrators():
            seen.setdefault(mailbox(adm.correo), []).append((source, rol))
    targets = {s.path for s in ctx.areas}
    for places in seen.values():
        areas = {s.path for s, _ in places}
        if len(areas) < 2:
            continue  # once, or twice in one area (dos-administradores' concern)
        for source, rol in places:
            if source.path not in targets:
                continue
            for other, other_rol in places:
                if other.path == source.path:
                    continue
                adm = getattr(source.area.administradores, rol)
                yield problem(
                    source,
                    ("administradores", rol, "correo"),
                    nombre=adm.nombre,
                    correo=adm.correo,
                    rol_es=rol,
                    rol_en="owner" if rol == "propietaria" else "deputy",
                    other_area=other.area.clave,
                    other_file=other.path,
                    other_line=other.doc.locate(("administradores", other_rol, "correo"))[0],
                )
