"""Turn pydantic's validation errors into schema issues placed at a line.

pydantic's ``loc`` is the path of the offending value (field names are the YAML keys),
so the loader's position index maps it straight to ``line:column``.

Floor 2 (loading): it needs the parsed document's positions, so it lives with the loader,
below the rules that name paths with :func:`dotted`; the models (floor 1) know nothing of
files or lines.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import TYPE_CHECKING, Any

from validator.loading.sources import SchemaIssue
from validator.loading.yaml_loader import YamlDocument

if TYPE_CHECKING:  # pydantic is imported by whoever has an error to turn into issues
    from collections.abc import Callable

    from pydantic import ValidationError

_YAML11_BOOLS = {"yes", "no", "on", "off", "y", "n", "si", "sí", "true", "false"}


#: Keys that an earlier format had and that no longer exist (the finding says why to delete).
RETIRED_KEYS: frozenset[tuple[Any, ...]] = frozenset(
    {("designacion_antelacion_max_dias",)}  # issue 11: the designation names the pair now
)


def dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(documento)"


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(p for p in loc if p != "[key]")


# A hostile file can hold tens of thousands of wrong items (the loader's node limit is
# 50,000): past this many problems in one file, one closing issue says how many remain.
MAX_ISSUES_PER_FILE = 100


def suggested_key(key: object, known: tuple[str, ...]) -> str | None:
    """The known key an unknown one most likely meant: the same once lower-cased, without
    accents and with ``_`` for spaces and hyphens (``Teléfono`` -> ``telefono``), or the
    closest spelling (``nivel_mado`` -> ``nivel_mando``); None when nothing is close."""
    if not known or not isinstance(key, str):
        return None
    plain = unicodedata.normalize("NFKD", key.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.replace(" ", "_").replace("-", "_")
    if plain in known:
        return plain
    close = difflib.get_close_matches(plain, known, n=1, cutoff=0.75)
    return close[0] if close else None


def issues_from_error(
    exc: ValidationError, doc: YamlDocument, keys_at: Callable[[tuple[Any, ...]], tuple[str, ...]]
) -> list[SchemaIssue]:
    """``keys_at(path)``: the keys the mapping at ``path`` may have (for "did you mean")."""
    issues: list[SchemaIssue] = []
    errors = exc.errors(include_url=False)
    if len(errors) > MAX_ISSUES_PER_FILE:
        rest = errors[MAX_ISSUES_PER_FILE:]
        errors = errors[:MAX_ISSUES_PER_FILE]
        line, col = doc.locate(_clean_loc(tuple(rest[0]["loc"])))
        more = SchemaIssue(line, col, "more_issues", {"more_schema": len(rest)})
    else:
        more = None
    # An unknown key that names a missing one (``Cargo`` for ``cargo``) is one mistake: its
    # "did you mean" finding says all, so the missing key is not reported again.
    suggestions: dict[tuple[Any, ...], str] = {}
    for err in errors:
        loc = _clean_loc(tuple(err["loc"]))
        if err["type"] == "unexpected_keyword_argument" and loc and loc not in RETIRED_KEYS:
            suggestion = suggested_key(loc[-1], keys_at(loc[:-1]))
            if suggestion is not None:
                suggestions[loc] = suggestion
    meant = {(loc[:-1], suggestion) for loc, suggestion in suggestions.items()}
    for err in errors:
        loc = _clean_loc(tuple(err["loc"]))
        etype = err["type"]
        if etype == "missing" and loc and (loc[:-1], loc[-1]) in meant:
            continue
        ctx = dict(err.get("ctx") or {})
        value = err.get("input")
        params: dict[str, Any] = {"field": dotted(loc), "detail": err["msg"]}
        if etype == "missing":
            line, col = doc.locate_key(loc[:-1]) if loc[:-1] else (1, 1)
            params["key"] = loc[-1] if loc else ""
            params["parent"] = dotted(loc[:-1])
            code = "missing" if loc[:-1] else "missing_root"
        elif etype == "unexpected_keyword_argument":  # the models are dataclasses
            line, col = doc.key_positions.get(loc) or doc.locate(loc)
            params["key"] = loc[-1] if loc else ""
            code = "retired_key" if loc in RETIRED_KEYS else "unknown_key"
            if loc in suggestions:
                code, params["suggestion"] = "unknown_key_suggest", suggestions[loc]
        else:
            line, col = doc.locate(loc)
            code, extra = _classify(etype, ctx, value, doc.int_sources.get(loc))
            if code == "type_mapping" and not loc:  # the whole file is a list or a text
                code = "type_mapping_root"
            if code == "control_char":
                line, col = _char_position(doc, line, col, ctx)
                extra["line"] = line
            params.update(extra)
        issues.append(SchemaIssue(line, col, code, params))
    if more is not None:
        issues.append(more)
    return issues


def _char_position(doc: YamlDocument, line: int, col: int, ctx: dict[str, Any]) -> tuple[int, int]:
    """Where a refused character stands in the file: its own line and column when the value
    is a literal block scalar (``|``: each line of text is a line of the file), else where
    the value starts."""
    text_line = ctx.get("text_line", 1)
    position = ctx.get("position", 1)
    if not isinstance(text_line, int) or not isinstance(position, int) or line < 1:
        return line, col
    lines = doc.text.splitlines()
    if line > len(lines) or lines[line - 1][col - 1 : col] != "|":
        return line, col
    content = [t for t in lines[line : line + text_line] if t.strip()]
    indent = len(content[0]) - len(content[0].lstrip(" ")) if content else 0
    return line + text_line, indent + position


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


def _classify(
    etype: str, ctx: dict[str, Any], value: Any, raw_int: str | None
) -> tuple[str, dict[str, Any]]:
    shown = _short(value)
    if etype == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", ", ").split(", ")
        if isinstance(value, str) and value.strip() in expected:  # "1" where 1 is expected
            return "enum_unquote", {"value": value.strip()}
        return "enum", {
            "value": shown,
            "allowed": str(ctx.get("expected", "")).replace(" or ", ", "),
        }
    if etype == "string_type":
        if raw_int is not None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return "quote_number", {"value": raw_int or shown}
        return "type_string", {"value": shown}
    if etype in ("int_type", "int_parsing", "int_from_float"):
        return "type_int", {"value": shown}
    if etype == "bool_type":
        if isinstance(value, str) and value.strip().lower() in _YAML11_BOOLS:
            return "yaml11_bool", {"value": shown}
        return "type_bool", {"value": shown}
    if etype in ("list_type", "tuple_type"):
        return "type_list", {"value": shown}
    if etype in ("dict_type", "dataclass_type", "dataclass_exact_type"):
        return "type_mapping", {"value": shown}
    if etype in ("fecha_invalida", "fecha_tipo"):
        return "date", {"value": shown}
    if etype == "fecha_fuera_de_rango":
        return "date_range", {"value": shown, "first": ctx["first"], "last": ctx["last"]}
    if etype == "texto_invisible":
        keys = ("char", "name", "kind_es", "kind_en", "position", "text_line")
        return "control_char", {k: ctx.get(k, "") for k in keys}
    if etype == "correo_invalido":
        return "email", {"value": shown, "reason": ctx.get("reason", "")}
    if etype == "string_pattern_mismatch":
        from validator.models.types import PATTERN_NAMES  # pydantic already raised: loaded

        pattern = ctx.get("pattern", "")
        name = PATTERN_NAMES.get(pattern)
        return (f"pattern_{name}" if name else "pattern"), {"value": shown, "pattern": pattern}
    if etype == "string_too_short":
        return "too_short", {"value": shown, "min": ctx.get("min_length", 1)}
    if etype == "string_too_long":
        return "too_long", {"max": ctx.get("max_length", 0)}
    if etype in ("too_short",):
        return "list_too_short", {"min_items": ctx.get("min_length", 1)}
    if etype in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt", ""))))
        return "range", {"value": shown, "bound": bound, "op": etype}
    if etype == "asignado_requerido":
        return "assigned_date", {}
    if etype == "cuenta_ref":
        return "account_ref", {"value": shown}
    if etype == "ruta_invalida":
        ruta = _short(ctx.get("ruta", value))
        return f"ruta_{ctx.get('why', '')}", {"value": ruta, "part": ctx.get("part", "")}
    if etype == "dominio_preferido":
        return "preferred_domain", {"host": ctx.get("host", "")}
    if etype == "dominio_repetido":
        return "repeated_domain", {k: ctx.get(k, "") for k in ("host", "first", "second")}
    if etype in ("regex_invalida", "patron_sin_clave"):
        return "regex", {"reason": ctx.get("reason", "{clave}")}
    return "other", {"value": shown}
