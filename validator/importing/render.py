"""The text of an imported area file: what the spreadsheets say, and what they lack marked
``PENDIENTE`` with a Spanish comment — never an invented value.

A required value the lists do not carry (the titular; whether an account is tied to an
outside account) is written as an empty key with its comment: ``validate`` then reports it at
its line (``esquema``) until the titular fills it in. An obligation the lists do not carry
(signed forms, reports, password changes, second factor) is left out with a comment: the
rule that judges it (``formato-designacion``, ``informe-trimestral``, ``rotacion-contrasena``,
``segundo-factor`` …) reports it with its clause.
"""

from __future__ import annotations

from validator.i18n import Message
from validator.importing.assemble import Account, Draft, Person
from validator.loading.yaml_emit import Lines, quoted, scalar

HEADER = "# yaml-language-server: $schema=../../schemas/area.schema.json"
PENDING = "PENDIENTE"

#: What an imported area still owes, as the migration report words it (the written file's
#: own comments stay Spanish: the inventory is Spanish).
PENDING_ITEMS: dict[str, Message] = {
    "titular": Message(es="datos de la persona titular", en="details of the titular"),
    "person": Message(es="persona {rol}", en="{rol} person"),
    "responsiva_date": Message(
        es="fecha de la responsiva (Anexo 2) de la {rol}",
        en="date of the responsiva (Anexo 2) of the {rol}",
    ),
    "responsiva_doc": Message(
        es="documento de la responsiva (Anexo 2) de la {rol}",
        en="document of the responsiva (Anexo 2) of the {rol}",
    ),
    "designacion": Message(
        es="designación (Anexo 1): oficio, remisión a la CNCS y documento",
        en="designation (Anexo 1): official letter, submission to CNCS and document",
    ),
    "reports": Message(es="informes a la CNCS", en="reports to CNCS"),
    "vinculada": Message(
        es="{name}: vinculada_a_cuenta_externa", en="{name}: vinculada_a_cuenta_externa"
    ),
    "correo": Message(es="{name}: correo asociado", en="{name}: associated e-mail"),
    "asociacion": Message(
        es="{name}: fecha de asociación y aviso a la CNCS",
        en="{name}: association date and notice to CNCS",
    ),
    "security": Message(
        es="{name}: segundo factor y cambios de contraseña",
        en="{name}: second factor and password changes",
    ),
}


def pending_items(draft: Draft, lang: str = "es") -> list[str]:
    """What the area still owes after the import, in words (for the migration report)."""
    out: list[str] = []

    def owe(key: str, **params: str) -> None:
        out.append(PENDING_ITEMS[key].format(lang, **params))

    t = draft.titular
    if t is None or not all((t.nombre, t.cargo, t.correo, t.github)):
        owe("titular")
    for rol in ("propietaria", "suplente"):
        person = draft.people.get(rol)
        if person is None:
            owe("person", rol=rol)
        else:
            if person.responsiva is None:
                owe("responsiva_date", rol=rol)
            owe("responsiva_doc", rol=rol)
    owe("designacion")
    owe("reports")
    for account in sorted(draft.accounts.values(), key=_account_order):
        name = f"{account.plataforma}/{account.usuario}"
        if account.vinculada is None:
            owe("vinculada", name=name)
        if account.correo_asociado is None:
            owe("correo", name=name)
        if account.asociacion is None:
            owe("asociacion", name=name)
        owe("security", name=name)
    return out


def _account_order(a: Account) -> tuple[str, str]:
    return (a.plataforma, a.usuario.casefold())


def _value(out: Lines, indent: int, key: str, value: object | None, note: str) -> None:
    if value is None:
        out.key(indent, key, None, f"{PENDING}: {note}")
    else:
        out.key(indent, key, scalar(value))


def _person(out: Lines, rol: str, person: Person | None, clave: str) -> None:
    if person is None:
        out.comment(2, f"{rol}: {PENDING}. Las listas importadas no traen a la persona {rol}.")
        return
    out.key(2, rol)
    out.key(4, "nombre", quoted(person.nombre))
    out.key(4, "cargo", quoted(person.cargo))
    out.key(4, "nivel_mando", person.nivel_mando)
    out.key(4, "vinculo", person.vinculo)
    out.key(4, "correo", scalar(person.correo))
    out.key(4, "telefono", quoted(person.telefono))
    out.key(4, "desde", person.desde.isoformat())
    if person.responsiva is None:
        out.comment(4, f"responsiva: {PENDING}: fecha y documento del Anexo 2 firmado (4.3 I)")
        return
    out.key(4, "responsiva", None, "Anexo 2 firmado por esta persona (4.3 I)")
    out.key(6, "fecha", person.responsiva.isoformat())
    out.comment(
        6,
        f"documento: {PENDING}. Registre el escaneo: ine-redes formatos registrar --area "
        f"{clave} --anexo 2 --rol {rol} ARCHIVO.pdf",
    )


def render(draft: Draft, sources: list[str]) -> str:
    out = Lines()
    out.raw(HEADER)
    out.comment(0, f"Importado con `ine-redes import` desde: {', '.join(sources)}.")
    out.raw(
        f"# Lo marcado {PENDING} no venía en las listas: complételo; `ine-redes validate` dice "
        "qué falta y por qué."
    )
    out.raw("# Nunca escriba contraseñas, códigos ni tokens en este archivo (4.3 VI).")
    out.key(0, "version", "1")
    out.key(0, "clave", draft.clave)
    _value(out, 0, "nombre", draft.nombre, "nombre oficial del área")
    out.key(0, "tipo", draft.tipo or "oficinas_centrales")
    if draft.entidad is not None:
        out.key(0, "entidad", draft.entidad)
    if draft.distrito is not None:
        out.key(0, "distrito", str(draft.distrito))
    out.raw()
    t = draft.titular
    out.key(0, "titular", None, "persona titular del área responsable (4.2)")
    _value(out, 2, "nombre", t and t.nombre, "nombre de la persona titular")
    _value(out, 2, "cargo", t and t.cargo, "cargo de la persona titular")
    _value(out, 2, "correo", t and t.correo, "su correo institucional")
    _value(out, 2, "github", t and t.github, "cuenta de GitHub con la que abre los PR del área")
    out.raw()
    out.key(0, "administradores", None, "4.2 III: dos personas distintas")
    for rol in ("propietaria", "suplente"):
        _person(out, rol, draft.people.get(rol), draft.clave)
    out.raw()
    if draft.designacion is None:
        out.comment(0, f"designacion: {PENDING}: Anexo 1 de la pareja actual (4.2 IV)")
    else:
        out.key(0, "designacion", None, "Anexo 1 de la pareja actual (4.2 IV)")
        out.key(2, "fecha", draft.designacion.isoformat())
        out.comment(2, f"oficio, remitida_cncs y documento: {PENDING}")
    out.raw()
    out.key(0, "informes", "[]", f"{PENDING}: informes enviados a la CNCS (4.2 V)")
    out.raw()
    generics = sorted(draft.generics.values(), key=lambda g: g.correo)
    out.key(0, "correos_genericos", None if generics else "[]", "se solicitan por la CNCS (4.4)")
    for g in generics:
        out.key(2, "- correo", scalar(g.correo))
        out.key(4, "estado", g.estado)
        out.key(4, "tramita", g.tramita)
        out.key(4, "solicitado", g.solicitado.isoformat())
        if g.asignado is not None:
            out.key(4, "asignado", g.asignado.isoformat())
        if g.baja is not None:
            out.key(4, "baja", g.baja.isoformat())
    out.raw()
    accounts = sorted(draft.accounts.values(), key=_account_order)
    out.key(0, "cuentas", None if accounts else "[]", "cuentas institucionales del área")
    for a in accounts:
        out.key(2, "- plataforma", a.plataforma)
        out.key(4, "usuario", scalar(a.usuario))
        out.key(4, "url", scalar(a.url))
        if a.correo_asociado is None:
            out.comment(4, f"correo_asociado: {PENDING}: correo genérico asociado (4.1)")
        else:
            out.key(4, "correo_asociado", scalar(a.correo_asociado))
        vinculada = None if a.vinculada is None else ("true" if a.vinculada else "false")
        if vinculada is None:
            out.key(4, "vinculada_a_cuenta_externa", None, f"{PENDING}: true o false")
        else:
            out.key(4, "vinculada_a_cuenta_externa", vinculada)
        if a.asociacion is None:
            out.comment(
                4, f"asociacion: {PENDING}: fecha de asociación y aviso a la CNCS (4.3 III)"
            )
        else:
            out.key(4, "asociacion")
            out.key(6, "fecha", a.asociacion.isoformat())
            out.comment(6, f"notificada_cncs: {PENDING}")
        out.comment(
            4, f"{PENDING}: registrar el segundo factor y los cambios de clave (4.3 V y VIII)"
        )
    return out.text()
