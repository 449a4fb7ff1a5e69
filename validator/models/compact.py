"""Make validated models smaller in memory without changing any value.

pydantic keeps, in every model instance, the set of the fields that the input gave
(``model_fields_set``): a new ``set`` per instance, 200-700 bytes, often more than the
instance itself. The models are frozen, and models of one class validated from similar
files carry equal sets, so one shared set per distinct content is enough:
``model_fields_set`` stays equal, only identical sets become the same object. On a large
inventory (tens of thousands of nested models) this halves the models' memory.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel

_SHORT = 24  # enum values, platform names, roles: the strings that recur
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
    """Shared ``model_fields_set`` objects, one per (class, distinct set); and one copy of
    each short string value (enum values such as ``propietaria`` recur in every file, as
    separate objects from the parser)."""

    def __init__(self) -> None:
        self._pool: dict[type[BaseModel], list[set[str]]] = {}
        self._strings: dict[str, str] = {}

    def compact(self, model: BaseModel) -> None:
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
        strings = self._strings
        for name, value in values.items():
            # An equal, immutable string in place of another: no value changes.
            if value.__class__ is str and len(value) <= _SHORT:
                values[name] = strings.setdefault(value, value)
            elif value.__class__ is list and value and value[0].__class__ is str:
                value[:] = [
                    strings.setdefault(v, v) if v.__class__ is str and len(v) <= _SHORT else v
                    for v in value
                ]
        for name in _nested_fields(cls):
            value = values[name]
            if value is None:
                continue
            if isinstance(value, BaseModel):
                self.compact(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, BaseModel):
                        self.compact(item)
            elif isinstance(value, dict):
                for item in value.values():
                    if isinstance(item, BaseModel):
                        self.compact(item)
