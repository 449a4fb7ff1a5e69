"""The HTML channel: text and attribute values of the public page and the reminders dashboard.

``html.escape`` with ``quote=True``: ``&``, ``<``, ``>``, ``"`` and ``'`` become entities, so
a value is text in an element and stays inside its quoted attribute. (Links are the
caller's decision: the public page links only ``https`` URLs; the page's Content-Security-
Policy is the second line.)

Floor 0: imports nothing from the package.
"""

from __future__ import annotations

import html


def escape(value: object) -> str:
    """``value`` as HTML text or as a double- or single-quoted attribute value."""
    return html.escape(str(value), quote=True)
