"""Credential phrases and the values they give (validator/secret_scan/phrases.py and
credentials.py), judged through ``text_secret`` (verdicts.py) as the rule judges a text."""

from __future__ import annotations

import pytest

from validator.secret_scan.verdicts import text_secret


def test_phrases_need_a_credential_after_them() -> None:
    assert text_secret("password = hunter2")
    assert text_secret("contraseña: Abc123!")
    assert not text_secret("contraseña: cambiada el 2026-05-04")
    assert not text_secret("La contraseña es personal e intransferible")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # issue 12 §6: missed before
        ("contraseña de la página: Girasol_2024", True),
        ("nueva contraseña enviada por WhatsApp: Jd01-Ags-2026", True),
        ("password for the admin is girasol2024", True),
        # issue 12 §6: flagged by mistake before
        ("el token es USB-C y lo guarda la propietaria", False),
        # the value belongs to its own noun: a PIN is digits, a token is long and mixed
        ("NIP del conmutador 7731", True),
        ("El token es FIDO2", False),
        ("El PIN es de 6 dígitos", False),
        # the value after another label is that label's: ticket, extension, user name
        ("Se restableció la contraseña, ticket: INC0012345", False),
        ("Para el cambio de contraseña se llamó al CAU, ext: 4321", False),
        ("contraseña del usuario: Jd01_Ags", True),
        # what a preposition introduces is what the password is for, not the password
        ("Contraseña para Windows10 actualizada", False),
        ("la contraseña de Facebook Girasol_2024", True),
        # the sentence ends the phrase
        ("Se cambió la contraseña. Folio: 2026-INC-0045", False),
        # a colon that starts a token is not a connector; Markdown marks are not symbols
        ("URL sin credenciales ni puerto (`:8443`)", False),
        ("**Secrets detection is heuristic.**", False),
        ("la contraseña es `Girasol_2024`", True),
    ],
)
def test_phrases_of_real_prose(text: str, secret: bool) -> None:
    assert text_secret(text) is secret


def test_phrase_value_that_is_the_files_own_account_is_not_a_secret() -> None:
    known = frozenset({"inejde01ags"})
    assert not text_secret("Se restableció la contraseña de la cuenta: INEJDE01Ags", known)
    assert text_secret("Se restableció la contraseña de la cuenta: INEJDE02Ags", known)
