"""sin-secretos: no value and no comment anywhere looks like a password or a secret.

This rule is about *text*, not about the model: a password committed to git stays in the
history even after it is deleted, so it must be caught in every inventory file - areas and
catalogues, valid or not (a file that fails its schema, or even fails to parse, is still
committed). It therefore reads the loader's plain values (``doc.data``) and the file's text
(``doc.text``, for comments, and line by line when the YAML does not parse) instead of the
typed models, which is the documented exception to "rules read typed models".

The detector - secret keys, credential phrases, password-like tokens, comments, the run-wide
prefilter - is :mod:`validator.secret_scan` (floor 0); this module is the rule: its metadata
and messages, and the check that walks each file's values (its plain data or its typed model)
and comments, asks the detector, and yields the problems.

A run does not judge every value and comment one by one (most of this rule's time, and
almost none is a secret): it gathers each parsed file's string values and comment texts,
finds with :func:`~validator.secret_scan.prefilter.suspects` the few distinct ones that could
hold a secret (and with :func:`~validator.secret_scan.prefilter.open_comments` the comments
whose value may be on the next comment line), and scans in detail only the files that hold
one.

Messages never repeat the secret (findings end up in CI logs and PR annotations).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Hashable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, Literal, Union, cast, get_args, get_origin

from validator.loading.schema_issues import dotted
from validator.loading.sources import SourceFile
from validator.models.model_api import field_types, is_model
from validator.rules.base import ERROR, Context, Message, Problem, rule
from validator.secret_scan.comments import comment_texts, comments, with_inner_comments
from validator.secret_scan.keys import (
    IDENTIFIER_KEYS,
    NO_TOKEN_KEYS,
    NO_TOKEN_SUFFIXES,
    secret_key,
    secret_value,
)
from validator.secret_scan.phrases import phrase_open
from validator.secret_scan.prefilter import open_comments, suspects
from validator.secret_scan.verdicts import (
    NEVER,
    clear_caches,
    continued_values,
    is_secret,
    leaf_levels,
    leaf_secret,
    text_levels,
    text_secret,
)

# --- the rule ----------------------------------------------------------------------------

_HOW = Message(
    es=" Quítela del archivo y CAMBIE ESA CONTRASEÑA AHORA (si es la semilla de un segundo "
    "factor, configúrelo de nuevo): el historial de git la conserva aunque se borre (4.3 VI y "
    "VII). El inventario sólo registra las fechas de los cambios.",
    en=" Remove it from the file and CHANGE THAT PASSWORD NOW (if it is a second factor's "
    "seed, set the factor up again): git history keeps it even after it is deleted (4.3 VI "
    "and VII). The inventory records only the dates of the changes.",
)


def _without_comment(value: str) -> str:
    value = value.strip()
    if value.startswith("#"):
        return ""
    cut = min((i for i in (value.find(" #"), value.find("\t#")) if i >= 0), default=-1)
    return value[:cut] if cut >= 0 else value


_MODELINE = re.compile(r"^\s*yaml-language-server:")  # an editor's line, not the author's
_NODE_PROPERTIES = re.compile(r"^(?:[!&*]\S*(?:\s+|$))+")  # tags, anchors, aliases
# A hostile file can hold tens of thousands of password-like lines: one finding per line for
# the first ones, then a single "and N more".
MAX_PER_FILE = 100

_LINE_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)*([\"']?)([^\s:#\"'][^:#]*?)\1[ \t]*:(?=\s|$)")


@rule(
    id="sin-secretos",
    severity=ERROR,
    clause="4.3 VI",
    summary=Message(
        es="Ningún valor ni comentario contiene una contraseña, token o secreto.",
        en="No value or comment holds a password, token or secret.",
    ),
    description=Message(
        es=(
            "Las contraseñas son personales e intransferibles y se resguardan (4.3 VI y VII): "
            "nunca se escriben en el inventario, que es público dentro del INE y cuyo "
            "historial de git conserva todo lo que alguna vez se subió. El inventario sólo "
            "registra las fechas de los cambios (`contrasena.cambios`). La regla revisa cada "
            "archivo del inventario, válido o no, y también sus comentarios: claves como "
            "`password`, `contrasena`, `clave_acceso`, `token`, `pin` con un valor; frases "
            "como «contraseña: …», «… es la contraseña nueva», «Se cambió la contraseña. "
            "Nueva: …» y un comentario cuyo valor sigue en la línea siguiente; la semilla del "
            "segundo factor (TOTP, en base32, aun en grupos: «semilla 2FA: …»); y palabras "
            "con aspecto de contraseña (letras, números y símbolos mezclados). No confunde "
            "hashes sha256, fechas, oficios, tickets del CAU, URL ni correos. Si encuentra "
            "una, hay que quitarla y cambiar la contraseña (o la semilla)."
        ),
        en=(
            "Passwords are personal and non-transferable and must be safeguarded (4.3 VI and "
            "VII): they are never written in the inventory, which is visible across INE and "
            "whose git history keeps everything ever committed. The inventory records only "
            "the dates of the changes (`contrasena.cambios`). The rule reads every inventory "
            "file, valid or not, comments included: keys such as `password`, `contrasena`, "
            "`clave_acceso`, `token`, `pin` holding a value; phrases like 'password: …', "
            "'… is the new password', 'The password was reset. New: …' and a comment whose "
            "value is on the next line; the second factor's seed (TOTP, base32, in groups "
            "too: 'TOTP seed: …'); and password-like words (letters, digits and symbols "
            "mixed). sha256 hashes, dates, oficio numbers, CAU tickets, URLs and addresses "
            "are not mistaken for secrets. When one is found it must be removed and the "
            "password (or the seed) changed."
        ),
    ),
    messages={
        "key": Message(
            es="'{field}' contiene un valor secreto (contraseña, token o clave de acceso)."
            + _HOW.es,
            en="'{field}' holds a secret value (password, token or access key)." + _HOW.en,
        ),
        "value": Message(
            es="'{field}' contiene lo que parece una contraseña o un secreto." + _HOW.es,
            en="'{field}' contains what looks like a password or a secret." + _HOW.en,
        ),
        "more": Message(
            es="... y {more_secrets_es} en este archivo desde esta línea (sólo se muestran "
            "los primeros 100). Revise el archivo completo." + _HOW.es,
            en="... and {more_secrets_en} in this file from this line on (only the first 100 "
            "are shown). Review the whole file." + _HOW.en,
        ),
        "comment": Message(
            es="Este comentario contiene lo que parece una contraseña o un secreto (los "
            "comentarios también se suben al repositorio)." + _HOW.es,
            en="This comment contains what looks like a password or a secret (comments are "
            "committed too)." + _HOW.en,
        ),
    },
    passing=(
        "    contrasena:                 # sólo el registro de los cambios\n"
        "      cambios:\n"
        "        - fecha: 2026-10-20\n"
        "          informado_titular: 2026-10-20\n"
    ),
    failing=(
        "    contrasena: Ags2026!        # nunca la contraseña misma\n"
        "    incidentes:\n"
        "      - descripcion: Se restableció; contraseña temporal: Xy7#kq92\n"
    ),
)
def check(ctx: Context) -> Iterator[Problem]:
    targets = ctx.targets
    sources = [
        source
        for source in ctx.inventory.files
        if targets is None or source.path in targets or source.kind != "area"
    ]
    for start in range(0, len(sources), _GROUP):
        yield from _check_group(sources[start : start + _GROUP])
    clear_caches()


_GROUP = 512  # files gathered at a time: what is held stays that of a national inventory


def _check_group(sources: list[SourceFile]) -> Iterator[Problem]:
    notes_seen: dict[str, str] = {}  # one string per distinct comment text (memory)
    gathered = [_texts(source, notes_seen) for source in sources]
    possible = suspects(set(notes_seen).union(*(texts[0] for texts in gathered if texts)))
    possible.update(open_comments(set(notes_seen)))  # the value may be on the next line
    identifiers = set().union(*(texts[1] for texts in gathered if texts))
    possible_identifiers = suspects(identifiers, strict=True)
    for source, texts in zip(sources, gathered, strict=True):
        if texts is None:
            yield from _capped(scan_source(source))
            continue
        in_values = not (
            possible.isdisjoint(texts[0]) and possible_identifiers.isdisjoint(texts[1])
        )
        notes = possible.intersection(texts[2])
        if in_values or notes:
            yield from _capped(scan_source(source, values=in_values, notes=notes))


def _texts(
    source: SourceFile, notes_seen: dict[str, str]
) -> tuple[list[str], list[str], list[str]] | None:
    """A parsed file's string values (apart: those under an identifier key) and its
    distinct comment texts (see :func:`suspects`; each text once in ``notes_seen``); None
    for a file that is scanned in detail anyhow: one that did not parse (its raw lines are
    read) or that holds a value under a key naming a secret. A valid file holds none (its
    model admits only the contract's keys, and the one that names a secret, ``contrasena``,
    holds a mapping), so its keys are not read."""
    doc = source.doc
    if source.model is not None:
        values, identifiers = _string_values(source.model if doc.released else doc.data)
    elif doc.error is not None or doc.data is None or _holds_secret_key(doc.data):
        return None
    else:
        values, identifiers = _string_values(doc.data)
    notes = [notes_seen.setdefault(note, note) for note in set(comment_texts(doc.text))]
    return values, identifiers, notes


def _holds_secret_key(data: Any) -> bool:
    """Whether a mapping anywhere in plain data holds a value under a key naming a secret."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and secret_key(key) and secret_value(value):
                    return True
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _capped(found: Iterator[Problem]) -> Iterator[Problem]:
    """The first MAX_PER_FILE findings of a file, then one "and N more"."""
    shown = 0
    first_hidden: Problem | None = None
    hidden = 0
    for problem in found:
        if shown < MAX_PER_FILE:
            shown += 1
            yield problem
        else:
            first_hidden = first_hidden or problem
            hidden += 1
    if first_hidden is not None:
        yield replace(first_hidden, key="more", params={"more_secrets": hidden})


def scan_source(
    source: SourceFile, *, values: bool = True, notes: Collection[str] | None = None
) -> Iterator[Problem]:
    """Every secret in one file: values (or raw lines when unparsed) and comments. A parsed
    file may be read for some of them only: ``values=False`` skips its values and keys, and
    ``notes`` (comment texts, see :func:`comment_texts`) keeps only the comments that start
    one of them (or the text after a "#" in one) - an empty collection, none."""
    doc = source.doc
    # A valid file's plain values may have been released by the loader (memory): its typed
    # model holds the very same strings at the same paths (dates are skipped either way).
    data = source.model if doc.released else doc.data
    parsed = data is not None and doc.error is None
    if not parsed and not (values and notes is None):
        raise ValueError("a file that did not parse is scanned whole")
    known = frozenset(_known_words(data)) if parsed and values else None
    if parsed and values:
        yield from _walk(source, data, (), known or frozenset(), "")
    if notes is not None and not notes:
        return
    text = doc.text  # once: a released file's text is read again from the file
    if not parsed and text:
        yield from _scan_raw_lines(source, text)
    if not text or "#" not in text:
        return
    starts: list[str] | None = None  # None: judge every comment
    if notes is not None:
        every = [with_inner_comments(note) for note in notes]
        if all(parts is not None for parts in every):
            starts = [part for parts in every if parts for part in parts]
    opened: tuple[int, str] | None = None  # a comment whose phrase is open, and its line
    for line, column, comment in comments(text):
        if opened is not None and opened[0] == line - 1:
            # "# contraseña:" then "#   Girasol_2024": the value is on this line
            continued = continued_values(opened[1], comment)
            if continued and known is None:
                known = frozenset(_known_words(data)) if parsed else frozenset()
            if any(v not in (known or ()) for v in continued):
                yield Problem(source, (), "comment", {}, position=(line, column))
                opened = None if not phrase_open(comment) else (line, comment)
                continue
        opened = None
        if _MODELINE.match(comment):
            continue
        if starts is not None and not any(start.startswith(comment) for start in starts):
            continue  # not a comment text that could hold a secret, nor open at its end
        strong, phrased, weak = text_levels(comment)
        if not strong and (phrased or weak) and known is None:  # the file's names count
            known = frozenset(_known_words(data)) if parsed else frozenset()
        if strong or ((phrased or weak) and text_secret(comment, known or frozenset())):
            yield Problem(source, (), "comment", {}, position=(line, column))
        if phrase_open(comment):
            opened = (line, comment)


# What _walk does with a value, by its exact type (one dict look-up per value instead of a
# chain of isinstance tests; a subclass is classified once, on first sight).
_LEAF, _MAP, _SEQ, _MODEL, _OTHER = range(5)
_BASE_KINDS: dict[type, int] = {str: _LEAF, dict: _MAP, list: _SEQ}
_KINDS: dict[type, int] = dict(_BASE_KINDS)


def _kind(cls: type) -> int:
    kind = _KINDS.get(cls)
    if kind is None:
        if issubclass(cls, str):
            kind = _LEAF
        elif issubclass(cls, dict):
            kind = _MAP
        elif issubclass(cls, list):
            kind = _SEQ
        elif dataclasses.is_dataclass(cls):  # a model: walked as the mapping it came from
            kind = _MODEL
        else:
            kind = _OTHER
        _KINDS[cls] = kind
    return kind


@cache
def _field_names(cls: Hashable) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cast("type[Any]", cls)))


@cache
def _text_values(cls: Hashable) -> tuple[_Getter, _Getter]:
    """The values of a model that :func:`_walk` may judge as text, read at once: the fields
    whose declared type can hold a string (a model is validated against its types,
    strictly) - not dates, numbers, flags or date-only records - except the plain strings
    under a key never judged (``sha256``, ``*_patron``); every field of another dataclass.
    Two readers: the fields under an identifier key, and the others."""
    model = cast("type[Any]", cls)
    if not is_model(model):
        names = _field_names(cls)
    else:
        names = tuple(
            name
            for name, annotation in field_types(model).items()
            if _may_hold_text(annotation, {model})
            and (
                not (name in NO_TOKEN_KEYS or name.endswith(NO_TOKEN_SUFFIXES))
                or any(_record(leaf) for leaf in _leaf_types(annotation))
            )
        )
    plain = tuple(name for name in names if name not in IDENTIFIER_KEYS)
    return _getter(plain), _getter(tuple(name for name in names if name in IDENTIFIER_KEYS))


_Getter = Callable[[Any], tuple[Any, ...]]


def _getter(names: tuple[str, ...]) -> _Getter:
    """Reads these attributes of an object at once, as a tuple."""
    if not names:
        return lambda model: ()
    if len(names) == 1:
        read = attrgetter(names[0])
        return lambda model: (read(model),)
    return cast("_Getter", attrgetter(*names))


def _leaf_types(annotation: Any) -> Iterator[Any]:
    """What a value of this declared type is made of: plain types and models (unions,
    lists, mapping values and ``Annotated`` opened; a literal gives its values' types)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        yield from _leaf_types(args[0])
    elif origin is Literal:
        yield from {type(arg) for arg in args}
    elif origin is dict and len(args) == 2:
        yield dict  # _walk reads a mapping's values with their own keys
        yield from _leaf_types(args[1])
    elif origin in (Union, UnionType, list, tuple, set, frozenset) and args:
        for arg in args:
            if arg is not Ellipsis:
                yield from _leaf_types(arg)
    else:
        yield annotation


def _record(leaf: Any) -> bool:
    """Whether a value of this leaf type is walked into (a model, a mapping, or unknown)."""
    return not isinstance(leaf, type) or is_model(leaf) or issubclass(leaf, dict)


def _may_hold_text(annotation: Any, seen: set[type]) -> bool:
    """Whether a value of this declared type can be or hold a string (when unsure: yes)."""
    for leaf in _leaf_types(annotation):
        if not isinstance(leaf, type) or issubclass(leaf, str | dict):
            return True
        if is_model(leaf):
            if leaf in seen or any(
                _may_hold_text(annotation, seen | {leaf})
                for annotation in field_types(leaf).values()
            ):
                return True
        elif not issubclass(leaf, bool | int | float | date | type(None)):
            return True
    return False


def _as_mapping(model: Any) -> dict[str, Any]:
    """A model's values by field name, as the mapping it was validated from."""
    return {name: getattr(model, name) for name in _field_names(cast("Hashable", type(model)))}


def _known_words(data: Any) -> Iterator[str]:
    """The file's own account user names: never a secret when they appear in prose."""
    if dataclasses.is_dataclass(data):
        data = _as_mapping(data)
    cuentas = data.get("cuentas") if isinstance(data, dict) else None
    if not isinstance(cuentas, list):
        return
    for cuenta in cuentas:
        if dataclasses.is_dataclass(cuenta):
            cuenta = _as_mapping(cuenta)
        if isinstance(cuenta, dict):
            for key in ("usuario", "url"):
                value = cuenta.get(key)
                if isinstance(value, str):
                    yield from (w.lower() for w in _NON_ALNUM.split(value) if w)
                    if key == "usuario":
                        yield value.lower()  # whole, as a phrase gives it: ine.jde01.ags


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def _walk(
    source: SourceFile,
    node: Any,
    path: tuple[str | int, ...],
    known: frozenset[str],
    key: str,
) -> Iterator[Problem]:
    # Leaves are checked in their parent's loop (no generator per value: ~90k per national
    # inventory); the path of a child is built only when there is something to report.
    # A model (see scan_source) is walked like the mapping it was validated from.
    kinds = _KINDS
    kind = kinds.get(type(node)) or _kind(type(node))
    if kind == _MODEL:
        node = _as_mapping(node)
        kind = _MAP
    if kind == _MAP:
        for k, v in node.items():
            child_key = k if isinstance(k, str) else ""
            if child_key and secret_key(k) and secret_value(v):
                child = (*path, k)
                yield Problem(source, child, "key", {"field": dotted(child)})
                continue
            v_kind = kinds.get(type(v))
            if v_kind is None:
                v_kind = _kind(type(v))
            if v_kind == _LEAF:
                levels = leaf_levels(v, child_key)
                if levels is not NEVER and is_secret(levels, known):
                    child = (*path, k)
                    yield Problem(source, child, "value", {"field": dotted(child)})
            elif v_kind != _OTHER:
                yield from _walk(source, v, (*path, k), known, child_key)
    elif kind == _SEQ:
        for i, v in enumerate(node):
            v_kind = kinds.get(type(v))
            if v_kind is None:
                v_kind = _kind(type(v))
            if v_kind == _LEAF:
                levels = leaf_levels(v, key)
                if levels is not NEVER and is_secret(levels, known):
                    child = (*path, i)
                    yield Problem(source, child, "value", {"field": dotted(child)})
            elif v_kind != _OTHER:
                yield from _walk(source, v, (*path, i), known, key)
    elif kind == _LEAF and leaf_secret(node, known, key):
        yield Problem(source, path, "value", {"field": dotted(path)})


def _scan_raw_lines(source: SourceFile, text: str) -> Iterator[Problem]:
    """A file that did not parse is still committed: look at its ``key: value`` lines."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if len(line) > 2000:
            line = line[:2000]
        m = _LINE_KEY.match(line)
        if m is None:
            continue
        key = m.group(2)
        value = _NODE_PROPERTIES.sub("", _without_comment(line[m.end() :])).strip().strip("\"'")
        if not value:
            continue
        column = line.find(key) + 1
        if secret_key(key) and secret_value(value):
            yield Problem(source, (), "key", {"field": key}, position=(lineno, column))
        elif (
            key not in NO_TOKEN_KEYS
            and not key.endswith(NO_TOKEN_SUFFIXES)
            and text_secret(value, strict=key in IDENTIFIER_KEYS)
        ):
            yield Problem(source, (), "value", {"field": key}, position=(lineno, column))


def _string_values(root: Any) -> tuple[list[str], list[str]]:
    """Every string in a file's values (model or plain data), in no particular order: what
    :func:`_walk` judges - those under an identifier key (``usuario``, ``clave`` ...) apart,
    as they are judged on the unambiguous tests only."""
    found: list[str] = []
    strict: list[str] = []
    stack = [root]
    kinds = _KINDS
    while stack:
        node = stack.pop()
        kind = kinds.get(type(node))
        if kind is None:
            kind = _kind(type(node))
        if kind == _LEAF:
            found.append(node)
        elif kind == _MAP:
            for key, value in node.items():
                if key in IDENTIFIER_KEYS:
                    _add_strict(value, strict, stack)
                else:
                    stack.append(value)
        elif kind == _SEQ:
            stack.extend(node)
        elif kind == _MODEL:
            plain, identifiers = _text_values(cast("Hashable", type(node)))
            stack.extend(plain(node))
            for value in identifiers(node):
                if type(value) is str:
                    strict.append(value)
                else:
                    _add_strict(value, strict, stack)
    return found, strict


def _add_strict(value: Any, strict: list[str], stack: list[Any]) -> None:
    """A value under an identifier key: its strings (in lists too, as _walk passes the key
    down a list) to ``strict``, anything else to walk."""
    if isinstance(value, str):
        strict.append(value)
    elif isinstance(value, list):
        for item in value:
            _add_strict(item, strict, stack)
    else:
        stack.append(value)
