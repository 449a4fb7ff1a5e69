"""Gather every obligation of every area (or one) as of a date: the reminders' data.

Formats (text, json, markdown, ics, html) only render a :class:`Reminders`; the dates come
from :mod:`validator.obligations`, the same functions the time rules use.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from validator.i18n import Message, TextedError
from validator.models.vocabulary import ENTIDAD_NOMBRES_CORTOS
from validator.obligations import (
    KINDS,
    STATUS_ORDER,
    Obligation,
    area_obligations,
)

if TYPE_CHECKING:
    from validator.calendar import BusinessCalendar
    from validator.loading.sources import Inventory, SourceFile
    from validator.models import Area, Lineamientos, Plataformas

#: Obligations that recur: their next due date is worth a calendar entry even when met.
PERIODIC = ("rotacion-contrasena", "informe-trimestral")

# The entities' names come from the models (one list); shown here without the article.
ENTIDADES: dict[str, str] = ENTIDAD_NOMBRES_CORTOS


REMINDERS_ERRORS: dict[str, Message] = {
    "lineamientos": Message(
        es="{path} no es válido; ejecute `ine-redes validate`",
        en="{path} is not valid; run `ine-redes validate`",
    ),
    "area": Message(
        es="no hay un área válida con clave '{area}'",
        en="there is no valid area with clave '{area}'",
    ),
    "no_mail_settings": Message(
        es="{path} no tiene la sección recordatorios_correo (servidor, puerto, seguridad, "
        "remitente): la CNCS debe configurarla para enviar recordatorios",
        en="{path} has no recordatorios_correo section (servidor, puerto, seguridad, "
        "remitente): CNCS must configure it to send reminders",
    ),
}


class RemindersError(TextedError):
    """The reminders cannot be computed (broken catalogue, unknown area): exit 2. ``str()``
    is the Spanish text; :meth:`message` gives it in the run's language."""

    TEXTS = REMINDERS_ERRORS


@dataclass(frozen=True, slots=True)
class Item:
    """One obligation with the place in the file it hangs on."""

    obligation: Obligation
    file: str
    line: int
    column: int

    @property
    def kind(self) -> str:
        return self.obligation.kind


@dataclass(frozen=True, slots=True)
class Titular:
    nombre: str
    correo: str
    github: str


@dataclass(frozen=True, slots=True)
class Persona:
    """An administrador of the area, as a reminder's recipient."""

    rol: str
    nombre: str
    correo: str


@dataclass(frozen=True, slots=True)
class AreaReminders:
    clave: str
    nombre: str
    tipo: str
    entidad: str | None
    distrito: int | None
    file: str
    titular: Titular
    items: list[Item]  # every obligation of the area, most urgent first
    within: int
    administradores: tuple[Persona, ...] = ()

    @property
    def due(self) -> list[Item]:
        """What to remind: overdue, pending and due within ``within`` days."""
        return [i for i in self.items if i.obligation.pending]

    @property
    def calendar(self) -> list[Item]:
        """What a subscribed calendar shows: everything pending plus the next recurring dates."""
        return [
            i
            for i in self.items
            if i.obligation.pending or (i.kind in PERIODIC and i.obligation.due is not None)
        ]

    def of_kind(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    @property
    def group(self) -> str:
        """Group key: '' for oficinas centrales, else the entidad's code."""
        return "" if self.tipo == "oficinas_centrales" else (self.entidad or "")


@dataclass(frozen=True, slots=True)
class Reminders:
    as_of: date
    within: int
    aviso_anticipado_dias: int
    correo_cncs: str
    areas: list[AreaReminders]
    skipped: list[str] = field(default_factory=list)  # invalid area files (see validate)

    @property
    def due_areas(self) -> list[AreaReminders]:
        return [a for a in self.areas if a.due]

    def counts(self) -> dict[str, int]:
        """Obligations per status (every area), plus how many are due."""
        out: dict[str, int] = dict.fromkeys(STATUS_ORDER, 0)
        for area in self.areas:
            for item in area.items:
                out[item.obligation.status] += 1
        out["due"] = sum(len(a.due) for a in self.areas)
        return out


def entidad_name(code: str | None) -> str:
    return ENTIDADES.get(code or "", code or "")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def area_order(area: AreaReminders) -> tuple[int, str, int, int, str]:
    """Oficinas centrales first, then entidades by name; junta local before distritales."""
    if area.tipo == "oficinas_centrales":
        return (0, "", 0, 0, area.clave)
    local = 0 if area.tipo == "junta_local" else 1
    return (1, _fold(entidad_name(area.entidad)), local, area.distrito or 0, area.clave)


def _item_order(item: Item) -> tuple[int, date, int, int]:
    ob = item.obligation
    return (STATUS_ORDER.index(ob.status), ob.due or date.min, KINDS.index(ob.kind), item.line)


def _locate(source: SourceFile, ob: Obligation) -> tuple[int, int]:
    if ob.at_key:
        return source.doc.locate_key(ob.path)
    return source.doc.locate(ob.path)


def collect(
    inventory: Inventory,
    as_of: date,
    within: int | None = None,
    area: str | None = None,
) -> Reminders:
    """Every obligation of every valid area (or of ``area``) as of ``as_of``.

    ``within`` (default ``aviso_anticipado_dias``) is how many days ahead a due date counts
    as due. Raises :class:`RemindersError` when lineamientos.yaml is broken or ``area`` is
    not a clave of the inventory.
    """
    from validator.calendar import BusinessCalendar

    lin = inventory.lineamientos
    if lin is None:
        raise RemindersError("lineamientos", path=inventory.lineamientos_file.path)
    days = lin.aviso_anticipado_dias if within is None else within
    cal = BusinessCalendar(lin.dias_inhabiles_adicionales)
    skipped = [f.path for f in inventory.area_files if f.model is None]
    sources = [f for f in inventory.area_files if f.model is not None]
    if area is not None:
        sources = [f for f in sources if f.area.clave == area]
        if not sources:
            raise RemindersError("area", area=area)
    plataformas = inventory.plataformas
    areas = [_area(source, source.area, lin, cal, as_of, days, plataformas) for source in sources]
    areas.sort(key=area_order)
    return Reminders(
        as_of=as_of,
        within=days,
        aviso_anticipado_dias=lin.aviso_anticipado_dias,
        correo_cncs=lin.correo_cncs,
        areas=areas,
        skipped=skipped if area is None else [],
    )


def _area(
    source: SourceFile,
    model: Area,
    lin: Lineamientos,
    cal: BusinessCalendar,
    as_of: date,
    days: int,
    plataformas: Plataformas | None,
) -> AreaReminders:
    obligations = area_obligations(model, lin, cal, as_of, warn_days=days, plataformas=plataformas)
    items = [Item(ob, source.path, *_locate(source, ob)) for ob in obligations]
    items.sort(key=_item_order)
    t = model.titular
    return AreaReminders(
        clave=model.clave,
        nombre=model.nombre,
        tipo=model.tipo,
        entidad=model.entidad,
        distrito=model.distrito,
        file=source.path,
        titular=Titular(t.nombre, t.correo, t.github),
        items=items,
        within=days,
        administradores=tuple(
            Persona(rol, a.nombre, a.correo) for rol, a in model.administrators()
        ),
    )
