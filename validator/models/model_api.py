"""What the rest of the package may ask of any model class: validate a mapping into it,
list its fields, tell a model from a plain value.

The models are frozen, slotted pydantic dataclasses (``validator.models.types.strict_model``);
these three functions are the only way the layers above reach pydantic for them, so the
model representation can change in one place.

Floor 1: beside the models it serves; imports nothing of the package.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from functools import cache
from typing import Any, TypeVar, cast

from pydantic import TypeAdapter
from pydantic.fields import FieldInfo

M = TypeVar("M")


@cache
def _adapter(cls: Hashable) -> TypeAdapter[Any]:
    return TypeAdapter(cls)  # reuses the validator pydantic built with the class


def validate(cls: type[M], data: Any) -> M:
    """``data`` (a file's plain values) as a ``cls`` instance; raises
    :class:`pydantic.ValidationError` with every problem's location."""
    adapter: TypeAdapter[M] = _adapter(cast("Hashable", cls))
    return adapter.validate_python(data)


def model_fields(cls: type[Any]) -> dict[str, FieldInfo]:
    """The fields of a model class, in declaration order (name -> pydantic ``FieldInfo``:
    annotation, default, description)."""
    fields: dict[str, FieldInfo] = cls.__pydantic_fields__
    return fields


def is_model(value: Any) -> bool:
    """Whether ``value`` is a model instance or class (not a plain value)."""
    return dataclasses.is_dataclass(value) and hasattr(value, "__pydantic_fields__")
