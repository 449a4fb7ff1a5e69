"""Bilingual text: the one idiom (:class:`Message`) and the tool's own texts.

Every text a titular, CNCS or UTSI reads is a :class:`Message` - Spanish and English side by
side, ``{name}`` placeholders filled in at the end. Rules key theirs by problem
(``Rule.messages``); outputs and commands keep module-level tables ``{key: Message}`` beside
the code that prints them. There is no other idiom: no ``{"es": ..., "en": ...}`` dicts, no
``if lang == "en"`` branches, no local ``_t``/``_m`` helpers.

Two ways to fill a message in:

- :meth:`Message.render` - the safe default for plain text (terminal, logs, e-mail bodies):
  text and path values pass through :func:`~validator.escaping.terminal.visible`, so an
  echoed value never forges a line or hides a character; dates print as ISO; a missing
  parameter stays visible as ``{name}`` instead of raising.
- :meth:`Message.format` - for channels that escape their values themselves first (HTML,
  Markdown, CSV, GitHub annotations): the values go in as given.

Floor 0, below the other leaves (findings renders its messages with it): imports at most
``validator.escaping`` (the terminal channel), the bottom.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any, ClassVar

from validator.escaping.terminal import visible


@dataclass(frozen=True, slots=True)
class Message:
    """A text in both languages; ``{name}`` placeholders take the parameters."""

    es: str
    en: str

    def text(self, lang: str) -> str:
        """The template in ``lang`` (Spanish unless ``lang`` is ``"en"``), unfilled."""
        return self.en if lang == "en" else self.es

    def render(self, lang: str, params: Mapping[str, Any] | None = None) -> str:
        """The text in ``lang`` with ``params`` shown safely (see the module)."""
        return self.text(lang).format_map(_Params(params or {}))

    def format(self, lang: str, **params: Any) -> str:
        """The text in ``lang`` with ``params`` inserted as given (already escaped)."""
        return self.text(lang).format(**params)


class TextedError(Exception):
    """An error told by a key into the subclass's table of messages (``TEXTS``) with its
    parameters: ``str()`` is the Spanish text, :meth:`message` the run's language."""

    TEXTS: ClassVar[Mapping[str, Message]] = {}

    def __init__(self, key: str, **params: Any) -> None:
        self.key, self.params = key, params
        super().__init__(self.message("es"))

    def message(self, lang: str = "es") -> str:
        return self.TEXTS[self.key].render(lang, self.params)


class _Params(dict):  # type: ignore[type-arg]
    """Format parameters: dates as ISO, a missing name stays visible instead of raising."""

    def __missing__(self, key: str) -> str:
        # ``{<count>_es}`` / ``{<count>_en}``: the phrase of a count named in COUNTED
        base, _, lang = key.rpartition("_")
        words = COUNTED.get(base)
        n = dict.get(self, base)
        if words is not None and lang in ("es", "en") and type(n) is int:
            one, many = words[:2] if lang == "es" else words[2:]
            return count(n, one, many)
        return "{" + key + "}"

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (str, PurePath)):  # a value echoed back (a bad key, a login): no
            return visible(value)  # raw control or bidi character reaches a terminal or a log
        return value


_TEXTS: dict[str, Message] = {
    "error": Message(es="error", en="error"),
    "warning": Message(es="aviso", en="warning"),
    "clause": Message(es="cláusula", en="clause"),
    "summary_clean": Message(
        es="Sin hallazgos: {files_es}, {areas_es}, {accounts_es} al {as_of}.",
        en="No findings: {files_en}, {areas_en}, {accounts_en} as of {as_of}.",
    ),
    "summary": Message(
        es="{errors_es}, {warnings_es} en {bad_files_es} "
        "({files_es}, {areas_es}, {accounts_es} al {as_of}).",
        en="{errors_en}, {warnings_en} in {bad_files_en} "
        "({files_en}, {areas_en}, {accounts_en} as of {as_of}).",
    ),
    "strict_note": Message(
        es="Los avisos no bloquean (use --strict para que bloqueen).",
        en="Warnings do not block (use --strict to make them block).",
    ),
    "internal_error": Message(es="error interno", en="internal error"),
    "source_changed": Message(
        es="ine-redes: {path} cambió mientras se validaba{reason}; vuelva a ejecutar el comando",
        en="ine-redes: {path} changed during the run{reason}; run the command again",
    ),
    "date_metavar": Message(es="AAAA-MM-DD", en="YYYY-MM-DD"),
    "tool_error": Message(es="ine-redes: error: {detail}", en="ine-redes: error: {detail}"),
    "no_repo": Message(
        es="no se encontró el inventario (inventory/lineamientos.yaml) en {path} ni en sus "
        "directorios superiores; use --repo DIR",
        en="no inventory (inventory/lineamientos.yaml) found at {path} or above; use --repo DIR",
    ),
    "unknown_rule": Message(
        es="regla desconocida: {detail} (vea `ine-redes rules`)",
        en="unknown rule: {detail} (see `ine-redes rules`)",
    ),
    "bad_path": Message(
        es="{path} no es un archivo de área (inventory/areas/<clave>.yaml) ni un catálogo "
        "(inventory/lineamientos.yaml, plataformas.yaml, cncs.yaml) de este repositorio, ni "
        "una carpeta que los contenga",
        en="{path} is neither an area file (inventory/areas/<clave>.yaml) nor a catalogue "
        "(inventory/lineamientos.yaml, plataformas.yaml, cncs.yaml) of this repository, nor a "
        "folder holding them",
    ),
    "date_format": Message(
        es="«{value}» no es una fecha AAAA-MM-DD (p. ej. 2026-11-29)",
        en="«{value}» is not a YYYY-MM-DD date (e.g. 2026-11-29)",
    ),
    "date_missing": Message(es="«{value}»: la fecha no existe", en="«{value}»: no such date"),
    "stale_file": Message(
        es="desactualizado: {path}  (ejecute `{command}`)", en="stale: {path}  (run `{command}`)"
    ),
    "written_file": Message(es="escrito: {path}", en="written: {path}"),
    "current_file": Message(es="al día: {path}", en="up to date: {path}"),
    "empty_actor": Message(es="--actor no puede estar vacío", en="--actor must not be empty"),
    "no_such_path": Message(es="{path}: no existe ese archivo", en="{path}: no such file"),
}


def in_lang(texts: Mapping[str, str], lang: str) -> str:
    """A text already rendered per language (a finding's ``messages``) in ``lang``."""
    return texts.get(lang) or texts["es"]


def t(key: str, lang: str = "es", **params: Any) -> str:
    """The tool's own text ``key`` in ``lang``, filled in with ``params`` as given (a count
    named in :data:`COUNTED` also gives its ``<name>_es`` / ``<name>_en`` phrase)."""
    return _TEXTS[key].format(lang, **counted(params))


def count(n: int, one: str, many: str) -> str:
    """``1 archivo``, ``3 archivos``: a real plural, never ``archivo(s)``."""
    return f"{n} {one if n == 1 else many}"


#: The counted words of the tool's texts: (Spanish one, many; English one, many).
COUNTED: dict[str, tuple[str, str, str, str]] = {
    "errors": ("error", "errores", "error", "errors"),
    "warnings": ("aviso", "avisos", "warning", "warnings"),
    "bad_files": ("archivo", "archivos", "file", "files"),
    "files": ("archivo", "archivos", "file", "files"),
    "areas": ("área", "áreas", "area", "areas"),
    "accounts": ("cuenta revisada", "cuentas revisadas", "account checked", "accounts checked"),
    "more_findings": ("hallazgo más", "hallazgos más", "more finding", "more findings"),
    "more_schema": (
        "problema de esquema más",
        "problemas de esquema más",
        "more schema problem",
        "more schema problems",
    ),
    "more_secrets": (
        "posible secreto más",
        "posibles secretos más",
        "more possible secret",
        "more possible secrets",
    ),
    "min_items": ("elemento", "elementos", "item", "items"),
}


def counted(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` plus the phrase of each count it holds, in both languages."""
    out = dict(params)
    for name, (es_one, es_many, en_one, en_many) in COUNTED.items():
        n = params.get(name)
        if isinstance(n, int):
            out[f"{name}_es"] = count(n, es_one, es_many)
            out[f"{name}_en"] = count(n, en_one, en_many)
    return out
