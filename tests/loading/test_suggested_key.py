"""schema_issues.suggested_key and models.model_api.keys_at: the "did you mean" of an
unknown key."""

from __future__ import annotations

import pytest

from validator.loading.schema_issues import suggested_key
from validator.models.area import Area
from validator.models.model_api import keys_at

ADMIN = keys_at(Area, ("administradores", "propietaria"))


@pytest.mark.parametrize(
    ("key", "meant"),
    [
        ("Teléfono", "telefono"),  # accent and capital
        ("TELEFONO", "telefono"),
        ("nivel mando", "nivel_mando"),  # a space or a hyphen for the underscore
        ("nivel-mando", "nivel_mando"),
        ("nivel_mado", "nivel_mando"),  # a letter left out
        ("corre", "correo"),
        ("zzz", None),
        ("", None),
        (7, None),  # a key that is not text
    ],
)
def test_suggested_key(key: object, meant: str | None) -> None:
    assert suggested_key(key, ADMIN) == meant


def test_nothing_is_suggested_without_known_keys() -> None:
    assert suggested_key("nombre", ()) is None


def test_keys_at_follows_fields_and_list_items() -> None:
    assert "cuentas" in keys_at(Area, ())
    assert "segundo_factor" in keys_at(Area, ("cuentas", 0))
    assert keys_at(Area, ("cuentas", 0, "contrasena")) == ("cambios",)
    assert "nivel_mando" in ADMIN
    assert keys_at(Area, ("nombre",)) == ()  # a plain value holds no keys
    assert keys_at(Area, ("no_such_key",)) == ()
