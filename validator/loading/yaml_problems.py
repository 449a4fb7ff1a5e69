"""What the YAML parser says is wrong, as a sentence in Spanish (and English).

libyaml (and PyYAML's pure-Python parser when libyaml is missing) describe a syntax error
with a short English "problem" ("mapping values are not allowed in this context"). The rule
``yaml-invalido`` tells a titular the whole sentence in their language: this table gives each
problem its Spanish and English wording, a hint where the usual cause is known, and a plain
Spanish sentence for a problem it does not know (never the English text inside Spanish).
"""

from __future__ import annotations

import re

from validator.i18n import Message

# libyaml's problems (scanner, parser, reader), exactly as it writes them.
# Messages several of libyaml's problems share.
_BAD_TAG = Message(es="una etiqueta «!» mal escrita", en="a malformed «!» tag")
_BAD_YAML_DIRECTIVE = Message(
    es="una directiva %YAML mal escrita", en="a malformed %YAML directive"
)

PROBLEMS: dict[str, Message] = {
    "mapping values are not allowed in this context": Message(
        es="aquí no puede empezar un valor con dos puntos (¿un texto con «: » sin comillas, o "
        "una sangría desigual?)",
        en="a value cannot start here with a colon (text containing «: » without quotes, or "
        "uneven indentation?)",
    ),
    "mapping keys are not allowed in this context": Message(
        es="aquí no puede empezar una clave", en="a key cannot start here"
    ),
    "block sequence entries are not allowed in this context": Message(
        es="aquí no puede empezar un elemento de lista («- »); revise la sangría",
        en="a list item («- ») cannot start here; check the indentation",
    ),
    "could not find expected ':'": Message(
        es="falta el signo de dos puntos después de la clave",
        en="the colon after the key is missing",
    ),
    "did not find expected key": Message(
        es="se esperaba una clave con la misma sangría que las anteriores",
        en="a key with the same indentation as the ones above was expected",
    ),
    "did not find expected node content": Message(
        es="falta un valor donde se esperaba uno", en="a value is missing where one was expected"
    ),
    "did not find expected '-' indicator": Message(
        es="se esperaba otro elemento de lista («- ») con la misma sangría",
        en="another list item («- ») with the same indentation was expected",
    ),
    "did not find expected ',' or ']'": Message(
        es="a la lista entre corchetes le falta una coma o el corchete de cierre «]»",
        en="the list in brackets lacks a comma or its closing «]»",
    ),
    "did not find expected ',' or '}'": Message(
        es="al mapa entre llaves le falta una coma o la llave de cierre «}»",
        en="the mapping in braces lacks a comma or its closing «}»",
    ),
    "found character that cannot start any token": Message(
        es="hay un carácter que no puede ir al principio de un valor (un tabulador, «@», «`» o "
        "«%»); ponga el texto entre comillas",
        en="a character cannot start a value here (a tab, «@», «`» or «%»); quote the text",
    ),
    "found unexpected end of stream": Message(
        es="el archivo termina antes de cerrar unas comillas o un corchete",
        en="the file ends before a quote or a bracket is closed",
    ),
    "found unexpected ':'": Message(
        es="hay dos puntos donde no corresponden", en="a colon is out of place"
    ),
    "found a tab character that violates indentation": Message(
        es="hay un tabulador en la sangría: use sólo espacios",
        en="a tab in the indentation: use spaces only",
    ),
    "found a tab character where an indentation space is expected": Message(
        es="hay un tabulador donde va un espacio de sangría: use sólo espacios",
        en="a tab where an indentation space belongs: use spaces only",
    ),
    "found unexpected document indicator": Message(
        es="«---» o «...» dentro de un texto: ponga el texto entre comillas",
        en="«---» or «...» inside text: quote the text",
    ),
    "found unknown escape character": Message(
        es="una barra invertida «\\» dentro de comillas dobles inicia un escape desconocido; use "
        "comillas simples",
        en="a backslash «\\» in double quotes starts an unknown escape; use single quotes",
    ),
    "found invalid Unicode character escape code": Message(
        es="un escape «\\u» o «\\U» dentro de comillas dobles no es un carácter válido",
        en="a «\\u» or «\\U» escape in double quotes is not a valid character",
    ),
    "did not find expected hexdecimal number": Message(
        es="un escape «\\x», «\\u» o «\\U» dentro de comillas dobles no va seguido de un número "
        "hexadecimal",
        en="a «\\x», «\\u» or «\\U» escape in double quotes is not followed by a hexadecimal number",
    ),
    "found undefined tag handle": Message(
        es="una etiqueta «!» desconocida", en="an unknown «!» tag"
    ),
    "did not find expected tag URI": _BAD_TAG,
    "did not find URI escaped octet": _BAD_TAG,
    "did not find expected '!'": _BAD_TAG,
    "did not find expected whitespace": Message(
        es="falta un espacio después de la etiqueta o de la directiva",
        en="a space is missing after the tag or the directive",
    ),
    "did not find expected alphabetic or numeric character": Message(
        es="el nombre de un ancla («&») o alias («*») está vacío o mal escrito",
        en="an anchor («&») or alias («*») name is empty or malformed",
    ),
    "found an indentation indicator equal to 0": Message(
        es="un texto en bloque («|» o «>») con indicador de sangría 0",
        en="a block text («|» or «>») with an indentation indicator of 0",
    ),
    "did not find expected comment or line break": Message(
        es="sobra texto después de «|» o «>», o después de una directiva",
        en="extra text after «|» or «>», or after a directive",
    ),
    "did not find expected whitespace or line break": Message(
        es="falta un espacio o un salto de línea", en="a space or a line break is missing"
    ),
    "did not find expected <document start>": Message(
        es="el archivo tiene más de un documento o texto después del documento",
        en="the file holds more than one document, or text after the document",
    ),
    "found unknown directive name": Message(
        es="una línea que empieza con «%» no es una directiva conocida; ponga el texto entre comillas",
        en="a line starting with «%» is not a known directive; quote the text",
    ),
    "could not find expected directive name": Message(
        es="una línea que empieza con «%» no es una directiva; ponga el texto entre comillas",
        en="a line starting with «%» is not a directive; quote the text",
    ),
    "found unexpected non-alphabetical character": Message(
        es="una directiva «%» mal escrita", en="a malformed «%» directive"
    ),
    "did not find expected digit or '.' character": _BAD_YAML_DIRECTIVE,
    "did not find expected version number": _BAD_YAML_DIRECTIVE,
    "found extremely long version number": _BAD_YAML_DIRECTIVE,
    "found duplicate %YAML directive": Message(
        es="la directiva %YAML está repetida", en="duplicate %YAML"
    ),
    "found duplicate %TAG directive": Message(
        es="la directiva %TAG está repetida", en="duplicate %TAG"
    ),
    "found incompatible YAML document": Message(
        es="el archivo declara una versión de YAML incompatible",
        en="the file declares an incompatible YAML version",
    ),
    "did not find the expected '>'": Message(
        es="una etiqueta «!<…>» sin cerrar", en="an unclosed «!<…>» tag"
    ),
    "control characters are not allowed": Message(
        es="el archivo contiene caracteres de control invisibles; bórrelos",
        en="the file contains invisible control characters; delete them",
    ),
    "invalid Unicode character": Message(
        es="el archivo contiene un carácter Unicode no válido",
        en="the file contains an invalid Unicode character",
    ),
    "invalid leading UTF-8 octet": Message(
        es="el archivo no está en UTF-8; guárdelo como UTF-8",
        en="the file is not UTF-8; save it as UTF-8",
    ),
    "invalid trailing UTF-8 octet": Message(
        es="el archivo no está en UTF-8; guárdelo como UTF-8",
        en="the file is not UTF-8; save it as UTF-8",
    ),
    "incomplete UTF-8 octet sequence": Message(
        es="el archivo no está en UTF-8; guárdelo como UTF-8",
        en="the file is not UTF-8; save it as UTF-8",
    ),
    "invalid length of a UTF-8 sequence": Message(
        es="el archivo no está en UTF-8; guárdelo como UTF-8",
        en="the file is not UTF-8; save it as UTF-8",
    ),
    "input is too long": Message(es="el archivo es demasiado grande", en="the file is too large"),
}

# PyYAML's pure-Python parser (no libyaml) words some problems differently, with values in them.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^mapping values are not allowed here$"), "mapping values are not allowed in this context"),
    (re.compile(r"^found character .* that cannot start any token$"), "found character that cannot start any token"),
    (re.compile(r"^expected <block end>, but found"), "did not find expected key"),
    (re.compile(r"^expected ',' or '\]', but got"), "did not find expected ',' or ']'"),
    (re.compile(r"^expected ',' or '\}', but got"), "did not find expected ',' or '}'"),
    (re.compile(r"^expected the node content, but found"), "did not find expected node content"),
    (re.compile(r"^found unknown escape character"), "found unknown escape character"),
    (re.compile(r"^found unexpected end of stream$"), "found unexpected end of stream"),
    (re.compile(r"^(?:found )?(?:unacceptable|special) character"), "control characters are not allowed"),
)  # fmt: skip

UNKNOWN = Message(
    es="el analizador de YAML no entiende esta parte del archivo",
    en="the YAML parser cannot read this part of the file",
)


def describe(problem: str) -> Message:
    """``problem`` (the parser's words) as a Spanish and an English phrase."""
    text = problem.strip()
    known = PROBLEMS.get(text)
    if known is None:
        for pattern, key in _PATTERNS:
            if pattern.search(text):
                known = PROBLEMS[key]
                break
    if known is None:
        return Message(es=UNKNOWN.es, en=text or UNKNOWN.en)
    return known
