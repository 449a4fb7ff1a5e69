"""esquema findings about the whole file (no key path) read as sentences in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import contract_area, make_inventory, validate


def _esquema(tmp_path: Path, text: str) -> list[dict[str, str]]:
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    return [f.messages for f in validate(root).findings if f.rule == "esquema"]


def test_missing_top_level_key_names_the_file_level_in_each_language(tmp_path: Path) -> None:
    text = "".join(
        line for line in contract_area().splitlines(keepends=True) if not line.startswith("nombre:")
    )
    (messages,) = _esquema(tmp_path, text)
    assert "'nombre'" in messages["es"] and "'nombre'" in messages["en"]
    assert "(documento)" not in messages["es"] + messages["en"]
    assert "nivel principal del archivo" in messages["es"]
    assert "top level of the file" in messages["en"]


def test_a_file_that_is_a_list_is_told_without_python_syntax(tmp_path: Path) -> None:
    (messages,) = _esquema(tmp_path, "- a\n- b\n")
    for text in messages.values():
        assert "(documento)" not in text and "['a'" not in text
    assert messages["es"].startswith("El archivo debe ser un bloque de claves y valores")
    assert messages["en"].startswith("The file must be a block of keys and values")
