"""tipo-area: the missing/forbidden key messages agree with either key ('entidad' is
feminine, 'distrito' masculine: no «Agréguelo» for la entidad)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import contract_area, make_inventory, validate


@pytest.mark.parametrize("key", ["entidad", "distrito"])
def test_missing_key_message_reads_right_for_either_key(tmp_path: Path, key: str) -> None:
    text = "".join(
        line for line in contract_area().splitlines(keepends=True) if not line.startswith(key)
    )
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    found = [f.messages for f in validate(root).findings if f.rule == "tipo-area"]
    assert found, key
    es = found[0]["es"]
    assert f"debe indicar '{key}'. Agregue esa clave con su valor." in es
    assert "Agréguelo" not in es
