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
        "`responsiva` lleva `fecha` y `documento.sha256`, con fecha no anterior en más de "
        "`designacion_antelacion_max_dias` días al `desde` de esa persona (una responsiva más "
        "antigua corresponde a otra designación).",
        en="Every administrator signs the responsiva form (Anexo 2). `responsiva` carries "
        "`fecha` and `documento.sha256`, dated no more than `designacion_antelacion_max_dias` "
        "days before that person's `desde` (an older one belongs to another designation).",
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
        "outdated": Message(
            es="La responsiva de {nombre} ({role}) es del {fecha}, {days} días antes de su "
            "'desde' ({desde}); se admiten como máximo {max} días, así que corresponde a otra "
            "designación. Recabe y registre la responsiva firmada para esta designación.",
            en="The responsiva of {nombre} ({role}) is dated {fecha}, {days} days before their "
            "'desde' ({desde}); at most {max} days are allowed, so it belongs to another "
            "designation. Obtain and record the responsiva signed for this designation.",
        ),
    },
    passing="propietaria:\n  desde: 2026-01-15\n  responsiva:\n    fecha: 2026-01-15\n"
    "    documento: {sha256: 3f1c…}\n",
    failing="propietaria:\n  desde: 2026-01-15\n  responsiva:\n    fecha: 2025-06-01   "
    "# de otra designación\n    documento: {sha256: 3f1c…}\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    max_days = ctx.lineamientos.designacion_antelacion_max_dias
    for source in ctx.areas:
        for role, person in source.area.administrators():
            base = ("administradores", role, "responsiva")
            who = {"nombre": person.nombre, "role": role}
            resp = person.responsiva
            if resp is None:
                yield problem(source, base, "missing", at_key=True, **who)
                continue
            if resp.fecha is None:
                yield problem(source, (*base, "fecha"), "missing_fecha", at_key=True, **who)
            if resp.documento is None or resp.documento.sha256 is None:
                yield problem(
                    source,
                    (*base, "documento", "sha256"),
                    "missing_sha256",
                    at_key=True,
                    clave=source.area.clave,
                    **who,
                )
            if resp.fecha is not None:
                days = (person.desde - resp.fecha).days
                if days > max_days:
                    yield problem(
                        source,
                        (*base, "fecha"),
                        "outdated",
                        fecha=resp.fecha,
                        days=days,
                        desde=person.desde,
                        max=max_days,
                        **who,
                    )
