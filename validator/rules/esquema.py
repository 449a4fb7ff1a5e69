"""esquema: the file matches its model (and so its exported JSON Schema)."""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, rule


@rule(
    id="esquema",
    severity=ERROR,
    clause="—",
    summary=Message(
        es="El archivo cumple su esquema: claves conocidas, tipos, valores permitidos, fechas y correos válidos.",
        en="The file matches its schema: known keys, types, allowed values, valid dates and addresses.",
    ),
    description=Message(
        es=(
            "Cada archivo del inventario tiene un modelo (y un JSON Schema exportado en "
            "`schemas/`). Una clave desconocida es un error (una errata nunca se ignora en "
            "silencio); las fechas son AAAA-MM-DD y deben existir; los correos deben ser "
            "direcciones válidas; los teléfonos se escriben entre comillas; ningún texto lleva "
            "caracteres invisibles o de control (controles, formato, bidireccionales, "
            "ignorables, uso privado, sin asignar; sólo una descripción de incidente admite "
            "saltos de línea). Cada problema es un hallazgo en la línea del valor (o de la "
            "clave a la que le falta un dato)."
        ),
        en=(
            "Every inventory file has a model (and a JSON Schema exported to `schemas/`). An "
            "unknown key is an error (a typo is never silently ignored); dates are YYYY-MM-DD "
            "and must exist; addresses must be valid; phone numbers are quoted; no text holds "
            "an invisible or control character (controls, format, bidirectional, "
            "default-ignorable, private-use, unassigned; only an incident description may "
            "span lines). Each problem is one finding at the line of the value (or of the key "
            "that lacks an entry)."
        ),
    ),
    messages={
        "missing": Message(
            es="Falta la clave obligatoria '{key}' en '{parent}'. Agréguela con su valor.",
            en="Required key '{key}' is missing in '{parent}'. Add it with its value.",
        ),
        "missing_root": Message(
            es="Falta la clave obligatoria '{key}' en el nivel principal del archivo (sin "
            "sangría, como 'clave' y 'nombre'). Agréguela con su valor.",
            en="Required key '{key}' is missing at the top level of the file (not indented, "
            "like 'clave' and 'nombre'). Add it with its value.",
        ),
        "unknown_key": Message(
            es="Clave desconocida '{field}'. Revise la ortografía (las claves van en minúsculas, "
            "sin acentos) o quítela; vea docs/formato-inventario.md.",
            en="Unknown key '{field}'. Check the spelling (keys are lower case, no accents) or "
            "remove it; see docs/formato-inventario.md.",
        ),
        "unknown_key_suggest": Message(
            es="Clave desconocida '{field}'. ¿Quiso decir '{suggestion}'? Las claves van en "
            "minúsculas y sin acentos; vea docs/formato-inventario.md.",
            en="Unknown key '{field}'. Did you mean '{suggestion}'? Keys are lower case, with "
            "no accents; see docs/formato-inventario.md.",
        ),
        "account_ref": Message(
            es="'{field}' vale '{value}': cada cuenta de la responsiva se escribe "
            "plataforma/usuario, p. ej. facebook/INEJDE01Ags (la clave de plataformas.yaml, una "
            "diagonal y el usuario).",
            en="'{field}' is '{value}': each account of the responsiva is written "
            "plataforma/usuario, e.g. facebook/INEJDE01Ags (the plataformas.yaml key, a slash "
            "and the user).",
        ),
        "retired_key": Message(
            es="La clave '{field}' ya no existe: el validador ya no usa un límite de días "
            "entre el Anexo 1/2 y 'desde' (ahora 'designacion.designa' nombra a la pareja). "
            "Bórrela.",
            en="Key '{field}' no longer exists: the validator no longer uses a limit in days "
            "between Anexo 1/2 and 'desde' ('designacion.designa' now names the pair). "
            "Delete it.",
        ),
        "enum": Message(
            es="'{field}' vale '{value}'; los valores permitidos son: {allowed}.",
            en="'{field}' is '{value}'; allowed values are: {allowed}.",
        ),
        "enum_unquote": Message(
            es="'{field}' debe ser el número {value} sin comillas: escriba {value}, no \"{value}\".",
            en="'{field}' must be the number {value} without quotes: write {value}, not "
            '"{value}".',
        ),
        "quote_number": Message(
            es="'{field}' debe ser texto, pero YAML lo leyó como número. Escríbalo entre "
            'comillas: "{value}".',
            en="'{field}' must be text, but YAML read it as a number. Quote it: \"{value}\".",
        ),
        "type_string": Message(
            es="'{field}' debe ser texto (recibió '{value}'). Escriba el valor entre comillas.",
            en="'{field}' must be text (got '{value}'). Write the value in quotes.",
        ),
        "type_int": Message(
            es="'{field}' debe ser un número entero sin comillas (recibió '{value}').",
            en="'{field}' must be a whole number without quotes (got '{value}').",
        ),
        "yaml11_bool": Message(
            es="'{field}' debe ser true o false; '{value}' no es un valor lógico en este "
            "formato. Escriba true o false.",
            en="'{field}' must be true or false; '{value}' is not a boolean in this format. "
            "Write true or false.",
        ),
        "type_bool": Message(
            es="'{field}' debe ser true o false (recibió '{value}').",
            en="'{field}' must be true or false (got '{value}').",
        ),
        "type_list": Message(
            es="'{field}' debe ser una lista (elementos que empiezan con '- ').",
            en="'{field}' must be a list (items starting with '- ').",
        ),
        "type_mapping": Message(
            es="'{field}' debe ser un bloque de claves y valores (clave: valor), no '{value}'.",
            en="'{field}' must be a block of keys and values (key: value), not '{value}'.",
        ),
        "type_mapping_root": Message(
            es="El archivo debe ser un bloque de claves y valores (clave: valor, una por "
            "línea), no una lista ni un texto suelto; parta del ejemplo de docs/formato-inventario.md.",
            en="The file must be a block of keys and values (key: value, one per line), not a "
            "list or a bare text; start from the example in docs/formato-inventario.md.",
        ),
        "date": Message(
            es="'{field}' no es una fecha válida: '{value}'. Use AAAA-MM-DD con una fecha que "
            "exista (p. ej. 2026-01-15).",
            en="'{field}' is not a valid date: '{value}'. Use YYYY-MM-DD with a date that "
            "exists (e.g. 2026-01-15).",
        ),
        "date_range": Message(
            es="'{field}' tiene una fecha fuera de los años {first} a {last}: '{value}'. Revise "
            "el año (AAAA-MM-DD, p. ej. 2026-01-15).",
            en="'{field}' has a date outside the years {first} to {last}: '{value}'. Check the "
            "year (YYYY-MM-DD, e.g. 2026-01-15).",
        ),
        "email": Message(
            es="'{field}' no es una dirección de correo válida: '{value}'. Escriba la dirección "
            "completa, sin espacios ni comillas, p. ej. nombre.apellido@ine.mx.",
            en="'{field}' is not a valid e-mail address: '{value}' ({reason}). Write the full "
            "address, with no spaces or quotes, e.g. name.surname@ine.mx.",
        ),
        "more_issues": Message(
            es="... y {more_schema_es} en este archivo, desde esta línea (sólo se muestran "
            "los primeros 100). Corrija los anteriores y vuelva a validar.",
            en="... and {more_schema_en} in this file, from this line on (only the first 100 "
            "are shown). Fix those above and validate again.",
        ),
        "control_char": Message(
            es="'{field}' contiene el carácter {char} {name} ({kind_es}) en la línea {line} "
            "(carácter {position} del texto): un carácter invisible o de control puede ocultar, "
            "invertir o partir el texto en las listas, los oficios, la página pública y la "
            "terminal. Vuelva a escribir el texto sin ese carácter (no lo pegue de otro "
            "documento).",
            en="'{field}' contains the character {char} {name} ({kind_en}) on line {line} "
            "(character {position} of the text): an invisible or control character can hide, "
            "reverse or split the text in the lists, the oficios, the public page and the "
            "terminal. Type the text again without it (do not paste it from another document).",
        ),
        "pattern": Message(
            es="'{field}' tiene un formato no válido: '{value}' (debe cumplir {pattern}).",
            en="'{field}' has an invalid format: '{value}' (must match {pattern}).",
        ),
        "pattern_telefono": Message(
            es="'{field}' no es un teléfono válido: '{value}'. Escríbalo entre comillas con "
            "dígitos, espacios, guiones, puntos, comas, paréntesis, '+' y letras (p. ej. "
            '"449 910 0000 ext. 1234"), sin otros signos como # o /.',
            en="'{field}' is not a valid phone number: '{value}'. Write it in quotes with "
            "digits, spaces, hyphens, dots, commas, parentheses, '+' and letters (e.g. "
            '"449 910 0000 ext. 1234"), with no other signs such as # or /.',
        ),
        "pattern_sha256": Message(
            es="'{field}' no es una huella SHA-256: '{value}'. Son 64 caracteres, dígitos y "
            "letras a-f en minúsculas; `ine-redes formatos registrar` la calcula y la anota.",
            en="'{field}' is not a SHA-256 digest: '{value}'. It is 64 characters, digits and "
            "lower-case letters a-f; `ine-redes formatos registrar` computes and records it.",
        ),
        "pattern_clave": Message(
            es="'{field}' no es una clave de área válida: '{value}'. Use de 2 a 16 letras "
            "minúsculas sin acentos y dígitos, sin espacios ni signos (p. ej. jd05ags).",
            en="'{field}' is not a valid area key: '{value}'. Use 2 to 16 lower-case letters "
            "without accents and digits, with no spaces or signs (e.g. jd05ags).",
        ),
        "pattern_github": Message(
            es="'{field}' no es una cuenta de GitHub válida: '{value}'. Escriba sólo el nombre "
            "de usuario, sin @ ni dirección: letras, dígitos y guiones (no al principio ni al "
            "final, ni dos seguidos), hasta 39 caracteres (p. ej. plsaucedo-ine).",
            en="'{field}' is not a valid GitHub account: '{value}'. Write only the user name, "
            "without @ or address: letters, digits and hyphens (not at either end, nor two in "
            "a row), up to 39 characters (e.g. plsaucedo-ine).",
        ),
        "too_short": Message(
            es="'{field}' está vacío o es demasiado corto. Escriba el dato completo.",
            en="'{field}' is empty or too short. Write the full value.",
        ),
        "too_long": Message(
            es="'{field}' es demasiado largo (máximo {max} caracteres). Resúmalo.",
            en="'{field}' is too long (at most {max} characters). Shorten it.",
        ),
        "list_too_short": Message(
            es="'{field}' necesita al menos {min_items_es}.",
            en="'{field}' needs at least {min_items_en}.",
        ),
        "range": Message(
            es="'{field}' vale {value}, fuera del rango permitido (límite {bound}).",
            en="'{field}' is {value}, outside the allowed range (bound {bound}).",
        ),
        "assigned_date": Message(
            es="El correo genérico '{field}' tiene estado asignado pero le falta la fecha "
            "'asignado'. Agregue la fecha en que la UTSI lo asignó.",
            en="Generic address '{field}' is assigned but lacks its 'asignado' date. Add the "
            "date UTSI assigned it.",
        ),
        "regex": Message(
            es="'{field}' no es una expresión regular utilizable ({reason}).",
            en="'{field}' is not a usable regular expression ({reason}).",
        ),
        "ruta_inicio": Message(
            es="'{field}' ('{value}') debe empezar con '/' y nombrar al menos un segmento, "
            "p. ej. /{{usuario}}.",
            en="'{field}' ('{value}') must start with '/' and name at least one segment, "
            "e.g. /{{usuario}}.",
        ),
        "ruta_segmento": Message(
            es="'{field}' ('{value}'): el segmento '{part}' no es un texto fijo, '*' ni "
            "{{usuario}}/{{id}} (con un prefijo, p. ej. @{{usuario}}).",
            en="'{field}' ('{value}'): segment '{part}' is not fixed text, '*' or "
            "{{usuario}}/{{id}} (with a prefix, e.g. @{{usuario}}).",
        ),
        "ruta_consulta": Message(
            es="'{field}' ('{value}'): la parte tras '?' ('{part}') debe ser nombre={{usuario}} "
            "o nombre={{id}}.",
            en="'{field}' ('{value}'): the part after '?' ('{part}') must be name={{usuario}} "
            "or name={{id}}.",
        ),
        "ruta_marcadores": Message(
            es="'{field}' ('{value}') debe llevar exactamente un marcador: {{usuario}} o {{id}}.",
            en="'{field}' ('{value}') must hold exactly one placeholder: {{usuario}} or {{id}}.",
        ),
        "ruta_clave": Message(
            es="'{field}': la clave '{part}' debe llevar el mismo y único marcador que la ruta.",
            en="'{field}': the clave '{part}' must hold the same single placeholder as the ruta.",
        ),
        "preferred_domain": Message(
            es="'{field}': el dominio_preferido '{host}' no es uno de los dominios (o "
            "subdominios) de la plataforma.",
            en="'{field}': dominio_preferido '{host}' is not one of the platform's domains "
            "(or subdomains).",
        ),
        "repeated_domain": Message(
            es="'{field}': el dominio '{host}' lo declaran dos plataformas, {first} y {second}; "
            "cada dominio pertenece a una sola.",
            en="'{field}': host '{host}' is declared by two platforms, {first} and {second}; "
            "each host belongs to one.",
        ),
        "other": Message(
            es="'{field}' no es válido ('{value}'): {detail}.",
            en="'{field}' is not valid ('{value}'): {detail}.",
        ),
    },
    passing="administradores:\n  propietaria:\n    nivel_mando: medio\n",
    failing="administradores:\n  propietaria:\n    nivel_mando: alto   # no es un valor permitido\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    for source in ctx.inventory.files:
        for issue in source.schema_issues:
            yield Problem(source, (), issue.code, issue.params, position=(issue.line, issue.column))
