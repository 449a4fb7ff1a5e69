"""Issue 12 §4: clean text out - one escaping module per channel, shared by every command.

Each channel is checked the way its consumer reads it:

* terminal: the output holds no control, bidi or other invisible character;
* GitHub workflow commands: the output is parsed as the Actions runner parses a step's
  log (``actions/runner``'s ``ActionCommand.TryParseV2`` and the legacy ``TryParse``: a
  line starting with ``::`` after white space, or holding ``##[`` anywhere), and only the
  commands the tool meant to write come out;
* Markdown: rendered by cmark-gfm, GitHub's own renderer, then searched with GitHub's
  mention and reference patterns (applied to the rendered text, as GitHub does).

And the file names themselves: an inventory path outside ``[a-z0-9._/-]`` (or with a
component starting with a dot or a dash) is refused by ``validate`` and ``authorize``.
"""

from __future__ import annotations

import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import contract_area, make_inventory
from tests.gitrepo import GitRepo, area, person
from validator.cli import main
from validator.escaping import markdown, workflow
from validator.escaping.terminal import visible
from validator.gitops.authorize import authorize
from validator.safe_paths import is_safe_path

cmarkgfm = pytest.importorskip("cmarkgfm")

HOSTILE_NAME = "a\n::notice title=x::falso\n::add-mask::RECHAZADO\nb.pdf"
LEGACY_NAME = "c ##[add-mask]RECHAZADO d.pdf"
ESC_NAME = "jd01\x1b[31mags.yaml"


# --- the consumers ----------------------------------------------------------------------------
# The commands the runner knows (its command extensions, plus stop-commands).
RUNNER_COMMANDS = {
    "set-env", "set-output", "save-state", "add-mask", "add-path", "add-matcher",
    "remove-matcher", "debug", "warning", "error", "notice", "group", "endgroup", "echo",
    "stop-commands",
}  # fmt: skip


def runner_commands(output: str) -> list[tuple[str, str]]:
    """(command, data) for every line the Actions runner would take as a command."""
    found = []
    for line in re.split(r"\r\n|\r|\n", output):
        v2 = line.lstrip()
        if v2.startswith("::"):
            end = v2.find("::", 2)
            if end >= 0:
                name = v2[2:end].split(" ", 1)[0]
                if name in RUNNER_COMMANDS:
                    found.append((name, v2[end + 2 :]))
                    continue
        start = line.find("##[")
        if start >= 0:
            close = line.find("]", start)
            if close >= 0:
                name = line[start + 3 : close].split(" ", 1)[0]
                if name in RUNNER_COMMANDS:
                    found.append((name, line[close + 1 :]))
    return found


# GitHub's mention and reference filters (html-pipeline), applied to rendered text nodes.
MENTION = re.compile(r"(?:^|[^A-Za-z0-9_`])@([a-z0-9][a-z0-9-]*)", re.I)
REFERENCE = re.compile(r"(?:^|[^A-Za-z0-9_&])#([0-9]+)|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+")


class _Rendered(HTMLParser):
    """Elements and text (outside links) of a rendered HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.cells: list[str] = []
        self._in_a = 0
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_a += tag == "a"
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        self._in_a -= tag == "a"
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if not self._in_a:
            self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def render(md: str) -> _Rendered:
    parser = _Rendered()
    parser.feed(cmarkgfm.github_flavored_markdown_to_html(md))
    return parser


def assert_inert(md: str) -> _Rendered:
    """Rendered ``md`` has no image, raw HTML, link other than mailto, mention or reference."""
    page = render(md)
    allowed = {"p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
               "strong", "blockquote", "code", "br"}  # fmt: skip
    for tag, attrs in page.tags:
        if tag == "a":
            assert (attrs.get("href") or "").startswith("mailto:"), (tag, attrs, md)
        else:
            assert tag in allowed, (tag, attrs, md)
    text = "".join(page.text)
    assert not MENTION.search(text), (MENTION.search(text), md)
    assert not REFERENCE.search(text), (REFERENCE.search(text), md)
    return page


# --- terminal ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("l1\nl2\rl3", "l1\\x0al2\\x0dl3"),
        ("abc\u202edcba", "abc\\u202edcba"),  # bidi override
        ("x\U000e0020y", "x\\U000e0020y"),  # tag character
        ("\u3164name", "\\u3164name"),  # Hangul filler (default-ignorable letter)
        ("co\u034fmbining", "co\\u034fmbining"),  # combining grapheme joiner
        ("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"),
        ("sep\u2028line", "sep\\u2028line"),
        ("Pérez Núñez ñ 日本 😀 a\u00a0b", "Pérez Núñez ñ 日本 😀 a\u00a0b"),  # kept as is
    ],
)
def test_terminal_shows_hidden_characters_as_escapes(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_validate_never_prints_an_escape_character_from_a_file_name(tmp_path: Path) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area(), ESC_NAME: contract_area()})
    for fmt in ("text", "github"):
        res = CliRunner().invoke(main, ["validate", "--repo", str(root), "--format", fmt])
        assert res.exit_code == 1, res.output
        assert "\x1b" not in res.output
        assert "jd01\\x1b[31mags.yaml" in res.output
        assert "ruta-segura" in res.output


def test_a_file_name_that_is_not_utf8_is_shown_not_crashed_on(tmp_path: Path) -> None:
    """Linux hands a name with a byte that is not UTF-8 to Python as a lone surrogate."""
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    (root / "inventory" / "areas" / "jd\udcff01.yaml").write_text(contract_area(), "utf-8")
    for fmt in ("text", "github"):
        res = CliRunner().invoke(main, ["validate", "--repo", str(root), "--format", fmt])
        assert res.exit_code == 1 and "Traceback" not in res.output, res.output
        assert "inventory/areas/jd\\udcff01.yaml" in res.output


# --- GitHub workflow commands -----------------------------------------------------------------
def test_workflow_command_and_log_line_units() -> None:
    line = workflow.command("error", "m%\r\nx", file="a,b:c\n::add-mask::z", title="t")
    assert runner_commands(line) == [("error", "m%25%0D%0Ax")]
    assert line == "::error file=a%2Cb%3Ac%0A%3A%3Aadd-mask%3A%3Az,title=t::m%25%0D%0Ax"
    for hostile in ("::add-mask::x", "  ::error::x", "a ##[add-mask]x", "\u2028::error::x"):
        assert runner_commands(workflow.log_line(hostile)) == [], hostile
    assert workflow.log_lines("uno\n  ::error::dos\n") == "uno\n\\::error::dos\n"


@pytest.fixture
def hostile_pr(tmp_path: Path) -> GitRepo:
    """main with one area; a pull request by its titular adding documents with crafted
    names (a workflow command after a line break, the legacy ``##[`` syntax)."""
    r = GitRepo(tmp_path / "repo")
    r.write_area(
        "jd01",
        area(
            "jd01",
            titular_github="mflopez-ine",
            propietaria=person("Juan Pérez", "juan.perez@ine.mx", "2026-01-15"),
            suplente=person("Ana Ramírez", "ana.jd01@ine.mx", "2026-01-15", nivel="operativo"),
        ),
    )
    r.commit("inventory")
    r.branch("pr")
    r.write(f"inventory/documentos/jd01/{HOSTILE_NAME}", "%PDF\n")
    r.write(f"inventory/documentos/jd01/{LEGACY_NAME}", "%PDF\n")
    r.write("inventory/documentos/jd01/anexo1.pdf", "%PDF\n")
    r.commit("documents")
    return r


@pytest.mark.parametrize("actor", ["mflopez-ine", "cncs-redes", "x\n::add-mask::RECHAZADO"])
def test_authorize_github_output_adds_no_workflow_command(
    hostile_pr: GitRepo, actor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    res = CliRunner().invoke(
        main,
        ["authorize", "--repo", str(hostile_pr.path), "--actor", actor, "--base", "main",
         "--format", "github"],
    )  # fmt: skip
    assert res.exit_code == 1, res.output
    commands = runner_commands(res.stdout)
    refused = len(authorize(hostile_pr.path, actor, "main").refused)
    assert refused >= 2 and [name for name, _ in commands] == ["error"] * refused, commands
    for line in res.stdout.splitlines():  # no line but the tool's own starts a command
        assert not line.lstrip().startswith("::") or line.startswith("::error file=inventory")
    assert_inert(summary.read_text(encoding="utf-8"))


@pytest.mark.parametrize("ref", ["x##[add-mask]RECHAZADO", "x\n::add-mask::RECHAZADO"])
def test_a_git_error_on_stderr_adds_no_workflow_command(hostile_pr: GitRepo, ref: str) -> None:
    """The runner reads stderr for commands too: the message that names a bad reference."""
    res = CliRunner().invoke(
        main,
        ["authorize", "--repo", str(hostile_pr.path), "--actor", "x", "--base", ref,
         "--format", "github"],
    )  # fmt: skip
    assert res.exit_code == 2, res.output
    assert "RECHAZADO" in res.stderr and runner_commands(res.stderr) == []


def test_authorize_refuses_unsafe_inventory_names_for_everyone(hostile_pr: GitRepo) -> None:
    for actor in ("mflopez-ine", "cncs-redes"):
        result = authorize(hostile_pr.path, actor, "main")
        reasons = {d.path: d.reason for d in result.decisions}
        assert reasons[f"inventory/documentos/jd01/{HOSTILE_NAME}"] == "ruta_insegura"
        assert reasons[f"inventory/documentos/jd01/{LEGACY_NAME}"] == "ruta_insegura"
        assert reasons["inventory/documentos/jd01/anexo1.pdf"] in ("titular", "cncs")
        message = result.refused[0].message("es")
        assert "\n" not in message and "minúsculas" in message
        assert "Rename the file" in result.refused[0].message("en")


def test_authorize_lets_a_bad_name_be_removed(hostile_pr: GitRepo) -> None:
    hostile_pr.checkout("main")
    hostile_pr.write("inventory/documentos/jd01/Oficio 1.pdf", "%PDF\n")
    hostile_pr.commit("a bad name that predates the rule")
    hostile_pr.branch("fix")
    hostile_pr.rename(
        "inventory/documentos/jd01/Oficio 1.pdf", "inventory/documentos/jd01/oficio1.pdf"
    )
    hostile_pr.commit("rename")
    assert authorize(hostile_pr.path, "mflopez-ine", "main").allowed


def test_validate_github_output_adds_no_workflow_command(tmp_path: Path) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    docs = root / "inventory" / "documentos" / "jd01ags"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / HOSTILE_NAME).write_bytes(b"%PDF\n")
    (docs / LEGACY_NAME).write_bytes(b"%PDF\n")
    res = CliRunner().invoke(main, ["validate", "--repo", str(root), "--format", "github"])
    assert res.exit_code == 1, res.output
    commands = runner_commands(res.stdout)
    assert {name for name, _ in commands} <= {"error", "warning"}, commands
    unsafe = [data for _, data in commands if "ruta-segura" in data or "RECHAZADO" in data]
    assert len(unsafe) == 2, commands


def test_validate_text_refuses_unsafe_names_with_a_clear_message(tmp_path: Path) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    (root / "inventory" / "areas" / ".oculta.yaml").write_text(contract_area(), "utf-8")
    (root / "inventory" / "areas" / "-x.yaml").write_text(contract_area(), "utf-8")
    res = CliRunner().invoke(main, ["validate", "--repo", str(root), "--lang", "en"])
    assert res.exit_code == 1
    assert "The name inventory/areas/.oculta.yaml is not allowed" in res.output
    assert "(for example to inventory/areas/oculta.yaml)" in res.output
    assert "The name inventory/areas/-x.yaml is not allowed" in res.output
    data = json.loads(
        CliRunner().invoke(main, ["validate", "--repo", str(root), "--format", "json"]).stdout
    )
    files = {f["file"] for f in data["findings"] if f["rule"] == "ruta-segura"}
    assert files == {"inventory/areas/.oculta.yaml", "inventory/areas/-x.yaml"}


@pytest.mark.parametrize(
    ("path", "safe"),
    [
        ("inventory/areas/jd01ags.yaml", True),
        ("inventory/documentos/jd01ags/anexo2-responsiva_2026-01-15.pdf", True),
        ("inventory/areas/JD01.yaml", False),
        ("inventory/areas/.x.yaml", False),
        ("inventory/areas/-x.yaml", False),
        ("inventory/documentos/jd01/anexo 1.pdf", False),
        ("inventory/documentos/jd01/oficio\u0301.pdf", False),
        ("inventory//x.yaml", False),
        ("inventory/areas/", False),
    ],
)
def test_safe_path_set(path: str, safe: bool) -> None:
    assert is_safe_path(path) is safe


# --- Markdown ---------------------------------------------------------------------------------
HOSTILE_MD = [
    "@ine-mx/cncs y @someone: revisen",
    "<img src=x onerror=alert(1)> <script>alert(1)</script>",
    "![x](https://evil.example/p.png) [clic](javascript:alert(1)) [r]: https://e.example",
    "www.evil.example https://evil.example/x HTTP://EVIL.EXAMPLE",
    "# título",
    "> cita",
    "- lista",
    "+ lista",
    "1. lista",
    "2) lista",
    "=== ---",
    "*e* _u_ ~~s~~ `c` $x$ $`y`$ \\| | ||",
    "cierra #12 y ine/redes#3 y GH-4",
    "línea\nnueva\r\n## título falso\u2028x",
    "&lt;b&gt; &amp; &#64;user",
    "\\@user \\#1 \\`c\\`",
]


@pytest.mark.parametrize("value", HOSTILE_MD)
def test_markdown_text_is_inert_as_github_renders_it(value: str) -> None:
    cell = markdown.text(value)
    page = assert_inert(f"| h |\n|---|\n| {cell} |\n")
    assert len(page.cells) == 1
    assert page.cells[0].replace("\u200b", "") == visible(" ".join(value.split()))
    para = assert_inert(f"{cell}\n")
    assert {tag for tag, _ in para.tags} <= {"p", "a"}
    heading = assert_inert(f"### {cell}\n")
    assert heading.tags[0][0] == "h3"


TEXTS = st.text(
    alphabet=st.sampled_from(list("aZ09 .:/@#-+=_*`~|[]()<>!&;\\$^\"'\n\té\u202e\x1b")),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_markdown_text_round_trips_and_stays_inert(value: str) -> None:
    page = assert_inert(f"| h |\n|---|\n| {markdown.text(value)} |\n")
    assert len(page.cells) == 1, value
    expected = visible(" ".join(value.split())).strip()
    assert html.unescape(page.cells[0]).replace("\u200b", "").strip() == expected, value


def test_markdown_code_span_and_mention() -> None:
    page = render(f"| h |\n|---|\n| {markdown.code('a`b|c @x')} |\n")
    assert page.cells == ["a`b|c @x"]
    assert markdown.mention("mflopez-ine") == "@mflopez-ine"
    assert "@&#8203;" in markdown.mention("org/team")


def test_reminders_issue_pings_no_team_through_an_area_name(tmp_path: Path) -> None:
    """The daily issue mentions each titular (their login), and nothing an area file says."""
    text = contract_area()
    old = "nombre: Junta Distrital Ejecutiva 01 en Aguascalientes"
    assert old in text
    hostile = '"Junta @ine-mx/cncs-redes ![x](https://e.example/a.png) <b>x</b> #12"'
    root = make_inventory(tmp_path, {"jd01ags.yaml": text.replace(old, f"nombre: {hostile}")})
    res = CliRunner().invoke(
        main,
        ["reminders", "--repo", str(root), "--format", "markdown", "--as-of", "2027-06-30"],
    )
    assert res.exit_code in (0, 1), res.output
    page = render(res.stdout)
    mentions = {m.group(1) for m in MENTION.finditer("".join(page.text))}
    titular = re.search(r"github:\s*([A-Za-z0-9-]+)", text)
    assert titular is not None and mentions == {titular.group(1)}
    assert not any(tag in ("img", "b") for tag, _ in page.tags)
    assert not REFERENCE.search("".join(page.text))


def test_authorize_summary_diff_and_report_markdown_are_inert(tmp_path: Path) -> None:
    r = GitRepo(tmp_path / "repo")
    evil = person("@ine-mx/cncs <img src=x> [x](https://e.example) #7", "eve@ine.mx", "2026-01-15")
    ana = person("Ana Ramírez", "ana.jd01@ine.mx", "2026-01-15", nivel="operativo")
    juan = person("Juan Pérez", "juan.perez@ine.mx", "2026-01-15")
    r.write_area("jd01", area("jd01", titular_github="mflopez-ine", propietaria=juan, suplente=ana))
    r.commit("base")
    r.branch("pr")
    r.write_area("jd01", area("jd01", titular_github="mflopez-ine", propietaria=evil, suplente=ana))
    r.commit("evil")
    res = CliRunner().invoke(
        main, ["diff", "--repo", str(r.path), "--base", "main", "--format", "markdown"]
    )
    assert res.exit_code == 0, res.output
    assert_inert(res.stdout)
    from validator.gitops.authorize_output import summary_markdown

    assert_inert(summary_markdown(authorize(r.path, "@ine-mx/cncs", "main")))
    out = io.StringIO()
    out.write(markdown.row(["@ine-mx/cncs", "#1", "<b>"]))
    assert_inert("| a | b | c |\n|---|---|---|\n" + out.getvalue() + "\n")


def test_validate_changed_since_reports_the_unsafe_names_of_the_changed_areas(
    hostile_pr: GitRepo,
) -> None:
    """With --changed-since (the pull request's check), the names the branch adds under its
    areas are reported; an old bad name elsewhere is not this pull request's business."""
    hostile_pr.checkout("main")
    hostile_pr.write("inventory/documentos/jd02/Viejo.pdf", "%PDF\n")
    hostile_pr.commit("an old bad name in another area")
    hostile_pr.checkout("pr")
    hostile_pr.merge("main", date="2026-01-11T10:00:00")
    assert (hostile_pr.path / "inventory/documentos/jd02/Viejo.pdf").is_file()
    res = CliRunner().invoke(
        main,
        ["validate", "--repo", str(hostile_pr.path), "--changed-since", "main", "--format",
         "json"],
    )  # fmt: skip
    data = json.loads(res.stdout)
    files = {f["file"] for f in data["findings"] if f["rule"] == "ruta-segura"}
    assert files == {
        f"inventory/documentos/jd01/{HOSTILE_NAME}",
        f"inventory/documentos/jd01/{LEGACY_NAME}",
    }
