"""``ine-redes reminders``: every obligation due or overdue, per area and titular.

:mod:`collect` gathers the data (from :mod:`validator.obligations`); one module per
output format renders it. A new format is one module and one entry in ``FORMATS``.

Floor 5 (outputs): reads the obligations, models and rules' texts; beside the other
outputs, which it never imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.reminders.collect import Reminders

FORMATS: dict[str, str] = {
    "text": "validator.reminders.text:render",
    "json": "validator.reminders.json_format:render",
    "markdown": "validator.reminders.markdown:render",
    "ics": "validator.reminders.ics:render",
    "html": "validator.reminders.html:render",
}


def renderer(name: str) -> Callable[[Reminders, str], str]:
    module, _, attr = FORMATS[name].partition(":")
    render: Callable[[Reminders, str], str] = getattr(importlib.import_module(module), attr)
    return render


def render(name: str, reminders: Reminders, lang: str = "es") -> str:
    return renderer(name)(reminders, lang)
