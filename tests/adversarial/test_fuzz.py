"""Property-based fuzzing of the whole ``validate`` path (hypothesis).

Random mutations of valid inventory files (line deletions and duplications, indentation
changes, byte flips, truncation, inserted YAML hazards) and random bytes/text go through the
real :func:`validator.cli.validate.run_validate` on a temporary repository. The only
acceptable outcomes are findings and exit codes 0 or 1: never an exception, never a hang
(hypothesis' ``deadline`` guards each example), always valid JSON whose findings point at a
line >= 1.

Profiles:
* default (CI): a fixed, derandomized, fast profile (60 examples per property);
* ``INE_REDES_FUZZ=long``: random, many examples per property (``INE_REDES_FUZZ_EXAMPLES``,
  default 20000), for a run of ten minutes or more on a developer machine::

      INE_REDES_FUZZ=long python3 -m pytest tests/adversarial/test_fuzz.py -q --hypothesis-show-statistics
"""

from __future__ import annotations

import io
import json
import os
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF, CONTRACT, REPO_ROOT
from validator.cli.validate import ValidateOptions, run_validate

LONG = os.environ.get("INE_REDES_FUZZ", "") == "long"
if LONG:
    FUZZ = settings(
        max_examples=int(os.environ.get("INE_REDES_FUZZ_EXAMPLES", "20000")),
        deadline=timedelta(seconds=10),
        database=None,
        suppress_health_check=list(HealthCheck),
    )
else:
    FUZZ = settings(
        max_examples=60,
        derandomize=True,
        deadline=timedelta(seconds=10),  # a hang guard, not a timing assertion
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )

AREA = "inventory/areas/jd01ags.yaml"
CATALOGS = ("inventory/lineamientos.yaml", "inventory/plataformas.yaml", "inventory/cncs.yaml")


def _bases() -> list[bytes]:
    files = [CONTRACT / "inventory" / "areas" / "jd01ags.yaml"]
    files += sorted((REPO_ROOT / "inventory" / "areas").glob("*.yaml"))
    return [f.read_bytes() for f in files]


BASES = _bases()
CATALOG_BASES = {rel: (CONTRACT / rel).read_bytes() for rel in CATALOGS}

# Things a hostile or careless edit can put into a YAML file.
HAZARDS: tuple[bytes, ...] = tuple(
    h.encode("utf-8") if isinstance(h, str) else h
    for h in (
        "&a ", "*a", "<<: *a", "<<: {x: 1}", "!!python/object/apply:os.system ['id']",
        "!!binary aGk=", "!custom ", "---\n", "...\n", "%YAML 1.1\n", "\t", "\x00", "\ufeff",
        "\u202e", "\u2066", "\r", "\r\n", "? [a, b]\n: c\n", "{", "}", "[", "]", "'", '"',
        "|\n", ">-\n", "- ", ": ", "# ", "clave: x\n", "password: Abc123!\n", "no", "yes",
        "on", "012", "0x1F", "1e3", "1:20", ".inf", "2026-02-30", "~", "null", "-", "?",
        "a" * 5000, "[" * 200, "{a: " * 100, "- " * 100, "\\", "\\u0000", "\"\\ud800\"",
        "\udcff".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80", b"\xff\xfe", b"\xc3",
        "=HYPERLINK(\"http://x\")", "<script>alert(1)</script>", "](javascript:alert(1))",
        "@", "`", "%", "!", "&", "*", "|", ">",
    )
)  # fmt: skip


# Repeated patterns that have made scanners quadratic elsewhere (quotes after spaces, phrase
# chains, token prefixes without an end, nested openers, long runs of spaces).
FLOODS: tuple[bytes, ...] = tuple(
    p.encode("utf-8")
    for p in (
        " '", ' "', "x '", ": '", "- ", "contraseña de ", "eyJaaaaaaaa", "://:", "sk-a",
        " #", "\\", "a ", "  ", "[", "{a: ", "&a ", "? ", "Ab#1 ",
    )
)  # fmt: skip


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    """``base`` after one to six random edits."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "dup", "swap", "indent", "flip", "insert",
                                   "truncate", "replace_value", "splice", "flood"]))  # fmt: skip
        lines = _lines(bytes(data))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, max(len(lines) - 1, 0)))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "indent":
            delta = draw(st.integers(-4, 6))
            body = lines[i].lstrip(b" ")
            if draw(st.booleans()):
                lines[i] = b"\t" * max(delta, 1) + body
            else:
                lines[i] = b" " * max(len(lines[i]) - len(body) + delta, 0) + body
        elif op == "insert":
            hazard = draw(st.sampled_from(HAZARDS))
            col = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:col] + hazard + lines[i][col:]
        elif op == "flood":  # a long run of one pattern: catches quadratic scans
            pattern = draw(st.sampled_from(FLOODS))
            lines[i] = lines[i] + pattern * draw(st.integers(100, 30_000))
        elif op == "replace_value":
            key, sep, _ = lines[i].partition(b":")
            if sep:
                value = draw(st.text(max_size=40)).encode("utf-8", "surrogatepass")
                lines[i] = key + b": " + value
        data = bytearray(b"\n".join(lines))
        if op == "flip" and data:
            pos = draw(st.integers(0, len(data) - 1))
            data[pos] = draw(st.integers(0, 255))
        elif op == "truncate" and data:
            del data[draw(st.integers(0, len(data) - 1)) :]
        elif op == "splice" and data:
            pos = draw(st.integers(0, len(data)))
            data[pos:pos] = draw(st.binary(max_size=32))
    return bytes(data)


def yaml_values() -> st.SearchStrategy[Any]:
    """Arbitrary plain YAML data, with the contract's keys mixed in (wrong types included)."""
    keys = st.sampled_from(
        ["version", "clave", "nombre", "tipo", "entidad", "distrito", "titular", "correo",
         "github", "administradores", "propietaria", "suplente", "desde", "cuentas", "url",
         "usuario", "plataforma", "contrasena", "cambios", "fecha", "incidentes", "informes",
         "accesos", "sha256", "ruta", "documento", "password"]
    ) | st.text(max_size=12)  # fmt: skip
    scalars = (
        st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.text(max_size=30)
        | st.sampled_from(["2026-01-15", "2026-02-30", "ine.mx", "a@ine.mx", "junta_distrital",
                           "propietaria", "https://x.com/a", "no", "0x1F"])
    )  # fmt: skip
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(keys, inner, max_size=6),
        max_leaves=40,
    )


@pytest.fixture(scope="module")
def fuzz_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(CONTRACT / "inventory", root / "inventory")
    _check(root)  # warm up imports outside the examples' deadline
    return root


def _reset(root: Path) -> None:
    for rel, raw in CATALOG_BASES.items():
        (root / rel).write_bytes(raw)
    for old in (root / "inventory" / "areas").iterdir():
        old.unlink()


def _check(root: Path) -> None:
    """Run the real validate function; only clean outcomes are acceptable."""
    out = io.StringIO()
    code = run_validate(ValidateOptions(root=root, as_of=AS_OF, fmt="json"), out)
    assert code in (0, 1)
    report = json.loads(out.getvalue())
    for finding in report["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["message"]
    if code == 1:
        assert report["summary"]["errors"] >= 1


def _write_area(root: Path, raw: bytes, name: str = "jd01ags.yaml") -> None:
    _reset(root)
    (root / "inventory" / "areas" / name).write_bytes(raw)


@FUZZ
@given(data=st.data())
def test_mutated_area_files(fuzz_repo: Path, data: st.DataObject) -> None:
    base = data.draw(st.sampled_from(BASES))
    _write_area(fuzz_repo, data.draw(mutated(base)))
    _check(fuzz_repo)


@FUZZ
@given(data=st.data())
def test_mutated_catalogues(fuzz_repo: Path, data: st.DataObject) -> None:
    rel = data.draw(st.sampled_from(CATALOGS))
    _write_area(fuzz_repo, BASES[0])
    (fuzz_repo / rel).write_bytes(data.draw(mutated(CATALOG_BASES[rel])))
    _check(fuzz_repo)


@FUZZ
@given(raw=st.binary(max_size=4096))
def test_random_bytes_as_an_area_file(fuzz_repo: Path, raw: bytes) -> None:
    _write_area(fuzz_repo, raw)
    _check(fuzz_repo)


@FUZZ
@given(text=st.text(max_size=2000))
def test_random_text_as_an_area_file(fuzz_repo: Path, text: str) -> None:
    _write_area(fuzz_repo, text.encode("utf-8", "surrogatepass"))
    _check(fuzz_repo)


@FUZZ
@given(value=yaml_values())
def test_random_yaml_data_as_an_area_file(fuzz_repo: Path, value: Any) -> None:
    raw = yaml.safe_dump(value, allow_unicode=True, sort_keys=False).encode("utf-8")
    _write_area(fuzz_repo, raw)
    _check(fuzz_repo)


@FUZZ
@given(data=st.data())
def test_mutated_areas_side_by_side(fuzz_repo: Path, data: st.DataObject) -> None:
    """Cross-area rules see a broken area beside valid ones."""
    _reset(fuzz_repo)
    for n, base in enumerate(BASES):
        raw = data.draw(mutated(base)) if data.draw(st.booleans()) else base
        name = f"a{n}.yaml" if n else "jd01ags.yaml"
        (fuzz_repo / "inventory" / "areas" / name).write_bytes(raw)
    _check(fuzz_repo)
