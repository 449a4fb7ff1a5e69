"""Mapping keys that name a secret (validator/secret_scan/keys.py)."""

from __future__ import annotations

import pytest

from validator.secret_scan.keys import secret_key


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("password", True),
        ("Contraseña", True),
        ("clave_acceso", True),
        ("api-key", True),
        ("nip_segundo_factor", True),
        ("contrasena", True),  # holding a string; the contract's mapping is fine (not a string)
        ("contrasena_cambiada", False),
        ("rotacion_contrasena_meses", False),
        ("clave", False),
        ("pinterest", False),
        ("soporta_segundo_factor", False),
    ],
)
def test_secret_keys(key: str, secret: bool) -> None:
    assert secret_key(key) is secret
