"""fecha-futura: its quick test (``_newest``) sees every date the detailed walk names, so
no future date can slip past the shortcut."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from tests.conftest import contract_area
from validator.loading.yaml_loader import load_text
from validator.models.area import Area
from validator.models.model_api import validate
from validator.rules.fecha_futura import _newest, done_dates

FUTURE = date(2099, 1, 1)


def _area() -> Area:
    area = validate(Area, load_text(contract_area()).data)
    assert isinstance(area, Area)
    return area


def _replace(node: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """``node`` with the value at ``path`` replaced (frozen models: new copies up the path)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(node)
        items[head] = _replace(items[head], rest, value)
        return items
    return dataclasses.replace(node, **{head: _replace(getattr(node, head), rest, value)})


def test_the_contract_example_has_many_done_dates_and_none_in_the_future() -> None:
    area = _area()
    dates = list(done_dates(area))
    assert len(dates) >= 20
    assert _newest(area) == max(day for _, day in dates) <= date(2026, 11, 29)


def test_every_done_date_alone_in_the_future_is_seen_by_the_quick_test() -> None:
    area = _area()
    for path, _ in done_dates(area):
        moved = _replace(area, path, FUTURE)
        assert _newest(moved) == FUTURE, path
        assert [p for p, day in done_dates(moved) if day == FUTURE] == [path]


def test_desde_is_not_a_done_date() -> None:
    area = _area()
    paths = {p for p, _ in done_dates(area)}
    assert ("administradores", "propietaria", "desde") not in paths
    moved = _replace(area, ("administradores", "propietaria", "desde"), FUTURE)
    assert _newest(moved) < FUTURE


def _date_fields(cls: type[Any], seen: frozenset[type[Any]] = frozenset()) -> set[tuple[str, str]]:
    """(model, field) of every date field in the model tree below ``cls``."""
    from typing import get_args

    from validator.models.model_api import field_types, is_model

    def leaves(annotation: Any) -> list[Any]:
        args = get_args(annotation)
        return [leaf for arg in args for leaf in leaves(arg)] if args else [annotation]

    found: set[tuple[str, str]] = set()
    for name, annotation in field_types(cls).items():
        for leaf in leaves(annotation):
            if leaf is date:
                found.add((cls.__name__, name))
            elif is_model(leaf) and leaf not in seen:
                found |= _date_fields(leaf, seen | {leaf})
    return found


def test_every_date_field_of_the_models_but_desde_is_a_done_date() -> None:
    """A date field added to the models must be judged here (or named as not a fact)."""
    area = _replace(_area(), ("correos_genericos", 0, "baja"), date(2026, 11, 1))
    owners = set()
    for path, _ in done_dates(area):
        node: Any = area
        for part in path[:-1]:
            node = node[part] if isinstance(part, int) else getattr(node, part)
        owners.add((type(node).__name__, str(path[-1])))
    assert owners == _date_fields(Area) - {("Administrador", "desde")}
    for path, _ in done_dates(area):  # and the quick test sees each of them
        assert _newest(_replace(area, path, FUTURE)) == FUTURE, path
