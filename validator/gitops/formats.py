"""The output formats of the git-aware commands: one registry per command (the pattern of
:mod:`validator.output_formats`). Naming them imports no renderer and no git code, so each
command's ``--format`` choices come from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from validator.output_formats import Formats

if TYPE_CHECKING:
    from validator.gitops.authorize import Authorization
    from validator.gitops.diff import Plan
    from validator.gitops.history import HistoryAt
    from validator.gitops.report import QuarterlyReport


#: ``ine-redes diff``: the plan of a pull request.
DIFF: Formats[Callable[[Plan, str], str]] = Formats(
    {
        "text": "validator.gitops.diff_output:render_text",
        "markdown": "validator.gitops.diff_output:render_markdown",
        "json": "validator.gitops.diff_output:render_json",
    }
)
#: ``ine-redes report trimestral``: the quarterly report.
REPORT: Formats[Callable[[QuarterlyReport, str], str]] = Formats(
    {
        "text": "validator.gitops.report_output:render_text",
        "markdown": "validator.gitops.report_output:render_markdown",
    }
)
#: ``ine-redes history``: the inventory on a date.
HISTORY: Formats[Callable[[HistoryAt, str], str]] = Formats(
    {
        "text": "validator.gitops.history_output:render_text",
        "json": "validator.gitops.history_output:render_json",
        "csv": "validator.gitops.history_output:render_csv",
    }
)
#: ``ine-redes authorize``: who may change what.
AUTHORIZE: Formats[Callable[[Authorization, str], str]] = Formats(
    {
        "text": "validator.gitops.authorize_output:render_text",
        "json": "validator.gitops.authorize_output:render_json",
        "github": "validator.gitops.authorize_output:render_github",
    }
)
