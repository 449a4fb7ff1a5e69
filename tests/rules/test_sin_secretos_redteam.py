"""Secrets that got past ``sin-secretos`` in the red-team pass of 2026-12-01.

Each case is a real phrasing of a credential in an area file that the detector
(``validator/secret_scan/``, rule ``sin-secretos``) missed then and finds now (docs/decisiones.md,
"sin-secretos: lo que el equipo rojo encontró"); the control cases beside them were found
then and must stay found. The labelled set (tests/data/secrets/) holds these phrasings too,
with the negatives that must stay silent beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import AS_OF, contract_area, make_inventory, validate

RULE = "sin-secretos"
ANCHOR = "        descripcion: Inicio de sesión desde un dispositivo desconocido\n"


def _found(tmp_path: Path, replacement: str) -> bool:
    text = contract_area()
    assert text.count(ANCHOR) == 1
    root = make_inventory(tmp_path, {"jd01ags.yaml": text.replace(ANCHOR, replacement)})
    return any(f.rule == RULE for f in validate(root, as_of=AS_OF, select=(RULE,)).findings)


MISSED = {
    # A TOTP seed (base32) is the second factor itself: whoever has it makes the codes.
    "totp-seed-es": '        descripcion: "semilla 2FA: JBSWY3DPEHPK3PXP"\n',
    "totp-seed-en": '        descripcion: "TOTP JBSWY3DPEHPK3PXP"\n',
    "totp-seed-grouped": '        descripcion: "clave de configuración 2FA: JBSW Y3DP EHPK 3PXP"\n',
    # The noun on one comment line, the value on the next.
    "split-comment": ANCHOR + "        # contraseña:\n        #   Girasol_2024\n",
    # The value first, the noun after it.
    "value-then-noun": ANCHOR + "        # Girasol_2024 es la contraseña nueva\n",
    # A block scalar: the noun on one line, the labelled value on the next.
    "block-scalar": "        descripcion: |\n          Se cambió la contraseña.\n"
    "          Nueva: Girasol_2024\n",
}

FOUND = {
    "same-line": ANCHOR + "        # contraseña: Girasol_2024\n",
    "otpauth-uri": '        descripcion: "otpauth://totp/X:ine?secret=JBSWY3DPEHPK3PXP"\n',
    "recovery-codes": '        descripcion: "códigos de recuperación: 8392-1029 4821-9931"\n',
}


@pytest.mark.parametrize("case", sorted(MISSED))
def test_missed_secret_is_found(tmp_path: Path, case: str) -> None:
    assert _found(tmp_path, MISSED[case])


@pytest.mark.parametrize("case", sorted(FOUND))
def test_control_secret_is_found(tmp_path: Path, case: str) -> None:
    assert _found(tmp_path, FOUND[case])
