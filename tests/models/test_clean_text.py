"""One clean-text type for every string field (issue 12, point 3).

The refused set is defined by Unicode properties (validator/models/clean_text.py): controls,
format characters (bidi controls among them), default-ignorable code points, line and
paragraph separators, non-characters, surrogates, private-use and unassigned code points.
These tests check the set against known members and non-members, check that every string
field of every model carries the check, and run the issue's examples through ``validate``.
"""

from __future__ import annotations

import re
import types
import typing
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from tests.conftest import AS_OF, CONTRACT, contract_area, make_inventory, validate
from validator.models.area import Area
from validator.models.catalogs import Cncs, Lineamientos, Plataformas
from validator.models.clean_text import (
    _CONTROL_NAMES,
    CleanText,
    char_name,
    describe,
    refused_at,
)
from validator.models.model_api import is_model, model_fields
from validator.models.types import Line, Lines

# --- the refused set -----------------------------------------------------------------------

# Default_Ignorable_Code_Point members named by the issue and by DerivedCoreProperties.txt,
# with the reason each is refused.
DEFAULT_IGNORABLE = [
    (0x3164, "ignorable", "HANGUL FILLER"),
    (0x034F, "ignorable", "COMBINING GRAPHEME JOINER"),
    (0xE0020, "format", "TAG SPACE"),
    (0xE0041, "format", "TAG LATIN CAPITAL LETTER A"),
    (0xE0001, "format", "LANGUAGE TAG"),
    (0xFE0F, "ignorable", "VARIATION SELECTOR-16"),
    (0xFE00, "ignorable", "VARIATION SELECTOR-1"),
    (0xE0100, "ignorable", "VARIATION SELECTOR-17"),
    (0xE01EF, "ignorable", "VARIATION SELECTOR-256"),
    (0x200B, "format", "ZERO WIDTH SPACE"),
    (0x200C, "format", "ZERO WIDTH NON-JOINER"),
    (0x200D, "format", "ZERO WIDTH JOINER"),
    (0x2060, "format", "WORD JOINER"),
    (0x2064, "format", "INVISIBLE PLUS"),
    (0x115F, "ignorable", "HANGUL CHOSEONG FILLER"),
    (0x1160, "ignorable", "HANGUL JUNGSEONG FILLER"),
    (0xFFA0, "ignorable", "HALFWIDTH HANGUL FILLER"),
    (0x180B, "ignorable", "MONGOLIAN FREE VARIATION SELECTOR ONE"),
    (0x180E, "format", "MONGOLIAN VOWEL SEPARATOR"),
    (0x17B4, "ignorable", "KHMER VOWEL INHERENT AQ"),
    (0x00AD, "format", "SOFT HYPHEN"),
    (0xFEFF, "format", "ZERO WIDTH NO-BREAK SPACE"),
    (0x2065, "ignorable", "<reserved-2065>"),  # unassigned, but default-ignorable already
    (0xFFF0, "ignorable", "<reserved-FFF0>"),
    (0x1D173, "format", "MUSICAL SYMBOL BEGIN BEAM"),
]
BIDI_CONTROLS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
NONCHARACTERS = [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
OTHERS = [
    (0x2028, "separator", "LINE SEPARATOR"),
    (0x2029, "separator", "PARAGRAPH SEPARATOR"),
    (0xE000, "private", "<private-use-E000>"),
    (0xF8FF, "private", "<private-use-F8FF>"),
    (0xF0000, "private", "<private-use-F0000>"),
    (0x0378, "unassigned", "<reserved-0378>"),
    (0x0600, "format", "ARABIC NUMBER SIGN"),  # Cf but not default-ignorable: still refused
    (0xFFF9, "format", "INTERLINEAR ANNOTATION ANCHOR"),
    (0x001B, "control", "ESCAPE"),
    (0x000D, "control", "CARRIAGE RETURN"),
    (0x0085, "control", "NEXT LINE"),
    (0x009B, "control", "CONTROL SEQUENCE INTRODUCER"),
    (0x007F, "control", "DELETE"),
]
KIND_ES = {
    "control": "carácter de control",
    "bidi": "control bidireccional",
    "format": "carácter de formato invisible",
    "ignorable": "carácter que no se muestra",
    "separator": "separador de línea",
    "noncharacter": "no-carácter de Unicode",
    "private": "carácter de uso privado",
    "unassigned": "código sin asignar en Unicode",
}


@pytest.mark.parametrize(
    ("cp", "kind", "name"),
    DEFAULT_IGNORABLE
    + [(cp, "bidi", unicodedata.name(chr(cp))) for cp in BIDI_CONTROLS]
    + [(cp, "noncharacter", f"<noncharacter-{cp:04X}>") for cp in NONCHARACTERS]
    + OTHERS,
    ids=lambda v: f"U+{v:04X}" if isinstance(v, int) else None,
)
def test_refused_in_both_variants_with_its_name_and_reason(cp: int, kind: str, name: str) -> None:
    text = f"Juan{chr(cp)}Pérez"
    assert refused_at(text) == 4
    assert refused_at(text, multiline=True) == 4
    info = describe(text, 4)
    assert (info["char"], info["name"], info["kind_es"]) == (f"U+{cp:04X}", name, KIND_ES[kind])
    assert info["position"] == 5


@pytest.mark.parametrize(
    "cp", [0x3164, 0x034F, 0xE0020, 0xFE0F, 0x200B, 0x2060, 0x115F, 0xFFA0, 0x180B, 0x00AD]
)
def test_the_library_property_has_the_known_default_ignorable_members(cp: int) -> None:
    """Default_Ignorable_Code_Point is not in unicodedata: it comes from the regex module."""
    import regex

    assert regex.fullmatch(r"\p{Default_Ignorable_Code_Point}", chr(cp))


@pytest.mark.parametrize("cp", [0x20, 0xA0, 0x3000, 0x0600, 0xFFF9, 0x61, 0xF1, 0x0301])
def test_the_library_property_excludes_what_the_formula_excludes(cp: int) -> None:
    """White space and visible format characters (Prepended_Concatenation_Mark, the
    interlinear annotations) are not default-ignorable; letters and marks are not."""
    import regex

    assert not regex.fullmatch(r"\p{Default_Ignorable_Code_Point}", chr(cp))


@pytest.mark.parametrize(
    "text",
    [
        "María Fernanda López Ruiz",
        "José Ángel Núñez O'Connor",
        "Güemes, ¿Ñandú? ¡Sí! «Vocal» — Jefa de Oficina",
        "Juan\u00a0Pérez",  # no-break space: visible white space
        "Jose\u0301 (e + combining acute, as some keyboards write it)",
        "⚠ Aviso 📌 (emoji without a variation selector)",
        "東京 · القاهرة · Ελλάδα · Москва",
        '=HYPERLINK("x") <script> [a](b) | @team',  # markup: text, made inert on output
    ],
)
def test_ordinary_text_is_accepted(text: str) -> None:
    assert refused_at(text) == -1
    assert refused_at(text, multiline=True) == -1


def test_line_feed_and_tab_only_in_multiline_text() -> None:
    assert refused_at("uno\ndos") == 3
    assert refused_at("uno\tdos") == 3
    assert refused_at("uno\ndos\tfin\n", multiline=True) == -1
    for other in "\r\x0b\x0c\x1b\x85\u2028\u2029":
        assert refused_at(f"uno\n{other}", multiline=True) == 4


@pytest.mark.parametrize("multiline", [False, True])
def test_the_ascii_shortcut_agrees_with_the_properties(multiline: bool) -> None:
    """ASCII text is checked without the regex module: the same answer for all 128."""
    from validator.models.clean_text import _pattern

    for cp in range(128):
        expected = _pattern(multiline).search(chr(cp)) is not None
        assert (refused_at(chr(cp), multiline=multiline) == 0) is expected, hex(cp)


def test_control_names_are_the_formal_aliases() -> None:
    assert len(_CONTROL_NAMES) == 65
    for cp, name in _CONTROL_NAMES.items():
        assert unicodedata.lookup(name) == chr(cp), name
        assert char_name(chr(cp)) == name


def test_position_counts_lines_inside_the_text() -> None:
    info = describe("uno\ndos\ntr\u202ees", 10)
    assert (info["text_line"], info["position"]) == (3, 3)


# --- one type for every string field ---------------------------------------------------------


def _string_leaves(tp: Any, meta: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The metadata of every ``str`` reachable in a type (through Optional, list, dict)."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, *more = get_args(tp)
        yield from _string_leaves(base, (*meta, *more))
    elif tp is str:
        yield meta
    elif origin is Literal or (isinstance(tp, type) and is_model(tp)):
        return
    elif origin in (list, dict, tuple, typing.Union, types.UnionType):
        for arg in get_args(tp):
            yield from _string_leaves(arg)


def _string_fields(model: type[Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name, field in model_fields(model).items():
        path = f"{prefix}{name}"
        for meta in _string_leaves(field.annotation, tuple(field.metadata)):
            yield path, [m for m in meta if isinstance(m, CleanText)]
        for nested in _models_in(field.annotation):
            yield from _string_fields(nested, f"{path}.")


def _models_in(tp: Any) -> Iterator[type[Any]]:
    if isinstance(tp, type) and is_model(tp):
        yield tp
    for arg in get_args(tp):
        yield from _models_in(arg)


def test_every_string_field_of_every_file_kind_uses_the_clean_text_type() -> None:
    fields = [f for m in (Area, Lineamientos, Plataformas, Cncs) for f in _string_fields(m)]
    assert len(fields) >= 30
    unchecked = [path for path, markers in fields if not markers]
    assert unchecked == []
    multiline = sorted({path for path, markers in fields if any(m.multiline for m in markers)})
    assert multiline == ["cuentas.incidentes.descripcion"]


# --- the issue's examples, through validate ----------------------------------------------------


def _esquema(tmp_path: Path, area: str | None = None, **catalogs: str) -> list[Any]:
    root = make_inventory(
        tmp_path,
        {"jd01ags.yaml": area if area is not None else contract_area()},
        catalogs={f"{k}.yaml": v for k, v in catalogs.items()},
    )
    return [f for f in validate(root, as_of=AS_OF, select=("esquema",)).findings]


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


OFICIO = "oficio: INE/JDE01-AGS/0311/2026"
NOMBRE = "  nombre: María Fernanda López Ruiz"
USUARIO = "usuario: INEJDE01Ags\n    url: https://x.com"


AREA_CASES = [
    (
        "oficio-escape",
        OFICIO,
        'oficio: "INE/JDE01-AGS/0311/2026\\e[2K\\e[1A"',
        "U+001B",
        "ESCAPE",
    ),
    (
        "oficio-forged-line",
        OFICIO,
        'oficio: "INE/JDE01-AGS/0311/2026\\nInforme trimestral entregado: sí"',
        "U+000A",
        "LINE FEED",
    ),
    (
        "nombre-tag-characters",
        NOMBRE,
        '  nombre: "María\\U000E0020\\U000E0041"',
        "U+E0020",
        "TAG SPACE",
    ),
    ("nombre-hangul-filler", NOMBRE, '  nombre: "\\u3164"', "U+3164", "HANGUL FILLER"),
    (
        "nombre-grapheme-joiner",
        NOMBRE,
        '  nombre: "María\\u034F Fernanda"',
        "U+034F",
        "COMBINING GRAPHEME JOINER",
    ),
    (
        "usuario-hangul-filler",
        USUARIO,
        'usuario: "INEJDE01Ags\\u3164"\n    url: https://x.com',
        "U+3164",
        "HANGUL FILLER",
    ),
    (
        "usuario-grapheme-joiner",
        USUARIO,
        'usuario: "INE\\u034FJDE01Ags"\n    url: https://x.com',
        "U+034F",
        "COMBINING GRAPHEME JOINER",
    ),
    (
        "usuario-tag-characters",
        USUARIO,
        'usuario: "INEJDE01Ags\\U000E0069\\U000E006E\\U000E0065"\n    url: https://x.com',
        "U+E0069",
        "TAG LATIN SMALL LETTER I",
    ),
    (
        "telefono-newline",
        'telefono: "449 910 0000 ext. 1234"',
        'telefono: "449 910\\n0000"',
        "U+000A",
        "LINE FEED",
    ),
    (
        "ticket-bidi",
        "ticket_cau: CAU-2026-0551",
        'ticket_cau: "CAU-2026-\\u202e1550"',
        "U+202E",
        "RIGHT-TO-LEFT OVERRIDE",
    ),
    (
        "github-zero-width",
        "github: mflopez-ine",
        'github: "mflopez\\u200b-ine"',
        "U+200B",
        "ZERO WIDTH SPACE",
    ),
    (
        "correo-soft-hyphen",
        "correo: maria.lopez@ine.mx",
        'correo: "maria.lo\\u00adpez@ine.mx"',
        "U+00AD",
        "SOFT HYPHEN",
    ),
    (
        "sha256-bom",
        "sha256: 3f1c8d6e",
        "sha256: \ufeff3f1c8d6e",  # the raw character in the file, not an escape
        "U+FEFF",
        "ZERO WIDTH NO-BREAK SPACE",
    ),
]


@pytest.mark.parametrize(
    ("case", "old", "new", "char", "name"), AREA_CASES, ids=[c[0] for c in AREA_CASES]
)
def test_area_fields_refuse_the_issue_examples(
    case: str, old: str, new: str, char: str, name: str, tmp_path: Path
) -> None:
    area = contract_area()
    assert old in area
    area = area.replace(old, new, 1)
    (finding,) = _esquema(tmp_path, area)
    assert finding.line == _line_of(area, new.split("\n")[0])
    es, en = finding.message("es"), finding.message("en")
    assert f"{char} {name}" in es and f"{char} {name}" in en
    assert f"línea {finding.line}" in es and f"line {finding.line}" in en


@pytest.mark.parametrize(
    ("catalog", "old", "new", "char"),
    [
        ("plataformas", "nombre: Facebook\n", 'nombre: "Face\\u200dbook"\n', "U+200D"),
        (
            "plataformas",
            "usuario_patron: '[A-Za-z0-9_]{1,15}'",
            "usuario_patron: '[A-Za-z0-9_]{1,15}\u2066'",
            "U+2066",
        ),
        (
            "lineamientos",
            "zona_horaria: America/Mexico_City",
            'zona_horaria: "America/Mexico_City\\r"',
            "U+000D",
        ),
        ("lineamientos", "dominio: ine.mx", 'dominio: "ine\\u3164.mx"', "U+3164"),
        ("cncs", "revisores: [cncs-redes,", 'revisores: ["cncs-redes\\u034f",', "U+034F"),
        ("cncs", "correo: cncs@ine.mx", 'correo: "cncs@ine.mx\\ue000"', "U+E000"),
    ],
)
def test_catalogue_fields_refuse_them_too(
    catalog: str, old: str, new: str, char: str, tmp_path: Path
) -> None:
    text = (CONTRACT / "inventory" / f"{catalog}.yaml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    findings = _esquema(tmp_path, **{catalog: text})
    assert [(f.file, f.line, char in f.message("en")) for f in findings] == [
        (f"inventory/{catalog}.yaml", _line_of(text, new), True)
    ]


def test_a_multiline_description_keeps_its_lines_and_names_the_exact_line(
    tmp_path: Path,
) -> None:
    old = "descripcion: Inicio de sesión desde un dispositivo desconocido"
    ok = "descripcion: |\n          Inicio de sesión desconocido.\n          Se cambió\tla contraseña."
    area = contract_area().replace(old, ok)
    assert _esquema(tmp_path / "ok", area) == []
    bad = ok.replace("Se cambió", "Se cam\u00adbió")
    area = contract_area().replace(old, bad)
    (finding,) = _esquema(tmp_path / "bad", area)
    assert finding.line == _line_of(area, "Se cam")
    assert finding.column == 17
    assert "U+00AD SOFT HYPHEN" in finding.message("en")
    assert "(carácter 7 del texto)" in finding.message("es")


def test_the_type_refuses_before_length_and_pattern_checks() -> None:
    """The message names the character even where a pattern would also fail."""
    for tp in (Line, Lines):
        with pytest.raises(ValidationError) as info:
            TypeAdapter(tp).validate_python("a\x1bb")
        assert info.value.errors()[0]["type"] == "texto_invisible"
    from validator.models.types import GithubLogin

    with pytest.raises(ValidationError) as info:
        TypeAdapter(GithubLogin).validate_python("x\u3164")
    assert [e["type"] for e in info.value.errors()] == ["texto_invisible"]


def test_no_raw_refused_character_in_the_message(tmp_path: Path) -> None:
    area = contract_area().replace(OFICIO, 'oficio: "INE\\e[31m/0311\\u202e/2026"')
    (finding,) = _esquema(tmp_path, area)
    for lang in ("es", "en"):
        assert not re.search("[\x1b\u202e]", finding.message(lang))


@pytest.mark.parametrize("multiline", [False, True])
def test_the_schema_pattern_is_never_stricter_than_the_model(multiline: bool) -> None:
    """The exported JSON Schema refuses a subset of what the model refuses (the BMP, less
    unassigned and private-use code points), and holds the issue's examples."""
    from validator.models.clean_text import schema_class

    cls = re.compile(schema_class(multiline))
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if cls.match(chr(cp)):
            assert refused_at(chr(cp), multiline=multiline) == 0, hex(cp)
    for ch in "\x1b\u3164\u034f\u202e\u200b\ufe0f\u115f\uffa0\u180b":
        assert cls.match(ch)
    assert bool(cls.match("\n")) is not multiline


def test_a_forged_oficio_line_never_reaches_the_quarterly_report(tmp_path: Path) -> None:
    """The issue's attack: an `oficio` with ESC and a newline carried a forged line into the
    `report trimestral --format text` pasted into an oficio. The model now refuses it, so
    the report refuses the area's invalid state instead of printing it."""
    from click.testing import CliRunner

    from tests.gitrepo import GitRepo, area, person
    from validator.cli import main

    forged = "INE/JD01/0300/2026\x1b[2K\nCAMBIOS DE PERSONAS ADMINISTRADORAS: ninguno"
    juan = person("Juan Pérez Soto", "juan.perez@ine.mx", "2026-01-15")
    ana = person("Ana Ramírez Gómez", "ana.ramirez@ine.mx", "2026-01-15", nivel="operativo")
    informes = [{"fecha": "2026-10-02", "tipo": "trimestral", "oficio": forged}]
    repo = GitRepo(tmp_path / "repo")
    repo.write_area(
        "jd01",
        area(
            "jd01", titular_github="mflopez-ine", propietaria=juan, suplente=ana, informes=informes
        ),
    )
    repo.commit("alta", date="2026-01-10T10:00:00")
    args = ["report", "trimestral", "--repo", str(repo.path), "--area", "jd01"]
    res = CliRunner().invoke(main, [*args, "--as-of", "2026-12-31", "--format", "text"])
    assert res.exit_code == 2
    assert "ninguno" not in res.output and "\x1b" not in res.output
    findings = validate(repo.path, as_of=AS_OF, select=("esquema",)).findings
    assert [f.rule for f in findings] == ["esquema"]
    assert "U+001B ESCAPE" in findings[0].message("es")


def test_the_printable_shortcut_never_accepts_a_refused_character() -> None:
    """Over every code point: where ``str.isprintable()`` says yes (the shortcut), the full
    property check refuses only the listed default-ignorable letters and marks."""
    import regex

    from validator.models.clean_text import _PRINTABLE_IGNORABLE, REFUSED_PROPERTIES

    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    refused = regex.compile(f"[{REFUSED_PROPERTIES}]")
    missed = [
        f"U+{ord(m.group()):04X}"
        for m in refused.finditer(everything)
        if m.group().isprintable() and not _PRINTABLE_IGNORABLE.match(m.group())
    ]
    assert missed == []
    # ... and the list holds only refused characters (it is not a second definition).
    listed = [ch for ch in everything if _PRINTABLE_IGNORABLE.match(ch)]
    assert listed and all(refused.match(ch) for ch in listed)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
def test_the_fast_checks_agree_with_the_full_property_check(text: str) -> None:
    """Whatever the text, the validators refuse exactly what the property pattern finds."""
    from validator.models.clean_text import _pattern, check_line, check_multiline

    for multiline, check in ((False, check_line), (True, check_multiline)):
        expected = _pattern(multiline).search(text) is None
        try:
            check(text)
        except PydanticCustomError:
            accepted = False
        else:
            accepted = True
        assert accepted is expected, (multiline, [f"U+{ord(c):04X}" for c in text])
