"""The iCalendar channel (red team, 2026-12-01): the reminders calendar carries no hidden
character.

The calendar (``reminders --format ics``, and the attachment of every reminder e-mail) wrote
TEXT values with its own escaper, which handled ``\\ ; ,`` and line breaks only: a file name
holding ESC, a bidi override, NEL (U+0085) or U+2028 reached the calendar raw (RFC 5545
allows no control character in TEXT; some readers end a line at U+2028 or NEL).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import contract_area, make_inventory
from validator.cli import main
from validator.escaping.icalendar import text
from validator.escaping.terminal import has_hidden

NAME = "jd01ags\x1b[31m\u202e\u0085\u2028x.yaml"


def test_text_units() -> None:
    assert text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert text("a\r\nb\rc") == "a\\nb\\nc"
    assert text("x\x1by\u202ez\u2028w\x85") == "x\\\\x1by\\\\u202ez\\\\u2028w\\\\x85"


def test_the_calendar_holds_no_hidden_character(tmp_path: Path) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    areas = root / "inventory" / "areas"
    shutil.move(areas / "jd01ags.yaml", areas / NAME)
    res = CliRunner().invoke(
        main, ["reminders", "--repo", str(root), "--format", "ics", "--as-of", "2027-06-30"]
    )
    assert res.exit_code == 0, res.output
    raw = res.stdout_bytes.decode("utf-8")  # (Result.stdout turns CRLF into LF)
    assert "jd01ags\\\\x1b[31m\\\\u202e" in raw.replace("\r\n ", "")  # shown, escaped
    lines = raw.split("\r\n")
    assert lines[-1] == ""
    for line in lines[:-1]:
        assert not has_hidden(line), repr(line)
