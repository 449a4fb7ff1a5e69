"""What a run keeps per finding and per file (issue 16): no rendered texts, no indexes."""

from __future__ import annotations

import gc
import weakref
from datetime import date

from tests.conftest import FIXTURES, validate
from validator.findings import LANGS, Rendered
from validator.rules.base import Context
from validator.secret_scan import verdicts

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


def test_the_rules_caches_go_with_the_run() -> None:
    """The account identities belong to the run's Context (there is no process-wide table
    of them) and sin-secretos forgets the values it judged when it finishes."""
    result = validate(BROKEN)
    assert result.findings
    for cached in (verdicts.leaf_levels, verdicts.text_levels):
        assert cached.cache_info().currsize == 0

    ctx = Context(inventory=result.inventory, as_of=date(2026, 11, 29))
    identities = weakref.ref(ctx.identities)
    assert ctx.identities is identities()  # one per run, shared by its rules
    del ctx
    gc.collect()
    assert identities() is None  # freed with the run
