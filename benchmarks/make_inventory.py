"""Write a realistic synthetic inventory at any scale, for benchmarks and scale tests.

The national default (``--areas 332``) is shaped like the contract's complete example:
central units, the 32 juntas locales and the juntas distritales (claves ``jlags``,
``jd01ags`` ...), each with 2-10 accounts, two administrators, a designation, reports,
generic addresses, password changes and the odd incident. Every person is invented
(names drawn from short lists of first names and surnames). The output is deterministic
(seeded) and VALID on 2026-11-29 except for a few deliberate violations, listed in
:data:`DELIBERATE` and returned by :func:`write_repo`:

* ``esquema`` (error): an informe dated 2026-02-30 (a date that does not exist);
* ``rotacion-contrasena`` (error): an account whose newest password change is 2026-08-14;
* ``segundo-factor`` (error): an account whose second factor is on the suplente's device;
* ``informe-trimestral`` (warning): an area whose newest report is 2026-09-03 (due 2026-12-03);
* ``servidora-publica`` (warning): a suplente who is a ``prestadora_servicios``.

Usage::

    python benchmarks/make_inventory.py OUT_DIR [--areas 332 | --scale 10] [--seed 7]
        [--findings-heavy]   # a first migration: ~10 findings per area over most rules

``OUT_DIR`` becomes a complete repository: ``inventory/`` (the three catalogues copied
from the shipped ``inventory/`` plus ``areas/``) and ``schemas/``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 29)
NATIONAL = 332

# (entidad code, name, number of federal districts, phone area code, oficio abbreviation)
ENTIDADES: list[tuple[str, str, int, str, str]] = [
    ("ags", "Aguascalientes", 3, "449", "AGS"),
    ("bc", "Baja California", 9, "686", "BC"),
    ("bcs", "Baja California Sur", 2, "612", "BCS"),
    ("camp", "Campeche", 2, "981", "CAMP"),
    ("coah", "Coahuila", 8, "844", "COAH"),
    ("col", "Colima", 2, "312", "COL"),
    ("chis", "Chiapas", 13, "961", "CHIS"),
    ("chih", "Chihuahua", 9, "614", "CHIH"),
    ("cdmx", "la Ciudad de México", 22, "55", "CDMX"),
    ("dgo", "Durango", 4, "618", "DGO"),
    ("gto", "Guanajuato", 15, "473", "GTO"),
    ("gro", "Guerrero", 8, "747", "GRO"),
    ("hgo", "Hidalgo", 7, "771", "HGO"),
    ("jal", "Jalisco", 20, "33", "JAL"),
    ("mex", "el Estado de México", 40, "722", "MEX"),
    ("mich", "Michoacán", 11, "443", "MICH"),
    ("mor", "Morelos", 5, "777", "MOR"),
    ("nay", "Nayarit", 3, "311", "NAY"),
    ("nl", "Nuevo León", 14, "81", "NL"),
    ("oax", "Oaxaca", 10, "951", "OAX"),
    ("pue", "Puebla", 16, "222", "PUE"),
    ("qro", "Querétaro", 6, "442", "QRO"),
    ("qroo", "Quintana Roo", 4, "983", "QROO"),
    ("slp", "San Luis Potosí", 7, "444", "SLP"),
    ("sin", "Sinaloa", 7, "667", "SIN"),
    ("son", "Sonora", 7, "662", "SON"),
    ("tab", "Tabasco", 6, "993", "TAB"),
    ("tamps", "Tamaulipas", 8, "834", "TAMPS"),
    ("tlax", "Tlaxcala", 3, "246", "TLAX"),
    ("ver", "Veracruz", 19, "228", "VER"),
    ("yuc", "Yucatán", 6, "999", "YUC"),
    ("zac", "Zacatecas", 4, "492", "ZAC"),
]  # 300 districts in all
assert sum(e[2] for e in ENTIDADES) == 300

CENTRAL: list[tuple[str, str, str]] = [
    ("cncs", "Coordinación Nacional de Comunicación Social", "Coordinador(a) Nacional de Comunicación Social"),
    ("deceyec", "Dirección Ejecutiva de Capacitación Electoral y Educación Cívica", "Director(a) Ejecutivo(a) de Capacitación Electoral y Educación Cívica"),
    ("derfe", "Dirección Ejecutiva del Registro Federal de Electores", "Director(a) Ejecutivo(a) del Registro Federal de Electores"),
    ("deoe", "Dirección Ejecutiva de Organización Electoral", "Director(a) Ejecutivo(a) de Organización Electoral"),
    ("deppp", "Dirección Ejecutiva de Prerrogativas y Partidos Políticos", "Director(a) Ejecutivo(a) de Prerrogativas y Partidos Políticos"),
    ("utigyn", "Unidad Técnica de Igualdad de Género y No Discriminación", "Director(a) de la Unidad Técnica de Igualdad de Género y No Discriminación"),
    ("utvopl", "Unidad Técnica de Vinculación con los Organismos Públicos Locales", "Director(a) de la Unidad Técnica de Vinculación con los OPL"),
    ("utf", "Unidad Técnica de Fiscalización", "Director(a) de la Unidad Técnica de Fiscalización"),
]  # fmt: skip

WOMEN = [
    "María Fernanda", "Ana Sofía", "Guadalupe", "Claudia", "Patricia", "Mariana", "Laura",
    "Verónica", "Alejandra", "Gabriela", "Rosa Elena", "Daniela", "Adriana", "Lucía",
    "Beatriz", "Silvia", "Karla", "Norma", "Fabiola", "Mónica", "Irene", "Teresa",
]  # fmt: skip
MEN = [
    "Juan Carlos", "José Luis", "Eduardo", "Luis Fernando", "Rodrigo", "Miguel Ángel",
    "Jorge", "Ricardo", "Arturo", "Héctor", "Sergio", "Francisco Javier", "Raúl", "Óscar",
    "Alberto", "Fernando", "Enrique", "Ramón", "Gerardo", "Iván", "Rubén", "Tomás",
]  # fmt: skip
SURNAMES = [
    "López", "Pérez", "Ramírez", "Gómez", "Hernández", "García", "Martínez", "Sánchez",
    "Ruiz", "Soto", "Medina", "Herrera", "Núñez", "Ortega", "Salinas", "Fuentes", "Ochoa",
    "Aguirre", "Sandoval", "Beltrán", "Gutiérrez", "Vázquez", "Castillo", "Morales",
    "Jiménez", "Flores", "Reyes", "Cruz", "Mendoza", "Ríos", "Delgado", "Vega", "Cortés",
    "Ibarra", "Rosales", "Campos", "Navarro", "Luna", "Peña", "Cabrera",
]  # fmt: skip
PLATFORMS = [
    "facebook", "x", "instagram", "youtube", "tiktok", "threads", "linkedin", "whatsapp",
    "telegram", "spotify", "flickr",
]  # fmt: skip
INCIDENTS = [
    "Inicio de sesión desde un dispositivo desconocido",
    "Aviso de la plataforma por inicio de sesión desde un navegador no reconocido",
    "Intento de restablecimiento de contraseña no solicitado",
    "Mensaje de suplantación (phishing) recibido en el correo asociado",
]
DELIBERATE: tuple[tuple[str, str], ...] = (
    ("esquema", "error"),
    ("rotacion-contrasena", "error"),
    ("segundo-factor", "error"),
    ("informe-trimestral", "warning"),
    ("servidora-publica", "warning"),
)
_ASCII = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")


@dataclass(frozen=True, slots=True)
class AreaSpec:
    clave: str
    nombre: str
    tipo: str
    entidad: str | None
    distrito: int | None
    lada: str
    oficio_prefix: str
    handle: str  # base of the accounts' user names
    titular_cargo: str


@dataclass(frozen=True, slots=True)
class Expected:
    file: str
    rule: str
    severity: str
    line: int


def universe() -> list[AreaSpec]:
    """Every real area: central units, then the 32 juntas locales, then the 300 distritales."""
    out = [
        AreaSpec(c, n, "oficinas_centrales", None, None, "55", f"INE/{c.upper()}", "INE" + c.upper(), cargo)
        for c, n, cargo in CENTRAL
    ]  # fmt: skip
    for code, name, _, lada, abbr in ENTIDADES:
        out.append(
            AreaSpec(
                f"jl{code}", f"Junta Local Ejecutiva en {name}", "junta_local", code, None,
                lada, f"INE/JLE-{abbr}", f"INEJLE{code.capitalize()}", "Vocal Ejecutivo(a)",
            )
        )  # fmt: skip
    for code, name, districts, lada, abbr in ENTIDADES:
        for d in range(1, districts + 1):
            out.append(
                AreaSpec(
                    f"jd{d:02d}{code}", f"Junta Distrital Ejecutiva {d:02d} en {name}",
                    "junta_distrital", code, d, lada, f"INE/JDE{d:02d}-{abbr}",
                    f"INEJDE{d:02d}{code.capitalize()}", "Vocal Ejecutivo(a)",
                )
            )  # fmt: skip
    return out


def choose_areas(n: int) -> list[AreaSpec]:
    """``n`` areas: evenly spread over the real ones (every kind present at any size);
    beyond the real ones, replicas with their own clave (``r2jd01ags``) and handles. A
    replica is a central unit: a junta's clave must name its entidad and distrito
    (``tipo-area``), and there are only 300 districts."""
    real = universe()
    if n <= len(real):
        return [real[i * len(real) // n] for i in range(n)]
    out = list(real)
    copy = 2
    while len(out) < n:
        for spec in real:
            if len(out) >= n:
                break
            out.append(
                AreaSpec(
                    f"r{copy}{spec.clave}", f"{spec.nombre} (réplica {copy})",
                    "oficinas_centrales", None, None, spec.lada,
                    spec.oficio_prefix + f"R{copy}", f"{spec.handle}R{copy}", spec.titular_cargo,
                )
            )  # fmt: skip
        copy += 1
    return out


class People:
    """Invented people with unique addresses and GitHub logins across the inventory."""

    def __init__(self) -> None:
        self.emails: set[str] = set()
        self.logins: set[str] = set()

    def person(self, rng: random.Random) -> tuple[str, str, bool]:
        woman = rng.random() < 0.5
        first = rng.choice(WOMEN if woman else MEN)
        s1, s2 = rng.sample(SURNAMES, 2)
        name = f"{first} {s1} {s2}"
        base = f"{first.split()[0]}.{s1}".lower().translate(_ASCII)
        email, k = f"{base}@ine.mx", 1
        while email in self.emails:
            k += 1
            email = f"{base}{k}@ine.mx"
        self.emails.add(email)
        return name, email, woman

    def login(self, name: str) -> str:
        parts = name.translate(_ASCII).lower().split()
        base = "".join(p[0] for p in parts[:-2]) + parts[-2]
        login, k = f"{base}-ine", 1
        while login in self.logins:
            k += 1
            login = f"{base}{k}-ine"
        self.logins.add(login)
        return login


def _cargo(text: str, woman: bool) -> str:
    """``Director(a) Ejecutivo(a)`` -> ``Directora Ejecutiva`` or ``Director Ejecutivo``."""
    for marked, fem, masc in (("o(a)", "a", "o"), ("e(a)", "a", "e"), ("(a)", "a", "")):
        text = text.replace(marked, fem if woman else masc)
    return text


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _sha(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _url(platform: str, handle: str) -> str:
    low = handle.lower()
    return {
        "facebook": f"https://www.facebook.com/{handle}",
        "x": f"https://x.com/{handle}",
        "instagram": f"https://www.instagram.com/{low}",
        "youtube": f"https://www.youtube.com/@{handle}",
        "tiktok": f"https://www.tiktok.com/@{low}",
        "threads": f"https://www.threads.net/@{low}",
        "linkedin": f"https://www.linkedin.com/company/{low}",
        "whatsapp": f"https://www.whatsapp.com/channel/{handle}",
        "telegram": f"https://t.me/{handle}",
        "spotify": f"https://open.spotify.com/user/{low}",
        "flickr": f"https://www.flickr.com/photos/{low}",
    }[platform]


class AreaWriter:
    """Builds one area file line by line, remembering the line of each violation."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.marks: dict[str, int] = {}

    def add(self, line: str, mark: str | None = None) -> None:
        code, sep, comment = line.partition("  # ")
        if sep:  # comments aligned at one column, as in the contract's example
            line = f"{code.rstrip():<36} # {comment.strip()}"
        self.lines.append(line)
        if mark is not None:
            self.marks[mark] = len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def render_area(
    spec: AreaSpec, index: int, seed: int, people: People, violation: str | None
) -> tuple[str, int | None]:
    """The YAML text of one area and, if it holds a violation, the violation's line."""
    rng = random.Random(f"{seed}:{index}:{spec.clave}")
    w = AreaWriter()
    add = w.add
    year_oficio = [rng.randint(10, 400)]

    def oficio(day: date) -> str:
        year_oficio[0] += rng.randint(3, 40)
        return f"{spec.oficio_prefix}/{year_oficio[0] % 10000:04d}/{day.year}"

    add("# yaml-language-server: $schema=../../schemas/area.schema.json")
    add("# Inventario sintético para pruebas de rendimiento: personas y datos inventados.")
    add("version: 1")
    add(
        f"clave: {spec.clave}                       # ^[a-z0-9]{{2,16}}$ ; igual al nombre del archivo"
    )
    add(f"nombre: {spec.nombre}")
    add(f"tipo: {spec.tipo}                # oficinas_centrales | junta_local | junta_distrital")
    if spec.entidad:
        add(
            f"entidad: {spec.entidad}                          # obligatoria en juntas locales y distritales"
        )
    if spec.distrito:
        add(
            f"distrito: {spec.distrito}                          # obligatorio en juntas distritales"
        )
    add("")
    tit_name, tit_mail, tit_woman = people.person(rng)
    add("titular:")
    add(f"  nombre: {tit_name}")
    add(f"  cargo: {_cargo(spec.titular_cargo, tit_woman)}")
    add(f"  correo: {tit_mail}")
    add(
        f"  github: {people.login(tit_name)}                # cuenta que puede abrir PR de esta área"
    )
    add("")

    # Administrators: the pair took office on `desde` (the suplente sometimes later).
    desde_p = _weekday(date(2024, 3, 1) + timedelta(days=rng.randint(0, 880)))
    desde_s = desde_p
    if rng.random() < 0.3 and violation != "informe-trimestral":
        desde_s = _weekday(desde_p + timedelta(days=rng.randint(30, 200)))
        desde_s = min(desde_s, date(2026, 10, 30))
    central = spec.tipo == "oficinas_centrales"
    ext = rng.randint(1000, 8000)
    add("administradores:")
    admins = {}
    mails: dict[str, str] = {}
    for rol, desde in (("propietaria", desde_p), ("suplente", desde_s)):
        name, mail, woman = people.person(rng)
        admins[rol] = (name, mail, desde)
        if rol == "propietaria":
            nivel = "superior" if central or rng.random() < 0.4 else "medio"
            cargo = "Director(a) de Área" if central else "Vocal Secretario(a)"
        else:
            nivel = "medio" if central or rng.random() < 0.3 else "operativo"
            cargo = (
                "Subdirector(a) de Redes Sociales"
                if central
                else "Jefe(a) de Oficina de Seguimiento y Análisis"
            )
        vinculo = "servidora_publica"
        if violation == "servidora-publica" and rol == "suplente":
            vinculo = "prestadora_servicios"
        add(f"  {rol}:")
        add(f"    nombre: {name}")
        add(f"    cargo: {_cargo(cargo, woman)}")
        add(f"    nivel_mando: {nivel}               # superior | medio | operativo")
        add(
            f"    vinculo: {vinculo}"
            + (
                ""
                if vinculo != "servidora_publica"
                else "      # servidora_publica | prestadora_servicios"
            ),
            mark="vinculo" if rol == "suplente" else None,
        )
        add(f"    correo: {mail}        # su correo institucional (Anexo 1)")
        add(
            f'    telefono: "{spec.lada} {rng.randint(100, 999)} {rng.randint(1000, 9999)} ext. {ext + rng.randint(1, 99)}"'
        )
        add(
            f"    desde: {desde.isoformat()}                # fecha en que surte efecto la designación"
        )
        resp = _weekday(desde - timedelta(days=rng.randint(3, 12)))
        if resp > desde:
            resp = desde
        add("    responsiva:                      # Anexo 2, firmado por esta persona")
        add(f"      fecha: {resp.isoformat()}")
        add("      documento:")
        add(f"        sha256: {_sha(spec.clave, rol, 'responsiva', seed)}")
        add("      cuentas: __CUENTAS__           # las que enlista su Anexo 2 (issue 11)")
        mails[rol] = mail
    add("")

    later = max(desde_p, desde_s)
    des = _weekday(later - timedelta(days=rng.randint(5, 15)))
    if des > later:
        des = later
    add(
        "designacion:                         # Anexo 1 de la pareja actual, remitido a la CNCS por oficio"
    )
    add(f"  fecha: {des.isoformat()}")
    add(f"  oficio: {oficio(des)}")
    add(f"  remitida_cncs: {(des + timedelta(days=rng.randint(0, 2))).isoformat()}")
    add("  documento:")
    add(f"    sha256: {_sha(spec.clave, 'designacion', seed)}")
    add(f"  designa: {{propietaria: {mails['propietaria']}, suplente: {mails['suplente']}}}")
    add("")

    # Reports: a change report for each taking of office, then quarterly ones.
    informes: list[tuple[date, str]] = [(_weekday(desde_p + timedelta(days=1)), "cambio")]
    if desde_s != desde_p:
        informes.append((_weekday(desde_s + timedelta(days=1)), "cambio"))
    newest = (
        date(2026, 9, 3)
        if violation == "informe-trimestral"
        else _weekday(date(2026, 9, 14) + timedelta(days=rng.randint(0, 70)))
    )
    quarterly = []
    day = newest
    while day > desde_p + timedelta(days=20) and len(quarterly) < 9:
        quarterly.append(day)
        day = _weekday(day - timedelta(days=rng.randint(85, 91)))
    informes.extend((d, "trimestral") for d in quarterly)
    informes.sort()
    # Every report within three months of the one before it (the informe-trimestral rule
    # records a late one as a warning): fill a gap wider than the shortest three months.
    k = 1
    while k < len(informes):
        if (informes[k][0] - informes[k - 1][0]).days > 88:
            informes.insert(k, (_weekday(informes[k - 1][0] + timedelta(days=80)), "trimestral"))
        k += 1
    bad_date_at = len(informes) // 2 if violation == "esquema" else -1
    add("informes:                            # a la CNCS: trimestrales y en cada cambio")
    for i, (day, tipo) in enumerate(informes):
        if i == bad_date_at:
            add(f"  - fecha: {day.year}-02-30", mark="esquema")
        else:
            add(
                f"  - fecha: {day.isoformat()}",
                mark="informe-trimestral" if day == newest else None,
            )
        add(f"    tipo: {tipo}" + ("                     # cambio | trimestral" if i == 0 else ""))
        add(f"    oficio: {oficio(day)}")
    add("")

    # Generic addresses: one per ~4 accounts.
    n_accounts = rng.choice((2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10))
    n_generic = 1 + (n_accounts - 1) // 4
    generic = []
    add("correos_genericos:                   # solicitados por la CNCS, asignados por la UTSI")
    for g in range(n_generic):
        mail = f"redes{'' if g == 0 else g + 1}.{spec.clave}@ine.mx"
        solicitado = _weekday(desde_p + timedelta(days=rng.randint(1, 4)))
        asignado = _weekday(solicitado + timedelta(days=rng.randint(2, 6)))
        generic.append((mail, asignado))
        add(f"  - correo: {mail}")
        add("    estado: asignado                 # solicitado | asignado | baja")
        add(f"    tramita: {'propietaria' if g % 2 == 0 else 'suplente'}")
        add(f"    solicitado: {solicitado.isoformat()}")
        add(f"    asignado: {asignado.isoformat()}")
        # The generic address's own password changes (4.3 VIII, 4.4 III), from a separate
        # generator so that the rest of the inventory stays as it was.
        grng = random.Random(f"{spec.clave}/{mail}/{seed}")
        newest_g = min(_weekday(date(2026, 10, 13) + timedelta(days=grng.randint(0, 44))),
                       AS_OF - timedelta(days=1))  # fmt: skip
        gchanges = [_weekday(newest_g - timedelta(days=grng.randint(52, 58))), newest_g]
        add("    contrasena:")
        add("      cambios:")
        for day in (d for d in gchanges if d >= asignado):
            add(f"        - {{fecha: {day.isoformat()}, informado_titular: {day.isoformat()}}}")
    add("")

    add("cuentas:")
    refs_list: list[tuple[str, str]] = []
    platforms = rng.sample(PLATFORMS, n_accounts)
    bad_account = n_accounts - 1
    for a, platform in enumerate(platforms):
        mail, asignado = generic[a // 4]
        handle = (
            spec.handle
            if platform not in ("instagram", "tiktok", "threads")
            else spec.handle.lower()
        )
        refs_list.append((platform, handle))
        add(f"  - plataforma: {platform}")
        add(f"    usuario: {handle}")
        add(f"    url: {_url(platform, spec.handle)}")
        add(f"    correo_asociado: {mail}")
        add("    vinculada_a_cuenta_externa: false")
        asoc = _weekday(asignado + timedelta(days=rng.randint(1, 6)))
        add("    asociacion:")
        add(f"      fecha: {asoc.isoformat()}")
        add(
            f"      notificada_cncs: {(asoc + timedelta(days=rng.randint(0, 1))).isoformat()}    # correo a cncs@ine.mx"
        )
        add("    segundo_factor:")
        add("      activo: true")
        if violation == "segundo-factor" and a == bad_account:
            add("      dispositivo: suplente", mark="segundo-factor")
        else:
            add("      dispositivo: propietaria       # quién tiene el segundo factor")
            add(f"      persona: {mails['propietaria']}")
            add(f"      desde: {max(desde_p, asoc).isoformat()}")
        # Password changes: newest within the last ~7 weeks, earlier ones ~2 months apart.
        if violation == "rotacion-contrasena" and a == bad_account:
            last = date(2026, 8, 14)
        else:
            last = _weekday(date(2026, 10, 13) + timedelta(days=rng.randint(0, 44)))
            last = min(last, AS_OF - timedelta(days=1))
        changes = [last]
        for _ in range(rng.randint(1, 2)):
            changes.append(_weekday(changes[-1] - timedelta(days=rng.randint(52, 60))))
        changes.reverse()
        changes = [d for d in changes if d >= asoc] or [last]
        incident = rng.random() < 0.3 and not (violation and a == bad_account)
        add(
            "    contrasena:                      # NUNCA la contraseña: sólo el registro de cambios"
        )
        add("      cambios:")
        for c, day in enumerate(changes):
            add(
                f"        - fecha: {day.isoformat()}",
                mark="rotacion-contrasena" if c == len(changes) - 1 else None,
            )
            add(
                f"          informado_titular: {(day + timedelta(days=rng.randint(0, 1))).isoformat()}"
            )
        accesos = (
            "[propietaria, suplente, titular]" if rng.random() < 0.5 else "[propietaria, suplente]"
        )
        add(f"    accesos: {accesos}")
        if incident:
            day = changes[0]
            add("    incidentes:")
            add(f"      - fecha: {day.isoformat()}")
            add(f"        descripcion: {rng.choice(INCIDENTS)}")
            add(f"        contrasena_cambiada: {day.isoformat()}")
            add(f"        ticket_cau: CAU-{day.year}-{rng.randint(100, 9999):04d}")
            add(f"        notificado_titular: {day.isoformat()}")
            add(f"        notificado_cncs: {(day + timedelta(days=rng.randint(0, 1))).isoformat()}")
    refs = ", ".join(f"{p}/{h}" for p, h in refs_list)
    w.lines = [line.replace("__CUENTAS__", f"[{refs}]") for line in w.lines]
    return w.text(), (w.marks.get(_MARK[violation]) if violation else None)


# A first migration (``--findings-heavy``): every area has things to fix, about ten
# findings per area on average, spread over most rules. Each fault is a text edit of the
# rendered file: (rule it is meant to fire, pattern, replacement, chance per occurrence).
# Most leave the file valid for its model, so the rules behind the schema all run.
_DATE = r"\d{4}-\d\d-\d\d"
FAULTS: tuple[tuple[str, str, str, float], ...] = (
    ("segundo-factor", r"(?m)^(      dispositivo: )propietaria.*$", r"\1suplente", 0.2),
    ("segundo-factor", r"(?m)^(      activo: )true$", r"\1false", 0.05),
    ("sin-cuenta-externa", r"(?m)^(    vinculada_a_cuenta_externa: )false$", r"\1true", 0.1),
    ("acceso-autorizado", r"(?m)^(    accesos: \[propietaria, suplente)\]$", r"\1, agencia]", 0.2),
    ("cambio-informado", rf"(?m)^          informado_titular: {_DATE}\n", "", 0.06),
    ("asociacion-notificada", rf"(?m)^      notificada_cncs: {_DATE}.*\n", "", 0.1),
    ("dominio-institucional", r"(?m)^(    correo_asociado: redes[^@]*)@ine\.mx$", r"\1@gmail.com", 0.08),
    ("cuenta-plataforma", r"(?m)^(    url: https://)([^/]+)/", r"\1\2.example.com/", 0.08),
    ("rotacion-contrasena", rf"(?m)^(        - fecha: ){_DATE}(\n          informado_titular: ){_DATE}\n(    accesos)", r"\g<1>2026-08-14\g<2>2026-08-14\n\3", 0.15),
    ("incidente-atendido", r"(?m)^        ticket_cau: .*\n", "", 0.4),
    ("nivel-propietaria", r"(?m)^(  propietaria:\n(?:    .*\n){2}    nivel_mando: )\w+", r"\1operativo", 0.3),
    ("nivel-suplente", r"(?m)^(  suplente:\n(?:    .*\n){2}    nivel_mando: )\w+", r"\1superior", 0.3),
    ("servidora-publica", r"(?m)^(    vinculo: )servidora_publica.*$", r"\1prestadora_servicios", 0.15),
    ("formato-designacion", rf"(?m)^  remitida_cncs: {_DATE}\n", "", 0.3),
    ("formato-responsiva", rf"(?m)^(      fecha: ){_DATE}(\n      documento:\n        sha256)", r"\g<1>2020-01-06\2", 0.15),
    ("sin-secretos", r"(?m)^(    usuario: .*)$", r"\1    # contraseña: Xk9#mPq2rT", 0.08),
    ("tipo-area", r"(?m)^entidad: .*\n", "", 0.1),
    ("esquema", r"(?m)^(  - fecha: )\d{4}(-\d\d-\d\d\n    tipo: trimestral)", r"\g<1>20260\2", 0.01),
    ("yaml-invalido", r"(?m)^(version: 1\n)", r"\1version: 1\n", 0.01),
)  # fmt: skip


def add_faults(text: str, rng: random.Random) -> str:
    """``text`` with the faults of :data:`FAULTS` applied at random occurrences."""

    def edit(match: re.Match[str], replacement: str, chance: float) -> str:
        return match.expand(replacement) if rng.random() < chance else match[0]

    for _rule, pattern, replacement, chance in FAULTS:
        text = re.sub(pattern, lambda m, r=replacement, c=chance: edit(m, r, c), text)
    return text


_MARK = {
    "esquema": "esquema",
    "rotacion-contrasena": "rotacion-contrasena",
    "segundo-factor": "segundo-factor",
    "informe-trimestral": "informe-trimestral",
    "servidora-publica": "vinculo",
}


def violation_slots(n: int) -> dict[int, str]:
    """Which area (by index) carries which deliberate violation: evenly spread."""
    if n < len(DELIBERATE):
        return {}
    step = n / len(DELIBERATE)
    return {int(step * k + step / 2): rule for k, (rule, _) in enumerate(DELIBERATE)}


def write_repo(
    out: Path, n_areas: int = NATIONAL, seed: int = 7, findings_heavy: bool = False
) -> list[Expected]:
    """Write the repository under ``out`` (replacing its inventory) and return the
    deliberate violations it holds (file, rule, severity, line of the offending value;
    the line is indicative: a rule may point at a neighbouring key). ``findings_heavy``:
    a first migration instead (:data:`FAULTS`; about ten findings per area); the
    deliberate violations are then not returned (their lines move)."""
    inventory = out / "inventory"
    if inventory.exists():
        shutil.rmtree(inventory)
    areas_dir = inventory / "areas"
    areas_dir.mkdir(parents=True)
    for name in ("lineamientos.yaml", "plataformas.yaml", "cncs.yaml"):
        shutil.copyfile(REPO / "inventory" / name, inventory / name)
    shutil.copytree(REPO / "schemas", out / "schemas", dirs_exist_ok=True)
    severity = dict(DELIBERATE)
    slots = violation_slots(n_areas)
    people = People()
    expected: list[Expected] = []
    for index, spec in enumerate(choose_areas(n_areas)):
        violation = slots.get(index)
        text, line = render_area(spec, index, seed, people, violation)
        if findings_heavy:
            text = add_faults(text, random.Random(f"{seed}:faults:{index}:{spec.clave}"))
        rel = f"inventory/areas/{spec.clave}.yaml"
        (out / rel).write_text(text, encoding="utf-8")
        if violation is not None and line is not None and not findings_heavy:
            expected.append(Expected(rel, violation, severity[violation], line))
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write (a complete repository)")
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--areas", type=int, default=None, help=f"number of areas (default {NATIONAL})"
    )
    size.add_argument(
        "--scale", type=int, default=None, help=f"multiple of the national {NATIONAL}"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--expected", type=Path, default=None, help="write the deliberate violations as JSON here"
    )
    parser.add_argument(
        "--findings-heavy",
        action="store_true",
        help="a first migration: about ten findings per area, over most rules",
    )
    args = parser.parse_args(argv)
    n = args.areas if args.areas is not None else NATIONAL * (args.scale or 1)
    if n < 1:
        parser.error("--areas must be at least 1")
    expected = write_repo(args.out, n, args.seed, args.findings_heavy)
    files = sorted((args.out / "inventory" / "areas").glob("*.yaml"))
    lines = sum(f.read_bytes().count(b"\n") for f in files)
    size_b = sum(f.stat().st_size for f in files)
    print(f"{len(files)} areas, {lines} lines, {size_b / 1e6:.2f} MB in {args.out}/inventory/areas")
    for e in expected:
        print(f"  deliberate: {e.rule} ({e.severity}) {e.file}:{e.line}")
    if args.expected:
        rows = [dataclasses.asdict(e) for e in expected]
        args.expected.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
