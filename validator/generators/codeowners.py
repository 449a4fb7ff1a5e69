"""``.github/CODEOWNERS``: who must approve a change to each file.

Everything (``*``) and ``/generated/`` belong to the CNCS ``revisores``; each area file to its
titular's ``github`` login and the CNCS ``revisores``. GitHub applies the last matching line,
so the specific area lines come after the catch-all. An area whose file is invalid is left
to the catch-all (CNCS) until it is fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.generators.sources import CODEOWNERS
from validator.safe_paths import is_safe_path

if TYPE_CHECKING:
    from validator.generators.sources import Outputs, Sources


def _owners(*groups: list[str]) -> str:
    seen: list[str] = []
    for group in groups:
        for login in group:
            handle = "@" + login
            if handle.lower() not in (s.lower() for s in seen):
                seen.append(handle)
    return " ".join(seen)


def render(sources: Sources) -> Outputs:
    revisores = list(sources.cncs.revisores)
    cncs = _owners(revisores)
    lines = [
        "# Generado por `ine-redes generate` desde inventory/: no edite este archivo a mano.",
        "# Cada archivo de área lo aprueban su titular y la CNCS; todo lo demás, la CNCS.",
        "# GitHub aplica la última línea que coincide.",
        f"* {cncs}",
        f"/generated/ {cncs}",
    ]
    for source in sorted(sources.areas, key=lambda a: a.path):
        if not is_safe_path(source.path):  # never a space, glob or owner in a pattern
            continue
        owners = _owners([source.area.titular.github], revisores)
        lines.append(f"/{source.path} {owners}")
    return {CODEOWNERS: ("\n".join(lines) + "\n").encode("utf-8")}
