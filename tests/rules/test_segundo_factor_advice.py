"""segundo-factor: the block the "missing" finding tells the titular to add is complete —
written as told, it raises no further segundo-factor finding (issue 11 asks persona/desde)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import contract_area, make_inventory, validate

FACTOR = (
    "    segundo_factor:\n      activo: true\n      dispositivo: propietaria       "
    "# whose device holds the second factor\n      persona: juan.perez@ine.mx\n"
    "      desde: 2026-08-24\n"
)


def _segundo_factor(tmp_path: Path, text: str) -> list[dict[str, str]]:
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    return [f.messages for f in validate(root).findings if f.rule == "segundo-factor"]


def test_the_advised_block_is_the_whole_block(tmp_path: Path) -> None:
    text = contract_area()
    assert FACTOR in text
    (messages,) = _segundo_factor(tmp_path / "a", text.replace(FACTOR, "", 1))
    for lang in ("es", "en"):
        assert "persona: juan.perez@ine.mx" in messages[lang], messages[lang]
    advised = re.search(r"segundo_factor: (\{[^}]*\})", messages["es"])
    assert advised is not None, messages["es"]
    block = advised.group(1).replace("<fecha en que quedó en su dispositivo>", "2026-08-24")
    fixed = text.replace(FACTOR, f"    segundo_factor: {block}\n", 1)
    assert _segundo_factor(tmp_path / "b", fixed) == []
