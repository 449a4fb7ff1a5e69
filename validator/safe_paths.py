"""Which file names the inventory may hold (floor 0: imports nothing from the package).

Every path under ``inventory/`` is made of components drawn from ``[a-z0-9._-]``, none of
which starts with a dot or a dash, separated by ``/``. Such a name needs no escaping
anywhere it goes - a terminal, a workflow command, Markdown, CODEOWNERS, a shell - and
cannot pass for an option (``-x``) or a hidden file (``.x``). ``authorize`` refuses a pull
request that adds one outside this set, ``validate`` reports one (rule ``ruta-segura``)
and the CODEOWNERS generator never writes one.
"""

from __future__ import annotations

import re

INVENTORY_PREFIX = "inventory/"
_COMPONENT = re.compile(r"^[a-z0-9_][a-z0-9._-]*$")
_UNSAFE_RUN = re.compile(r"[^a-z0-9._-]+")


def is_safe_path(path: str) -> bool:
    """True when every ``/``-separated component of ``path`` is a safe name (see module)."""
    return bool(path) and all(_COMPONENT.match(part) for part in path.split("/"))


def is_inventory_path(path: str) -> bool:
    return path.startswith(INVENTORY_PREFIX)


def safe_suggestion(path: str) -> str:
    """A safe name close to ``path``, to suggest a rename (lower case, ``-`` for the rest)."""
    parts = []
    for part in path.split("/"):
        name = _UNSAFE_RUN.sub("-", part.lower()).lstrip(".-") or "archivo"
        parts.append(name)
    return "/".join(parts)
