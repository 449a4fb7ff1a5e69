"""Credential phrases and the values they give (validator/secret_scan/phrases.py and
credentials.py), judged through ``text_secret`` (verdicts.py) as the rule judges a text; a
phrase open at the end of a comment and the value its next line gives (``phrase_open``,
``continued_values``)."""

from __future__ import annotations

import pytest

from validator.secret_scan.credentials import seed
from validator.secret_scan.phrases import phrase_open
from validator.secret_scan.verdicts import continued_values, text_secret


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
        # red team 2026-12-01: a TOTP seed (base32) after a seed noun, grouped or not
        ("semilla 2FA: JBSWY3DPEHPK3PXP", True),
        ("TOTP JBSWY3DPEHPK3PXP", True),
        ("clave de configuración 2FA: JBSW Y3DP EHPK 3PXP", True),
        ("Google Authenticator: jbsw y3dp ehpk 3pxp", True),
        ("clave secreta: JBSW-Y3DP-EHPK-3PXP", True),  # not a reference number
        ("2FA activado en el dispositivo de la propietaria", False),
        ("semilla de la campaña 2026", False),
        ("Semilla 2FA: REDES SOCIALES INSTITUCIONALES", False),  # no digit: words
        ("TOTP: PARA CADA AREA", False),
        ("semilla 2FA: Girasol_2024", False),  # a seed noun gives only a seed
        # the value before its noun
        ("Girasol_2024 es la contraseña nueva", True),
        ("hunter2 is the new password", True),
        ("Esta es la contraseña que se cambió", False),
        ("En 2026 fue la contraseña la que se bloqueó", False),  # a password needs letters
        ("CAU-2026-0551 es el ticket de la contraseña", False),
        ("INEJDE01Ags es la cuenta; la contraseña la resguarda la titular", False),
        # the next sentence labels the value with an adjective only
        ("Se cambió la contraseña.\nNueva: Girasol_2024", True),
        ("The password was reset. New: Summer2026", True),
        ("Se cambió la contraseña. Nueva fecha: 2026-05-04", False),
        ("Se cambió la contraseña. Folio: CAU-2026-0551", False),
        ("Se cambió la contraseña.\nNueva: la definió la propietaria", False),
    ],
)
def test_phrases_of_real_prose(text: str, secret: bool) -> None:
    assert text_secret(text) is secret


def test_phrase_value_that_is_the_files_own_account_is_not_a_secret() -> None:
    known = frozenset({"inejde01ags"})
    assert not text_secret("Se restableció la contraseña de la cuenta: INEJDE01Ags", known)
    assert text_secret("Se restableció la contraseña de la cuenta: INEJDE02Ags", known)


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("contraseña:", True),
        ("contraseña nueva", True),
        ("semilla 2FA:", True),
        ("Se cambió la contraseña.", True),  # the next line may be "Nueva: …"
        ("new password for the page:", True),
        ("NUNCA la contraseña: sólo el registro de cambios", False),  # the template's
        ("La contraseña se cambió el 2026-05-04", False),
        ("contraseña: Girasol_2024", False),  # closed: its value is given
        ("quién tiene el segundo factor", False),
    ],
)
def test_a_phrase_open_at_the_end_of_a_text(text: str, open_: bool) -> None:
    assert phrase_open(text) is open_


def test_a_comment_continued_on_the_next_line_gives_its_value() -> None:
    assert continued_values("contraseña:", "  Girasol_2024") == ("girasol_2024",)
    assert continued_values("Se cambió la contraseña.", "Nueva: Ags.Ine.2026") == ("ags.ine.2026",)
    assert continued_values("semilla 2FA:", "JBSW Y3DP EHPK 3PXP") == ("jbswy3dpehpk3pxp",)
    # not open, or nothing new: a value on the next line alone is its own comment's
    assert continued_values("NUNCA la contraseña: sólo el registro de cambios", "Abc_2024") == ()
    assert continued_values("contraseña:", "contraseña: Girasol_2024") == ()
    assert continued_values("contraseña:", "cambiada el 2026-05-04 (CAU-2026-0551)") == ()


@pytest.mark.parametrize(
    ("value", "is_seed"),
    [
        ("JBSWY3DPEHPK3PXP", True),
        ("jbswy3dpehpk3pxp", True),
        ("JBSW-Y3DP-EHPK-3PXP", True),
        ("JPJOMKEFOIUC5LGTKVQZ5GX4BRTL3CZV====", True),
        ("JBSWY3DPEHPK3PX", False),  # 75 bits: too short
        ("JbswY3DPEHPK3PXP", False),  # mixed case
        ("REDESSOCIALESINSTITUCIONALES", False),  # no digit
        ("JBSWY3DPEHPK3PX0", False),  # 0 is not base32
        ("2345672345672345", False),  # digits only
    ],
)
def test_seed_shape(value: str, is_seed: bool) -> None:
    assert seed(value) is is_seed
