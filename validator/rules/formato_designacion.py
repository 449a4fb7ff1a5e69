"""formato-designacion: the Anexo 1 of the *current* pair, complete and sent to CNCS.

Issue 11 point 1: the fact (``designacion.designa`` names the pair), not a proxy (how many
days before ``desde`` the form was signed).
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.models.area import same_person
from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

_FIX = Message(
    es="Registre los datos del oficio con el que se remitió el Anexo 1 a la CNCS.",
    en="Record the details of the oficio that sent the Anexo 1 to CNCS.",
)


@rule(
    id="formato-designacion",
    severity=ERROR,
    clause="4.2 IV; Anexo 1",
    summary=Message(
        es="La designación (Anexo 1) de la pareja actual está registrada completa y remitida a "
        "la CNCS.",
        en="The designation (Anexo 1) of the current pair is recorded in full and was sent to "
        "CNCS.",
    ),
    description=Message(
        es="La persona titular remite por oficio a la CNCS el Formato de Designación (Anexo 1), "
        "que «designa a las siguientes personas»: propietaria y suplente. `designacion` lleva "
        "`fecha`, `oficio`, `documento.sha256`, `remitida_cncs` (en o después de `fecha`) y "
        "`designa` (el `correo` de la propietaria y de la suplente que el formato designa). "
        "Error si `designa` no nombra a la pareja actual. No hay límite de días entre la firma "
        "del formato y `desde`.",
        en='The titular sends CNCS the designation form (Anexo 1) by oficio; it "designa a '
        'las siguientes personas": owner and deputy. `designacion` carries `fecha`, '
        "`oficio`, `documento.sha256`, `remitida_cncs` (on/after `fecha`) and `designa` (the "
        "`correo` of the owner and deputy the form designates). An error when `designa` does "
        "not name the current pair. There is no limit in days between signing the form and "
        "`desde`.",
    ),
    messages={
        "missing": Message(
            es="Falta 'designacion' (Anexo 1). Agregue la designación de la pareja actual con "
            "fecha, oficio, remitida_cncs y documento.sha256. " + _FIX.es,
            en="'designacion' (Anexo 1) is missing. Add the current pair's designation with "
            "fecha, oficio, remitida_cncs and documento.sha256. " + _FIX.en,
        ),
        "missing_fecha": Message(
            es="A la designación (Anexo 1) le falta 'fecha'. Agregue la fecha del formato firmado.",
            en="The designation (Anexo 1) lacks 'fecha'. Add the date of the signed form.",
        ),
        "missing_oficio": Message(
            es="A la designación (Anexo 1) le falta 'oficio'. Agregue el número del oficio con "
            "el que se remitió a la CNCS.",
            en="The designation (Anexo 1) lacks 'oficio'. Add the number of the oficio that "
            "sent it to CNCS.",
        ),
        "missing_remitida": Message(
            es="A la designación (Anexo 1) le falta 'remitida_cncs'. Remita el Anexo 1 a la "
            "CNCS por oficio y registre la fecha de envío.",
            en="The designation (Anexo 1) lacks 'remitida_cncs'. Send the Anexo 1 to CNCS by "
            "oficio and record the date it was sent.",
        ),
        "missing_sha256": Message(
            es="A la designación (Anexo 1) le falta 'documento.sha256'. Agregue la huella "
            "del escaneo firmado: regístrelo con `ine-redes formatos registrar --area {clave} "
            "--anexo 1 ESCANEO.pdf --copiar`, que la calcula y la anota.",
            en="The designation (Anexo 1) lacks 'documento.sha256'. Add the SHA-256 of the "
            "signed scan: register it with `ine-redes formatos registrar --area {clave} "
            "--anexo 1 SCAN.pdf --copiar`, which computes and records it.",
        ),
        "sent_before": Message(
            es="La designación se remitió a la CNCS el {remitida}, antes de su fecha "
            "({fecha}). Corrija 'remitida_cncs' o 'fecha': el oficio se remite en o después de "
            "la fecha del Anexo 1.",
            en="The designation was sent to CNCS on {remitida}, before its own date ({fecha}). "
            "Correct 'remitida_cncs' or 'fecha': the oficio is sent on or after the Anexo 1's "
            "date.",
        ),
        "missing_designa": Message(
            es="A la designación (Anexo 1) le falta 'designa': a quién designa el formato "
            "firmado. Agregue designa: {{propietaria: <correo>, suplente: <correo>}} con el "
            "correo de cada persona tal como aparece en el Anexo 1 (se pide desde el issue 11).",
            en="The designation (Anexo 1) lacks 'designa': whom the signed form designates. "
            "Add designa: {{propietaria: <correo>, suplente: <correo>}} with each person's "
            "address as the Anexo 1 shows it (required since issue 11).",
        ),
        "not_pair": Message(
            es="El Anexo 1 registrado designa como {role} a {designado}, pero la persona "
            "{role} actual es {nombre} ({correo}). Recabe y registre la designación de la "
            "pareja actual (formato firmado, documento.sha256 y designa.{role}: {correo}).",
            en="The recorded Anexo 1 designates {designado} as {role}, but the current {role} "
            "is {nombre} ({correo}). Obtain and record the current pair's designation (signed "
            "form, documento.sha256 and designa.{role}: {correo}).",
        ),
    },
    passing="designacion:\n  fecha: 2026-01-15\n  oficio: INE/JDE01-AGS/0042/2026\n"
    "  remitida_cncs: 2026-01-16\n  designa: {propietaria: juan.perez@ine.mx, suplente: "
    "ana.ramirez@ine.mx}\n  documento:\n    sha256: 0d1e…\n",
    failing="designacion:\n  fecha: 2026-01-15\n  oficio: INE/JDE01-AGS/0042/2026\n"
    "  # falta remitida_cncs\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        area = source.area
        des = area.designacion
        if des is None:
            yield problem(source, ("designacion",), "missing", at_key=True)
            continue
        base = ("designacion",)
        if des.fecha is None:
            yield problem(source, (*base, "fecha"), "missing_fecha", at_key=True)
        if des.oficio is None:
            yield problem(source, (*base, "oficio"), "missing_oficio", at_key=True)
        if des.documento is None or des.documento.sha256 is None:
            yield problem(
                source,
                (*base, "documento", "sha256"),
                "missing_sha256",
                at_key=True,
                clave=area.clave,
            )
        if des.remitida_cncs is None:
            yield problem(source, (*base, "remitida_cncs"), "missing_remitida", at_key=True)
        elif des.fecha is not None and des.remitida_cncs < des.fecha:
            yield problem(
                source,
                (*base, "remitida_cncs"),
                "sent_before",
                remitida=des.remitida_cncs,
                fecha=des.fecha,
            )
        if des.designa is None:
            yield problem(source, (*base, "designa"), "missing_designa", at_key=True)
            continue
        for role, person in area.administrators():
            designado = getattr(des.designa, role)
            if not same_person(designado, person.correo):
                yield problem(
                    source,
                    (*base, "designa", role),
                    "not_pair",
                    role=role,
                    designado=designado,
                    nombre=person.nombre,
                    correo=person.correo,
                )
