"""``ine-redes new-area``: ask (or read from options) every answer, check it, write the file.

Every answer goes through :class:`~validator.authoring.area_file.Checker`. Interactively, a
bad answer is explained and asked again; with ``--no-input`` it is a usage error (exit 2)
naming the option. An existing area is refused (exit 1). The text is proved valid with the
strict loader and the model before it is written atomically; then the rules run on it at
``--fecha`` and whatever is still pending is listed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TypeVar

import click

from validator.authoring.area_file import (
    ENTIDADES,
    NIVELES_ROL,
    Admin,
    CorreoGenerico,
    Cuenta,
    Invalid,
    NewArea,
    Titular,
    check_text,
    render_area,
    suggest_clave,
    suggest_nombre,
)
from validator.authoring.checks import Checker
from validator.authoring.prompts import confirm, yes_no

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
    root: Path
    fecha: date
    no_input: bool = False
    lang: str = "es"
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
        self, key: str, prompt: str, check: Callable[[str], T], default: str | None = None
    ) -> T:
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
                    f"falta {self.label(key)} ({prompt})"
                    if self.lang == "es"
                    else f"missing {self.label(key)} ({prompt})"
                )
            try:
                return check(default)
            except Invalid as exc:
                raise self._problem(exc, key) from None

        def proc(value: str) -> T:
            try:
                return check(value)
            except AreaExists as exc:
                raise Refused(str(exc)) from None
            except Invalid as exc:
                raise click.BadParameter(str(exc)) from None

        return click.prompt(  # type: ignore[no-any-return]
            prompt, default=default, value_proc=proc, show_default=bool(default)
        )

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


def collect(opts: WizardOptions, checker: Checker) -> NewArea:
    """Every answer, checked, in the order a person thinks of them."""
    lang = opts.lang
    ask = Asker(opts.given, opts.no_input, lang)
    iso = opts.fecha.isoformat()

    _section(opts, "Área responsable", "Responsible area")
    tipo = ask.ask(
        "tipo",
        _m(lang, "Tipo de área (oficinas_centrales, junta_local, junta_distrital)", "Area type"),
        checker.tipo,
    )
    entidad = distrito = None
    if tipo != "oficinas_centrales":
        entidad = ask.ask(
            "entidad",
            _m(lang, "Entidad (código: ags, cdmx, jal ...)", "State (code: ags, cdmx, jal ...)"),
            checker.entidad,
        )
    if tipo == "junta_distrital":
        distrito = ask.ask(
            "distrito", _m(lang, "Número de distrito", "District number"), checker.distrito
        )

    def clave_check(value: str) -> str:
        try:
            return checker.clave(value)
        except Invalid as exc:
            if "ya existe" in str(exc) or "already exists" in str(exc):
                raise AreaExists(str(exc)) from None
            raise

    clave = ask.ask(
        "clave",
        _m(lang, "Clave del área (nombre del archivo)", "Area clave (file name)"),
        clave_check,
        suggest_clave(tipo, entidad, distrito),
    )
    nombre = ask.ask(
        "nombre",
        _m(lang, "Nombre oficial del área", "Official name of the area"),
        lambda v: checker.text(v, "el nombre del área", "the area's name"),
        suggest_nombre(tipo, entidad, distrito),
    )

    _section(opts, "Persona titular del área (4.2)", "Head of the area (4.2)")
    titular = Titular(
        nombre=ask.ask(
            "titular-nombre",
            _m(lang, "Nombre completo de la persona titular", "Full name of the head"),
            lambda v: checker.text(v, "el nombre completo", "the full name"),
        ),
        cargo=ask.ask(
            "titular-cargo",
            _m(lang, "Cargo de la persona titular", "Position of the head"),
            lambda v: checker.text(v, "el cargo", "the position"),
        ),
        correo=ask.ask(
            "titular-correo",
            _m(
                lang,
                f"Correo institucional (@{checker.dominio})",
                f"Institutional address (@{checker.dominio})",
            ),
            checker.correo_persona,
        ),
        github=ask.ask(
            "titular-github",
            _m(
                lang,
                "Cuenta de GitHub que abrirá los PR del área",
                "GitHub login that opens the area's PRs",
            ),
            checker.github,
        ),
    )

    admins: dict[str, Admin] = {}
    taken: dict[str, str] = {}
    for rol in ("propietaria", "suplente"):
        niveles = " o ".join(NIVELES_ROL[rol])
        _section(
            opts,
            f"Persona administradora {rol} (4.2 III: mando {niveles})",
            f"{rol} administrator (4.2 III: {' or '.join(NIVELES_ROL[rol])} level)",
        )
        p = f"{rol}-"
        nombre_p = ask.ask(
            p + "nombre",
            _m(lang, "Nombre completo", "Full name"),
            lambda v: checker.text(v, "el nombre completo", "the full name"),
        )
        cargo_p = ask.ask(
            p + "cargo",
            _m(lang, "Cargo", "Position"),
            lambda v: checker.text(v, "el cargo", "the position"),
        )
        nivel = ask.ask(
            p + "nivel",
            _m(
                lang,
                f"Nivel de mando ({niveles})",
                f"Command level ({' or '.join(NIVELES_ROL[rol])})",
            ),
            lambda v, r=rol: checker.nivel(v, r),  # type: ignore[misc]
        )
        vinculo = ask.ask(
            p + "vinculo",
            _m(lang, "Vínculo (servidora_publica o prestadora_servicios)", "Link"),
            checker.vinculo,
            "servidora_publica",
        )
        correo = ask.ask(
            p + "correo",
            _m(
                lang,
                f"Correo institucional propio (@{checker.dominio})",
                "Own institutional address",
            ),
            lambda v: checker.correo_persona(v, taken),
        )
        taken[_m(lang, f"la persona {rol}", f"{rol} administrator")] = correo
        telefono = ask.ask(
            p + "telefono",
            _m(
                lang,
                "Teléfono institucional (p. ej. 449 910 0000 ext. 1234)",
                "Institutional phone",
            ),
            checker.telefono,
        )
        desde = ask.ask(
            p + "desde",
            _m(
                lang,
                "Fecha en que surte efecto la designación (AAAA-MM-DD)",
                "Date the designation takes effect",
            ),
            checker.fecha,
            iso,
        )
        responsiva_fecha = ask.ask(
            p + "responsiva-fecha",
            _m(lang, "Fecha de la carta responsiva, Anexo 2 (AAAA-MM-DD)", "Date of the Anexo 2"),
            lambda v, d=desde: checker.responsiva_fecha(v, d),  # type: ignore[misc]
            desde.isoformat(),
        )
        responsiva_sha = ask.ask(
            p + "responsiva-documento",
            _m(
                lang,
                "Anexo 2 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo después)",
                "Signed Anexo 2: scan path or SHA-256 (Enter: register it later)",
            ),
            checker.documento,
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
        if vinculo == "prestadora_servicios":
            click.echo(
                _m(
                    lang,
                    "Aviso: 4.2 III habla de personas servidoras públicas; la regla "
                    "servidora-publica mostrará una advertencia.",
                    "Warning: 4.2 III speaks of public servants; rule servidora-publica will warn.",
                ),
                err=True,
            )
    desdes = [admins["propietaria"].desde, admins["suplente"].desde]

    _section(opts, "Formato de designación, Anexo 1 (4.2 IV)", "Designation form, Anexo 1 (4.2 IV)")
    d_fecha = ask.ask(
        "designacion-fecha",
        _m(lang, "Fecha del Anexo 1 (AAAA-MM-DD)", "Date of the Anexo 1"),
        lambda v: checker.designacion_fecha(v, max(desdes)),
        max(desdes).isoformat(),
    )
    d_oficio = ask.ask(
        "designacion-oficio",
        _m(
            lang,
            "Número del oficio que lo remite a la CNCS",
            "Number of the oficio sending it to CNCS",
        ),
        checker.oficio,
    )
    d_remitida = ask.ask(
        "designacion-remitida",
        _m(lang, "Fecha en que se remitió a la CNCS (AAAA-MM-DD)", "Date it was sent to CNCS"),
        lambda v: checker.fecha(
            v, not_before=d_fecha, what=_m(lang, "la remisión", "the remission")
        ),
        d_fecha.isoformat(),
    )
    d_sha = ask.ask(
        "designacion-documento",
        _m(
            lang,
            "Anexo 1 firmado: ruta del escaneo o su SHA-256 (Enter: registrarlo después)",
            "Signed Anexo 1: scan path or SHA-256 (Enter: register it later)",
        ),
        checker.documento,
        "",
    )
    _section(opts, "Aviso de cambio a la CNCS (4.2 V)", "Change report to CNCS (4.2 V)")
    i_fecha = ask.ask(
        "informe-fecha",
        _m(lang, "Fecha del oficio que informa la designación", "Date of the report"),
        lambda v: checker.informe_fecha(v, desdes),
        d_remitida.isoformat(),
    )
    i_oficio = ask.ask(
        "informe-oficio",
        _m(lang, "Número de ese oficio", "Its oficio number"),
        checker.oficio,
        d_oficio,
    )

    _section(
        opts, "Correos electrónicos genéricos (4.3 II; 4.4)", "Generic addresses (4.3 II; 4.4)"
    )
    people = [titular.correo, admins["propietaria"].correo, admins["suplente"].correo]
    correos = _collect_correos(opts, checker, clave, people)

    _section(opts, "Cuentas institucionales (3 d; 4.3)", "Institutional accounts (3 d; 4.3)")
    cuentas = _collect_cuentas(opts, checker, correos)

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


def _collect_correos(
    opts: WizardOptions, checker: Checker, clave: str, people: list[str]
) -> list[CorreoGenerico]:
    lang = opts.lang
    specs = [parse_spec(s, CORREO_KEYS, "correo-generico", lang) for s in opts.correos]
    out: list[CorreoGenerico] = []
    more = _m(lang, "¿Agregar otro correo genérico?", "Add another generic address?")
    # Without --correo-generico: one suggested address (redes.<clave>@...), assigned on --fecha.
    for index, given in enumerate(_elements(opts, specs, more, at_least_one=True), start=1):
        ask = Asker(given, opts.no_input, lang, lambda k, n=index: f"--correo-generico #{n} {k}")
        taken = [c.correo for c in out]
        correo = ask.ask(
            "correo",
            _m(lang, "Correo genérico", "Generic address"),
            lambda v, t=taken: checker.correo_generico(v, clave, t, people),  # type: ignore[misc]
            checker.suggest_generic(clave, taken),
        )
        estado = ask.ask(
            "estado",
            _m(lang, "Estado (asignado o solicitado)", "State (asignado or solicitado)"),
            checker.estado,
            "asignado",
        )
        tramita = ask.ask(
            "tramita",
            _m(lang, "¿Quién lo tramita? (propietaria o suplente)", "Who requests it?"),
            checker.rol,
            "propietaria",
        )
        solicitado = ask.ask(
            "solicitado",
            _m(lang, "Fecha de la solicitud (AAAA-MM-DD)", "Request date"),
            checker.fecha,
            opts.fecha.isoformat(),
        )
        asignado = None
        if estado == "asignado":
            asignado = ask.ask(
                "asignado",
                _m(lang, "Fecha en que la UTSI lo asignó (AAAA-MM-DD)", "Date UTSI assigned it"),
                lambda v, s=solicitado: checker.fecha(  # type: ignore[misc]
                    v, not_before=s, what=_m(lang, "la asignación", "the assignment")
                ),
                max(solicitado, opts.fecha).isoformat(),
            )
        out.append(CorreoGenerico(correo, estado, tramita, solicitado, asignado))
    return out


def _collect_cuentas(
    opts: WizardOptions, checker: Checker, correos: list[CorreoGenerico]
) -> list[Cuenta]:
    lang = opts.lang
    specs = [parse_spec(s, CUENTA_KEYS, "cuenta", lang) for s in opts.cuentas]
    assigned = [c.correo for c in correos if c.estado == "asignado"]
    out: list[Cuenta] = []
    more = _m(lang, "¿Registrar una cuenta (otra más)?", "Register an (other) account?")
    for index, given in enumerate(_elements(opts, specs, more, at_least_one=False), start=1):
        if not assigned:
            raise UsageProblem(
                _m(
                    lang,
                    "una cuenta necesita un correo genérico con estado asignado (4.3 II; "
                    "correo-asignado): registre la cuenta cuando la UTSI lo asigne",
                    "an account needs an assigned generic address (4.3 II)",
                )
            )
        ask = Asker(given, opts.no_input, lang, lambda k, n=index: f"--cuenta #{n} {k}")
        names = ", ".join(checker.plataformas.plataformas)
        plataforma = ask.ask(
            "plataforma",
            _m(lang, f"Plataforma ({names})", f"Platform ({names})"),
            checker.plataforma,
        )

        def usuario_check(value: str, p: str = plataforma) -> str:
            usuario = checker.usuario(value)
            checker.cuenta_unica(p, usuario, out)
            return usuario

        usuario = ask.ask(
            "usuario", _m(lang, "Nombre de usuario (sin @)", "User name (no @)"), usuario_check
        )
        suggested = checker.identities.address_of_usuario(plataforma, usuario)

        def url_check(value: str, p: str = plataforma) -> str:
            url = checker.url(value, p)
            ids = checker.identities
            if any(
                ids.key_of_url(url) in ids.keys_of_account(c.plataforma, c.usuario, c.url)
                for c in out
            ):
                raise Invalid(_m(lang, f"{url} ya está en la lista", f"{url} is already listed"))
            return url

        url = ask.ask(
            "url",
            _m(lang, "Dirección pública (https://...)", "Public address (https://...)"),
            url_check,
            suggested,
        )

        def correo_check(value: str) -> str:
            value = value.strip().lower()
            if value not in assigned:
                raise Invalid(
                    _m(
                        lang,
                        f"«{value}» no es uno de los correos genéricos asignados del área "
                        f"({', '.join(assigned)}); 4.3 II",
                        f"'{value}' is not one of the area's assigned generic addresses "
                        f"({', '.join(assigned)}); 4.3 II",
                    )
                )
            return value

        correo = ask.ask(
            "correo",
            _m(lang, "Correo genérico asociado", "Associated generic address"),
            correo_check,
            assigned[0],
        )
        asociacion = ask.ask(
            "asociacion",
            _m(
                lang,
                "Fecha en que se asoció el correo a la cuenta (AAAA-MM-DD)",
                "Association date",
            ),
            checker.fecha,
            opts.fecha.isoformat(),
        )
        notificada = ask.ask(
            "notificada",
            _m(lang, "Fecha del aviso a cncs@ine.mx (4.3 III)", "Date CNCS was told (4.3 III)"),
            lambda v, a=asociacion: checker.fecha(  # type: ignore[misc]
                v, not_before=a, what=_m(lang, "el aviso", "the notice")
            ),
            asociacion.isoformat(),
        )
        segundo = ask.ask_bool(
            "segundo_factor",
            _m(
                lang,
                "¿El segundo factor está activo en el dispositivo de la propietaria? (4.3 V)",
                "Is 2FA on in the owner administrator's device? (4.3 V)",
            ),
            lambda v, p=plataforma: checker.segundo_factor(v, p),  # type: ignore[misc]
            True,
        )
        contrasena = ask.ask(
            "contrasena",
            _m(
                lang,
                "Fecha del último cambio de contraseña (4.3 VIII)",
                "Date of the last password change",
            ),
            checker.fecha,
            asociacion.isoformat(),
        )
        informado = ask.ask(
            "informado",
            _m(
                lang,
                "Fecha en que se informó a la persona titular (4.3 IX)",
                "Date the head was told",
            ),
            lambda v, c=contrasena: checker.fecha(  # type: ignore[misc]
                v, not_before=c, what=_m(lang, "el aviso", "the notice")
            ),
            contrasena.isoformat(),
        )
        accesos = ask.ask(
            "accesos",
            _m(lang, "Quién tiene acceso (propietaria, suplente, titular)", "Who has access"),
            checker.accesos,
            "propietaria,suplente",
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
    checker = Checker(inventory, opts.fecha, lang)
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
    area = collect(opts, checker)
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
            out.write(f"  {f.line}:{f.column} {f.rule} ({f.clause}) {f.message(lang)}\n")  # type: ignore[arg-type]
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
