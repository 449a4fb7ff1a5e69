"""How an account's handle and its Anexo 2 reference are compared across the inventory.

``handle_key`` is a handle without case and without a leading ``@``; an Anexo 2 (and
``responsiva.cuentas``) names an account as ``plataforma/usuario``, and two ways of writing
that are the same account when their :func:`ref_key` is. The rules, the obligations, the
account registry and the tools all compare through these few functions.

Floor 1, beside the models; imports nothing of the package (the models only for types).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.models.area import Cuenta

# What a browser strips from an address typed or pasted (and what a handle never holds).
TRIM = " \t\n\f\r"
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Lower case for A-Z only (``str.lower`` folds the Kelvin sign to ``k``)."""
    if text.isascii():
        return text.lower()  # the same for ASCII text, without a translation table
    return text.translate(_LOWER)


def handle_key(usuario: str) -> str:
    """A handle as compared across the inventory: no leading ``@``, ASCII lower case."""
    return ascii_lower(usuario.strip(TRIM).lstrip("@"))


def account_ref(cuenta: Cuenta) -> str:
    """How an Anexo 2 (and ``responsiva.cuentas``) names an account."""
    return f"{cuenta.plataforma}/{cuenta.usuario.strip().lstrip('@')}"


def ref_key(ref: str) -> tuple[str, str]:
    """What two ways of writing ``plataforma/usuario`` have in common (case, spaces, '@')."""
    plataforma, _, usuario = ref.partition("/")
    return ascii_lower(plataforma.strip()), handle_key(usuario)


def listed(cuentas: list[str], cuenta: Cuenta) -> bool:
    """Whether a list of ``plataforma/usuario`` names ``cuenta``."""
    return ref_key(account_ref(cuenta)) in {ref_key(ref) for ref in cuentas}
