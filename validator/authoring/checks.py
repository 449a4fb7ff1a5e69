"""Each answer of a new area, checked against the contract, the lineamientos and the inventory.

:class:`Checker` holds one method per answer: it returns the normalised value or raises
:class:`~validator.authoring.area_file.Invalid` with a message (Spanish or English) that
says what is wrong, which clause asks for it and how to fix it. The wizard (interactive or
not) calls these methods.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from validator.authoring.area_file import (
    ACCESOS,
    ENTIDADES,
    NIVELES,
    NIVELES_ROL,
    ROLES,
    TIPOS,
    VINCULOS,
    Cuenta,
    Invalid,
    file_sha256,
)

if TYPE_CHECKING:
    from validator.accounts import Identities, Registry
    from validator.loading.sources import Inventory
    from validator.models import Lineamientos, Plataformas

_CLAVE_RE = re.compile(r"^[a-z0-9]{2,16}$")
_GITHUB_RE = re.compile(r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$")
_PHONE_RE = re.compile(r"^[0-9+()\s.,\-a-zA-Z]{5,60}$")
_SHA_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_USUARIO_RE = re.compile(r"^[A-Za-z0-9._-]{1,100}$")


def _msg(lang: str, es: str, en: str) -> str:
    return en if lang == "en" else es


class Checker:
    """Checks each answer against the contract, the lineamientos and the inventory."""

    def __init__(self, inventory: Inventory, fecha: date, lang: str = "es") -> None:
        self.inventory = inventory
        self.root = inventory.root
        self.today = fecha
        self.lang = lang
        if inventory.lineamientos is None or inventory.plataformas is None:
            raise Invalid(
                _msg(
                    lang,
                    "los catálogos inventory/lineamientos.yaml o inventory/plataformas.yaml no "
                    "son válidos; corrija primero lo que indica `ine-redes validate`",
                    "inventory/lineamientos.yaml or inventory/plataformas.yaml is not valid; "
                    "first fix what `ine-redes validate` reports",
                )
            )
        self.lineamientos: Lineamientos = inventory.lineamientos
        self.plataformas: Plataformas = inventory.plataformas
        self._registry: Registry | None = None

    def m(self, es: str, en: str) -> str:
        return _msg(self.lang, es, en)

    @property
    def dominio(self) -> str:
        return self.lineamientos.dominio

    @property
    def identities(self) -> Identities:
        return self.registry.identities

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from validator.accounts import registry_from_inventory

            self._registry = registry_from_inventory(self.inventory)
        return self._registry

    # -- area
    def tipo(self, value: str) -> str:
        value = value.strip()
        if value not in TIPOS:
            raise Invalid(
                self.m(
                    f"«{value}» no es un tipo de área; escriba oficinas_centrales, junta_local "
                    "o junta_distrital (3 a)",
                    f"'{value}' is not an area type; write oficinas_centrales, junta_local or "
                    "junta_distrital (3 a)",
                )
            )
        return value

    def entidad(self, value: str) -> str:
        value = value.strip().lower()
        if value not in ENTIDADES:
            raise Invalid(
                self.m(
                    f"«{value}» no es un código de entidad; use uno de: {', '.join(ENTIDADES)} "
                    "(tabla del apartado 7 de docs/formato-inventario.md)",
                    f"'{value}' is not a state code; use one of: {', '.join(ENTIDADES)}",
                )
            )
        return value

    def distrito(self, value: str | int) -> int:
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= 300:
            raise Invalid(
                self.m(
                    f"«{text}» no es un número de distrito; escriba un entero de 1 a 300, sin "
                    "ceros a la izquierda",
                    f"'{text}' is not a district number; write an integer from 1 to 300",
                )
            )
        return int(text)

    def clave(self, value: str) -> str:
        value = value.strip()
        if not _CLAVE_RE.match(value):
            raise Invalid(
                self.m(
                    f"«{value}» no es una clave válida: de 2 a 16 letras minúsculas sin acentos "
                    "o dígitos (p. ej. jd05ags, jlcdmx, deceyec)",
                    f"'{value}' is not a valid clave: 2 to 16 lower-case letters or digits "
                    "(e.g. jd05ags, jlcdmx, deceyec)",
                )
            )
        areas_dir = self.root / "inventory" / "areas"
        taken = {f.clave for f in self.inventory.area_files}
        if (
            value in taken
            or (areas_dir / f"{value}.yaml").exists()
            or (areas_dir / f"{value}.yml").exists()
        ):
            raise Invalid(
                self.m(
                    f"el área «{value}» ya existe (inventory/areas/{value}.yaml); edite ese "
                    "archivo en lugar de crear otro",
                    f"area '{value}' already exists (inventory/areas/{value}.yaml); edit that "
                    "file instead",
                )
            )
        return value

    def text(self, value: str, what: str, what_en: str) -> str:
        from validator.models.types import Text

        value = " ".join(value.split())
        if not value or len(value) > 500:
            raise Invalid(
                self.m(
                    f"escriba {what} (de 1 a 500 caracteres)",
                    f"enter {what_en} (1 to 500 characters)",
                )
            )
        return self._as_model_type(Text, value)

    def _as_model_type(self, type_: object, value: str) -> str:
        """``value`` checked by the model's own field type (so the two never drift)."""
        from pydantic import TypeAdapter, ValidationError

        try:
            TypeAdapter(type_).validate_python(value)
        except ValidationError as exc:
            error = exc.errors()[0]
            ctx = error.get("ctx") or {}
            if error["type"] == "texto_invisible":
                raise Invalid(
                    self.m(
                        f"«{value.encode('unicode_escape').decode()}» contiene un carácter "
                        f"invisible o de control ({ctx.get('char')}, posición "
                        f"{ctx.get('position')}); escríbalo de nuevo sin pegarlo de otro documento",
                        f"'{value.encode('unicode_escape').decode()}' contains an invisible or "
                        f"control character ({ctx.get('char')}, position {ctx.get('position')}); "
                        "type it again instead of pasting it",
                    )
                ) from None
            raise Invalid(
                self.m(
                    f"«{value}» no es válido: {error['msg']}",
                    f"'{value}' is not valid: {error['msg']}",
                )
            ) from None
        return value

    def correo_persona(self, value: str, taken: dict[str, str] | None = None) -> str:
        """A person's own institutional address (4.1 párr. 3 (1)); distinct from ``taken``."""
        from validator.models.types import _email_problem

        value = value.strip().lower()
        problem = _email_problem(value)
        if problem is not None:
            raise Invalid(
                self.m(
                    f"«{value}» no es un correo válido ({problem})",
                    f"'{value}' is not a valid address ({problem})",
                )
            )
        if not value.endswith("@" + self.dominio):
            raise Invalid(
                self.m(
                    f"«{value}» no es un correo institucional: debe terminar en @{self.dominio} "
                    "(4.1 párr. 3 (1))",
                    f"'{value}' is not an institutional address: it must end in @{self.dominio} "
                    "(4.1 para. 3 (1))",
                )
            )
        if self._generic_pattern().match(value) or value in self._generic_addresses():
            raise Invalid(
                self.m(
                    f"«{value}» es un correo genérico de redes; aquí va el correo propio de la "
                    "persona (4.2 II)",
                    f"'{value}' is a generic social-media address; enter the person's own "
                    "address (4.2 II)",
                )
            )
        for who, other in (taken or {}).items():
            if other == value:
                raise Invalid(
                    self.m(
                        f"«{value}» ya es el correo de {who}: la propietaria y la suplente deben "
                        "ser dos personas distintas (4.2 III)",
                        f"'{value}' is already the address of the {who}: the two administrators "
                        "must be different people (4.2 III)",
                    )
                )
        return value

    def github(self, value: str) -> str:
        value = value.strip().lstrip("@")
        if not _GITHUB_RE.match(value):
            raise Invalid(
                self.m(
                    f"«{value}» no es una cuenta de GitHub válida (letras, dígitos y guiones "
                    "simples, hasta 39 caracteres)",
                    f"'{value}' is not a valid GitHub login (letters, digits and single "
                    "hyphens, up to 39 characters)",
                )
            )
        return value

    def nivel(self, value: str, rol: str) -> str:
        value = value.strip().lower()
        allowed = NIVELES_ROL[rol]
        if value not in NIVELES:
            raise Invalid(
                self.m(
                    f"«{value}» no es un nivel de mando; escriba {' o '.join(allowed)}",
                    f"'{value}' is not a command level; write {' or '.join(allowed)}",
                )
            )
        if value not in allowed:
            quien = "propietaria" if rol == "propietaria" else "suplente"
            raise Invalid(
                self.m(
                    f"la persona {quien} debe tener mando {' o '.join(allowed)}, no {value} "
                    "(4.2 III); designe a otra persona o corrija el nivel",
                    f"the {rol} administrator must be of {' or '.join(allowed)} command "
                    f"level, not {value} (4.2 III); designate someone else or fix the level",
                )
            )
        return value

    def vinculo(self, value: str) -> str:
        value = value.strip().lower()
        if value not in VINCULOS:
            raise Invalid(
                self.m(
                    f"«{value}» no es un vínculo; escriba servidora_publica o prestadora_servicios",
                    f"'{value}' is not a valid link; write servidora_publica or "
                    "prestadora_servicios",
                )
            )
        return value

    def telefono(self, value: str) -> str:
        value = " ".join(value.split())
        if not _PHONE_RE.match(value):
            raise Invalid(
                self.m(
                    f"«{value}» no es un teléfono válido: de 5 a 60 caracteres con dígitos, "
                    "espacios, +, (, ), guiones y la extensión (p. ej. 449 910 0000 ext. 1234)",
                    f"'{value}' is not a valid phone: 5 to 60 characters of digits, spaces, "
                    "+, (, ), hyphens and the extension (e.g. 449 910 0000 ext. 1234)",
                )
            )
        return value

    def fecha(self, value: str | date, *, not_before: date | None = None, what: str = "") -> date:
        if isinstance(value, date):
            day = value
        else:
            text = value.strip()
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                    raise ValueError
                day = date.fromisoformat(text)
            except ValueError:
                raise Invalid(
                    self.m(
                        f"«{text}» no es una fecha; escríbala como AAAA-MM-DD (p. ej. "
                        f"{self.today.isoformat()})",
                        f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. "
                        f"{self.today.isoformat()})",
                    )
                ) from None
        if not_before is not None and day < not_before:
            raise Invalid(
                self.m(
                    f"{what} no puede ser anterior al {not_before.isoformat()}",
                    f"{what} cannot be earlier than {not_before.isoformat()}",
                )
            )
        return day

    def responsiva_fecha(self, value: str | date, desde: date) -> date:
        day = self.fecha(value)
        earliest = desde - timedelta(days=self.lineamientos.designacion_antelacion_max_dias)
        if day < earliest:
            raise Invalid(
                self.m(
                    f"la responsiva del {day.isoformat()} es de más de "
                    f"{self.lineamientos.designacion_antelacion_max_dias} días antes de que surta "
                    f"efecto la designación ({desde.isoformat()}): firme una nueva (4.3 I; Anexo 2)",
                    f"a responsiva dated {day.isoformat()} is more than "
                    f"{self.lineamientos.designacion_antelacion_max_dias} days before the "
                    f"designation takes effect ({desde.isoformat()}): sign a new one",
                )
            )
        return day

    def designacion_fecha(self, value: str | date, latest_desde: date) -> date:
        day = self.fecha(value)
        earliest = latest_desde - timedelta(days=self.lineamientos.designacion_antelacion_max_dias)
        if day < earliest:
            raise Invalid(
                self.m(
                    f"el Anexo 1 del {day.isoformat()} es de más de "
                    f"{self.lineamientos.designacion_antelacion_max_dias} días antes del "
                    f"{latest_desde.isoformat()}: debe designar a la pareja actual (4.2 IV)",
                    f"an Anexo 1 dated {day.isoformat()} is more than "
                    f"{self.lineamientos.designacion_antelacion_max_dias} days before "
                    f"{latest_desde.isoformat()}: it must designate the current pair (4.2 IV)",
                )
            )
        return day

    def informe_fecha(self, value: str | date, desdes: list[date]) -> date:
        from validator.calendar import BusinessCalendar

        day = self.fecha(value)
        cal = BusinessCalendar(self.lineamientos.dias_inhabiles_adicionales)
        ante = self.lineamientos.designacion_antelacion_max_dias
        plazo = self.lineamientos.plazo_aviso_cambio_dias_habiles
        for desde in desdes:
            due = cal.add_business_days(desde, plazo)
            if not desde - timedelta(days=ante) <= day <= due:
                raise Invalid(
                    self.m(
                        f"el aviso de cambio del {day.isoformat()} no cae en el plazo de la "
                        f"designación del {desde.isoformat()}: debe fecharse a más tardar el "
                        f"{due.isoformat()} ({plazo} días hábiles, 4.2 V)",
                        f"a change report dated {day.isoformat()} is outside the term of the "
                        f"designation of {desde.isoformat()}: it is due by {due.isoformat()} "
                        f"({plazo} business days, 4.2 V)",
                    )
                )
        return day

    def oficio(self, value: str) -> str:
        from validator.models.types import Oficio

        value = " ".join(value.split())
        if not 3 <= len(value) <= 120:
            raise Invalid(
                self.m(
                    "escriba el número de oficio (de 3 a 120 caracteres, p. ej. "
                    "INE/JDE05-AGS/0042/2026)",
                    "enter the oficio number (3 to 120 characters, e.g. INE/JDE05-AGS/0042/2026)",
                )
            )
        return self._as_model_type(Oficio, value)

    def documento(self, value: str) -> str | None:
        """A signed scan: its SHA-256, or the path of the file (hashed); empty: later."""
        value = value.strip()
        if not value:
            return None
        if _SHA_RE.match(value):
            return value.lower()
        path = Path(value).expanduser()
        if path.is_file():
            return file_sha256(path)
        raise Invalid(
            self.m(
                f"«{value}» no es un archivo ni una huella SHA-256 (64 caracteres "
                "hexadecimales); deje vacío para registrarlo después con "
                "`ine-redes formatos registrar`",
                f"'{value}' is neither a file nor a SHA-256 digest (64 hex characters); leave "
                "it empty to register it later with `ine-redes formatos registrar`",
            )
        )

    # -- generic addresses and accounts
    def _generic_pattern(self, clave: str | None = None) -> re.Pattern[str]:
        pattern = self.lineamientos.correo_generico_patron
        return re.compile(pattern.replace("{clave}", re.escape(clave) if clave else "[a-z0-9]+"))

    def _generic_addresses(self) -> set[str]:
        out: set[str] = set()
        for f in self.inventory.area_files:
            if f.model is not None:
                out |= {c.correo.lower() for c in f.model.correos_genericos}
        return out

    def suggest_generic(self, clave: str, taken: list[str]) -> str:
        for n in ("", *map(str, range(2, 100))):
            candidate = f"redes{n}.{clave}@{self.dominio}"
            if (
                candidate not in taken
                and candidate not in self._generic_addresses()
                and self._generic_pattern(clave).match(candidate)
            ):
                return candidate
        return f"redes.{clave}@{self.dominio}"

    def correo_generico(self, value: str, clave: str, taken: list[str], people: list[str]) -> str:
        from validator.models.types import _email_problem

        value = value.strip().lower()
        problem = _email_problem(value)
        if problem is not None:
            raise Invalid(
                self.m(
                    f"«{value}» no es un correo válido ({problem})",
                    f"'{value}' is not a valid address ({problem})",
                )
            )
        if not value.endswith("@" + self.dominio):
            raise Invalid(
                self.m(
                    f"«{value}» debe estar en el dominio @{self.dominio} (4.1 párr. 3 (1); 4.4 II)",
                    f"'{value}' must be on @{self.dominio} (4.1 para. 3 (1); 4.4 II)",
                )
            )
        if value in people:
            raise Invalid(
                self.m(
                    f"«{value}» es el correo propio de una persona; las cuentas se asocian a un "
                    "correo genérico (4.2 II)",
                    f"'{value}' is a person's own address; accounts use a generic address (4.2 II)",
                )
            )
        if value in taken:
            raise Invalid(self.m(f"«{value}» ya está en la lista", f"'{value}' is already listed"))
        if value in self._generic_addresses():
            raise Invalid(
                self.m(
                    f"«{value}» ya pertenece a otra área: cada correo genérico es de una sola "
                    "área (4.4 II)",
                    f"'{value}' already belongs to another area (4.4 II)",
                )
            )
        if not self._generic_pattern(clave).match(value):
            raise Invalid(
                self.m(
                    f"«{value}» no sigue el patrón de los correos genéricos "
                    f"({self.suggest_generic(clave, taken)}, redes2.{clave}@{self.dominio} ...; 4.4 II)",
                    f"'{value}' does not follow the generic-address pattern "
                    f"({self.suggest_generic(clave, taken)}, redes2.{clave}@{self.dominio} ...; 4.4 II)",
                )
            )
        return value

    def estado(self, value: str) -> str:
        value = value.strip().lower()
        if value not in ("asignado", "solicitado"):
            raise Invalid(
                self.m(
                    "escriba asignado (la UTSI ya lo asignó) o solicitado (en trámite)",
                    "write asignado (UTSI assigned it) or solicitado (requested)",
                )
            )
        return value

    def rol(self, value: str) -> str:
        value = value.strip().lower()
        if value not in ROLES:
            raise Invalid(self.m("escriba propietaria o suplente", "write propietaria or suplente"))
        return value

    def plataforma(self, value: str) -> str:
        value = value.strip().lower()
        known = self.plataformas.plataformas
        if value not in known:
            raise Invalid(
                self.m(
                    f"«{value}» no está en el catálogo (inventory/plataformas.yaml): "
                    f"{', '.join(known)}; para otra red, pida a la CNCS que la agregue (3 g)",
                    f"'{value}' is not in the catalogue (inventory/plataformas.yaml): "
                    f"{', '.join(known)}; ask the CNCS to add another network (3 g)",
                )
            )
        return value

    def usuario(self, value: str) -> str:
        value = value.strip().lstrip("@")
        if not _USUARIO_RE.match(value):
            raise Invalid(
                self.m(
                    f"«{value}» no es un nombre de usuario válido: sin @, solo letras sin "
                    "acentos, dígitos, punto, guion y guion bajo",
                    f"'{value}' is not a valid user name: no @, letters, digits, dot, hyphen "
                    "and underscore only",
                )
            )
        return value

    def url(self, value: str, plataforma: str) -> str:
        from validator.rules.cuenta_plataforma import address_forms, url_problem

        value = value.strip()
        if url_problem(value, plataforma, self.identities) is not None:
            forms = address_forms(self.identities, plataforma)
            raise Invalid(
                self.m(
                    f"«{value}» no es una dirección https de {plataforma} (formas: {forms}; "
                    "sin credenciales, puertos, «..» ni caracteres especiales; 3 g)",
                    f"'{value}' is not an https address on {plataforma} (forms: {forms}; no "
                    "credentials, ports, '..' or special characters; 3 g)",
                )
            )
        key = self.identities.key_of_url(value)
        for other in self.registry.by_key.get(key, []):
            raise Invalid(
                self.m(
                    f"la cuenta {value} ya está registrada por el área {other.clave} "
                    "(cuenta-duplicada, 3 d); cada cuenta se registra una sola vez",
                    f"account {value} is already registered by area {other.clave} "
                    "(cuenta-duplicada, 3 d)",
                )
            )
        return value

    def cuenta_unica(self, plataforma: str, usuario: str, existing: list[Cuenta]) -> None:
        from validator.accounts import handle_key

        mine = [(c.plataforma, handle_key(c.usuario)) for c in existing]
        theirs = [
            (a.plataforma, handle_key(a.usuario))
            for a in self.registry.by_handle.get(handle_key(usuario), [])
        ]
        if (plataforma, handle_key(usuario)) in mine + theirs:
            raise Invalid(
                self.m(
                    f"la cuenta {plataforma} @{usuario} ya está registrada (3 d)",
                    f"account {plataforma} @{usuario} is already registered (3 d)",
                )
            )

    def accesos(self, value: str | list[str]) -> list[str]:
        items = value if isinstance(value, list) else re.split(r"[\s,+]+", value.strip())
        items = [i.strip().lower() for i in items if i.strip()]
        bad = [i for i in items if i not in ACCESOS]
        if bad or not items:
            raise Invalid(
                self.m(
                    f"accesos solo admite propietaria, suplente y titular (4.1 párr. 2); "
                    f"sobra: {', '.join(bad) or '(vacío)'}",
                    f"accesos admits only propietaria, suplente and titular (4.1 para. 2); "
                    f"extra: {', '.join(bad) or '(empty)'}",
                )
            )
        return [a for a in ACCESOS if a in items]

    def segundo_factor(self, value: bool, plataforma: str) -> bool:
        if not value and self.plataformas.plataformas[plataforma].soporta_segundo_factor:
            raise Invalid(
                self.m(
                    f"{plataforma} permite el segundo factor de autenticación: actívelo en el "
                    "dispositivo de la persona propietaria antes de registrar la cuenta (4.3 V)",
                    f"{plataforma} supports two-factor authentication: turn it on in the "
                    "owner administrator's device before registering the account (4.3 V)",
                )
            )
        return value
