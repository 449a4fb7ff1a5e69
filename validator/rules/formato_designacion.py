"""formato-designacion: the Anexo 1 of the *current* pair, complete and sent to CNCS."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule

_FIX_ES = "Registre los datos del oficio con el que se remitió el Anexo 1 a la CNCS."
_FIX_EN = "Record the details of the oficio that sent the Anexo 1 to CNCS."


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
        es="La persona titular remite por oficio a la CNCS el Formato de Designación (Anexo 1). "
        "`designacion` lleva `fecha`, `oficio`, `documento.sha256` y `remitida_cncs` (en o "
        "después de `fecha`). Debe designar a la pareja actual: su `fecha` no puede ser "
        "anterior en más de `designacion_antelacion_max_dias` días al `desde` más reciente "
        "de las personas administradoras (si no, es la designación de la pareja anterior).",
        en="The titular sends CNCS the designation form (Anexo 1) by oficio. `designacion` "
        "carries `fecha`, `oficio`, `documento.sha256` and `remitida_cncs` (on/after "
        "`fecha`). It must designate the current pair: its `fecha` may not precede the latest "
        "administrator's `desde` by more than `designacion_antelacion_max_dias` days "
        "(otherwise it is the previous pair's).",
    ),
    messages={
        "missing": Message(
            es="Falta 'designacion' (Anexo 1). Agregue la designación de la pareja actual con "
            "fecha, oficio, remitida_cncs y documento.sha256. " + _FIX_ES,
            en="'designacion' (Anexo 1) is missing. Add the current pair's designation with "
            "fecha, oficio, remitida_cncs and documento.sha256. " + _FIX_EN,
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
        "outdated": Message(
            es="Designación desactualizada: el Anexo 1 del {fecha} es {days} días anterior al "
            "inicio de {nombre} ({role}, desde el {desde}); se admiten como máximo {max} días, "
            "así que corresponde a la pareja anterior. Registre la designación de la pareja "
            "actual y su oficio a la CNCS.",
            en="Outdated designation: the Anexo 1 of {fecha} is {days} days before {nombre} "
            "({role}) started on {desde}; at most {max} days are allowed, so it belongs to the "
            "previous pair. Record the current pair's designation and its oficio to CNCS.",
        ),
    },
    passing="designacion:\n  fecha: 2026-01-15\n  oficio: INE/JDE01-AGS/0042/2026\n"
    "  remitida_cncs: 2026-01-16\n  documento:\n    sha256: 0d1e…\n",
    failing="designacion:\n  fecha: 2026-01-15\n  oficio: INE/JDE01-AGS/0042/2026\n"
    "  # falta remitida_cncs\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    max_days = ctx.lineamientos.designacion_antelacion_max_dias
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
        admins = area.administrators()
        if des.fecha is None or not admins:
            continue
        role, latest = max(admins, key=lambda ra: ra[1].desde)
        days = (latest.desde - des.fecha).days
        if days > max_days:
            yield problem(
                source,
                (*base, "fecha"),
                "outdated",
                fecha=des.fecha,
                days=days,
                nombre=latest.nombre,
                role=role,
                desde=latest.desde,
                max=max_days,
            )
