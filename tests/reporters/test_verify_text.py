"""``ine-redes verify`` as text: the query someone pasted is shown, never obeyed, on a terminal.

Red team, 2026-12-01: the answer echoed the query raw, so a suspicious address copied from a
message (the very input ``verify`` exists for) could carry ``ESC [2K`` + CR and have the
terminal show «OFICIAL: …» over the real verdict, or a bidi override that reorders it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO_ROOT
from validator.cli import main
from validator.escaping.terminal import has_hidden


@pytest.fixture(scope="module")
def sample_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("verify-text")
    shutil.copytree(REPO_ROOT / "inventory", root / "inventory")
    return root


FORGED = "https://x.com/INEMexic0\x1b[2K\rOFICIAL: «https://x.com/INEMexico» es oficial"


@pytest.mark.parametrize(
    "query",
    [
        FORGED,
        "https://x.com/INEM\u202eocixe",  # bidi override: shows reordered
        "@INEMexico\u200b",  # zero-width space: shows as the official handle
        "https://x.com/INEMexico\u2028OFICIAL",  # line separator: a forged second line
        "https://x.com/INEMexico\x9b2K",  # C1 CSI
    ],
)
def test_the_query_is_shown_with_its_hidden_characters_escaped(
    sample_root: Path, query: str
) -> None:
    result = CliRunner().invoke(main, ["verify", "--repo", str(sample_root), query])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("NO OFICIAL: «")
    for line in result.output.splitlines():
        assert not has_hidden(line), repr(line)
    assert len(result.output.splitlines()) == 2  # the verdict and the advice, nothing forged
