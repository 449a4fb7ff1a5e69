"""comentario-en-valor: a "#" glued to text after a value starts a comment that cuts it.

In YAML a space followed by "#" starts a comment, so ``cargo: Vocal #1 Ejecutivo`` stores
``Vocal`` and silently drops "#1 Ejecutivo". The loader notes every "#" after a space and
before a non-space (``YamlDocument.glued_hashes``, found while the text is in hand, so a run
reads no file again unless one has such a "#"); this rule keeps those that are real comments
(not inside quotes or a block) after a value on the same line. A comment written as usual,
"# like this", is never reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import WARNING, Context, Message, Problem, rule
from validator.secret_scan.comments import comments

_SHOWN = 40  # characters of the comment shown in the message


@rule(
    id="comentario-en-valor",
    severity=WARNING,
    clause="—",
    summary=Message(
        es="Un «#» pegado a un texto después de un valor empieza un comentario que corta el "
        "valor (aviso).",
        en="A '#' glued to text after a value starts a comment that cuts the value short "
        "(warning).",
    ),
    description=Message(
        es="En YAML un espacio seguido de `#` empieza un comentario: `cargo: Vocal #1 "
        "Ejecutivo` guarda `Vocal` y pierde «#1 Ejecutivo» sin decir nada. Se avisa de cada "
        "comentario que sigue a un valor en la misma línea y empieza sin espacio después de "
        "`#`; si el texto es parte del valor, escríbalo entre comillas; si es un comentario, "
        "deje un espacio después de `#` (`# así`), y el aviso desaparece.",
        en="In YAML a space followed by `#` starts a comment: `cargo: Vocal #1 Ejecutivo` "
        "stores `Vocal` and silently loses '#1 Ejecutivo'. Each comment that follows a value "
        "on the same line and has no space after its `#` is reported; if the text is part of "
        "the value, quote it; if it is a comment, leave a space after `#` (`# like this`), "
        "and the warning goes.",
    ),
    messages={
        "default": Message(
            es="«#{comentario}» es un comentario, no parte del valor: el valor termina en "
            "«{valor}». Si es parte del valor, escriba el valor entre comillas (p. ej. "
            '"{valor} #{comentario}"); si es un comentario, deje un espacio después de «#».',
            en="'#{comentario}' is a comment, not part of the value: the value ends at "
            "'{valor}'. If it is part of the value, quote the value (e.g. "
            "\"{valor} #{comentario}\"); if it is a comment, leave a space after '#'.",
        ),
    },
    passing='cargo: "Vocal #1 Ejecutivo"\nnivel_mando: medio   # superior | medio | operativo\n',
    failing="cargo: Vocal #1 Ejecutivo\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    targets = ctx.targets
    for source in ctx.inventory.files:
        glued = source.doc.glued_hashes
        if not glued or (targets is not None and source.path not in targets):
            continue
        text = source.doc.text  # read again: only files with such a "#"
        lines = text.splitlines()
        real = {(line, column): comment for line, column, comment in comments(text)}
        for line, column in glued:
            comment = real.get((line, column))
            if comment is None:
                continue  # inside quotes or a block scalar: part of the value
            valor = _value_before(lines[line - 1][: column - 1])
            if valor:
                yield Problem(
                    source,
                    (),
                    "default",
                    {"comentario": comment.rstrip()[:_SHOWN], "valor": valor},
                    position=(line, column),
                )


def _value_before(head: str) -> str:
    """The plain value a line holds before its comment ("" for a key or a dash alone)."""
    head = head.rstrip()
    if not head or head.endswith(":") or head.lstrip() == "-":
        return ""
    _key, sep, value = head.partition(": ")
    if sep:
        return value.strip()
    return head.lstrip().removeprefix("- ").strip()
