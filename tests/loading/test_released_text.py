"""A valid file's text is released after loading and read again when asked; a file edited
during the run is reported, never silently read as the validated text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import contract_area, make_inventory
from validator.cli import _failed
from validator.loading.inventory import load_inventory
from validator.loading.yaml_loader import SourceChangedError


def _loaded(tmp_path: Path) -> tuple[Path, object]:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    return root / "inventory" / "areas" / "jd01ags.yaml", load_inventory(root)


def test_a_valid_file_is_read_again_with_the_same_text(tmp_path: Path) -> None:
    path, inventory = _loaded(tmp_path)
    source = inventory.area_files[0]  # type: ignore[attr-defined]
    assert source.model is not None
    assert source.doc.text == path.read_text(encoding="utf-8")
    assert source.doc.locate(("cuentas", 0, "url"))[0] > 1  # the index reads it again


@pytest.mark.parametrize("change", ["edit", "delete", "symlink"])
def test_a_file_changed_during_the_run_is_named(tmp_path: Path, change: str) -> None:
    path, inventory = _loaded(tmp_path)
    source = inventory.area_files[0]  # type: ignore[attr-defined]
    if change == "edit":
        path.write_text(contract_area().replace("version: 1", "version: 1 "), encoding="utf-8")
    elif change == "delete":
        path.unlink()
    else:
        other = tmp_path / "copia.yaml"
        other.write_text(contract_area(), encoding="utf-8")
        path.unlink()
        path.symlink_to(other)
    with pytest.raises(SourceChangedError) as info:
        _ = source.doc.text
    assert info.value.path == "inventory/areas/jd01ags.yaml"
    assert (info.value.reason == "") == (change == "edit")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "ine-redes: inventory/areas/a\\x1bb.yaml cambió mientras se validaba; "
               "vuelva a ejecutar el comando\n"),
        ("en", "ine-redes: inventory/areas/a\\x1bb.yaml changed during the run; "
               "run the command again\n"),
    ],
)  # fmt: skip
def test_the_command_line_says_so_and_exits_2(
    lang: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from validator.cli import language

    language.use("en" if lang == "en" else "es")
    try:
        with pytest.raises(SystemExit) as info:
            _failed(SourceChangedError("inventory/areas/a\x1bb.yaml"))
    finally:
        language.use("es")
    assert info.value.code == 2
    assert capsys.readouterr().err == expected
