"""Password-like tokens (validator/secret_scan/tokens.py)."""

from __future__ import annotations

import pytest

from validator.secret_scan.tokens import password_like


@pytest.mark.parametrize(
    ("token", "secret"),
    [
        ("P@ssw0rd", True),
        ("Qw3rtY8zK", True),
        ("AKIAIOSFODNN7EXAMPLE", True),
        ("https://a:Secreta2026@x.com/b", True),
        ("https://x.com/b?s=20&t=Ab9", False),
        ("INE/JDE01-AGS/0042/2026", False),
        ("CAU-2026-0551", False),
        ("3f1c8d6e0b9a4f7c2d5e8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d", False),
        ("juan.perez@ine.mx", False),
        ("#Elecciones2027", False),
        ("@INEJDE01Ags", False),
        ("INEJDE01Ags", False),
        ("Secretario", False),
    ],
)
def test_tokens(token: str, secret: bool) -> None:
    assert password_like(token) is secret
