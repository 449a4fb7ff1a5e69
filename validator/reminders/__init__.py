"""``ine-redes reminders``: every obligation due or overdue, per area and titular.

:mod:`collect` gathers the data (from :mod:`validator.obligations`); one module per
output format renders it. :data:`FORMATS` is this family's registry (the pattern of
:mod:`validator.output_formats`); a new format is one module and one entry there.

Floor 5 (outputs): reads the obligations, models and rules' texts; beside the other
outputs, which it never imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from validator.output_formats import Formats

if TYPE_CHECKING:
    from validator.reminders.collect import Reminders

FORMATS: Formats[Callable[[Reminders, str], str]] = Formats(
    {
        "text": "validator.reminders.text:render",
        "json": "validator.reminders.json_format:render",
        "markdown": "validator.reminders.markdown:render",
        "ics": "validator.reminders.ics:render",
        "html": "validator.reminders.html:render",
    }
)


def render(name: str, reminders: Reminders, lang: str = "es") -> str:
    return FORMATS.get(name)(reminders, lang)
