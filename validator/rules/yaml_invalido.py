"""yaml-invalido: the file is not safe, plain YAML."""

from __future__ import annotations

from collections.abc import Iterator

from validator.loading.yaml_problems import describe
from validator.rules.base import ERROR, Context, Message, Problem, rule

_FIX_PLAIN = (
    "Escriba cada valor de forma explícita, sin anclas (&), alias (*), claves de fusión (<<) "
    "ni etiquetas (!).",
    "Write every value out explicitly, without anchors (&), aliases (*), merge keys (<<) or "
    "tags (!).",
)


@rule(
    id="yaml-invalido",
    severity=ERROR,
    clause="—",
    summary=Message(
        es="El archivo es YAML seguro y simple: un documento UTF-8, sin duplicados, alias ni etiquetas.",
        en="The file is safe, plain YAML: one UTF-8 document, no duplicates, aliases or tags.",
    ),
    description=Message(
        es=(
            "El validador sólo acepta YAML simple: un único documento en UTF-8, de tamaño "
            "razonable, sin claves repetidas, sin anclas ni alias, sin claves de fusión "
            "(`<<`) y sin etiquetas (`!!str`, `!!python/...`). Así nadie puede esconder un "
            "valor en otra parte del archivo ni bloquear la revisión con un archivo enorme."
        ),
        en=(
            "The validator accepts plain YAML only: a single UTF-8 document of reasonable "
            "size, with no repeated keys, no anchors or aliases, no merge keys (`<<`) and no "
            "tags (`!!str`, `!!python/...`). Nobody can hide a value elsewhere in the file "
            "or stall the review with a huge file."
        ),
    ),
    messages={
        "syntax": Message(
            es="El archivo no es YAML válido en este punto: {problema}. Revise la sangría (sólo "
            "espacios, nunca tabuladores), los dos puntos y las comillas de esta línea y de la "
            "anterior.",
            en="The file is not valid YAML here: {problem_en}. Check the indentation (spaces "
            "only, never tabs), colons and quotes on this line and the one before.",
        ),
        "duplicate_key": Message(
            es="La clave '{key}' está repetida (ya aparece en la línea {first_line}). Deje una "
            "sola: YAML conservaría en silencio sólo la última.",
            en="Key '{key}' is repeated (first at line {first_line}). Keep only one: YAML would "
            "silently keep the last.",
        ),
        "alias": Message(
            es="Alias '*{anchor}' no permitido. " + _FIX_PLAIN[0],
            en="Alias '*{anchor}' is not allowed. " + _FIX_PLAIN[1],
        ),
        "anchor": Message(
            es="Ancla '&{anchor}' no permitida. " + _FIX_PLAIN[0],
            en="Anchor '&{anchor}' is not allowed. " + _FIX_PLAIN[1],
        ),
        "merge_key": Message(
            es="Clave de fusión '<<' no permitida. " + _FIX_PLAIN[0],
            en="Merge key '<<' is not allowed. " + _FIX_PLAIN[1],
        ),
        "tag": Message(
            es="Etiqueta YAML '{tag}' no permitida. Quite la etiqueta; si el valor debe ser "
            "texto, escríbalo entre comillas.",
            en="YAML tag '{tag}' is not allowed. Remove the tag; if the value is text, quote it.",
        ),
        "complex_key": Message(
            es="Las claves deben ser texto simple, no listas ni mapas. Use una clave simple.",
            en="Keys must be plain text, not lists or mappings. Use a plain key.",
        ),
        "multi_document": Message(
            es="El archivo contiene más de un documento YAML ('---'). Deje un solo documento "
            "por archivo.",
            en="The file holds more than one YAML document ('---'). Keep one document per file.",
        ),
        "too_deep": Message(
            es="Anidamiento de más de {limit} niveles. El formato del inventario no lo requiere; "
            "revise la estructura.",
            en="Nesting deeper than {limit} levels. The inventory format never needs it; check "
            "the structure.",
        ),
        "too_many_nodes": Message(
            es="El archivo tiene más de {limit} valores. Un área no necesita tantos; revise que "
            "sea el archivo correcto (¿una lista enorme pegada por error?).",
            en="The file holds more than {limit} values. An area never needs that many; check "
            "it is the right file (a huge list pasted by mistake?).",
        ),
        "encoding": Message(
            es="El archivo no está en UTF-8 (byte {byte}). Guárdelo como UTF-8 en su editor.",
            en="The file is not UTF-8 (byte {byte}). Save it as UTF-8 in your editor.",
        ),
        "binary": Message(
            es="El archivo contiene bytes nulos: parece binario, no YAML. Suba el archivo de "
            "texto correcto.",
            en="The file contains NUL bytes: it looks binary, not YAML. Commit the right text "
            "file.",
        ),
        "too_large": Message(
            es="El archivo mide {size} bytes y el límite es {limit}. Un área no necesita tanto; "
            "revise que sea el archivo correcto.",
            en="The file is {size} bytes and the limit is {limit}. An area never needs that "
            "much; check it is the right file.",
        ),
        "empty": Message(
            es="El archivo está vacío. Escriba el contenido del área (vea docs/formato-inventario.md) "
            "o elimine el archivo.",
            en="The file is empty. Write the area's content (see docs/formato-inventario.md) or "
            "delete the file.",
        ),
        "missing": Message(
            es="Falta este archivo del inventario. Restáurelo desde la rama principal.",
            en="This inventory file is missing. Restore it from the main branch.",
        ),
        "not_regular": Message(
            es="No es un archivo regular (¿enlace simbólico o directorio?). Sustitúyalo por un "
            "archivo YAML normal.",
            en="Not a regular file (a symlink or a directory?). Replace it with a plain YAML file.",
        ),
        "unreadable": Message(
            es="No se pudo leer el archivo ({reason}).", en="The file could not be read ({reason})."
        ),
    },
    passing="clave: jd01ags\nnombre: Junta Distrital Ejecutiva 01\n",
    failing="clave: jd01ags\nclave: jd02ags   # clave repetida\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.inventory.files:
        error = source.doc.error
        if error is not None:
            params = dict(error.params)
            if (
                error.code == "syntax"
            ):  # the parser's English problem, as a sentence in each language
                said = describe(str(params.get("problem", "")))
                params["problema"], params["problem_en"] = said.es, said.en
            yield Problem(source, (), error.code, params, position=(error.line, error.column))
