"""Adversarial corpus, part 1: YAML hazards.

Each case is a hostile area file (derived from the contract's example) that goes through the
real validate function. It asserts the exact findings (rule ID and line) and the exit code;
that nothing crashes is asserted by the run itself (JSON report, exit code 0/1).

Decisions recorded here (where the contract is silent):
* a UTF-8 byte-order mark is accepted (the loader strips it; lines are unchanged); UTF-16
  and UTF-32 are refused (``yaml-invalido`` at line 1: NUL bytes);
* CRLF, mixed CRLF/LF and even old-Mac CR line endings are accepted: YAML treats each as a
  line break, and findings are placed on the same lines an editor shows;
* a single explicit ``---`` and a ``%YAML 1.1`` directive are accepted (one document; the
  loader's own scalar rules apply whatever the directive says);
* a list of half a million items (as many as 1 MiB holds) is refused by the loader's node
  limit (``yaml-invalido``, 50,000 values) instead of turning into 500,000 ``esquema``
  findings; below the limit, ``esquema`` shows the first 100 problems and one "and N more".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.adversarial.helpers import BASE, Outcome, insert_after, line_of, run, run_area, sub

Y = "yaml-invalido"
E = "esquema"


@dataclass(frozen=True)
class Case:
    id: str
    content: str | bytes
    expect: frozenset[tuple[str, int]]
    code: int


def case(id: str, content: str | bytes, *expect: tuple[str, int]) -> Case:
    return Case(id, content, frozenset(expect), 1 if expect else 0)


def at(rule: str, content: str | bytes, marker: str | bytes, nth: int = 1) -> tuple[str, int]:
    return (rule, line_of(content, marker, nth))


def _cases() -> list[Case]:
    cases: list[Case] = []

    def add(id: str, content: str | bytes, *expect: tuple[str, int]) -> None:
        cases.append(case(id, content, *expect))

    # --- duplicate keys, at every depth -------------------------------------------------------
    text = BASE + "version: 1\n"
    add("duplicate-key-top-level", text, (Y, line_of(text, "version: 1", 2)))
    text = insert_after("github: mflopez-ine", "  nombre: Otra Persona")
    add("duplicate-key-depth-2", text, at(Y, text, "nombre: Otra Persona"))
    text = insert_after("cargo: Vocal Secretario", "    cargo: Vocal Ejecutivo")
    add("duplicate-key-depth-3", text, at(Y, text, "cargo: Vocal Ejecutivo"))
    text = insert_after("sha256: 3f1c8d6e", "        sha256: " + "0" * 64)
    add("duplicate-key-depth-5", text, at(Y, text, "sha256: 000"))
    text = sub(
        "    usuario: INEJDE01Ags\n    url: https://www.facebook",
        "    usuario: INEJDE01Ags\n    usuario: OtraCuenta\n    url: https://www.facebook",
    )
    add("duplicate-key-in-list-item", text, at(Y, text, "usuario: OtraCuenta"))
    text = insert_after("ticket_cau: CAU-2026-0551", "        ticket_cau: CAU-2026-9999")
    add("duplicate-key-depth-6-incident", text, at(Y, text, "CAU-2026-9999"))
    text = sub(
        "    segundo_factor:\n      activo: true\n      dispositivo: propietaria       #",
        "    segundo_factor: {activo: true, activo: false}\n    #",
    )
    add("duplicate-key-in-flow-mapping", text, at(Y, text, "activo: false"))
    text = insert_after("clave: jd01ags", '"clave": jd02ags')
    add("duplicate-key-quoted-and-plain", text, at(Y, text, '"clave": jd02ags'))

    # --- anchors, aliases, merge keys, billion laughs ---------------------------------------
    text = sub("clave: jd01ags ", "clave: &c jd01ags ")
    add("anchor-on-scalar", text, at(Y, text, "&c"))
    text = sub("titular:\n", "titular: &t\n")
    add("anchor-on-mapping", text, at(Y, text, "&t"))
    text = sub("nombre: Ana Sofía Ramírez Gómez", "nombre: *x")
    add("alias-without-anchor", text, at(Y, text, "*x"))
    text = sub("  suplente:\n    nombre: Ana", "  suplente: *p\n  otro:\n    nombre: Ana")
    add("alias-of-a-mapping", text, at(Y, text, "*p"))
    text = insert_after("  suplente:", "    <<: {cargo: Vocal Ejecutivo}")
    add("merge-key", text, at(Y, text, "<<:"))
    text = insert_after("  suplente:", "    <<: *propietaria")
    add("merge-key-with-alias", text, at(Y, text, "<<:"))
    laughs = "\n".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
            for i in range(8)
        ]
    )
    add("billion-laughs", laughs, (Y, 1))

    # --- tags ---------------------------------------------------------------------------------
    text = sub("nombre: Juan Carlos Pérez Soto", 'nombre: !!python/object/apply:os.system ["id"]')
    add("tag-python-object-apply", text, at(Y, text, "!!python"))
    text = sub("nombre: Juan Carlos Pérez Soto", "nombre: !!python/name:os.system")
    add("tag-python-name", text, at(Y, text, "!!python"))
    text = sub("cargo: Vocal Secretario", "cargo: !!python/object/new:subprocess.Popen [[id]]")
    add("tag-python-object-new", text, at(Y, text, "!!python"))
    text = sub("clave: jd01ags ", "clave: !!str jd01ags ")
    add("tag-str", text, at(Y, text, "!!str"))
    text = sub("clave: jd01ags ", "clave: !!binary aGk= ")
    add("tag-binary", text, at(Y, text, "!!binary"))
    text = sub("clave: jd01ags ", "clave: !Ref jd01ags ")
    add("tag-local", text, at(Y, text, "!Ref"))
    text = sub("clave: jd01ags ", "clave: !<tag:yaml.org,2002:str> jd01ags ")
    add("tag-verbatim", text, at(Y, text, "!<tag"))
    text = "%TAG !e! tag:example.com,2000:\n---\n" + sub("clave: jd01ags ", "clave: !e!x jd01ags ")
    add("tag-directive-and-shorthand", text, at(Y, text, "!e!x"))
    text = sub("distrito: 1 ", "distrito: !!int 1 ")
    add("tag-on-integer", text, at(Y, text, "!!int"))

    # --- documents ----------------------------------------------------------------------------
    text = BASE + "---\nversion: 1\n"
    add("two-documents", text, at(Y, text, "---"))
    text = BASE + "...\n---\nversion: 1\n"
    add("document-end-then-another", text, at(Y, text, "---"))
    add("explicit-single-document", "---\n" + BASE)
    add("yaml-1.1-directive", "%YAML 1.1\n---\n" + BASE)

    # --- encodings and bytes --------------------------------------------------------------------
    add("utf8-bom-accepted", b"\xef\xbb\xbf" + BASE.encode())
    raw = b"\xef\xbb\xbf" + sub("nivel_mando: medio ", "nivel_mando: alto ").encode()
    add("utf8-bom-keeps-lines", raw, at(E, raw, "nivel_mando: alto"))
    add("utf16-le-with-bom", BASE.encode("utf-16"), (Y, 1))
    add("utf16-be-without-bom", BASE.encode("utf-16-be"), (Y, 1))
    add("utf32", BASE.encode("utf-32"), (Y, 1))
    raw = sub("nombre: Juan Carlos", "nombre: Juan MARK Carlos").encode()
    raw = raw.replace(b"MARK", b"\xed\xa0\x80")  # a lone surrogate, as raw bytes
    add("lone-surrogate-bytes", raw, (Y, line_of(BASE, "nombre: Juan Carlos")))
    text = sub("nombre: Juan Carlos Pérez Soto", 'nombre: "Juan \\ud800 Soto"')
    add("lone-surrogate-escape", text, at(Y, text, "\\ud800"))
    raw = sub("cargo: Vocal Secretario", "cargo: Vocal\x00Secretario").encode()
    add("nul-byte", raw, (Y, line_of(BASE, "cargo: Vocal Secretario")))
    text = sub("nombre: Juan Carlos Pérez Soto", 'nombre: "Juan\\0Soto"')
    add("nul-escape-in-quoted-name", text, at(E, text, "Juan\\0Soto"))
    raw = BASE.encode().replace("Pérez".encode(), b"P\xe9rez")
    add("latin1-byte", raw, (Y, line_of(BASE, "Pérez")))
    raw = BASE.encode().replace("Pérez".encode(), b"P\xc0\xafrez")
    add("overlong-utf8", raw, (Y, line_of(BASE, "Pérez")))
    add("crlf-accepted", BASE.replace("\n", "\r\n").encode())
    bad = sub("nivel_mando: operativo", "nivel_mando: bajo")
    raw = bad.replace("\n", "\r\n").encode()
    add("crlf-keeps-lines", raw, at(E, bad, "nivel_mando: bajo"))
    lines = bad.split("\n")
    raw = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines)).encode()
    add("mixed-line-endings-keep-lines", raw, at(E, bad, "nivel_mando: bajo"))
    raw = bad.replace("\n", "\r").encode()
    add("cr-only-line-endings", raw, at(E, bad, "nivel_mando: bajo"))

    # --- tabs -------------------------------------------------------------------------------------
    text = sub("    nombre: Juan Carlos Pérez Soto", "\tnombre: Juan Carlos Pérez Soto")
    add("tab-indentation", text, at(Y, text, "\tnombre"))
    text = sub("  nombre: María Fernanda López Ruiz", "  nombre:\tMaría Fernanda López Ruiz")
    add("tab-after-colon-accepted", text)
    text = sub("  nombre: María Fernanda López Ruiz", '  nombre: "María\tFernanda"')
    add("tab-inside-a-name", text, at(E, text, "María\tFernanda"))

    # --- size, depth, width -------------------------------------------------------------------------
    add("one-line-5-mb", b"clave: " + b"x" * (5 * 1024 * 1024), (Y, 1))
    add("just-over-1-mib", BASE.encode() + b"#" * (1024 * 1024), (Y, 1))
    add("flow-nesting-10000-deep", "[" * 10000 + "]" * 10000, (Y, 1))
    add("flow-mapping-nesting-10000-deep", "{a: " * 10000 + "}" * 10000, (Y, 1))
    block = "".join(f"{'  ' * i}k{i}:\n" for i in range(40)) + "  " * 40 + "v: 1\n"
    add("block-nesting-40-deep", block, (Y, 33))
    add("half-a-million-items", "[" + ",".join(["0"] * 524_000) + "]", (Y, 1))
    text = sub("accesos: [propietaria, suplente]", "accesos: [" + ",".join(["0"] * 500) + "]")
    add(
        "500-wrong-items-show-100-and-a-summary",
        text,
        at(E, text, "accesos: [0"),
    )

    # --- YAML 1.1 implicit typing ---------------------------------------------------------------------
    first_account = "vinculada_a_cuenta_externa: false\n    asociacion:\n      fecha: 2026-08-24"
    first_2fa = "activo: true\n      dispositivo: propietaria       # whose"
    for id, old, new, marker in (
        ("yaml11-no", first_account, first_account.replace("false", "no"), ": no"),
        ("yaml11-on", first_2fa, first_2fa.replace("true", "on"), "activo: on"),
        ("yaml11-yes", first_2fa, first_2fa.replace("true", "yes"), "activo: yes"),
        ("yaml11-012-in-text", "oficio: INE/JDE01-AGS/0042/2026", "oficio: 012", "oficio: 012"),
        ("yaml11-1e3", "distrito: 1 ", "distrito: 1e3 ", "distrito: 1e3"),
        ("yaml11-0x1F", "distrito: 1 ", "distrito: 0x1F ", "distrito: 0x1F"),
        ("yaml11-sexagesimal", "distrito: 1 ", "distrito: 1:20 ", "distrito: 1:20"),
        ("yaml11-inf", "distrito: 1 ", "distrito: .inf ", "distrito: .inf"),
        (
            "unquoted-phone",
            'telefono: "449 910 0000 ext. 1234"',
            "telefono: 4499100000",
            "4499100000",
        ),
        (
            "impossible-date",
            "desde: 2026-01-15                # date",
            "desde: 2026-02-30  #",
            "2026-02-30",
        ),
        ("version-as-float", "version: 1\nclave", "version: 1.0\nclave", "version: 1.0"),
        ("null-name", "nombre: Ana Sofía Ramírez Gómez", "nombre: ~", "nombre: ~"),
    ):
        text = sub(old, new)
        add(id, text, at(E, text, marker))
    text = sub("clave: jd01ags ", "clave: 0755 ")
    cases.append(Case("yaml11-clave-octal-like", text, frozenset({at(E, text, "clave: 0755")}), 1))

    # --- odd shapes ---------------------------------------------------------------------------------------
    text = insert_after("clave: jd01ags", "? [a, b]\n: c")
    add("complex-key", text, at(Y, text, "[a, b]"))
    add("empty-file", b"", (Y, 1))
    add("only-comments", "# nada\n# más\n", (Y, 1))
    add("only-null", "~\n", (Y, 1))
    add("scalar-document", "hola\n", (E, 1))
    add("list-document", "- 1\n- 2\n", (E, 1))
    return cases


CASES = _cases()


def test_the_corpus_is_large() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_yaml_hazard(c: Case, tmp_path: Path) -> None:
    outcome = run_area(tmp_path, c.content)
    assert outcome.code == c.code, outcome.findings
    if c.id == "500-wrong-items-show-100-and-a-summary":
        assert len(outcome.findings) == 101
        assert outcome.places == c.expect
        return
    assert outcome.places == c.expect, [
        (f["rule"], f["line"], f["message"]) for f in outcome.findings
    ]


def test_python_tag_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = sub(
        "nombre: Juan Carlos Pérez Soto",
        f'nombre: !!python/object/apply:os.system ["touch {marker}"]',
    )
    outcome = run_area(tmp_path / "repo", text)
    assert outcome.code == 1
    assert not marker.exists()


def test_symlinked_area_file_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "outside.yaml"
    secret.write_text("clave: secreto\n", encoding="utf-8")
    root = tmp_path / "repo"
    from tests.adversarial.helpers import make_repo

    make_repo(root)
    (root / "inventory" / "areas" / "jd02ags.yaml").symlink_to(secret)
    outcome = run(root)
    assert outcome.code == 1
    assert outcome.places == {(Y, 1)}
    assert all("secreto" not in f["message"] for f in outcome.findings)


def test_directory_named_like_an_area_file(tmp_path: Path) -> None:
    from tests.adversarial.helpers import make_repo

    root = make_repo(tmp_path)
    (root / "inventory" / "areas" / "jd02ags.yaml").mkdir()
    outcome = run(root)
    assert (outcome.code, outcome.places) == (1, {(Y, 1)})


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    from tests.adversarial.helpers import make_repo

    root = make_repo(tmp_path)
    (root / "inventory" / "areas" / "jd02ags.yaml").write_text("[" * 10000, encoding="utf-8")
    bad = sub("nivel_mando: medio ", "nivel_mando: alto ")
    (root / "inventory" / "areas" / "jd01ags.yaml").write_text(bad, encoding="utf-8")
    outcome: Outcome = run(root)
    files = {(f["file"], f["rule"]) for f in outcome.findings}
    assert ("inventory/areas/jd02ags.yaml", Y) in files
    assert ("inventory/areas/jd01ags.yaml", E) in files
