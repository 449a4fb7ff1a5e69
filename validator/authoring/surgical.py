"""Edit one value of a YAML file in place, keeping every other byte (comments, layout).

The loader's position index says where each key and value stands, so a value is replaced
by rewriting just its token, and a missing key is inserted as new lines at the end of its
block, indented like its siblings. The file is never re-dumped. Every edit is checked by
loading the result again: the new value must be where it was asked for.
"""

from __future__ import annotations

import re
from typing import Any

from validator.i18n import Message
from validator.loading.yaml_loader import Path_, YamlDocument, load_text

# A scalar token on one line: double-quoted, single-quoted, or plain up to a comment.
_TOKEN = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^\s#](?:[^\n#]*[^\s#])?")


class EditError(Exception):
    """The edit cannot be made without rewriting the file; the message says why (``str()``
    in Spanish, :meth:`message` in the run's language)."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        super().__init__(self.message("es"))

    def message(self, lang: str = "es") -> str:
        return EDIT_ERRORS[self.key].render(lang, self.params)


EDIT_ERRORS: dict[str, Message] = {
    "invalid": Message(
        es="YAML inválido en la línea {line}: {code}", en="invalid YAML on line {line}: {code}"
    ),
    "not_scalar": Message(es="{path} no es un valor simple", en="{path} is not a single value"),
    "unknown_value": Message(
        es="no se reconoce el valor de la línea {line}",
        en="the value on line {line} is not recognised",
    ),
    "list_item": Message(
        es="no se pueden crear elementos de una lista", en="list items cannot be created"
    ),
    "flow": Message(
        es="el bloque de la línea {line} está escrito en una sola línea ({{...}}); escríbalo "
        "en varias líneas",
        en="the block on line {line} is written on one line ({{...}}); write it over several lines",
    ),
    "null": Message(
        es="quite el valor nulo de la línea {line}", en="remove the null value on line {line}"
    ),
    "not_block": Message(es="{path} no es un bloque", en="{path} is not a block"),
    "not_block_file": Message(es="el archivo no es un bloque", en="the file is not a block"),
    "misplaced": Message(
        es="la edición de {path} no quedó en su lugar", en="the edit of {path} did not land"
    ),
    "multiline": Message(
        es="el valor de la línea {line} ocupa varias líneas",
        en="the value on line {line} spans several lines",
    ),
    "not_removed": Message(es="no se pudo quitar {path}", en="could not remove {path}"),
}


def _dotted(path: Path_) -> str:
    return ".".join(map(str, path))


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _has(data: Any, path: Path_) -> bool:
    try:
        _get(data, path)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _load(text: str) -> YamlDocument:
    doc = load_text(text)
    if doc.error is not None:
        raise EditError("invalid", line=doc.error.line, code=doc.error.code)
    return doc


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], doc: YamlDocument, parent: Path_, child_indent: int) -> int:
    """Index (0-based) of the line after the last line of ``parent``'s block."""
    n = len(parent)
    last = max(
        line
        for index in (doc.positions, doc.key_positions)
        for path, (line, _col) in index.items()
        if len(path) > n and path[:n] == parent
    )
    end = last  # 1-based last line == 0-based index of the next line
    while end < len(lines):
        stripped = lines[end].strip()
        if not stripped or _indent_of(lines[end]) < child_indent:
            break
        end += 1
    return end


def set_scalar(text: str, path: Path_, value: str) -> str:
    """``text`` with the scalar at ``path`` set to the YAML text ``value``.

    Replaces the existing token, or inserts the missing keys (and mappings) at the end of
    the deepest existing block mapping on the path.
    """
    doc = _load(text)
    lines = text.splitlines(keepends=True)
    if _has(doc.data, path):
        current = _get(doc.data, path)
        if isinstance(current, dict | list):
            raise EditError("not_scalar", path=_dotted(path))
        if current is None:
            line_no, col = doc.key_positions[path]
            line = lines[line_no - 1]
            colon = line.index(":", col - 1)
            rest = line[colon + 1 :]
            comment = re.search(r"\s+#.*$", rest.rstrip("\n"))
            tail = rest[comment.start() :] if comment else "\n" if rest.endswith("\n") else ""
            if rest[: comment.start() if comment else None].strip() not in ("", "~", "null"):
                raise EditError("unknown_value", line=line_no)
            lines[line_no - 1] = line[: colon + 1] + " " + value + tail
        else:
            line_no, col = doc.positions[path]
            line = lines[line_no - 1]
            match = _TOKEN.match(line, col - 1)
            if match is None:
                raise EditError("unknown_value", line=line_no)
            lines[line_no - 1] = line[: match.start()] + value + line[match.end() :]
    else:
        k = len(path) - 1
        while k > 0 and not _has(doc.data, path[:k]):
            k -= 1
        parent, missing = path[:k], path[k:]
        container = _get(doc.data, parent)
        if any(isinstance(part, int) for part in missing):
            raise EditError("list_item")
        if isinstance(container, dict) and container:
            first_key = next(iter(container))
            key_line, key_col = doc.key_positions[(*parent, first_key)]
            if lines[key_line - 1][key_col - 2 : key_col - 1] in ("{", ","):
                raise EditError("flow", line=key_line)
            indent = key_col - 1
            at = _block_end(lines, doc, parent, indent)
        elif container is None and parent:
            key_line, key_col = doc.key_positions[parent]
            indent = key_col - 1 + 2
            rest = lines[key_line - 1].split(":", 1)[1] if ":" in lines[key_line - 1] else ""
            if rest.split("#", 1)[0].strip() not in ("", "~", "null"):
                raise EditError("unknown_value", line=key_line)
            if rest.split("#", 1)[0].strip():
                raise EditError("null", line=key_line)
            at = key_line
        else:
            if not parent:
                raise EditError("not_block_file")
            raise EditError("not_block", path=_dotted(parent))
        new_lines = [
            " " * (indent + 2 * j) + str(key) + ":" + ("" if j < len(missing) - 1 else " " + value)
            for j, key in enumerate(missing)
        ]
        newline = "\r\n" if "\r\n" in text else "\n"
        if at > 0 and at <= len(lines) and not lines[at - 1].endswith("\n"):
            lines[at - 1] += newline
        lines[at:at] = [line + newline for line in new_lines]
    result = "".join(lines)
    check = _load(result)
    expected = _load(f"v: {value}\n").data["v"]
    if not _has(check.data, path) or _get(check.data, path) != expected:
        raise EditError("misplaced", path=_dotted(path))
    return result


def delete_key(text: str, path: Path_) -> str:
    """``text`` without the ``key: value`` at ``path``: a one-line value, or a block list or
    mapping with every line under it."""
    doc = _load(text)
    if not _has(doc.data, path):
        return text
    lines = text.splitlines(keepends=True)
    key_line, key_col = doc.key_positions[path]
    if isinstance(_get(doc.data, path), dict | list):
        end = key_line  # 1-based last line of the block
        for j in range(key_line, len(lines)):
            stripped = lines[j].strip()
            indent = _indent_of(lines[j])
            inside = indent > key_col - 1 or (indent == key_col - 1 and stripped.startswith("- "))
            if stripped and not stripped.startswith("#") and not inside:
                break
            if stripped and inside:
                end = j + 1
        del lines[key_line - 1 : end]
    else:
        value_line = doc.positions.get(path, (key_line, 0))[0]
        if value_line != key_line:
            raise EditError("multiline", line=key_line)
        del lines[key_line - 1]
    result = "".join(lines)
    check = _load(result)
    if _has(check.data, path):
        raise EditError("not_removed", path=_dotted(path))
    return result
