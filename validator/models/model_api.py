"""What the rest of the package may ask of any model class: validate a mapping into it,
list its fields, tell a model from a plain value.

The models are frozen, slotted pydantic dataclasses (``validator.models.types.strict_model``);
these three functions are the only way the layers above reach pydantic for them, so the
model representation can change in one place.

Floor 1: beside the models it serves; imports nothing of the package.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import inspect
import sys
from collections.abc import Hashable
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast, get_args, get_origin

from pydantic import TypeAdapter
from pydantic.fields import FieldInfo

M = TypeVar("M")


@cache
def _adapter(cls: Hashable) -> TypeAdapter[Any]:
    return TypeAdapter(cast("type[Any]", cls))  # reuses the validator built with the class


def validate(cls: type[M], data: Any) -> M:
    """``data`` (a file's plain values) as a ``cls`` instance; raises
    :class:`pydantic.ValidationError` with every problem's location."""
    adapter: TypeAdapter[M] = _adapter(cast("Hashable", cls))
    return adapter.validate_python(data)


def model_fields(cls: type[Any]) -> dict[str, FieldInfo]:
    """The fields of a model class, in declaration order (name -> pydantic ``FieldInfo``:
    annotation, default, and as ``description`` the field's docstring)."""
    return dict(_described_fields(cast("Hashable", cls)))


@cache
def _described_fields(cls: Hashable) -> tuple[tuple[str, FieldInfo], ...]:
    fields: dict[str, FieldInfo] = cast("type[Any]", cls).__pydantic_fields__
    docs = field_docs(cls)
    out = []
    for name, info in fields.items():
        if info.description is None and name in docs:
            info = copy.copy(info)  # the class's own FieldInfo stays as pydantic built it
            info.description = docs[name]
        out.append((name, info))
    return tuple(out)


@cache
def field_docs(cls: Hashable) -> dict[str, str]:
    """Each field's docstring: the string right below the field in the class body (Spanish,
    with its clause; the exported JSON Schemas and the wizard show it). Read from the
    module's source when asked, so that building the models costs nothing for it."""
    model = cast("type[Any]", cls)
    source = Path(sys.modules[model.__module__].__file__ or "")
    body = next(
        (
            node.body
            for node in _module_tree(source).body
            if isinstance(node, ast.ClassDef) and node.name == model.__name__
        ),
        [],
    )
    docs: dict[str, str] = {}
    for field, doc in pairwise(body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(doc, ast.Expr)
            and isinstance(doc.value, ast.Constant)
            and isinstance(doc.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(doc.value.value)
    return docs


@cache
def _module_tree(source: Path) -> ast.Module:
    return ast.parse(source.read_text(encoding="utf-8"))


def all_models(root: type[Any]) -> list[type[Any]]:
    """``root`` and every model class its fields hold (directly, or in a list, a mapping or
    an Optional), each once, ``root`` first."""
    seen: list[type[Any]] = []
    todo = [root]
    while todo:
        model = todo.pop(0)
        if model in seen:
            continue
        seen.append(model)
        for annotation in field_types(model).values():
            todo.extend(t for t in _leaves(annotation) if is_model(t) and t not in seen)
    return seen


def field_types(cls: type[Any]) -> dict[str, Any]:
    """A model's declared field types, by field name in declaration order (what pydantic
    validates against; without reading the docstrings, unlike :func:`model_fields`)."""
    return dict(_field_types(cast("Hashable", cls)))


@cache
def _field_types(cls: Hashable) -> tuple[tuple[str, Any], ...]:
    fields: dict[str, FieldInfo] = cast("type[Any]", cls).__pydantic_fields__
    return tuple((name, info.annotation) for name, info in fields.items())


def keys_at(cls: type[Any], path: tuple[Any, ...]) -> tuple[str, ...]:
    """The keys a mapping at ``path`` of a ``cls`` document may have (its model's field
    names), or none when ``path`` leads to no model (a plain value, an unknown key)."""
    current: Any = cls
    for part in path:
        if isinstance(part, int):
            continue  # a list item: the list's own annotation already names its model
        annotation = field_types(current).get(part)
        models = [leaf for leaf in _leaves(annotation) if is_model(leaf)] if annotation else []
        if not models:
            return ()
        current = models[0]
    return tuple(field_types(current))


def _leaves(annotation: Any) -> list[Any]:
    args = get_args(annotation)
    if not args:
        return [annotation]
    if get_origin(annotation) is Annotated:
        return _leaves(args[0])
    return [leaf for arg in args for leaf in _leaves(arg)]


def is_model(value: Any) -> bool:
    """Whether ``value`` is a model instance or class (not a plain value)."""
    return dataclasses.is_dataclass(value) and hasattr(value, "__pydantic_fields__")
