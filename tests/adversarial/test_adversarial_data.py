"""Adversarial corpus, part 2: data traps - valid YAML carrying hostile values.

Each case asserts the rule ID and line of the finding that stops it and the exit code (1),
or, for values that are legitimate text and are made inert by the generators instead
(HTML, Markdown, spreadsheet formulas in a name), that validation accepts them (exit 0).

Decisions recorded here:
* an address in upper case (``JUAN.PEREZ@INE.MX``) is the same address: accepted, and
  compared case-insensitively by the rules that compare addresses;
* names, cargos and URLs refuse C0/C1 controls, bidirectional overrides/isolates and
  zero-width characters (``esquema``, ``control_char``), even where another rule would also
  object - they would reorder or hide text in every list and on the public page;
* ``<script>``, Markdown links and ``=HYPERLINK(...)`` in a cargo are accepted as text: the
  generators escape or neutralise them (see tests/generators/test_inert_outputs.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.adversarial.helpers import line_of, make_repo, run, run_area, sub

E = "esquema"
DOMAIN = "dominio-institucional"
PLATFORM = "cuenta-plataforma"
DOC = "documento-integro"
GENERIC = "correo-generico"
SECRET = "sin-secretos"

PERSON = "correo: juan.perez@ine.mx"
ASSOCIATED = (
    "correo_asociado: redes.jd01ags@ine.mx\n    vinculada_a_cuenta_externa: false\n"
    "    asociacion:\n      fecha: 2026-08-24"
)
URL = "url: https://www.facebook.com/INEJDE01Ags"
NAME = "nombre: Juan Carlos Pérez Soto"
CARGO = "cargo: Vocal Secretario"
RUTA_COMMENT = (
    "        # ruta: inventory/documentos/jd01ags/<file>.pdf"
    "   (optional; then the file must exist and match)"
)


@dataclass(frozen=True)
class Trap:
    id: str
    text: str
    expect: frozenset[tuple[str, int]]  # must all be found (other rules may add theirs)
    marks: tuple[pytest.MarkDecorator, ...] = ()

    @property
    def param(self) -> object:
        return pytest.param(self, id=self.id, marks=self.marks)


def trap(id: str, old: str, new: str, *rules: str, marker: str | None = None) -> Trap:
    text = sub(old, new)
    line = line_of(text, marker or new.strip().split("\n")[0])
    return Trap(id, text, frozenset((rule, line) for rule in rules))


def _traps() -> list[Trap]:
    t: list[Trap] = []
    # --- e-mail look-alikes -----------------------------------------------------------------
    # Look-alike domains block on the addresses accounts are opened with (4.1 par. 3 (1));
    # on a person's own contact address they are a warning (correo-persona-institucional,
    # issue 11 point 10), see test_person_lookalike_is_a_warning.
    for tid, domain in (
        ("homoglyph-cyrillic-i", "іne.mx"),
        ("homoglyph-greek-nu", "iνe.mx"),
        ("lookalike-ine-mx-evil-com", "ine.mx.evil.com"),
        ("lookalike-prefix-domain", "evil-ine.mx"),
        ("lookalike-subdomain-of-other", "ine.mx.co"),
    ):
        t.append(trap(tid, ASSOCIATED, ASSOCIATED.replace("@ine.mx", f"@{domain}", 1), DOMAIN))
    t.append(trap("trailing-dot", PERSON, "correo: juan.perez@ine.mx.", E))
    t.append(trap("quoted-local-part", PERSON, "correo: '\"juan perez\"@ine.mx'", E))
    t.append(trap("fullwidth-at", PERSON, "correo: juan.perez＠ine.mx", E))
    t.append(trap("two-at-signs", PERSON, "correo: juan.perez@ine.mx@evil.com", E))
    t.append(trap("display-name", PERSON, "correo: 'Juan <juan.perez@ine.mx>'", E))
    t.append(trap("space-inside", PERSON, "correo: juan perez@ine.mx", E))
    t.append(
        trap(
            "homoglyph-in-associated-address",
            "correo_asociado: redes.jd01ags@ine.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-24",
            "correo_asociado: redes.jd01ags@іne.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-24",
            DOMAIN,
        )
    )
    text = sub(PERSON, "correo: REDES.JD01AGS@INE.MX")
    t.append(
        Trap(
            "upper-case-generic-address-as-a-person",
            text,
            frozenset(
                (GENERIC, line_of(text, "correo_asociado: redes.jd01ags@ine.mx", n)) for n in (1, 2)
            ),
        )
    )
    # --- URLs -------------------------------------------------------------------------------------
    t.append(trap("javascript-url", URL, 'url: "javascript:alert(1)"', PLATFORM))
    t.append(trap("data-url", URL, 'url: "data:text/html,<script>alert(1)</script>"', PLATFORM))
    t.append(trap("http-not-https", URL, "url: http://www.facebook.com/INEJDE01Ags", PLATFORM))
    t.append(
        trap(
            "credentials-in-url",
            URL,
            "url: https://jperez:Fb2026segura@www.facebook.com/INEJDE01Ags",
            PLATFORM,
            SECRET,
        )
    )
    t.append(trap("other-host-suffix", URL, "url: https://www.facebook.com.evil.com/x", PLATFORM))
    t.append(trap("userinfo-host-trick", URL, "url: https://www.facebook.com@evil.com/x", PLATFORM))
    t.append(
        trap(
            "redirect-parameter",
            URL,
            "url: https://evil.com/?u=https://www.facebook.com/x",
            PLATFORM,
        )
    )
    t.append(trap("backslash-host", URL, "url: 'https://evil.com\\@www.facebook.com/x'", PLATFORM))
    t.append(trap("newline-in-url", URL, 'url: "https://www.facebook.com/x\\n<script>"', E))
    t.append(trap("rtl-override-in-url", URL, 'url: "https://www.facebook.com/\\u202egpj.exe"', E))
    t.append(
        trap(
            "html-injection-in-url",
            URL,
            "url: 'https://www.facebook.com/x\"><script>alert(1)</script>'",
            PLATFORM,
        )
    )
    t.append(
        trap("unknown-platform-proto", "plataforma: facebook", "plataforma: __proto__", PLATFORM)
    )
    # --- names with invisible or control characters ------------------------------------------------
    t.append(trap("bell-in-name", NAME, 'nombre: "Juan\\aCarlos"', E))
    t.append(trap("escape-sequence-in-name", NAME, 'nombre: "Juan \\e[31mCarlos"', E))
    t.append(trap("rtl-override-in-name", NAME, 'nombre: "Juan \\u202eotoS zeréP"', E))
    t.append(trap("rtl-isolate-in-name", NAME, 'nombre: "Juan \\u2066Carlos\\u2069"', E))
    t.append(trap("newline-in-name", NAME, 'nombre: "Juan\\nCarlos"', E))
    t.append(trap("zero-width-space-in-name", NAME, 'nombre: "Juan\\u200bCarlos"', E))
    t.append(trap("c1-control-in-cargo", CARGO, 'cargo: "Vocal\\x85Secretario"', E))
    t.append(trap("carriage-return-in-cargo", CARGO, 'cargo: "Vocal\\rSecretario"', E))
    t.append(
        trap(
            "bidi-in-usuario",
            "usuario: INEJDE01Ags\n    url: https://www.facebook",
            'usuario: "INEJDE01Ags\\u202e"\n    url: https://www.facebook',
            E,
        )
    )
    # --- text that must stay text (made inert by the generators) -------------------------------------
    for id, value in (
        ("html-in-cargo", 'cargo: "<script>alert(1)</script>"'),
        ("markdown-link-in-name", "nombre: '[Juan](javascript:alert(1))'"),
        ("formula-in-cargo", 'cargo: \'=HYPERLINK("http://evil.example","x")\''),
        ("pipe-in-name", "nombre: Juan | Carlos | Pérez"),
    ):
        t.append(Trap(id, sub(CARGO if id.endswith("cargo") else NAME, value), frozenset()))
    # --- GitHub logins (CODEOWNERS) -----------------------------------------------------------------
    gh = "github: mflopez-ine"
    t.append(trap("github-trailing-newline", gh, 'github: "mflopez-ine\\n"', E))
    t.append(trap("github-extra-owner", gh, 'github: "mflopez-ine @evil"', E))
    t.append(trap("github-pattern", gh, 'github: "* @evil"', E))
    t.append(trap("github-team", gh, "github: ine-mx/cncs", E))
    t.append(trap("github-too-long", gh, "github: " + "a" * 40, E))
    t.append(trap("github-leading-at", gh, "github: '@mflopez-ine'", E))
    # --- files the inventory points to -----------------------------------------------------------------
    for id, value in (
        ("ruta-dotdot", "ruta: ../../etc/passwd"),
        ("ruta-absolute", "ruta: /etc/passwd"),
        ("ruta-windows-drive", "ruta: 'C:\\Windows\\win.ini'"),
        ("ruta-unc", "ruta: '\\\\servidor\\share\\anexo.pdf'"),
        ("ruta-into-git", "ruta: .git/config"),
        ("ruta-dotdot-inside", "ruta: inventory/documentos/../../../etc/passwd"),
    ):
        t.append(trap(id, RUTA_COMMENT, "        " + value, DOC, marker=value))
    t.append(
        trap("ruta-nul", RUTA_COMMENT, '        ruta: "inventory/x.pdf\\0"', E, marker="ruta:")
    )
    # --- identity and secrets -----------------------------------------------------------------------------
    t.append(
        trap("clave-path-traversal", "clave: jd01ags ", "clave: ../jd02ags ", E, marker="clave:")
    )
    t.append(
        trap(
            "password-in-incident",
            "descripcion: Inicio de sesión desde un dispositivo desconocido",
            "descripcion: 'Acceso recuperado; contraseña: Abc123!'",
            SECRET,
        )
    )
    t.append(
        trap(
            "personal-address-as-associated",
            "correo_asociado: redes.jd01ags@ine.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-24",
            "correo_asociado: juan.perez@ine.mx\n    vinculada_a_cuenta_externa: false\n"
            "    asociacion:\n      fecha: 2026-08-24",
            GENERIC,
        )
    )
    return t


TRAPS = _traps()


def test_the_corpus_is_large() -> None:
    assert len(TRAPS) >= 40
    assert len({t.id for t in TRAPS}) == len(TRAPS)


@pytest.mark.parametrize("trap", [t.param for t in TRAPS])
def test_data_trap(trap: Trap, tmp_path: Path) -> None:
    outcome = run_area(tmp_path, trap.text)
    found = [(f["rule"], f["line"], f["message"]) for f in outcome.findings]
    if not trap.expect:
        assert (outcome.code, found) == (0, [])
        return
    assert outcome.code == 1, found
    assert trap.expect <= outcome.places, found


@pytest.mark.parametrize("domain", ["іne.mx", "ine.mx.evil.com", "evil-ine.mx", "gmail.com"])
def test_person_lookalike_is_a_warning(domain: str, tmp_path: Path) -> None:
    """A person's own contact address off the domain is named, as a warning citing Anexo 1
    (issue 11 point 10), not an error citing 4.1."""
    text = sub(PERSON, f"correo: juan.perez@{domain}")
    out = run_area(tmp_path, text)
    got = {(f["rule"], f["severity"], f["clause"], f["line"]) for f in out.findings}
    assert ("correo-persona-institucional", "warning", "Anexo 1", line_of(text, domain)) in got
    assert not [f for f in out.findings if f["rule"] == DOMAIN]


def test_ruta_symlink_leaving_the_repository(tmp_path: Path) -> None:
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF-1.4 not ours")
    root = make_repo(tmp_path / "repo")
    folder = root / "inventory" / "documentos" / "jd01ags"
    folder.mkdir(parents=True)
    (folder / "anexo2.pdf").symlink_to(outside)
    text = sub(RUTA_COMMENT, "        ruta: inventory/documentos/jd01ags/anexo2.pdf")
    (root / "inventory" / "areas" / "jd01ags.yaml").write_text(text, encoding="utf-8")
    outcome = run(root)
    assert outcome.code == 1
    assert (DOC, line_of(text, "ruta: inventory")) in outcome.places


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (NAME, 'nombre: "Juan \\u202eotoS\\u0007"'),
        ("github: mflopez-ine", 'github: "mflopez\\u202eeni-"'),
        ("clave: jd01ags ", 'clave: "jd01\\u001b[31mags" '),
        ("tipo: junta_distrital ", 'tipo: "junta\\u2066_distrital" '),
    ],
    ids=["name", "github", "ansi-escape", "enum"],
)
def test_messages_do_not_carry_raw_control_characters(old: str, new: str, tmp_path: Path) -> None:
    """A finding about a hostile value must not itself reorder the terminal or the log."""
    outcome = run_area(tmp_path, sub(old, new))
    assert outcome.code == 1
    for finding in outcome.findings:
        for char in ("\u202e", "\u2066", "\x07", "\x1b"):
            assert char not in finding["message"], finding


def test_a_crafted_key_is_echoed_escaped(tmp_path: Path) -> None:
    text = sub("clave: jd01ags ", '"x\\n::error::owned\\u001b[2J": 1\nclave: jd01ags ')
    outcome = run_area(tmp_path, text)
    (finding,) = [f for f in outcome.findings if f["rule"] == E]
    assert "\n" not in finding["message"] and "\x1b" not in finding["message"]
    assert "\\x0a::error::owned" in finding["message"]
