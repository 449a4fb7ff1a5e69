"""Bring area files (test fixtures) in the pre-issue-11 format up to date, in place.

Issue 11 added three facts to the area file: ``designacion.designa`` (whom the Anexo 1
designates), ``administradores.<rol>.responsiva.cuentas`` (the accounts the Anexo 2 lists)
and ``cuentas[].segundo_factor.persona``/``desde`` (whose device holds the second factor,
since when). A fixture written before then gets them filled with the values that make it
compliant (the current pair; every current account; the current propietaria since the
later of her ``desde`` and the account's association), inserted next to their parent key
without touching any other line, and its ``# expect: RULE SEVERITY LINE`` headers are
renumbered for the inserted lines.

    python -m tests.upgrade_issue11 [--at-end] tests/fixtures/rules [more paths ...]

(``--at-end`` puts the new keys after their siblings instead of first: nicer to read, as
in the sample inventory; both renumber the ``# expect`` headers.)

Files already in the new format, that are not area files, or whose comments say they are
"in the format before issue 11" (fixtures of the old format on purpose) are left as they are.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from validator.loading.yaml_loader import load_text

_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@/-]*$")
_EXPECT = re.compile(r"^(#\s*expect:\s*\S+\s+\S+\s+)(\d+)(\s*)$")


def _scalar(value: str) -> str:
    return value if _PLAIN.match(value) else json.dumps(value, ensure_ascii=False)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _child_indent(lines: list[str], parent: int) -> int | None:
    """Indentation of the block under the key on 0-based line ``parent`` (None: inline)."""
    head = lines[parent].split("#", 1)[0].rstrip()
    if not head.endswith(":"):
        return None
    for line in lines[parent + 1 :]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        return _indent(line) if _indent(line) > _indent(lines[parent]) else None
    return None


def _block_end(lines: list[str], parent: int, indent: int) -> int:
    """0-based index of the last line of the block (at ``indent``) under ``parent``."""
    last = parent
    for j in range(parent + 1, len(lines)):
        stripped = lines[j].strip()
        if not stripped:
            continue
        if _indent(lines[j]) < indent:
            break
        last = j
    return last


def upgrade(text: str, *, at_end: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """The upgraded text and its insertions as (after 1-based line, count)."""
    doc = load_text(text)
    data = doc.data
    if doc.error is not None or not isinstance(data, dict):
        return text, []
    admins = data.get("administradores") if isinstance(data.get("administradores"), dict) else {}
    cuentas = [c for c in data.get("cuentas") or [] if isinstance(c, dict)]
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, list[str], str]] = []  # (0-based parent line, block lines, inline)

    def add(path: tuple[Any, ...], pairs: list[tuple[str, str]]) -> None:
        pos = doc.key_positions.get(path)
        if pos is None:
            return
        parent = pos[0] - 1
        indent = _child_indent(lines, parent)
        if indent is None:
            inline = ", ".join(f"{k}: {v}" for k, v in pairs)
            edits.append((parent, [], inline))
        else:
            after = _block_end(lines, parent, indent) if at_end else parent
            edits.append((after, [" " * indent + f"{k}: {v}\n" for k, v in pairs], ""))

    prop = admins.get("propietaria") if isinstance(admins.get("propietaria"), dict) else None
    sup = admins.get("suplente") if isinstance(admins.get("suplente"), dict) else None
    des = data.get("designacion")
    if isinstance(des, dict) and "designa" not in des and prop and sup:
        pair = f"{{propietaria: {_scalar(str(prop.get('correo')))}, suplente: " + (
            f"{_scalar(str(sup.get('correo')))}}}"
        )
        add(("designacion",), [("designa", pair)])
    refs = [
        _scalar(f"{c.get('plataforma')}/{str(c.get('usuario')).strip().lstrip('@')}")
        for c in cuentas
        if c.get("plataforma") and c.get("usuario")
    ]
    for role, person in (("propietaria", prop), ("suplente", sup)):
        resp = person.get("responsiva") if person else None
        if isinstance(resp, dict) and "cuentas" not in resp:
            add(("administradores", role, "responsiva"), [("cuentas", f"[{', '.join(refs)}]")])
    for i, cuenta in enumerate(data.get("cuentas") or []):
        factor = cuenta.get("segundo_factor") if isinstance(cuenta, dict) else None
        if not isinstance(factor, dict) or "persona" in factor or prop is None:
            continue
        if factor.get("activo") is not True or factor.get("dispositivo") != "propietaria":
            continue
        desde = str(prop.get("desde"))
        asoc = cuenta.get("asociacion")
        if isinstance(asoc, dict) and asoc.get("fecha") and str(asoc["fecha"]) > desde:
            desde = str(asoc["fecha"])
        add(
            ("cuentas", i, "segundo_factor"),
            [("persona", _scalar(str(prop.get("correo")))), ("desde", desde)],
        )
    if not edits:
        return text, []
    inserted: list[tuple[int, int]] = []
    for parent, block, inline in sorted(edits, key=lambda e: e[0], reverse=True):
        if block:
            lines[parent + 1 : parent + 1] = block
            inserted.append((parent + 1, len(block)))
        else:
            line = lines[parent]
            code, sep, comment = line.partition(" #")
            close = code.rfind("}")
            if close < 0:
                continue
            body = code[:close].rstrip()
            joiner = "" if body.endswith("{") else ", "
            lines[parent] = body + joiner + inline + code[close:] + sep + comment
    return "".join(lines), inserted


def renumber(text: str, inserted: list[tuple[int, int]]) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        m = _EXPECT.match(body)
        if m:
            old = int(m.group(2))
            new = old + sum(n for after, n in inserted if after < old)
            line = f"{m.group(1)}{new}{m.group(3)}" + ("\n" if line.endswith("\n") else "")
        out.append(line)
    return "".join(out)


#: A fixture that tests the old format on purpose says so in a comment; it is left alone.
KEEP_OLD = "in the format before issue 11"


def upgrade_file(path: Path, *, at_end: bool = False) -> bool:
    text = path.read_text(encoding="utf-8")
    if KEEP_OLD in text:
        return False
    new, inserted = upgrade(text, at_end=at_end)
    new = renumber(new, inserted)
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    changed = 0
    at_end = "--at-end" in argv  # new keys after their siblings (readable; moves no line up)
    for arg in (a for a in argv if a != "--at-end"):
        root = Path(arg)
        files = [root] if root.is_file() else sorted(root.rglob("*.yaml"))
        for f in files:
            if f.parent.name != "areas" and f.name in ("lineamientos.yaml", "plataformas.yaml"):
                continue
            try:
                if upgrade_file(f, at_end=at_end):
                    changed += 1
                    print(f)
            except (UnicodeDecodeError, OSError):
                continue
    print(f"{changed} file(s) upgraded", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
