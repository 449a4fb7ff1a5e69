"""From sheets to one draft per area: every cell checked, every bad row refused with its place.

A row is refused (and blocks the import unless ``--omitir-invalidas``) when a value cannot be
what its column says: an unknown platform, a malformed e-mail or date, an unknown code, a
``clave`` that disagrees with its entidad/distrito/tipo; and, across rows, a person who
administers in two areas, an account or a generic address listed in two areas, or the same
thing listed twice with different data. The same row given twice (the CSV and the JSON of
one list) is simply the same row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, overload

from pydantic import TypeAdapter, ValidationError

from validator.i18n import Message
from validator.importing.columns import BOOLEANS, BY_KEY, CODES, ENTIDADES, Kind, kind_of, norm
from validator.importing.tables import Sheet, Where
from validator.models.types import Email
from validator.models.vocabulary import ENTIDAD_NOMBRES_CORTOS as ENTIDAD_NAMES

_EMAIL: TypeAdapter[str] = TypeAdapter(Email)
_CLAVE = re.compile(r"^[a-z0-9]{2,32}$")
_LOCAL = re.compile(r"^jl([a-z]+)$")
_DISTRICT = re.compile(r"^jd(\d{2})([a-z]+)$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_UTSI_ACCOUNT = re.compile(r"^(?P<plat>[^:]+):\s*(?P<user>.*?)\s*\((?P<url>[^()]*)\)$")
_ENTIDAD_BY_NAME = {norm(n): c for c, n in ENTIDAD_NAMES.items()} | {
    norm("Estado de México"): "mex",
    norm("CDMX"): "cdmx",
}


#: Why a row is refused (the column's header goes before it: «correo» no es ...).
ROW_ERRORS: dict[str, Message] = {
    "required": Message(es="está vacía y es obligatoria", en="is empty and required"),
    "clave_form": Message(
        es="«{clave}» no es una clave de área (minúsculas y dígitos)",
        en="«{clave}» is not an area key (lowercase letters and digits)",
    ),
    "clave_entidad": Message(
        es="«{clave}»: «{entidad}» no es un código de entidad",
        en="«{clave}»: «{entidad}» is not a state code",
    ),
    "clave_distrito": Message(
        es="«{clave}»: el distrito debe estar entre 01 y 300",
        en="«{clave}»: the district must be between 01 and 300",
    ),
    "tipo_unknown": Message(
        es="«{value}» no es un tipo de área", en="«{value}» is not an area type"
    ),
    "tipo_mismatch": Message(
        es="«{code}» no corresponde a la clave «{clave}» ({tipo})",
        en="«{code}» does not match the key «{clave}» ({tipo})",
    ),
    "entidad_unknown": Message(
        es="«{value}» no es una entidad federativa", en="«{value}» is not a Mexican state"
    ),
    "mismatch": Message(
        es="«{value}» no corresponde a la clave «{clave}»",
        en="«{value}» does not match the key «{clave}»",
    ),
    "person_elsewhere": Message(
        es="«{correo}» ya administra en el área «{other}» ({place}); una persona administra "
        "en una sola área (4.2 III)",
        en="«{correo}» already administers in the area «{other}» ({place}); a person "
        "administers in one area only (4.2 III)",
    ),
    "person_also": Message(
        es="«{correo}» administra también en el área «{clave}» ({place})",
        en="«{correo}» also administers in the area «{clave}» ({place})",
    ),
    "rol_taken": Message(
        es="el área «{clave}» ya tiene otra persona como {rol} ({place})",
        en="the area «{clave}» already has another person as {rol} ({place})",
    ),
    "platform_unknown": Message(
        es="«{value}» no está en inventory/plataformas.yaml",
        en="«{value}» is not in inventory/plataformas.yaml",
    ),
    "url_https": Message(
        es="«{value}» no es una dirección https://", en="«{value}» is not an https:// address"
    ),
    "yes_no": Message(es="«{value}»: escriba sí o no", en="«{value}»: write sí or no"),
    "account_elsewhere": Message(
        es="la cuenta {plataforma}/{usuario} ya está en el área «{other}» ({place})",
        en="the account {plataforma}/{usuario} is already in the area «{other}» ({place})",
    ),
    "account_differs": Message(
        es="la cuenta {plataforma}/{usuario} ya está listada con otros datos ({place})",
        en="the account {plataforma}/{usuario} is already listed with other data ({place})",
    ),
    "asignado_required": Message(
        es="está vacía y es obligatoria cuando el estado es Asignado",
        en="is empty and required when the status is Asignado",
    ),
    "generic_elsewhere": Message(
        es="«{correo}» ya está en el área «{other}» ({place})",
        en="«{correo}» is already in the area «{other}» ({place})",
    ),
    "generic_differs": Message(
        es="«{correo}» ya está listado con otros datos ({place})",
        en="«{correo}» is already listed with other data ({place})",
    ),
    "accounts_form": Message(
        es="«{value}» no tiene la forma «Plataforma: usuario (url)»",
        en="«{value}» is not of the form «Plataforma: usuario (url)»",
    ),
    "link_platform": Message(
        es="la cuenta «{plat}: {user}» no es de una plataforma conocida",
        en="the account «{plat}: {user}» is not on a known platform",
    ),
    "link_two_mails": Message(
        es="la cuenta {plataforma}/{user} aparece asociada a «{one}» y a «{other}»",
        en="the account {plataforma}/{user} appears tied to «{one}» and to «{other}»",
    ),
    "code_unknown": Message(
        es="«{value}» no es un valor permitido", en="«{value}» is not an allowed value"
    ),
    "email_bad": Message(
        es="«{value}» no es un correo electrónico válido",
        en="«{value}» is not a valid e-mail address",
    ),
    "date_bad": Message(
        es="«{value}» no es una fecha (AAAA-MM-DD o DD/MM/AAAA)",
        en="«{value}» is not a date (YYYY-MM-DD or DD/MM/YYYY)",
    ),
    "cell": Message(es="«{header}» {reason}", en="«{header}» {reason}"),
}

#: The usage problems of a sheet that cannot be imported at all.
SHEET_PROBLEMS: dict[str, Message] = {
    "sheet": Message(es="{file}, hoja «{sheet}»", en="{file}, sheet «{sheet}»"),
    "unknown_kind": Message(
        es="{where}: no se reconoce el tipo de hoja por sus encabezados",
        en="{where}: the kind of sheet is not recognised from its headers",
    ),
    "missing_columns": Message(
        es="{where}: faltan las columnas {columns}", en="{where}: missing columns {columns}"
    ),
}


def _say(lang: str, key: str, params: dict[str, Any]) -> str:
    """Row error ``key`` in ``lang``; a :class:`Where` among ``params`` is told in ``lang``."""
    shown = {k: v.describe(lang) if isinstance(v, Where) else v for k, v in params.items()}
    return ROW_ERRORS[key].format(lang, **shown)


@dataclass(frozen=True, slots=True)
class RowError:
    where: Where
    message: str  # in the run's language (the Assembler's ``lang``)


@dataclass
class Person:
    rol: str
    nombre: str
    cargo: str
    nivel_mando: str
    vinculo: str
    correo: str
    telefono: str
    desde: date
    responsiva: date | None
    where: Where


@dataclass
class Account:
    plataforma: str
    usuario: str
    url: str
    correo_asociado: str | None
    vinculada: bool | None
    asociacion: date | None
    where: Where


@dataclass
class Generic:
    correo: str
    estado: str
    tramita: str
    solicitado: date
    asignado: date | None
    baja: date | None
    where: Where


@dataclass
class Titular:
    nombre: str | None
    cargo: str | None
    correo: str | None
    github: str | None


@dataclass
class Draft:
    """Everything the spreadsheets say about one area."""

    clave: str
    nombre: str | None = None
    tipo: str | None = None
    entidad: str | None = None
    distrito: int | None = None
    titular: Titular | None = None
    designacion: date | None = None
    people: dict[str, Person] = field(default_factory=dict)  # by rol
    accounts: dict[tuple[str, str], Account] = field(default_factory=dict)
    generics: dict[str, Generic] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)


def clave_parts(clave: str) -> tuple[str, str | None, int | None]:
    """(tipo, entidad, distrito) that a clave spells: jl<ent>, jd<NN><ent>, else central."""
    if m := _LOCAL.match(clave):
        return "junta_local", m.group(1), None
    if m := _DISTRICT.match(clave):
        return "junta_distrital", m.group(2), int(m.group(1))
    return "oficinas_centrales", None, None


class _Bad(Exception):
    def __init__(self, column: str, key: str, params: dict[str, Any]) -> None:
        super().__init__(key)
        self.column = column
        self.key = key
        self.params = params


@dataclass
class _Row:
    """One data row as column key → text, with the header each key came from."""

    kind: Kind
    values: dict[str, str]
    headers: dict[str, str]
    where: Where

    def text(self, key: str) -> str:
        return self.values.get(key, "").strip()

    def required(self, key: str) -> str:
        value = self.text(key)
        if not value:
            raise _Bad(key, "required", {})
        return value

    def bad(self, key: str, message: str, **params: Any) -> _Bad:
        return _Bad(key, message, params)

    def place(self, key: str) -> Where:
        return self.where.at(self.headers.get(key, key))


class Assembler:
    """Collects rows from any number of sheets into drafts and errors."""

    def __init__(self, platforms: dict[str, tuple[str, ...]], lang: str = "es") -> None:
        self.lang = lang
        # any name of a platform (its key, display name or an alias) -> its key
        self.platforms = {norm(k): k for k in platforms} | {
            norm(name): k for k, names in platforms.items() for name in names
        }
        self.drafts: dict[str, Draft] = {}
        self.errors: list[RowError] = []
        self.refused: set[Where] = set()  # rows refused (by their first cell's place)
        self._people: dict[str, tuple[str, Where]] = {}  # correo -> (clave, where)
        self._accounts: dict[tuple[str, str], tuple[str, Where]] = {}
        self._generics: dict[str, tuple[str, Where]] = {}
        self._links: list[tuple[str, str, str, str, Where]] = []  # utsi: clave, plat, user, correo
        self._norms: dict[str, str] = {}  # cell text -> norm(text), for this run's cells

    def norm(self, text: str) -> str:
        """:func:`norm` of a cell's text, worked out once per distinct text: a column of
        codes or platforms repeats the same few words in every row."""
        known = self._norms.get(text)
        if known is None:
            known = self._norms[text] = norm(text)
        return known

    # ------------------------------------------------------------------ sheets

    def add(self, sheet: Sheet) -> str | None:
        """Take a sheet's rows; returns a usage problem (unknown sheet) or None."""
        if sheet.records is not None:
            self._add_json(sheet)
            return None
        kind = kind_of(sheet.headers)
        lang = self.lang
        where = sheet.file
        if sheet.name:
            where = SHEET_PROBLEMS["sheet"].format(lang, file=sheet.file, sheet=sheet.name)
        if kind is None:
            if sheet.name and norm(sheet.name) in (norm("Instrucciones"), norm("Listas")):
                return None
            return SHEET_PROBLEMS["unknown_kind"].format(lang, where=where)
        missing = kind.missing(sheet.headers)
        if missing:
            return SHEET_PROBLEMS["missing_columns"].format(
                lang, where=where, columns=", ".join(missing)
            )
        positions = kind.positions(sheet.headers)
        # as the person reads the column, without the template's "required" mark (" *")
        headers = {key: sheet.headers[i].rstrip(" *") for key, i in positions.items()}
        for number, cells in sheet.rows:
            values = {k: cells[i] if i < len(cells) else "" for k, i in positions.items()}
            self._row(_Row(kind, values, headers, Where(sheet.file, sheet.name, number)))
        return None

    def _add_json(self, sheet: Sheet) -> None:
        kind = {"administradores": "personas", "correos": "correos", "cuentas": "cuentas"}[
            sheet.json_kind or ""
        ]
        for index, record in sheet.records or []:
            values = {k: _json_text(v) for k, v in record.items()}
            if kind == "cuentas":
                values["plataforma"] = values.get("plataforma_id") or values.get("plataforma", "")
            if kind == "correos":
                values["tramita"] = values.get("tramita_rol", "")
                values["cuentas"] = ""
                self._json_links(record, Where(sheet.file, None, index))
            headers = {k: k for k in values}
            self._row(_Row(BY_KEY[kind], values, headers, Where(sheet.file, None, index)))

    def _json_links(self, record: dict[str, Any], where: Where) -> None:
        for c in record.get("cuentas") or []:
            if isinstance(c, dict):
                self._links.append(
                    (
                        _json_text(record.get("clave")),
                        _json_text(c.get("plataforma")),
                        _json_text(c.get("usuario")),
                        _json_text(record.get("correo")),
                        where,
                    )
                )

    # ------------------------------------------------------------------ rows

    def _row(self, row: _Row) -> None:
        try:
            clave = self._clave(row)
            handler = {
                "areas": self._area,
                "personas": self._person,
                "cuentas": self._account,
                "correos": self._generic,
            }[row.kind.key]
            handler(row, clave)
        except _Bad as bad:
            reason = _say(self.lang, bad.key, bad.params)
            header = row.headers.get(bad.column, bad.column)
            self._refuse(row.place(bad.column), "cell", header=header, reason=reason)

    def _refuse(self, where: Where, key: str, **params: Any) -> None:
        self.errors.append(RowError(where, _say(self.lang, key, params)))
        self.refused.add(Where(where.file, where.sheet, where.row))

    def draft(self, clave: str, where: Where) -> Draft:
        draft = self.drafts.get(clave)
        if draft is None:
            tipo, entidad, distrito = clave_parts(clave)
            draft = self.drafts[clave] = Draft(clave, tipo=tipo, entidad=entidad, distrito=distrito)
        draft.files.add(where.file)
        return draft

    def _clave(self, row: _Row) -> str:
        clave = row.required("clave").lower()
        if not _CLAVE.match(clave):
            raise row.bad("clave", "clave_form", clave=clave)
        tipo, entidad, _ = clave_parts(clave)
        if entidad is not None and entidad not in ENTIDADES:
            raise row.bad("clave", "clave_entidad", clave=clave, entidad=entidad)
        if tipo == "junta_distrital" and not 1 <= (clave_parts(clave)[2] or 0) <= 300:
            raise row.bad("clave", "clave_distrito", clave=clave)
        return clave

    def _area(self, row: _Row, clave: str) -> None:
        tipo, entidad, distrito = clave_parts(clave)
        given_tipo = row.text("tipo")
        if given_tipo:
            code = CODES["tipo"].get(self.norm(given_tipo))
            if code is None:
                raise row.bad("tipo", "tipo_unknown", value=given_tipo)
            if code != tipo:
                raise row.bad("tipo", "tipo_mismatch", code=code, clave=clave, tipo=tipo)
        given_ent = row.text("entidad")
        if given_ent:
            code = self._entidad(given_ent)
            if code is None:
                raise row.bad("entidad", "entidad_unknown", value=given_ent)
            if code != entidad:
                raise row.bad("entidad", "mismatch", value=given_ent, clave=clave)
        given_dist = row.text("distrito")
        if given_dist and (not given_dist.isdigit() or int(given_dist) != distrito):
            raise row.bad("distrito", "mismatch", value=given_dist, clave=clave)
        correo = row.text("titular_correo")
        if correo:
            correo = _email(row, "titular_correo")
        draft = self.draft(clave, row.where)
        draft.nombre = row.required("nombre")
        draft.tipo, draft.entidad, draft.distrito = tipo, entidad, distrito
        draft.titular = Titular(
            row.text("titular_nombre") or None,
            row.text("titular_cargo") or None,
            correo or None,
            row.text("titular_github").lstrip("@") or None,
        )

    def _person(self, row: _Row, clave: str) -> None:
        person = Person(
            rol=self._code(row, "rol"),
            nombre=row.required("nombre"),
            cargo=row.required("cargo"),
            nivel_mando=self._code(row, "nivel_mando"),
            vinculo=self._code(row, "vinculo"),
            correo=_email(row, "correo"),
            telefono=row.required("telefono"),
            desde=_date(row, "desde", required=True),
            responsiva=_date(row, "fecha_responsiva"),
            where=row.where,
        )
        designacion = _date(row, "fecha_designacion")
        key = person.correo.casefold()
        other = self._people.get(key)
        if other is not None and other[0] != clave:
            self._refuse(
                row.place("correo"),
                "person_elsewhere",
                correo=person.correo,
                other=other[0],
                place=other[1],
            )
            self._refuse(
                other[1].at(row.headers.get("correo", "correo")),
                "person_also",
                correo=person.correo,
                clave=clave,
                place=row.where,
            )
            return
        draft = self.draft(clave, row.where)
        existing = draft.people.get(person.rol)
        if existing is not None and not _same(existing, person):
            raise row.bad("rol", "rol_taken", clave=clave, rol=person.rol, place=existing.where)
        self._people[key] = (clave, row.where)
        draft.people[person.rol] = person
        if designacion is not None:
            draft.designacion = designacion
        if row.text("area") and draft.nombre is None:
            draft.nombre = row.text("area")

    def _account(self, row: _Row, clave: str) -> None:
        raw = row.required("plataforma")
        plataforma = self.platforms.get(self.norm(raw))
        if plataforma is None:
            raise row.bad("plataforma", "platform_unknown", value=raw)
        usuario = row.required("usuario").lstrip("@")
        url = row.required("url")
        if not url.lower().startswith("https://"):
            raise row.bad("url", "url_https", value=url)
        correo = row.text("correo_asociado")
        vinculada_text = row.text("vinculada")
        vinculada = None
        if vinculada_text:
            vinculada = BOOLEANS.get(vinculada_text.casefold())
            if vinculada is None:
                raise row.bad("vinculada", "yes_no", value=vinculada_text)
        account = Account(
            plataforma,
            usuario,
            url,
            _email(row, "correo_asociado") if correo else None,
            vinculada,
            _date(row, "asociacion"),
            row.where,
        )
        key = (plataforma, usuario.casefold())
        other = self._accounts.get(key)
        if other is not None and other[0] != clave:
            raise row.bad(
                "usuario",
                "account_elsewhere",
                plataforma=plataforma,
                usuario=usuario,
                other=other[0],
                place=other[1],
            )
        draft = self.draft(clave, row.where)
        existing = draft.accounts.get(key)
        if existing is not None:
            merged = _merge_account(existing, account)
            if merged is None:
                raise row.bad(
                    "usuario",
                    "account_differs",
                    plataforma=plataforma,
                    usuario=usuario,
                    place=existing.where,
                )
            account = merged
        self._accounts[key] = (clave, row.where)
        draft.accounts[key] = account
        if row.text("area") and draft.nombre is None:
            draft.nombre = row.text("area")

    def _generic(self, row: _Row, clave: str) -> None:
        generic = Generic(
            correo=_email(row, "correo"),
            estado=self._code(row, "estado"),
            tramita=self._code(row, "tramita"),
            solicitado=_date(row, "solicitado", required=True),
            asignado=_date(row, "asignado"),
            baja=_date(row, "baja"),
            where=row.where,
        )
        if generic.estado == "asignado" and generic.asignado is None:
            raise row.bad("asignado", "asignado_required")
        key = generic.correo.casefold()
        other = self._generics.get(key)
        if other is not None and other[0] != clave:
            raise row.bad(
                "correo", "generic_elsewhere", correo=generic.correo, other=other[0], place=other[1]
            )
        draft = self.draft(clave, row.where)
        existing = draft.generics.get(key)
        if existing is not None and not _same(existing, generic):
            raise row.bad("correo", "generic_differs", correo=generic.correo, place=existing.where)
        self._generics[key] = (clave, row.where)
        draft.generics[key] = generic
        for part in filter(None, (p.strip() for p in row.text("cuentas").split(";"))):
            m = _UTSI_ACCOUNT.match(part)
            if m is None:
                raise row.bad("cuentas", "accounts_form", value=part)
            self._links.append(
                (clave, m.group("plat"), m.group("user"), generic.correo, row.where.at(
                    row.headers.get("cuentas", "cuentas")))
            )  # fmt: skip
        if row.text("area") and self.drafts[clave].nombre is None:
            self.drafts[clave].nombre = row.text("area")

    def _code(self, row: _Row, key: str) -> str:
        text = row.required(key)
        code = CODES[key].get(self.norm(text))
        if code is None:
            raise row.bad(key, "code_unknown", value=text)
        return code

    def _entidad(self, text: str) -> str | None:
        code = text.strip().lower()
        if code in ENTIDADES:
            return code
        return _ENTIDAD_BY_NAME.get(self.norm(text))

    # ------------------------------------------------------------------ finish

    def finish(self) -> None:
        """Tie each account to the generic address the UTSI list names for it."""
        for clave, plat, user, correo, where in self._links:
            plataforma = self.platforms.get(self.norm(plat))
            draft = self.drafts.get(clave)
            if plataforma is None or draft is None:
                self._refuse(where, "link_platform", plat=plat, user=user)
                continue
            account = draft.accounts.get((plataforma, user.casefold()))
            if account is None:
                continue  # listed only by the UTSI: not in the public list given
            if account.correo_asociado and account.correo_asociado.casefold() != correo.casefold():
                self._refuse(
                    where,
                    "link_two_mails",
                    plataforma=plataforma,
                    user=user,
                    one=account.correo_asociado,
                    other=correo,
                )
                continue
            account.correo_asociado = correo


def _json_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sí" if value else "no"
    return str(value)


def _same(a: Any, b: Any) -> bool:
    fields = [f for f in a.__dataclass_fields__ if f != "where"]
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def _merge_account(a: Account, b: Account) -> Account | None:
    """The same account from two lists: equal where both say something."""
    out = Account(
        a.plataforma, a.usuario, a.url, a.correo_asociado, a.vinculada, a.asociacion, a.where
    )
    for name in ("url", "correo_asociado", "vinculada", "asociacion"):
        mine, theirs = getattr(a, name), getattr(b, name)
        if mine is None:
            setattr(out, name, theirs)
        elif theirs is not None and theirs != mine:
            return None
    return out


def _email(row: _Row, key: str) -> str:
    text = row.required(key)
    try:
        return _EMAIL.validate_python(text)
    except ValidationError:
        raise row.bad(key, "email_bad", value=text) from None


@overload
def _date(row: _Row, key: str, required: Literal[True]) -> date: ...
@overload
def _date(row: _Row, key: str, required: bool = False) -> date | None: ...
def _date(row: _Row, key: str, required: bool = False) -> date | None:
    """The cell's date; a required cell is never empty (:meth:`_Row.required` refuses it)."""
    text = row.required(key) if required else row.text(key)
    if not text:
        return None
    try:
        if m := _DMY.match(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(text[:10]) if len(text) in (10, 19) else date.fromisoformat(text)
    except ValueError:
        raise row.bad(key, "date_bad", value=text) from None
