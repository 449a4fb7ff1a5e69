"""clave-archivo: each area's ``clave`` equals its file name and is unique."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, problem, rule


@rule(
    id="clave-archivo",
    severity=ERROR,
    clause="—",
    summary=Message(
        es="La clave del área coincide con el nombre de su archivo y no se repite.",
        en="The area's clave equals its file name and is not repeated.",
    ),
    description=Message(
        es="Cada área vive en `inventory/areas/<clave>.yaml`. El nombre del archivo es la "
        "clave: así CODEOWNERS, la autorización de PR y los listados encuentran el área.",
        en="Each area lives in `inventory/areas/<clave>.yaml`. The file name is the clave: "
        "that is how CODEOWNERS, PR authorisation and the lists find the area.",
    ),
    messages={
        "mismatch": Message(
            es="La clave '{clave}' no coincide con el nombre del archivo '{stem}'. Cambie la "
            "clave o renombre el archivo a {clave}.yaml.",
            en="Clave '{clave}' does not match the file name '{stem}'. Change the clave or "
            "rename the file to {clave}.yaml.",
        ),
        "extension": Message(
            es="El archivo de área debe terminar en .yaml, no .yml. Renómbrelo a {stem}.yaml.",
            en="Area files end in .yaml, not .yml. Rename it to {stem}.yaml.",
        ),
        "duplicate": Message(
            es="La clave '{clave}' ya la usa {other}. Cada área tiene una clave única.",
            en="Clave '{clave}' is already used by {other}. Every area has a unique clave.",
        ),
    },
    passing="# inventory/areas/jd01ags.yaml\nclave: jd01ags\n",
    failing="# inventory/areas/jd01ags.yaml\nclave: jd02ags\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for source in ctx.inventory.area_files:
        if source.path.endswith(".yml"):
            yield Problem(source, (), "extension", {"stem": source.stem}, position=(1, 1))
    for source in ctx.all_areas:
        clave = source.area.clave
        if clave != source.stem:
            yield problem(source, ("clave",), "mismatch", clave=clave, stem=source.stem)
        if clave in seen:
            yield problem(source, ("clave",), "duplicate", clave=clave, other=seen[clave])
        else:
            seen[clave] = source.path
