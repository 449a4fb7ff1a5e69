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
from validator.i18n import Message
from validator.models.area import EstadoCorreo
from validator.models.catalogs import fold_name
from validator.models.types import same_login

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
                Message(
                    es="--{option}: clave desconocida «{key}»; use {keys} (p. ej. --{option} "
                    "{first}=...,{second}=...)",
                    en="--{option}: unknown key '{key}'; use {keys}",
                ).format(
                    lang,
                    option=option,
                    key=key,
                    keys=", ".join(keys),
                    first=keys[0],
                    second=keys[1],
                )
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
                    Message(
                        es="falta {label} ({prompt}): {required}",
                        en="missing {label} ({prompt}): {required}",
                    ).format(
                        self.lang,
                        label=self.label(key),
                        prompt=prompt,
                        required=self._required(why),
                    )
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
        return _REQUIRED.text(self.lang) + (f": {why}" if why else "")

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


_REQUIRED = Message(es="esta respuesta es obligatoria", en="this answer is required")
_GENERIC_ADDRESSES = Message(es="correos genéricos", en="generic addresses")
_ACCOUNTS = Message(es="cuentas", en="accounts")


def _section(opts: WizardOptions, title: Message) -> None:
    if not opts.no_input:
        click.echo("", err=True)
        click.secho(f"— {title.text(opts.lang)} —", err=True, bold=True)


def _or(values: tuple[str, ...], lang: str) -> str:
    word = Message(es=" o ", en=" or ").text(lang)
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
            click.echo(
                Message(es="Aviso: {text}", en="Warning: {text}").format(self.lang, text=note.text),
                err=True,
            )
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
                    Message(
                        es="«{value}» no es un archivo ni una huella SHA-256 (64 caracteres "
                        "hexadecimales); deje la respuesta vacía y regístrelo después con "
                        "`ine-redes formatos registrar`, que calcula la huella",
                        en="'{value}' is neither a file nor a SHA-256 digest (64 hex characters); "
                        "leave it empty and register it later with `ine-redes formatos "
                        "registrar`, which computes the digest",
                    ).format(self.lang, value=value)
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


def _differs_from_alta(clave: str, key: str, expected: str, lang: str) -> None:
    """The answer is not what CNCS pre-registered: the pull request that creates the file
    will be refused (rule autorizacion), so say it now, while the titular can still fix it."""
    click.echo(
        Message(
            es="Aviso: la CNCS preregistró el área «{clave}» con {key} «{expected}» (altas de "
            "inventory/cncs.yaml); el pull request que crea el archivo sólo se acepta con ese "
            "valor exacto. Use ese valor, o pida a la CNCS que corrija el preregistro.",
            en="Warning: CNCS pre-registered area '{clave}' with {key} '{expected}' (altas in "
            "inventory/cncs.yaml); the pull request that creates the file is only accepted "
            "with that exact value. Use it, or ask CNCS to correct the pre-registration.",
        ).render(lang, {"clave": clave, "key": key, "expected": expected}),
        err=True,
    )


def parse_plataforma(raw: str, catalogue: Plataformas) -> str:
    """A catalogue key (``x``), its name (``X``, ``Facebook``) or an alias (``Twitter``)."""
    return catalogue.key_for(raw) or raw.strip().lower()


_fold = fold_name  # case, accents and spacing ignored


def collect(opts: WizardOptions, draft: Draft) -> NewArea:
    """Every answer, judged, in the order a person thinks of them."""
    lang = opts.lang
    ask = Asker(opts.given, opts.no_input, lang)
    a = Answers(draft, lang)
    iso = opts.fecha.isoformat()
    dominio = draft.dominio

    _section(opts, Message(es="Área responsable", en="Responsible area"))
    tipo = ask.ask(
        "tipo",
        Message(es="Tipo de área ({choices})", en="Area type ({choices})").format(
            lang, choices=", ".join(TIPOS)
        ),
        a.word(("tipo",)),
        why=why(("tipo",)),
    )
    entidad = distrito = None
    if tipo != "oficinas_centrales":
        entidad = ask.ask(
            "entidad",
            Message(
                es="Entidad (nombre o código: Jalisco, jal, Estado de México, mex ...)",
                en="State (name or code: Jalisco, jal, Estado de México, mex ...)",
            ).text(lang),
            a.entidad,
            why=why(("entidad",)),
        )
    if tipo == "junta_distrital":
        distrito = ask.ask(
            "distrito",
            Message(es="Número de distrito", en="District number").text(lang),
            a.distrito,
            why=why(("distrito",)),
        )

    def clave_check(value: str) -> str:
        value = value.strip()
        if (draft.inventory.root / "inventory" / "areas" / f"{value}.yaml").exists() or value in {
            f.clave for f in draft.inventory.area_files
        }:
            raise AreaExists(
                Message(
                    es="el área «{value}» ya existe (inventory/areas/{value}.yaml); edite ese "
                    "archivo en lugar de crear otro",
                    en="area '{value}' already exists (inventory/areas/{value}.yaml); edit that "
                    "file instead",
                ).format(lang, value=value)
            )
        return a.judge(("clave",), value, ("clave-archivo",))

    clave = ask.ask(
        "clave",
        Message(es="Clave del área (nombre del archivo)", en="Area clave (file name)").text(lang),
        clave_check,
        suggest_clave(tipo, entidad, distrito),
        why=why(("clave",)),
    )
    # CNCS pre-registers each new area (``altas`` of inventory/cncs.yaml) with its name and
    # the titular's GitHub account: those are the answers its pull request must carry.
    cncs = draft.inventory.cncs
    alta = cncs.altas.get(clave) if cncs is not None else None
    if cncs is not None and alta is None:
        click.echo(
            Message(
                es="Aviso: la CNCS no ha preregistrado el área «{clave}» (altas de "
                "inventory/cncs.yaml); pídale que la agregue: sin eso, el pull request que "
                "crea el archivo no se puede aceptar.",
                en="Warning: CNCS has not pre-registered area '{clave}' (altas in "
                "inventory/cncs.yaml); ask CNCS to add it: without it, the pull request that "
                "creates the file cannot be accepted.",
            ).render(lang, {"clave": clave}),
            err=True,
        )
    nombre = ask.ask(
        "nombre",
        Message(es="Nombre oficial del área", en="Official name of the area").text(lang),
        a.text(("nombre",)),
        alta.nombre if alta is not None else suggest_nombre(tipo, entidad, distrito),
        why=why(("nombre",)),
    )
    if alta is not None and nombre != alta.nombre:
        _differs_from_alta(clave, "nombre", alta.nombre, lang)

    _section(opts, Message(es="Persona titular del área (4.2)", en="Head of the area (4.2)"))
    t = ("titular",)
    titular = Titular(
        nombre=ask.ask(
            "titular-nombre",
            Message(es="Nombre completo de la persona titular", en="Full name of the head").text(
                lang
            ),
            a.text((*t, "nombre")),
            why=why((*t, "nombre")),
        ),
        cargo=ask.ask(
            "titular-cargo",
            Message(es="Cargo de la persona titular", en="Position of the head").text(lang),
            a.text((*t, "cargo")),
            why=why((*t, "cargo")),
        ),
        correo=ask.ask(
            "titular-correo",
            Message(
                es="Correo institucional (@{dominio})", en="Institutional address (@{dominio})"
            ).format(lang, dominio=dominio),
            a.word((*t, "correo"), ("dominio-institucional", "correo-persona-institucional")),
            why=why((*t, "correo")),
        ),
        github=ask.ask(
            "titular-github",
            Message(
                es="Cuenta de GitHub que abrirá los PR del área",
                en="GitHub login that opens the area's PRs",
            ).text(lang),
            a.github,
            alta.titular_github if alta is not None else None,
            why=why((*t, "github")),
        ),
    )
    if alta is not None and not same_login(titular.github, alta.titular_github):
        _differs_from_alta(clave, "titular.github", alta.titular_github, lang)

    admins: dict[str, Admin] = {}
    for rol in ROLES:
        niveles = _or(NIVELES_ROL[rol], lang)
        _section(
            opts,
            Message(
                es=f"Persona administradora {rol} (4.2 III: mando {niveles})",
                en=f"{rol} administrator (4.2 III: {niveles} level)",
            ),
        )
        p = f"{rol}-"
        base: Path = ("administradores", rol)
        nombre_p = ask.ask(
            p + "nombre",
            Message(es="Nombre completo", en="Full name").text(lang),
            a.text((*base, "nombre")),
            why=why((*base, "nombre")),
        )
        cargo_p = ask.ask(
            p + "cargo",
            Message(es="Cargo", en="Position").text(lang),
            a.text((*base, "cargo")),
            why=why((*base, "cargo")),
        )
        nivel = ask.ask(
            p + "nivel",
            Message(es="Nivel de mando ({niveles})", en="Command level ({niveles})").format(
                lang, niveles=niveles
            ),
            a.word((*base, "nivel_mando"), (f"nivel-{rol}",)),
            why=why((*base, "nivel_mando")),
        )
        vinculo = ask.ask(
            p + "vinculo",
            Message(es="Vínculo ({choices})", en="Link ({choices})").format(
                lang, choices=_or(VINCULOS, lang)
            ),
            a.word((*base, "vinculo"), ("servidora-publica",)),
            VINCULOS[0],
            why=why((*base, "vinculo")),
        )
        correo = ask.ask(
            p + "correo",
            Message(
                es="Correo institucional propio (@{dominio})", en="Own institutional address"
            ).format(lang, dominio=dominio),
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
            Message(
                es="Teléfono institucional (p. ej. 449 910 0000 ext. 1234)",
                en="Institutional phone",
            ).text(lang),
            a.text((*base, "telefono")),
            why=why((*base, "telefono")),
        )
        desde = ask.ask(
            p + "desde",
            Message(
                es="Fecha en que surte efecto la designación (AAAA-MM-DD)",
                en="Date the designation takes effect (YYYY-MM-DD)",
            ).text(lang),
            a.date((*base, "desde")),
            iso,
            why=why((*base, "desde")),
        )
        responsiva_fecha = ask.ask(
            p + "responsiva-fecha",
            Message(
                es="Fecha de la carta responsiva, Anexo 2 (AAAA-MM-DD)",
                en="Date of the Anexo 2 (YYYY-MM-DD)",
            ).text(lang),
            a.date((*base, "responsiva", "fecha"), ("fecha-futura", "formato-responsiva")),
            desde.isoformat(),
            why=why((*base, "responsiva", "fecha")),
        )
        responsiva_sha = ask.ask(
            p + "responsiva-documento",
            Message(
                es="Anexo 2 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo "
                "después con `ine-redes formatos registrar`)",
                en="Signed Anexo 2: scan path or SHA-256 (Enter: register it later with "
                "`ine-redes formatos registrar`)",
            ).text(lang),
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

    _section(
        opts,
        Message(
            es="Formato de designación, Anexo 1 (4.2 IV)", en="Designation form, Anexo 1 (4.2 IV)"
        ),
    )
    d = ("designacion",)
    d_fecha = ask.ask(
        "designacion-fecha",
        Message(es="Fecha del Anexo 1 (AAAA-MM-DD)", en="Date of the Anexo 1 (YYYY-MM-DD)").text(
            lang
        ),
        a.date((*d, "fecha"), ("fecha-futura", "formato-designacion")),
        max(desdes).isoformat(),
        why=why((*d, "fecha")),
    )
    d_oficio = ask.ask(
        "designacion-oficio",
        Message(
            es="Número del oficio que lo remite a la CNCS",
            en="Number of the oficio sending it to CNCS",
        ).text(lang),
        a.text((*d, "oficio")),
        why=why((*d, "oficio")),
    )
    d_remitida = ask.ask(
        "designacion-remitida",
        Message(
            es="Fecha en que se remitió a la CNCS (AAAA-MM-DD)", en="Date it was sent to CNCS"
        ).text(lang),
        a.date((*d, "remitida_cncs"), ("fecha-futura", "formato-designacion")),
        d_fecha.isoformat(),
        why=why((*d, "remitida_cncs")),
    )
    d_sha = ask.ask(
        "designacion-documento",
        Message(
            es="Anexo 1 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo "
            "después con `ine-redes formatos registrar`)",
            en="Signed Anexo 1: scan path or SHA-256 (Enter: register it later with "
            "`ine-redes formatos registrar`)",
        ).text(lang),
        a.documento(d),
        "",
    )
    _section(
        opts, Message(es="Aviso de cambio a la CNCS (4.2 V)", en="Change report to CNCS (4.2 V)")
    )
    i = ("informes", 0)
    draft.answer((*i, "tipo"), "cambio")
    i_fecha = ask.ask(
        "informe-fecha",
        Message(es="Fecha del oficio que informa la designación", en="Date of the report").text(
            lang
        ),
        a.date((*i, "fecha"), ("fecha-futura",), anywhere=("aviso-cambio",)),
        d_remitida.isoformat(),
        why=why((*i, "fecha")),
    )
    i_oficio = ask.ask(
        "informe-oficio",
        Message(es="Número de ese oficio", en="Its oficio number").text(lang),
        a.text((*i, "oficio")),
        d_oficio,
        why=why((*i, "oficio")),
    )

    _section(
        opts,
        Message(
            es="Correos electrónicos genéricos (4.3 II; 4.4)", en="Generic addresses (4.3 II; 4.4)"
        ),
    )
    correos = _collect_correos(opts, a, clave)

    _section(
        opts,
        Message(es="Cuentas institucionales (3 d; 4.3)", en="Institutional accounts (3 d; 4.3)"),
    )
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
    more = Message(es="¿Agregar otro correo genérico?", en="Add another generic address?").text(
        lang
    )
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
            Message(es="Correo genérico", en="Generic address").text(lang),
            a.word((*base, "correo"), ("patron-correo-generico", "correo-generico-unico")),
            suggest_generic(a.draft, clave, taken),
            why=why((*base, "correo")),
        )
        estado = ask.ask(
            "estado",
            Message(es="Estado ({choices})", en="State ({choices})").format(
                lang, choices=_or(estados, lang)
            ),
            a.word((*base, "estado")),
            "asignado",
            why=why((*base, "estado")),
        )
        tramita = ask.ask(
            "tramita",
            Message(es="¿Quién lo tramita? ({choices})", en="Who requests it?").format(
                lang, choices=_or(ROLES, lang)
            ),
            a.word((*base, "tramita")),
            ROLES[0],
            why=why((*base, "tramita")),
        )
        solicitado = ask.ask(
            "solicitado",
            Message(es="Fecha de la solicitud (AAAA-MM-DD)", en="Request date (YYYY-MM-DD)").text(
                lang
            ),
            a.date((*base, "solicitado"), ("fecha-futura",)),
            opts.fecha.isoformat(),
            why=why((*base, "solicitado")),
        )
        asignado = None
        if estado == "asignado":
            asignado = ask.ask(
                "asignado",
                Message(
                    es="Fecha en que la UTSI lo asignó (AAAA-MM-DD)", en="Date UTSI assigned it"
                ).text(lang),
                a.date((*base, "asignado"), ("fecha-futura", "correo-generico-cronologia")),
                max(solicitado, opts.fecha).isoformat(),
                why=why((*base, "asignado")),
            )
        out.append(CorreoGenerico(correo, estado, tramita, solicitado, asignado))
    return out


# Rules that judge nothing the wizard asks (a test keeps this list and the questions in step).
NOT_ASKED: dict[str, str] = {
    "ruta-segura": "the wizard names the file after the checked clave; nobody types a path",
    "yaml-invalido": "the wizard writes the YAML itself",
    "comentario-en-valor": "the wizard writes the YAML itself: a value with a '#' is quoted",
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
    more = Message(es="¿Registrar una cuenta (otra más)?", en="Register an (other) account?").text(
        lang
    )
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
            Message(es="Plataforma ({names})", en="Platform ({names})").format(lang, names=names),
            plataforma_of,
            why=why((*base, "plataforma")),
        )
        usuario = ask.ask(
            "usuario",
            Message(es="Nombre de usuario (sin @)", en="User name (no @)").text(lang),
            usuario_of,
            why=why((*base, "usuario")),
        )
        url = ask.ask(
            "url",
            Message(es="Dirección pública (https://...)", en="Public address (https://...)").text(
                lang
            ),
            a.text((*base, "url"), ("cuenta-plataforma", "cuenta-usuario", "cuenta-duplicada")),
            Identities(catalogue).address_of_usuario(plataforma, usuario),
            why=why((*base, "url")),
        )
        correo = ask.ask(
            "correo",
            Message(es="Correo genérico asociado", en="Associated generic address").text(lang),
            a.word((*base, "correo_asociado"), _CORREO_RULES),
            assigned[0] if assigned else None,
            why=why((*base, "correo_asociado")),
        )
        asociacion = ask.ask(
            "asociacion",
            Message(
                es="Fecha en que se asoció el correo a la cuenta (AAAA-MM-DD)",
                en="Association date (YYYY-MM-DD)",
            ).text(lang),
            a.date((*base, "asociacion", "fecha"), ("fecha-futura",)),
            opts.fecha.isoformat(),
            why=why((*base, "asociacion", "fecha")),
        )
        notificada = ask.ask(
            "notificada",
            Message(
                es="Fecha del aviso a la CNCS (4.3 III)", en="Date CNCS was told (4.3 III)"
            ).text(lang),
            a.date(
                (*base, "asociacion", "notificada_cncs"), ("fecha-futura", "asociacion-notificada")
            ),
            asociacion.isoformat(),
            why=why((*base, "asociacion", "notificada_cncs")),
        )
        a.draft.answer((*base, "segundo_factor", "dispositivo"), "propietaria")
        segundo = ask.ask_bool(
            "segundo_factor",
            Message(
                es="¿El segundo factor está activo en el dispositivo de la propietaria? (4.3 V)",
                en="Is 2FA on in the owner administrator's device? (4.3 V)",
            ).text(lang),
            segundo_factor_of,
            True,
        )
        cambio: Path = (*base, "contrasena", "cambios", 0)
        contrasena = ask.ask(
            "contrasena",
            Message(
                es="Fecha del último cambio de contraseña (4.3 VIII)",
                en="Date of the last password change (4.3 VIII)",
            ).text(lang),
            a.date((*cambio, "fecha"), ("fecha-futura", "rotacion-contrasena")),
            asociacion.isoformat(),
            why=why((*cambio, "fecha")),
        )
        informado = ask.ask(
            "informado",
            Message(
                es="Fecha en que se informó a la persona titular (4.3 IX)",
                en="Date the head was told (4.3 IX)",
            ).text(lang),
            a.date((*cambio, "informado_titular"), ("fecha-futura", "cambio-informado")),
            contrasena.isoformat(),
            why=why((*cambio, "informado_titular")),
        )
        accesos = ask.ask(
            "accesos",
            Message(es="Quién tiene acceso ({choices})", en="Who has access ({choices})").format(
                lang, choices=", ".join(ACCESOS)
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
                Message(
                    es="el área «{clave}» ya existe (inventory/areas/{clave}.yaml): new-area no "
                    "sobrescribe; edite ese archivo",
                    en="area '{clave}' already exists (inventory/areas/{clave}.yaml): new-area "
                    "never overwrites; edit that file",
                ).format(lang, clave=clave)
            )
    area = collect(opts, draft)
    text = render_area(area)
    problems = check_text(text, area.clave)
    if problems:  # a bug in the renderer, never the user's fault
        raise RuntimeError("generated area file is not valid: " + "; ".join(problems))
    if not opts.no_input and not opts.dry_run:
        _summary(area, lang)
        if not confirm(
            Message(
                es="¿Escribir inventory/areas/{clave}.yaml?",
                en="Write inventory/areas/{clave}.yaml?",
            ).format(lang, clave=area.clave),
            default=True,
            lang=lang,
            err=True,
        ):
            raise Refused(
                Message(es="cancelado: no se escribió nada", en="cancelled: nothing written").text(
                    lang
                )
            )
    if opts.dry_run:
        out.write(text)
        return 0
    target = opts.root / "inventory" / "areas" / f"{area.clave}.yaml"
    if target.exists():
        raise Refused(
            Message(
                es="{target} ya existe: no se sobrescribe", en="{target} exists: not overwritten"
            ).format(lang, target=target)
        )
    write_atomic(target, text.encode("utf-8"))
    rel = f"inventory/areas/{area.clave}.yaml"
    out.write(Message(es="Se escribió {rel}.\n", en="Wrote {rel}.\n").format(lang, rel=rel))
    _report_pending(opts, rel, out)
    return 0


def _summary(area: NewArea, lang: str) -> None:
    """What is about to be written, in a few lines (interactive runs)."""
    p, su = area.propietaria, area.suplente
    lines = [
        "",
        Message(es="— Resumen —", en="— Summary —").text(lang),
        f"  {area.clave}: {area.nombre}",
        f"  titular: {area.titular.nombre} <{area.titular.correo}> (@{area.titular.github})",
        f"  propietaria: {p.nombre} ({p.nivel_mando}) <{p.correo}> desde {p.desde.isoformat()}",
        f"  suplente: {su.nombre} ({su.nivel_mando}) <{su.correo}> desde {su.desde.isoformat()}",
        f"  designación: {area.designacion_oficio} ({area.designacion_fecha.isoformat()})",
        f"  {_GENERIC_ADDRESSES.text(lang)}: "
        + (", ".join(f"{c.correo} ({c.estado})" for c in area.correos) or "—"),
        f"  {_ACCOUNTS.text(lang)}: "
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
            Message(
                es="Validación al {fecha}: sin hallazgos.\n",
                en="Validation as of {fecha}: no findings.\n",
            ).format(lang, fecha=opts.fecha.isoformat())
        )
    else:
        out.write(
            Message(
                es="Validación al {fecha}: pendientes antes de abrir el PR:\n",
                en="Validation as of {fecha}: pending before opening the PR:\n",
            ).format(lang, fecha=opts.fecha.isoformat())
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
            Message(es="(imprima, firme y escanee)", en="(print, sign and scan)").text(lang),
            f"ine-redes formatos registrar --area {clave} --anexo 1 ANEXO1.pdf --copiar",
            f"ine-redes formatos registrar --area {clave} --anexo 2 --rol propietaria "
            "ANEXO2.pdf --copiar",
            f"ine-redes formatos registrar --area {clave} --anexo 2 --rol suplente "
            "ANEXO2.pdf --copiar",
            *steps,
        ]
    steps.append(
        Message(
            es="git commit y un pull request (docs/guia-titulares.md)",
            en="git commit and a pull request (docs/guia-titulares.md)",
        ).text(lang)
    )
    out.write(Message(es="Siguientes pasos:\n", en="Next steps:\n").text(lang))
    for step in steps:
        out.write(f"  {step}\n")


__all__ = ["ENTIDADES", "Refused", "UsageProblem", "WizardOptions", "run_new_area"]
