"""ruta-segura: every path under ``inventory/`` is a safe name (``[a-z0-9._-]`` per component).

A file name reaches terminals, CI logs, workflow commands, Markdown summaries and
CODEOWNERS. A name with an escape character, a line break (``a\\n::add-mask::x.pdf``), a
space, an upper-case letter, a leading dot (hidden) or a leading dash (read as an option)
is refused here and by ``authorize``, with the same definition
(:mod:`validator.safe_paths`). Symbolic links are listed, never followed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from validator.loading.repo import INVENTORY_DIR
from validator.rules.base import ERROR, Context, Message, Problem, rule
from validator.safe_paths import is_safe_path, safe_suggestion

_DOCUMENTS = "inventory/documentos/"


@rule(
    id="ruta-segura",
    severity=ERROR,
    clause="—",
    summary=Message(
        es="Cada ruta bajo inventory/ usa sólo minúsculas, dígitos, '.', '_' y '-', sin "
        "componentes que empiecen con punto o guion.",
        en="Every path under inventory/ uses only lower-case letters, digits, '.', '_' and "
        "'-', with no component starting with a dot or a dash.",
    ),
    description=Message(
        es="Los nombres de archivo llegan a terminales, bitácoras de CI, anotaciones de "
        "GitHub, resúmenes en Markdown y CODEOWNERS. Un nombre con caracteres de control, "
        "saltos de línea, espacios, mayúsculas, o que empieza con punto (oculto) o guion "
        "(parece una opción) podría inyectar texto en esas salidas, así que no se admite; "
        "`ine-redes authorize` rechaza también el pull request que lo agrega.",
        en="File names reach terminals, CI logs, GitHub annotations, Markdown summaries and "
        "CODEOWNERS. A name with control characters, line breaks, spaces, upper case, or "
        "starting with a dot (hidden) or a dash (looks like an option) could inject text "
        "into those outputs, so it is refused; `ine-redes authorize` also refuses the pull "
        "request that adds it.",
    ),
    messages={
        "unsafe": Message(
            es="El nombre {file} no está permitido: en inventory/ cada parte de la ruta lleva "
            "sólo minúsculas sin acento, dígitos, '.', '_' y '-', y no empieza con punto ni "
            "guion. Renombre el archivo (por ejemplo a {suggestion}).",
            en="The name {file} is not allowed: under inventory/ each part of the path holds "
            "only unaccented lower-case letters, digits, '.', '_' and '-', and does not start "
            "with a dot or a dash. Rename the file (for example to {suggestion}).",
        ),
    },
    passing="# inventory/areas/jd01ags.yaml\n# inventory/documentos/jd01ags/anexo1-2026-01-15.pdf\n",
    failing="# inventory/areas/JD01 Ags.yaml\n# inventory/documentos/jd01ags/.oculto.pdf\n",
)
def check(ctx: Context) -> Iterator[Problem]:
    anchor = ctx.inventory.cncs_file  # any SourceFile: ``file`` says where the finding points
    for path in sorted(_inventory_paths(str(ctx.inventory.root))):
        if not is_safe_path(path) and _reported(ctx, path):
            params = {"file": path, "suggestion": safe_suggestion(path)}
            yield Problem(anchor, (), "unsafe", params, file=path, position=(1, 1))


def _inventory_paths(root: str) -> Iterator[str]:
    """Every file and link under ``inventory/``, repository-relative (no link followed; a
    file inside a badly named folder carries the folder's name in its path)."""
    top = os.path.join(root, INVENTORY_DIR)
    for folder, dirs, files in os.walk(top, followlinks=False):
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        links = [d for d in dirs if os.path.islink(os.path.join(folder, d))]
        for name in (*links, *files):
            yield f"{rel}/{name}"


def _reported(ctx: Context, path: str) -> bool:
    """With targets (``validate FILE``, ``--changed-since``): only those files and the
    documents of those areas; otherwise every path."""
    if ctx.targets is None:
        return True
    if path in ctx.targets:
        return True
    if path.startswith(_DOCUMENTS):
        clave = path[len(_DOCUMENTS) :].split("/", 1)[0]
        return any(t.startswith(f"inventory/areas/{clave}.") for t in ctx.targets)
    return False
