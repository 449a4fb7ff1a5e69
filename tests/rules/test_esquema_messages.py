"""esquema findings read as sentences a titular can act on, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    ("old", "new", "es_words", "en_words"),
    [
        ("github: ", "github: '@x' #", "cuenta de GitHub válida", "GitHub account"),
        ('telefono: "', 'telefono: "449 #1', "no es un teléfono válido", "not a valid phone"),
        ("sha256: ", "sha256: ABC #", "no es una huella SHA-256", "not a SHA-256 digest"),
    ],
)
def test_a_broken_format_is_explained_in_words_not_as_a_regex(
    tmp_path: Path, old: str, new: str, es_words: str, en_words: str
) -> None:
    text = contract_area()
    assert old in text
    (messages,) = _esquema(tmp_path, text.replace(old, new, 1))
    assert es_words in messages["es"] and en_words in messages["en"]
    for message in messages.values():
        assert "^" not in message and "{" not in message, message


def test_a_quoted_version_is_told_to_lose_its_quotes(tmp_path: Path) -> None:
    text = contract_area()
    assert "\nversion: 1\n" in text
    (messages,) = _esquema(tmp_path, text.replace("\nversion: 1\n", '\nversion: "1"\n', 1))
    assert messages["es"] == "'version' debe ser el número 1 sin comillas: escriba 1, no \"1\"."
    assert messages["en"] == "'version' must be the number 1 without quotes: write 1, not \"1\"."


@pytest.mark.parametrize(
    ("old", "new", "wrong", "meant"),
    [
        ("  cargo: ", "  Cargo: ", "titular.Cargo", "cargo"),  # capital letter
        ("    telefono: ", "    teléfono: ", "administradores.propietaria.teléfono", "telefono"),
        ("    nivel_mando: ", "    nivel_mado: ", "administradores.propietaria.nivel_mado", "nivel_mando"),
    ],
)  # fmt: skip
def test_an_unknown_key_close_to_a_known_one_is_one_finding_that_names_it(
    tmp_path: Path, old: str, new: str, wrong: str, meant: str
) -> None:
    text = contract_area()
    assert old in text
    (messages,) = _esquema(tmp_path, text.replace(old, new, 1))  # not also "missing 'cargo'"
    assert messages["es"].startswith(f"Clave desconocida '{wrong}'. ¿Quiso decir '{meant}'?")
    assert messages["en"].startswith(f"Unknown key '{wrong}'. Did you mean '{meant}'?")


def test_an_unknown_key_like_no_other_is_told_to_be_checked_or_removed(tmp_path: Path) -> None:
    (messages,) = _esquema(tmp_path, contract_area() + "observaciones_extra: 1\n")
    assert messages["es"].startswith(
        "Clave desconocida 'observaciones_extra'. Revise la ortografía"
    )
    assert "Quiso decir" not in messages["es"]
