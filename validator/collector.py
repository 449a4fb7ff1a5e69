"""The cyclic garbage collector, paused while a large acyclic structure is built and used.

A run imports the models and rules (pydantic builds thousands of objects), loads hundreds
of thousands of dicts, lists and models that all stay alive, and lets the rules allocate
findings: every automatic collection would traverse all of it again (about 15% of a
national load, and more the larger the inventory). Nothing here forms reference cycles
that matter, so reference counting frees the garbage anyway; the collector is restored
afterwards, and a pause inside a pause is a no-op.

Floor 0: a leaf (imports only the standard library).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block, then restore it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
