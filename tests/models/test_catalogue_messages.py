"""A broken platform catalogue is told in the reader's language, like every schema problem
(no English left from pydantic or from the ruta parser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CONTRACT, make_inventory, validate

PLATAFORMAS = (CONTRACT / "inventory" / "plataformas.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "es", "en"),
    [
        ("{ruta: '/pg/{usuario}', clave: '{usuario}'}", "{ruta: 'pg/{usuario}'}",
         "('pg/{usuario}') debe empezar con '/' y nombrar al menos un segmento",
         "('pg/{usuario}') must start with '/' and name at least one segment"),
        ("{ruta: '/pg/{usuario}', clave: '{usuario}'}", "{ruta: '/p g/{usuario}'}",
         "el segmento 'p g' no es un texto fijo, '*' ni {usuario}/{id}",
         "segment 'p g' is not fixed text, '*' or {usuario}/{id}"),
        ("{ruta: '/profile.php?id={id}'}", "{ruta: '/profile.php?id'}",
         "la parte tras '?' ('id') debe ser nombre={usuario} o nombre={id}",
         "the part after '?' ('id') must be name={usuario} or name={id}"),
        ("{ruta: '/pg/{usuario}', clave: '{usuario}'}", "{ruta: '/pg/{usuario}/{id}'}",
         "debe llevar exactamente un marcador: {usuario} o {id}",
         "must hold exactly one placeholder: {usuario} or {id}"),
        ("{ruta: '/pg/{usuario}', clave: '{usuario}'}",
         "{ruta: '/pg/{usuario}', clave: 'x/{id}'}",
         "la clave 'x/{id}' debe llevar el mismo y único marcador que la ruta",
         "the clave 'x/{id}' must hold the same single placeholder as the ruta"),
        ("dominio_preferido: www.facebook.com", "dominio_preferido: www.example.com",
         "el dominio_preferido 'www.example.com' no es uno de los dominios",
         "dominio_preferido 'www.example.com' is not one of the platform's domains"),
        ("dominios: [instagram.com, instagr.am]", "dominios: [instagram.com, fb.com]",
         "el dominio 'fb.com' lo declaran dos plataformas, facebook y instagram",
         "host 'fb.com' is declared by two platforms, facebook and instagram"),
    ],
)  # fmt: skip
def test_a_broken_platform_catalogue_is_told_in_both_languages(
    tmp_path: Path, old: str, new: str, es: str, en: str
) -> None:
    assert old in PLATAFORMAS
    text = PLATAFORMAS.replace(old, new, 1)
    root = make_inventory(tmp_path, catalogs={"plataformas.yaml": text})
    findings = [f for f in validate(root).findings if f.file == "inventory/plataformas.yaml"]
    assert [f.rule for f in findings] == ["esquema"]
    assert es in findings[0].message("es")
    assert en in findings[0].message("en")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if new.split(":")[0] in t)
    assert findings[0].line >= 1 and abs(findings[0].line - line) <= 12
