"""click's own messages in Spanish: usage errors, prompts, help headings.

click writes them in English through ``gettext`` (``_()`` and ``ngettext()`` in each of its
modules); :mod:`validator.cli.language` routes those calls through this table. Keys are
click's message ids exactly as its source writes them (``tests/cli/test_cli_language.py`` checks
that every message id of the installed click has an entry here, so a click upgrade that adds
or rewords one fails the tests instead of showing English).
"""

from __future__ import annotations

SINGULAR: dict[str, str] = {
    # usage errors and their frame
    "Usage:": "Uso:",
    "Try '{command} {option}' for help.": "Pruebe '{command} {option}' para ver la ayuda.",
    "Error: {message}": "Error: {message}",
    "Aborted!": "¡Cancelado!",
    "Missing command.": "Falta el comando.",
    "No such command {name!r}.": "No existe el comando {name!r}.",
    "No such option {name!r}.": "No existe la opción {name!r}.",
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta el parámetro",
    "Missing parameter: {param_name}": "Falta el parámetro: {param_name}",
    "Missing {param_type}": "Falta {param_type}",
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Invalid value: {message}": "Valor no válido: {message}",
    "unknown error": "error desconocido",
    "Could not open file {filename!r}: {message}": (
        "No se pudo abrir el archivo {filename!r}: {message}"
    ),
    "Invalid start character for option ({option})": (
        "Carácter inicial no válido para una opción ({option})"
    ),
    "Option {name!r} does not take a value.": "La opción {name!r} no lleva valor.",
    "Argument {name!r} takes {nargs} values.": "El argumento {name!r} lleva {nargs} valores.",
    "Value must be an iterable.": "El valor debe ser una lista.",
    # values of the option types
    "Choose from:\n\t{choices}": "Elija entre:\n\t{choices}",
    "Choice({choices})": "Opción({choices})",
    "{value} is not in the range {range}.": "{value} no está en el intervalo {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} no es un valor sí/no válido. Valores reconocidos: {states}"
    ),
    "{value!r} is not a valid {number_type}.": "{value!r} no es un {number_type} válido.",
    "{value!r} is not a valid UUID.": "{value!r} no es un UUID válido.",
    "file": "archivo",
    "directory": "directorio",
    "path": "ruta",
    "{name} {filename!r} is a file.": "{name} {filename!r} es un archivo.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} es un directorio.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} no se puede leer.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} no se puede escribir.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} no es ejecutable.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} no existe.",
    # help pages
    "Options": "Opciones",
    "Commands": "Comandos",
    "Positional arguments": "Argumentos",
    "Show this message and exit.": "Muestra esta ayuda y termina.",
    "Show the version and exit.": "Muestra la versión y termina.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
    "Confirm the action without prompting.": "Confirma la acción sin preguntar.",
    "Do you want to continue?": "¿Desea continuar?",
    "env var: {var}": "variable de entorno: {var}",
    "default: {default}": "por omisión: {default}",
    "required": "obligatoria",
    "(dynamic)": "(dinámico)",
    "deprecated": "obsoleto",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "Aviso: el comando {name!r} es obsoleto.{extra_message}"
    ),
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "Aviso: {param_type} {name!r} es obsoleto.{extra_message}"
    ),
    # prompts
    "Error: invalid input": "Error: respuesta no válida",
    "Error: The two entered values do not match.": "Error: los dos valores no coinciden.",
    "Repeat for confirmation": "Repita para confirmar",
    "Press any key to continue...": "Pulse cualquier tecla para continuar...",
    # developer errors and terminal plumbing (a person should never meet them; still Spanish)
    "Could not determine name for option with declarations {decls!r}": (
        "No se pudo determinar el nombre de la opción declarada como {decls!r}"
    ),
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?": (
        "No hay opciones definidas pero se dio un nombre ({name}). ¿Quería declarar un "
        "argumento? ¿Quería escribir '--{name}'?"
    ),
    "Arguments take exactly one parameter declaration, got {length}: {decls}.": (
        "Un argumento lleva exactamente una declaración; se dieron {length}: {decls}."
    ),
    "Name '{name}' defined twice": "El nombre '{name}' está definido dos veces",
    "Boolean option {decl!r} cannot use the same flag for true/false.": (
        "La opción sí/no {decl!r} no puede usar la misma bandera para sí y para no."
    ),
    "Unknown color {colour!r}": "Color desconocido {colour!r}",
    "Unknown standard stream '{name}'": "Flujo estándar desconocido '{name}'",
    "Couldn't detect Bash version, shell completion is not supported.": (
        "No se pudo detectar la versión de Bash; no hay autocompletado."
    ),
    "Shell completion is not supported for Bash versions older than 4.4.": (
        "No hay autocompletado para versiones de Bash anteriores a 4.4."
    ),
    "{editor}: Editing failed": "{editor}: falló la edición",
    "{editor}: Editing failed: {e}": "{editor}: falló la edición: {e}",
    "d": "d",
}

# ngettext(singular, plural, n): keyed by click's singular message id.
PLURAL: dict[str, tuple[str, str]] = {
    "Got unexpected extra argument ({args})": (
        "Sobra un argumento que no se esperaba ({args})",
        "Sobran argumentos que no se esperaban ({args})",
    ),
    "Takes {nargs} values but 1 was given.": (
        "Lleva {nargs} valores pero se dio 1.",
        "Lleva {nargs} valores pero se dieron {len}.",
    ),
    "Did you mean {possibility}?": (
        "¿Quiso decir {possibility}?",
        "(¿Quiso decir alguna de estas: {possibilities}?)",
    ),
    "Option {name!r} requires an argument.": (
        "La opción {name!r} necesita un valor.",
        "La opción {name!r} necesita {nargs} valores.",
    ),
    "{value!r} is not {choice}.": (
        "{value!r} no es {choice}.",
        "{value!r} no es ninguno de estos valores: {choices}.",
    ),
    "{value!r} does not match the format {format}.": (
        "{value!r} no tiene el formato {format}.",
        "{value!r} no tiene ninguno de los formatos {formats}.",
    ),
    "{len_type} values are required, but {len_value} was given.": (
        "Se necesitan {len_type} valores, pero se dio {len_value}.",
        "Se necesitan {len_type} valores, pero se dieron {len_value}.",
    ),
}
