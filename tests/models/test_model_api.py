"""validator.models.model_api: the one door to pydantic for the layers above the models."""

from __future__ import annotations

from validator.models.area import Administrador, Area, Cuenta, Designa, SegundoFactor
from validator.models.catalogs import Cncs
from validator.models.model_api import all_models, field_docs, model_fields


def test_a_fields_docstring_is_its_description() -> None:
    docs = field_docs(Administrador)
    assert docs["desde"].startswith("Fecha (AAAA-MM-DD) en que surte efecto la designación")
    assert set(docs) == set(model_fields(Administrador))  # every field has one
    described = model_fields(Administrador)["desde"]
    assert described.description == docs["desde"]
    # the class's own field stays as pydantic built it (no description read at build time)
    assert Administrador.__pydantic_fields__["desde"].description is None  # type: ignore[attr-defined]


def test_a_class_docstring_is_not_a_field_docstring() -> None:
    assert "propietaria" in field_docs(Designa)
    assert not any(d.startswith("Whom the Anexo 1") for d in field_docs(Designa).values())


def test_an_explicit_description_wins() -> None:
    altas = next(m for m in all_models(Cncs) if m.__name__ == "AltaPreregistrada")
    assert model_fields(altas)["nombre"].description == (
        "Nombre oficial del área, tal como lo llevará su archivo."
    )


def test_all_models_reaches_every_nested_model_once() -> None:
    models = all_models(Area)
    assert models[0] is Area
    assert Cuenta in models and SegundoFactor in models and Administrador in models
    assert len(models) == len(set(models))
