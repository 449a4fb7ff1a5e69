"""formato-responsiva: every administrator signed an Anexo 2 for this designation."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="formato-responsiva",
    severity=ERROR,
    clause="4.2 IV; 4.3 I; Anexo 2",
    summary=Message(
        es="Cada persona administradora tiene su responsiva (Anexo 2) firmada para esta "
        "designación.",
        en="Every administrator has a signed responsiva (Anexo 2) for this designation.",
    ),
    description=Message(
        es="Cada persona administradora firma el Formato de Responsiva (Anexo 2). "
        "`responsiva` lleva `fecha` y `documento.sha256` (y `cuentas`, que juzga "
        "responsiva-cuentas). No hay límite de días entre la firma y `desde`: que la "
        "responsiva sea de la persona actual lo comprueba el cambio de persona "
        "(cambio-completo: su sha256 difiere del de la persona anterior).",
        en="Every administrator signs the responsiva form (Anexo 2). `responsiva` carries "
        "`fecha` and `documento.sha256` (and `cuentas`, judged by responsiva-cuentas). There "
        "is no limit in days between signing and `desde`: that the responsiva is the current "
        "person's is checked on a change of person (cambio-completo: its sha256 differs from "
        "the previous person's).",
    ),
    messages={
        "missing": Message(
            es="{nombre} ({role}) no tiene responsiva (Anexo 2). Recabe el formato firmado por "
            "esa persona y agregue 'responsiva' con su fecha y documento.sha256.",
            en="{nombre} ({role}) has no responsiva (Anexo 2). Obtain the form signed by that "
            "person and add 'responsiva' with its fecha and documento.sha256.",
        ),
        "missing_fecha": Message(
            es="A la responsiva (Anexo 2) de {nombre} ({role}) le falta 'fecha'. Agregue la "
            "fecha de firma.",
            en="The responsiva (Anexo 2) of {nombre} ({role}) lacks 'fecha'. Add the date it "
            "was signed.",
        ),
        "missing_sha256": Message(
            es="A la responsiva (Anexo 2) de {nombre} ({role}) le falta 'documento.sha256'. "
            "Registre el escaneo del formato firmado con `ine-redes formatos registrar --area "
            "{clave} --anexo 2 --rol {role} ESCANEO.pdf --copiar`, que calcula y anota su huella.",
            en="The responsiva (Anexo 2) of {nombre} ({role}) lacks 'documento.sha256'. Add "
            "the signed form's scan with `ine-redes formatos registrar --area {clave} --anexo 2 "
            "--rol {role} SCAN.pdf --copiar`, which computes and records its digest.",
        ),
    },
    passing="propietaria:\n  desde: 2026-01-15\n  responsiva:\n    fecha: 2026-01-15\n"
    "    documento: {sha256: 3f1c…}\n",
    failing="propietaria:\n  desde: 2026-01-15\n  responsiva:\n    fecha: 2026-01-15\n"
    "    # falta documento.sha256\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.areas:
        for role, person in source.area.administrators():
            base = ("administradores", role, "responsiva")
            who = {"nombre": person.nombre, "role": role}
            resp = person.responsiva
            if resp is None:
                yield problem(source, base, "missing", at_key=True, params=who)
                continue
            if resp.fecha is None:
                yield problem(source, (*base, "fecha"), "missing_fecha", at_key=True, params=who)
            if resp.documento is None or resp.documento.sha256 is None:
                yield problem(
                    source,
                    (*base, "documento", "sha256"),
                    "missing_sha256",
                    at_key=True,
                    clave=source.area.clave,
                    params=who,
                )
