"""``ine-redes new-area``: ask (or read from options) every answer, check it, write the file.

Every answer is judged by the model and the rules that `validate` runs
(:class:`~validator.authoring.draft.Draft`): the wizard has no validation of its own.
Interactively, a bad answer is explained with the rule's own message and asked again; with ``--no-input`` it is a usage error (exit 2)
naming the option. An existing area is refused (exit 1). The text is proved valid with the
strict loader and the model before it is written atomically; then the rules run on it at
``--fecha`` and whatever is still pending is listed.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path as PathOnDisk
from typing import IO, TYPE_CHECKING, TypeVar, get_args

import click

from validator.accounts import Identities
from validator.authoring.area_file import (
    ACCESOS,
    ENTIDADES,
    NIVELES_ROL,
    ROLES,
    TIPOS,
    VINCULOS,
    Admin,
    CorreoGenerico,
    Cuenta,
    Invalid,
    NewArea,
    Titular,
    check_text,
    file_sha256,
    render_area,
    suggest_clave,
    suggest_nombre,
)
from validator.authoring.draft import Draft, Path, why
from validator.authoring.prompts import confirm, yes_no
from validator.models.area import EstadoCorreo

if TYPE_CHECKING:
    from validator.findings import Lang
    from validator.models import Plataformas

T = TypeVar("T")

CUENTA_KEYS = (
    "plataforma", "usuario", "url", "correo", "asociacion", "notificada", "segundo_factor",
    "contrasena", "informado", "accesos",
)  # fmt: skip
CORREO_KEYS = ("correo", "estado", "tramita", "solicitado", "asignado")


class UsageProblem(Exception):
    """A missing or bad option with --no-input (exit 2)."""


class Refused(Exception):
    """The area already exists (exit 1)."""


@dataclass
class WizardOptions:
    root: PathOnDisk
    fecha: date
    no_input: bool = False
    lang: Lang = "es"
    dry_run: bool = False
    given: dict[str, str] = field(default_factory=dict)  # option name (dashes) -> raw text
    cuentas: list[str] = field(default_factory=list)  # raw --cuenta specs
    correos: list[str] = field(default_factory=list)  # raw --correo-generico specs


def parse_spec(spec: str, keys: tuple[str, ...], option: str, lang: str) -> dict[str, str]:
    """``k=v,k=v`` (a value may contain commas: pieces without ``=`` continue it)."""
    out: dict[str, str] = {}
    last: str | None = None
    for piece in spec.split(","):
        key, sep, value = piece.partition("=")
        key = key.strip()
        if sep and key in keys:
            out[key] = value.strip()
            last = key
        elif last is not None and not sep:
            out[last] += "," + piece
        elif not sep and option == "correo-generico" and not out:
            out["correo"] = piece.strip()
            last = "correo"
        else:
            raise UsageProblem(
                (
                    f"--{option}: clave desconocida «{key}»; use {', '.join(keys)} "
                    f"(p. ej. --{option} {keys[0]}=...,{keys[1]}=...)"
                )
                if lang == "es"
                else f"--{option}: unknown key '{key}'; use {', '.join(keys)}"
            )
    return out


class Asker:
    """One answer: from the options, else from a prompt (re-asked while it is wrong)."""

    def __init__(
        self,
        given: dict[str, str],
        no_input: bool,
        lang: str,
        label: Callable[[str], str] = lambda k: f"--{k}",
        out: IO[str] | None = None,
    ) -> None:
        self.given = given
        self.no_input = no_input
        self.lang = lang
        self.label = label
        self.out = out

    def _say(self, text: str) -> None:
        click.echo(text, err=True)

    def ask(
        self,
        key: str,
        prompt: str,
        check: Callable[[str], T],
        default: str | None = None,
        why: str = "",
    ) -> T:
        """``why``: what the answer is for, said when a required answer is left empty."""
        raw = self.given.get(key)
        if raw is not None:
            try:
                return check(raw)
            except Invalid as exc:
                if self.no_input or isinstance(exc, AreaExists):
                    raise self._problem(exc, key) from None
                self._say(f"{self.label(key)}: {exc}")
        if self.no_input:
            if default is None:
                raise UsageProblem(
                    f"falta {self.label(key)} ({prompt}): {self._required(why)}"
                    if self.lang != "en"
                    else f"missing {self.label(key)} ({prompt}): {self._required(why)}"
                )
            try:
                return check(default)
            except Invalid as exc:
                raise self._problem(exc, key) from None

        def proc(value: str) -> T:
            if default is None and not value.strip():
                raise click.BadParameter(self._required(why))
            try:
                return check(value)
            except AreaExists as exc:
                raise Refused(str(exc)) from None
            except Invalid as exc:
                raise click.BadParameter(str(exc)) from None

        return click.prompt(
            prompt,
            default="" if default is None else default,
            value_proc=proc,
            show_default=bool(default),
        )

    def _required(self, why: str) -> str:
        if self.lang == "en":
            return "this answer is required" + (f": {why}" if why else "")
        return "esta respuesta es obligatoria" + (f": {why}" if why else "")

    def ask_bool(self, key: str, prompt: str, check: Callable[[bool], bool], default: bool) -> bool:
        raw = self.given.get(key)
        if raw is not None:
            answer = yes_no(raw)
            if answer is not None:
                try:
                    return check(answer)
                except Invalid as exc:
                    if self.no_input:
                        raise self._problem(exc, key) from None
                    self._say(f"{self.label(key)}: {exc}")
            elif self.no_input:
                raise UsageProblem(f"{self.label(key)}: «{raw}» → sí/no")
        if self.no_input:
            try:
                return check(default)
            except Invalid as exc:
                raise self._problem(exc, key) from None
        while True:
            chosen = confirm(prompt, default=default, lang=self.lang)
            try:
                return check(chosen)
            except Invalid as exc:
                self._say(f"Error: {exc}")

    def _problem(self, exc: Invalid, key: str) -> Exception:
        if isinstance(exc, AreaExists):
            return Refused(str(exc))
        return UsageProblem(f"{self.label(key)}: {exc}")


class AreaExists(Invalid):
    pass


def _section(opts: WizardOptions, es: str, en: str) -> None:
    if not opts.no_input:
        click.echo("", err=True)
        click.secho(f"— {en if opts.lang == 'en' else es} —", err=True, bold=True)


def _m(lang: str, es: str, en: str) -> str:
    return en if lang == "en" else es


def _or(values: tuple[str, ...], lang: str) -> str:
    word = " or " if lang == "en" else " o "
    return ", ".join(values[:-1]) + word + values[-1] if len(values) > 1 else "".join(values)


class Answers:
    """Each answer read from what people type, then judged by the draft (model and rules)."""

    def __init__(self, draft: Draft, lang: str) -> None:
        self.draft = draft
        self.lang = lang

    def judge(
        self,
        path: Path,
        value: T,
        rules: tuple[str, ...] = (),
        anywhere: tuple[str, ...] = (),
    ) -> T:
        value, notes = self.draft.answer(path, value, rules, anywhere=anywhere)
        for note in notes:
            click.echo(_m(self.lang, f"Aviso: {note.text}", f"Warning: {note.text}"), err=True)
        return value

    def text(self, path: Path, rules: tuple[str, ...] = ()) -> Callable[[str], str]:
        return lambda raw: self.judge(path, " ".join(raw.split()), rules)

    def word(self, path: Path, rules: tuple[str, ...] = ()) -> Callable[[str], str]:
        """An enumeration or an address: lower case, no spaces around it."""
        return lambda raw: self.judge(path, raw.strip().lower(), rules)

    def date(
        self, path: Path, rules: tuple[str, ...] = (), anywhere: tuple[str, ...] = ()
    ) -> Callable[[str], date]:
        def check(raw: str) -> date:
            self.judge(path, raw.strip(), rules, anywhere)
            return date.fromisoformat(raw.strip())

        return check

    def entidad(self, raw: str) -> str:
        return self.judge(("entidad",), parse_entidad(raw))

    def distrito(self, raw: str) -> int:
        text = raw.strip()
        if text.isdigit():
            return self.judge(("distrito",), int(text), ("tipo-area",))
        self.judge(("distrito",), text, ("tipo-area",))  # raises Invalid with the model's words
        raise AssertionError("the strict model accepts no text as a distrito")

    def github(self, raw: str) -> str:
        return self.judge(("titular", "github"), raw.strip().removeprefix("@"))

    def documento(self, path: Path) -> Callable[[str], str | None]:
        """A signed scan: its SHA-256, or the path of the file (hashed); empty: later."""

        def check(raw: str) -> str | None:
            value = raw.strip()
            if not value:
                return None
            path_on_disk = PathOnDisk(value).expanduser()
            digest = file_sha256(path_on_disk) if path_on_disk.is_file() else value.lower()
            try:
                return self.judge((*path, "documento", "sha256"), digest)
            except Invalid:
                raise Invalid(
                    _m(
                        self.lang,
                        f"«{value}» no es un archivo ni una huella SHA-256 (64 caracteres "
                        "hexadecimales); deje la respuesta vacía y regístrelo después con "
                        "`ine-redes formatos registrar`, que calcula la huella",
                        f"'{value}' is neither a file nor a SHA-256 digest (64 hex characters); "
                        "leave it empty and register it later with `ine-redes formatos "
                        "registrar`, which computes the digest",
                    )
                ) from None

        return check


def parse_entidad(raw: str) -> str:
    """A code (``jal``) or a name (``Jalisco``, ``Estado de México``) as the code; anything
    else unchanged (the model then says which codes exist)."""
    key = _fold(raw)
    for code, name in ENTIDADES.items():
        if key in (code, _fold(name), _fold(name.removeprefix("el ").removeprefix("la "))):
            return code
    return raw.strip().lower()


def parse_plataforma(raw: str, catalogue: Plataformas) -> str:
    """A catalogue key (``x``), its name (``X``, ``Facebook``) or an alias (``Twitter``)."""
    key = _fold(raw)
    for code, plataforma in catalogue.plataformas.items():
        names = (code, plataforma.nombre, *plataforma.alias)
        if key in {_fold(n) for n in names}:
            return code
    return raw.strip().lower()


def _fold(text: str) -> str:
    """Case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def collect(opts: WizardOptions, draft: Draft) -> NewArea:
    """Every answer, judged, in the order a person thinks of them."""
    lang = opts.lang
    ask = Asker(opts.given, opts.no_input, lang)
    a = Answers(draft, lang)
    iso = opts.fecha.isoformat()
    dominio = draft.dominio

    _section(opts, "Área responsable", "Responsible area")
    tipo = ask.ask(
        "tipo",
        _m(lang, f"Tipo de área ({', '.join(TIPOS)})", f"Area type ({', '.join(TIPOS)})"),
        a.word(("tipo",)),
        why=why(("tipo",)),
    )
    entidad = distrito = None
    if tipo != "oficinas_centrales":
        entidad = ask.ask(
            "entidad",
            _m(
                lang,
                "Entidad (nombre o código: Jalisco, jal, Estado de México, mex ...)",
                "State (name or code: Jalisco, jal, Estado de México, mex ...)",
            ),
            a.entidad,
            why=why(("entidad",)),
        )
    if tipo == "junta_distrital":
        distrito = ask.ask(
            "distrito",
            _m(lang, "Número de distrito", "District number"),
            a.distrito,
            why=why(("distrito",)),
        )

    def clave_check(value: str) -> str:
        value = value.strip()
        if (draft.inventory.root / "inventory" / "areas" / f"{value}.yaml").exists() or value in {
            f.clave for f in draft.inventory.area_files
        }:
            raise AreaExists(
                _m(
                    lang,
                    f"el área «{value}» ya existe (inventory/areas/{value}.yaml); edite ese "
                    "archivo en lugar de crear otro",
                    f"area '{value}' already exists (inventory/areas/{value}.yaml); edit that "
                    "file instead",
                )
            )
        return a.judge(("clave",), value, ("clave-archivo",))

    clave = ask.ask(
        "clave",
        _m(lang, "Clave del área (nombre del archivo)", "Area clave (file name)"),
        clave_check,
        suggest_clave(tipo, entidad, distrito),
        why=why(("clave",)),
    )
    nombre = ask.ask(
        "nombre",
        _m(lang, "Nombre oficial del área", "Official name of the area"),
        a.text(("nombre",)),
        suggest_nombre(tipo, entidad, distrito),
        why=why(("nombre",)),
    )

    _section(opts, "Persona titular del área (4.2)", "Head of the area (4.2)")
    t = ("titular",)
    titular = Titular(
        nombre=ask.ask(
            "titular-nombre",
            _m(lang, "Nombre completo de la persona titular", "Full name of the head"),
            a.text((*t, "nombre")),
            why=why((*t, "nombre")),
        ),
        cargo=ask.ask(
            "titular-cargo",
            _m(lang, "Cargo de la persona titular", "Position of the head"),
            a.text((*t, "cargo")),
            why=why((*t, "cargo")),
        ),
        correo=ask.ask(
            "titular-correo",
            _m(lang, f"Correo institucional (@{dominio})", f"Institutional address (@{dominio})"),
            a.word((*t, "correo"), ("dominio-institucional", "correo-persona-institucional")),
            why=why((*t, "correo")),
        ),
        github=ask.ask(
            "titular-github",
            _m(
                lang,
                "Cuenta de GitHub que abrirá los PR del área",
                "GitHub login that opens the area's PRs",
            ),
            a.github,
            why=why((*t, "github")),
        ),
    )

    admins: dict[str, Admin] = {}
    for rol in ROLES:
        niveles = _or(NIVELES_ROL[rol], lang)
        _section(
            opts,
            f"Persona administradora {rol} (4.2 III: mando {niveles})",
            f"{rol} administrator (4.2 III: {niveles} level)",
        )
        p = f"{rol}-"
        base: Path = ("administradores", rol)
        nombre_p = ask.ask(
            p + "nombre",
            _m(lang, "Nombre completo", "Full name"),
            a.text((*base, "nombre")),
            why=why((*base, "nombre")),
        )
        cargo_p = ask.ask(
            p + "cargo",
            _m(lang, "Cargo", "Position"),
            a.text((*base, "cargo")),
            why=why((*base, "cargo")),
        )
        nivel = ask.ask(
            p + "nivel",
            _m(lang, f"Nivel de mando ({niveles})", f"Command level ({niveles})"),
            a.word((*base, "nivel_mando"), (f"nivel-{rol}",)),
            why=why((*base, "nivel_mando")),
        )
        vinculo = ask.ask(
            p + "vinculo",
            _m(lang, f"Vínculo ({_or(VINCULOS, lang)})", f"Link ({_or(VINCULOS, lang)})"),
            a.word((*base, "vinculo"), ("servidora-publica",)),
            VINCULOS[0],
            why=why((*base, "vinculo")),
        )
        correo = ask.ask(
            p + "correo",
            _m(lang, f"Correo institucional propio (@{dominio})", "Own institutional address"),
            a.word(
                (*base, "correo"),
                (
                    "dominio-institucional",
                    "dos-administradores",
                    "correo-persona-institucional",
                    "administrador-unico",
                ),
            ),
            why=why((*base, "correo")),
        )
        telefono = ask.ask(
            p + "telefono",
            _m(
                lang,
                "Teléfono institucional (p. ej. 449 910 0000 ext. 1234)",
                "Institutional phone",
            ),
            a.text((*base, "telefono")),
            why=why((*base, "telefono")),
        )
        desde = ask.ask(
            p + "desde",
            _m(
                lang,
                "Fecha en que surte efecto la designación (AAAA-MM-DD)",
                "Date the designation takes effect (YYYY-MM-DD)",
            ),
            a.date((*base, "desde")),
            iso,
            why=why((*base, "desde")),
        )
        responsiva_fecha = ask.ask(
            p + "responsiva-fecha",
            _m(
                lang,
                "Fecha de la carta responsiva, Anexo 2 (AAAA-MM-DD)",
                "Date of the Anexo 2 (YYYY-MM-DD)",
            ),
            a.date((*base, "responsiva", "fecha"), ("formato-responsiva",)),
            desde.isoformat(),
            why=why((*base, "responsiva", "fecha")),
        )
        responsiva_sha = ask.ask(
            p + "responsiva-documento",
            _m(
                lang,
                "Anexo 2 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo después "
                "con `ine-redes formatos registrar`)",
                "Signed Anexo 2: scan path or SHA-256 (Enter: register it later with "
                "`ine-redes formatos registrar`)",
            ),
            a.documento((*base, "responsiva")),
            "",
        )
        admins[rol] = Admin(
            rol=rol,
            nombre=nombre_p,
            cargo=cargo_p,
            nivel_mando=nivel,
            vinculo=vinculo,
            correo=correo,
            telefono=telefono,
            desde=desde,
            responsiva_fecha=responsiva_fecha,
            responsiva_sha256=responsiva_sha,
        )
    desdes = [admins[rol].desde for rol in ROLES]

    _section(opts, "Formato de designación, Anexo 1 (4.2 IV)", "Designation form, Anexo 1 (4.2 IV)")
    d = ("designacion",)
    d_fecha = ask.ask(
        "designacion-fecha",
        _m(lang, "Fecha del Anexo 1 (AAAA-MM-DD)", "Date of the Anexo 1 (YYYY-MM-DD)"),
        a.date((*d, "fecha"), ("formato-designacion",)),
        max(desdes).isoformat(),
        why=why((*d, "fecha")),
    )
    d_oficio = ask.ask(
        "designacion-oficio",
        _m(
            lang,
            "Número del oficio que lo remite a la CNCS",
            "Number of the oficio sending it to CNCS",
        ),
        a.text((*d, "oficio")),
        why=why((*d, "oficio")),
    )
    d_remitida = ask.ask(
        "designacion-remitida",
        _m(lang, "Fecha en que se remitió a la CNCS (AAAA-MM-DD)", "Date it was sent to CNCS"),
        a.date((*d, "remitida_cncs"), ("formato-designacion",)),
        d_fecha.isoformat(),
        why=why((*d, "remitida_cncs")),
    )
    d_sha = ask.ask(
        "designacion-documento",
        _m(
            lang,
            "Anexo 1 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo después con "
            "`ine-redes formatos registrar`)",
            "Signed Anexo 1: scan path or SHA-256 (Enter: register it later with "
            "`ine-redes formatos registrar`)",
        ),
        a.documento(d),
        "",
    )
    _section(opts, "Aviso de cambio a la CNCS (4.2 V)", "Change report to CNCS (4.2 V)")
    i = ("informes", 0)
    draft.answer((*i, "tipo"), "cambio")
    i_fecha = ask.ask(
        "informe-fecha",
        _m(lang, "Fecha del oficio que informa la designación", "Date of the report"),
        a.date((*i, "fecha"), anywhere=("aviso-cambio",)),
        d_remitida.isoformat(),
        why=why((*i, "fecha")),
    )
    i_oficio = ask.ask(
        "informe-oficio",
        _m(lang, "Número de ese oficio", "Its oficio number"),
        a.text((*i, "oficio")),
        d_oficio,
        why=why((*i, "oficio")),
    )

    _section(
        opts, "Correos electrónicos genéricos (4.3 II; 4.4)", "Generic addresses (4.3 II; 4.4)"
    )
    correos = _collect_correos(opts, a, clave)

    _section(opts, "Cuentas institucionales (3 d; 4.3)", "Institutional accounts (3 d; 4.3)")
    cuentas = _collect_cuentas(opts, a, correos)

    return NewArea(
        clave=clave,
        nombre=nombre,
        tipo=tipo,
        entidad=entidad,
        distrito=distrito,
        titular=titular,
        propietaria=admins["propietaria"],
        suplente=admins["suplente"],
        designacion_fecha=d_fecha,
        designacion_oficio=d_oficio,
        designacion_remitida=d_remitida,
        designacion_sha256=d_sha,
        informe_fecha=i_fecha,
        informe_oficio=i_oficio,
        correos=correos,
        cuentas=cuentas,
    )


def _elements(
    opts: WizardOptions, specs: list[dict[str, str]], question: str, *, at_least_one: bool
) -> Iterator[dict[str, str]]:
    """The given specs; without them, one default (--no-input) or as many as wanted."""
    if specs:
        yield from specs
        return
    if opts.no_input:
        if at_least_one:
            yield {}
        return
    count = 0
    while True:
        if (count or not at_least_one) and not confirm(
            question, default=count == 0, lang=opts.lang
        ):
            return
        count += 1
        yield {}


def suggest_generic(draft: Draft, clave: str, taken: list[str]) -> str:
    """``redes.<clave>@<dominio>``, or the first ``redesN`` not used anywhere."""
    used = set(taken)
    for f in draft.inventory.area_files:
        if f.model is not None:
            used |= {c.correo.casefold() for c in f.model.correos_genericos}
    for n in ("", *map(str, range(2, 100))):
        candidate = f"redes{n}.{clave}@{draft.dominio}"
        if candidate not in used:
            return candidate
    return f"redes.{clave}@{draft.dominio}"


def _collect_correos(opts: WizardOptions, a: Answers, clave: str) -> list[CorreoGenerico]:
    lang = opts.lang
    specs = [parse_spec(s, CORREO_KEYS, "correo-generico", lang) for s in opts.correos]
    out: list[CorreoGenerico] = []
    more = _m(lang, "¿Agregar otro correo genérico?", "Add another generic address?")
    estados = tuple(e for e in get_args(EstadoCorreo) if e != "baja")  # a new address
    # Without --correo-generico: one suggested address (redes.<clave>@...), assigned on --fecha.
    for index, given in enumerate(_elements(opts, specs, more, at_least_one=True)):

        def label(key: str, n: int = index + 1) -> str:
            return f"--correo-generico #{n} {key}"

        ask = Asker(given, opts.no_input, lang, label)
        base: Path = ("correos_genericos", index)
        taken = [c.correo for c in out]
        correo = ask.ask(
            "correo",
            _m(lang, "Correo genérico", "Generic address"),
            a.word((*base, "correo"), ("patron-correo-generico", "correo-generico-unico")),
            suggest_generic(a.draft, clave, taken),
            why=why((*base, "correo")),
        )
        estado = ask.ask(
            "estado",
            _m(lang, f"Estado ({_or(estados, lang)})", f"State ({_or(estados, lang)})"),
            a.word((*base, "estado")),
            "asignado",
            why=why((*base, "estado")),
        )
        tramita = ask.ask(
            "tramita",
            _m(lang, f"¿Quién lo tramita? ({_or(ROLES, lang)})", "Who requests it?"),
            a.word((*base, "tramita")),
            ROLES[0],
            why=why((*base, "tramita")),
        )
        solicitado = ask.ask(
            "solicitado",
            _m(lang, "Fecha de la solicitud (AAAA-MM-DD)", "Request date (YYYY-MM-DD)"),
            a.date((*base, "solicitado")),
            opts.fecha.isoformat(),
            why=why((*base, "solicitado")),
        )
        asignado = None
        if estado == "asignado":
            asignado = ask.ask(
                "asignado",
                _m(lang, "Fecha en que la UTSI lo asignó (AAAA-MM-DD)", "Date UTSI assigned it"),
                a.date((*base, "asignado"), ("correo-generico-cronologia",)),
                max(solicitado, opts.fecha).isoformat(),
                why=why((*base, "asignado")),
            )
        out.append(CorreoGenerico(correo, estado, tramita, solicitado, asignado))
    return out


# Rules that judge nothing the wizard asks (a test keeps this list and the questions in step).
NOT_ASKED: dict[str, str] = {
    "ruta-segura": "the wizard names the file after the checked clave; nobody types a path",
    "yaml-invalido": "the wizard writes the YAML itself",
    "esquema": "judges every answer (the model's types), through the draft",
    "sin-cuenta-externa": "the wizard always writes vinculada_a_cuenta_externa: false",
    "informe-trimestral": "no quarterly report is due for an area that starts today",
    "documento-integro": "a scan given by path is hashed by the wizard itself",
    "incidente-atendido": "a new area has no incidents",
    "sin-secretos": "runs on the written file, listed among the pending findings",
    "listados-actualizados": "opt-in rule about the generated lists",
    "autorizacion": "opt-in rule about who changes the file (pull requests)",
    "responsiva-cuentas": "the wizard writes each responsiva's cuentas: the accounts it registers",
    "cambio-completo": "judges a change against a base commit; a new area replaces nobody",
}

# The rules that judge the address an account is associated with (4.1 párr. 3; 4.3 II; 4.4).
_CORREO_RULES = (
    "vinculo-institucional", "dominio-institucional", "correo-generico", "correo-asignado",
    "patron-correo-generico",
)  # fmt: skip


def _collect_cuentas(
    opts: WizardOptions, a: Answers, correos: list[CorreoGenerico]
) -> list[Cuenta]:
    lang = opts.lang
    specs = [parse_spec(s, CUENTA_KEYS, "cuenta", lang) for s in opts.cuentas]
    assigned = [c.correo for c in correos if c.estado == "asignado"]
    catalogue = a.draft.inventory.plataformas
    assert catalogue is not None  # Draft refuses to start without it
    out: list[Cuenta] = []
    more = _m(lang, "¿Registrar una cuenta (otra más)?", "Register an (other) account?")
    for index, given in enumerate(_elements(opts, specs, more, at_least_one=False)):
        base: Path = ("cuentas", index)

        # The checks of this account's answers (bound to its index, not the loop variable).
        def cuenta_label(key: str, n: int = index + 1) -> str:
            return f"--cuenta #{n} {key}"

        def plataforma_of(raw: str, b: Path = base) -> str:
            found = parse_plataforma(raw, catalogue)
            return a.judge((*b, "plataforma"), found, ("cuenta-plataforma",))

        def usuario_of(raw: str, b: Path = base) -> str:
            return a.judge((*b, "usuario"), raw.strip().removeprefix("@"), ("cuenta-duplicada",))

        def segundo_factor_of(value: bool, b: Path = base) -> bool:
            return a.judge((*b, "segundo_factor", "activo"), value, ("segundo-factor",))

        def accesos_of(raw: str, b: Path = base) -> list[str]:
            names = [x.lower() for x in re.split(r"[\s,+]+", raw.strip()) if x]
            return a.judge((*b, "accesos"), names, ("acceso-autorizado",))

        ask = Asker(given, opts.no_input, lang, cuenta_label)
        a.draft.answer((*base, "vinculada_a_cuenta_externa"), False)
        names = ", ".join(p.nombre for p in catalogue.plataformas.values())
        plataforma = ask.ask(
            "plataforma",
            _m(lang, f"Plataforma ({names})", f"Platform ({names})"),
            plataforma_of,
            why=why((*base, "plataforma")),
        )
        usuario = ask.ask(
            "usuario",
            _m(lang, "Nombre de usuario (sin @)", "User name (no @)"),
            usuario_of,
            why=why((*base, "usuario")),
        )
        url = ask.ask(
            "url",
            _m(lang, "Dirección pública (https://...)", "Public address (https://...)"),
            a.text((*base, "url"), ("cuenta-plataforma", "cuenta-usuario", "cuenta-duplicada")),
            Identities.of(catalogue).address_of_usuario(plataforma, usuario),
            why=why((*base, "url")),
        )
        correo = ask.ask(
            "correo",
            _m(lang, "Correo genérico asociado", "Associated generic address"),
            a.word((*base, "correo_asociado"), _CORREO_RULES),
            assigned[0] if assigned else None,
            why=why((*base, "correo_asociado")),
        )
        asociacion = ask.ask(
            "asociacion",
            _m(
                lang,
                "Fecha en que se asoció el correo a la cuenta (AAAA-MM-DD)",
                "Association date (YYYY-MM-DD)",
            ),
            a.date((*base, "asociacion", "fecha")),
            opts.fecha.isoformat(),
            why=why((*base, "asociacion", "fecha")),
        )
        notificada = ask.ask(
            "notificada",
            _m(lang, "Fecha del aviso a la CNCS (4.3 III)", "Date CNCS was told (4.3 III)"),
            a.date((*base, "asociacion", "notificada_cncs"), ("asociacion-notificada",)),
            asociacion.isoformat(),
            why=why((*base, "asociacion", "notificada_cncs")),
        )
        a.draft.answer((*base, "segundo_factor", "dispositivo"), "propietaria")
        segundo = ask.ask_bool(
            "segundo_factor",
            _m(
                lang,
                "¿El segundo factor está activo en el dispositivo de la propietaria? (4.3 V)",
                "Is 2FA on in the owner administrator's device? (4.3 V)",
            ),
            segundo_factor_of,
            True,
        )
        cambio: Path = (*base, "contrasena", "cambios", 0)
        contrasena = ask.ask(
            "contrasena",
            _m(
                lang,
                "Fecha del último cambio de contraseña (4.3 VIII)",
                "Date of the last password change (4.3 VIII)",
            ),
            a.date((*cambio, "fecha"), ("rotacion-contrasena",)),
            asociacion.isoformat(),
            why=why((*cambio, "fecha")),
        )
        informado = ask.ask(
            "informado",
            _m(
                lang,
                "Fecha en que se informó a la persona titular (4.3 IX)",
                "Date the head was told (4.3 IX)",
            ),
            a.date((*cambio, "informado_titular"), ("cambio-informado",)),
            contrasena.isoformat(),
            why=why((*cambio, "informado_titular")),
        )
        accesos = ask.ask(
            "accesos",
            _m(
                lang,
                f"Quién tiene acceso ({', '.join(ACCESOS)})",
                f"Who has access ({', '.join(ACCESOS)})",
            ),
            accesos_of,
            "propietaria,suplente",
            why=why((*base, "accesos")),
        )
        out.append(
            Cuenta(
                plataforma=plataforma,
                usuario=usuario,
                url=url,
                correo_asociado=correo,
                asociacion=asociacion,
                notificada_cncs=notificada,
                segundo_factor=segundo,
                contrasena=contrasena,
                informado_titular=informado,
                accesos=accesos,
            )
        )
    return out


def run_new_area(opts: WizardOptions, out: IO[str] | None = None) -> int:
    """Collect, render, prove valid, write, then show what the rules still ask for."""
    from validator.generated_io import write_atomic
    from validator.loading.inventory import load_inventory

    out = out or sys.stdout
    lang = opts.lang
    inventory = load_inventory(opts.root)
    draft = Draft(inventory, opts.fecha, lang)
    if "clave" in opts.given:
        clave = opts.given["clave"].strip()
        if (opts.root / "inventory" / "areas" / f"{clave}.yaml").exists() or clave in {
            f.clave for f in inventory.area_files
        }:
            raise Refused(
                _m(
                    lang,
                    f"el área «{clave}» ya existe (inventory/areas/{clave}.yaml): new-area no "
                    "sobrescribe; edite ese archivo",
                    f"area '{clave}' already exists (inventory/areas/{clave}.yaml): new-area "
                    "never overwrites; edit that file",
                )
            )
    area = collect(opts, draft)
    text = render_area(area)
    problems = check_text(text, area.clave)
    if problems:  # a bug in the renderer, never the user's fault
        raise RuntimeError("generated area file is not valid: " + "; ".join(problems))
    if not opts.no_input and not opts.dry_run:
        _summary(area, lang)
        if not confirm(
            _m(
                lang,
                f"¿Escribir inventory/areas/{area.clave}.yaml?",
                f"Write inventory/areas/{area.clave}.yaml?",
            ),
            default=True,
            lang=lang,
            err=True,
        ):
            raise Refused(_m(lang, "cancelado: no se escribió nada", "cancelled: nothing written"))
    if opts.dry_run:
        out.write(text)
        return 0
    target = opts.root / "inventory" / "areas" / f"{area.clave}.yaml"
    if target.exists():
        raise Refused(
            _m(lang, f"{target} ya existe: no se sobrescribe", f"{target} exists: not overwritten")
        )
    write_atomic(target, text.encode("utf-8"))
    rel = f"inventory/areas/{area.clave}.yaml"
    out.write(_m(lang, f"Se escribió {rel}.\n", f"Wrote {rel}.\n"))
    _report_pending(opts, rel, out)
    return 0


def _summary(area: NewArea, lang: str) -> None:
    """What is about to be written, in a few lines (interactive runs)."""
    p, su = area.propietaria, area.suplente
    lines = [
        "",
        _m(lang, "— Resumen —", "— Summary —"),
        f"  {area.clave}: {area.nombre}",
        f"  titular: {area.titular.nombre} <{area.titular.correo}> (@{area.titular.github})",
        f"  propietaria: {p.nombre} ({p.nivel_mando}) <{p.correo}> desde {p.desde.isoformat()}",
        f"  suplente: {su.nombre} ({su.nivel_mando}) <{su.correo}> desde {su.desde.isoformat()}",
        f"  designación: {area.designacion_oficio} ({area.designacion_fecha.isoformat()})",
        f"  {_m(lang, 'correos genéricos', 'generic addresses')}: "
        + (", ".join(f"{c.correo} ({c.estado})" for c in area.correos) or "—"),
        f"  {_m(lang, 'cuentas', 'accounts')}: "
        + (", ".join(f"{c.plataforma} @{c.usuario}" for c in area.cuentas) or "—"),
    ]
    click.echo("\n".join(lines), err=True)


def _report_pending(opts: WizardOptions, rel: str, out: IO[str]) -> None:
    from validator.engine import run
    from validator.loading.inventory import load_inventory

    result = run(load_inventory(opts.root), opts.fecha, None, frozenset({rel}))
    lang = opts.lang
    if not result.findings:
        out.write(
            _m(
                lang,
                f"Validación al {opts.fecha.isoformat()}: sin hallazgos.\n",
                f"Validation as of {opts.fecha.isoformat()}: no findings.\n",
            )
        )
    else:
        out.write(
            _m(
                lang,
                f"Validación al {opts.fecha.isoformat()}: pendientes antes de abrir el PR:\n",
                f"Validation as of {opts.fecha.isoformat()}: pending before opening the PR:\n",
            )
        )
        for f in result.findings:
            out.write(f"  {f.line}:{f.column} [{f.rule}; {f.clause}] {f.message(lang)}\n")
    clave = rel.rsplit("/", 1)[-1].removesuffix(".yaml")
    pending = {f.rule for f in result.findings}
    steps = [f"git add {rel}"]
    if pending & {"formato-designacion", "formato-responsiva"}:
        steps = [
            f"ine-redes formatos anexo1 --area {clave}",
            f"ine-redes formatos anexo2 --area {clave} --rol propietaria",
            f"ine-redes formatos anexo2 --area {clave} --rol suplente",
            _m(lang, "(imprima, firme y escanee)", "(print, sign and scan)"),
            f"ine-redes formatos registrar --area {clave} --anexo 1 ANEXO1.pdf --copiar",
            f"ine-redes formatos registrar --area {clave} --anexo 2 --rol propietaria "
            "ANEXO2.pdf --copiar",
            f"ine-redes formatos registrar --area {clave} --anexo 2 --rol suplente "
            "ANEXO2.pdf --copiar",
            *steps,
        ]
    steps.append(
        _m(
            lang,
            "git commit y un pull request (docs/guia-titulares.md)",
            "git commit and a pull request (docs/guia-titulares.md)",
        )
    )
    out.write(_m(lang, "Siguientes pasos:\n", "Next steps:\n"))
    for step in steps:
        out.write(f"  {step}\n")


__all__ = ["ENTIDADES", "Refused", "UsageProblem", "WizardOptions", "run_new_area"]
