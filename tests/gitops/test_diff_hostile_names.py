"""``ine-redes diff`` with file names a pull request chose (red team, 2026-12-01).

The plan lists every file outside the area inventory that a pull request changes. Its text
rendering (for a reviewer's terminal) printed those names raw - an ESC sequence recoloured
the screen, a bidi override reordered the name, a line break started a forged line - and its
Markdown rendering put ``markdown.text`` inside a code span, where the backslashes and
entities it adds show literally.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.escaping.test_escaping import assert_inert
from tests.gitrepo import GitRepo, area, person
from validator.cli import main
from validator.escaping.terminal import has_hidden, visible

NAMES = [
    "docs/a\x1b[31mROJO\x1b[0m.md",
    "docs/b\u202eevil.md",
    "docs/c\n::error::forjado.md",
    "docs/d\u2028e\u200bf.md",
    "docs/e`x`y\\z.md",  # a backtick would close a one-backtick code span
]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    r = GitRepo(tmp_path_factory.mktemp("diff-names") / "repo")
    juan = person("Juan Pérez", "juan.perez@ine.mx", "2026-01-15")
    ana = person("Ana Ramírez", "ana.jd01@ine.mx", "2026-01-15", nivel="operativo")
    r.write_area("jd01", area("jd01", titular_github="t", propietaria=juan, suplente=ana))
    r.commit("base")
    r.branch("pr")
    for name in NAMES:
        r.write(name, "x\n")
    r.commit("hostile names")
    return r


def _diff(repo: GitRepo, fmt: str) -> str:
    res = CliRunner().invoke(
        main, ["diff", "--repo", str(repo.path), "--base", "main", "--format", fmt]
    )
    assert res.exit_code == 0, res.output
    return res.stdout


def test_text_shows_each_name_with_its_hidden_characters_escaped(repo: GitRepo) -> None:
    out = _diff(repo, "text")
    lines = out.splitlines()
    for line in lines:
        assert not has_hidden(line), repr(line)
    assert not any(line.lstrip().startswith("::") for line in lines)
    for name in NAMES:
        assert "  " + visible(name) in lines, name


def test_markdown_shows_each_name_as_it_is_in_a_code_span(repo: GitRepo) -> None:
    md = _diff(repo, "markdown")
    assert_inert(md)
    shown = set(_code_texts(md))
    for name in NAMES:
        assert visible(" ".join(name.split())) in shown, (name, shown)


def _code_texts(md: str) -> list[str]:
    from html.parser import HTMLParser

    import cmarkgfm

    class Codes(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.codes: list[str] = []
            self._in = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag == "code":
                self._in = True
                self.codes.append("")

        def handle_endtag(self, tag: str) -> None:
            self._in = self._in and tag != "code"

        def handle_data(self, data: str) -> None:
            if self._in:
                self.codes[-1] += data

    parser = Codes()
    parser.feed(cmarkgfm.github_flavored_markdown_to_html(md))
    return parser.codes
