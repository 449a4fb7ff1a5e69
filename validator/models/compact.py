"""One shared ``model_fields_set`` per distinct set of given fields (memory).

pydantic keeps, in every model instance, the set of the fields that the input gave
(``model_fields_set``): a new ``set`` per instance, 200-700 bytes, as much as the rest of
the instance. The models are frozen, and models of one class validated from similar files
carry equal sets, so one shared set per distinct content is enough: ``model_fields_set``
stays equal, only identical sets become the same object. On a large inventory (tens of
thousands of nested models) this is about 70 MiB of 230 (see benchmarks/README.md).

This is the one place that writes a pydantic internal (``__pydantic_fields_set__``): the
only shortcut left from the speed and memory work, kept because the ten-times inventory
does not fit in 150 MiB without it.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel

# class -> names of the fields that can hold nested models (directly or in a list/dict)
_NESTED: dict[type[BaseModel], tuple[str, ...]] = {}


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in get_args(annotation))


def _nested_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    names = _NESTED.get(cls)
    if names is None:
        names = tuple(n for n, f in cls.model_fields.items() if _holds_models(f.annotation))
        _NESTED[cls] = names
    return names


class FieldSetPool:
    """Shared ``model_fields_set`` objects, one per (class, distinct set)."""

    def __init__(self) -> None:
        self._pool: dict[type[BaseModel], list[set[str]]] = {}

    def share(self, model: BaseModel) -> None:
        """Share the field sets of ``model`` and of every model nested in it."""
        cls = model.__class__
        fields_set = model.__pydantic_fields_set__
        candidates = self._pool.get(cls)
        if candidates is None:
            candidates = self._pool[cls] = []
        for shared in candidates:
            if shared == fields_set:
                if shared is not fields_set:
                    object.__setattr__(model, "__pydantic_fields_set__", shared)
                break
        else:
            candidates.append(fields_set)
        values = model.__dict__
        for name in _nested_fields(cls):
            value = values[name]
            if value is None:
                continue
            if isinstance(value, BaseModel):
                self.share(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, BaseModel):
                        self.share(item)
            elif isinstance(value, dict):
                for item in value.values():
                    if isinstance(item, BaseModel):
                        self.share(item)
