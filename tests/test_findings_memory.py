"""What a run keeps per finding and per file (issue 16): no rendered texts, no indexes."""

from __future__ import annotations

from tests.conftest import FIXTURES, validate
from validator.findings import LANGS, Rendered

BROKEN = FIXTURES / "broken-sample"


def test_findings_render_on_demand_in_the_language_asked() -> None:
    result = validate(BROKEN)
    assert result.findings
    for finding in result.findings:
        assert isinstance(finding.messages, Rendered)  # a template and its parameters
        assert list(finding.messages) == list(LANGS)
        for lang in LANGS:
            assert finding.message(lang) == finding.messages.template.render(
                lang, finding.messages.params
            )


def test_no_valid_file_keeps_its_position_index_after_a_run() -> None:
    result = validate(BROKEN)
    files = result.inventory.files
    assert any(f.doc.error is not None for f in files)  # broken files keep theirs
    for source in files:
        if source.doc.error is None:
            assert not source.doc.indexed, source.path
