"""``python -m validator``: the command line (floor 8, with ``validator.cli``)."""

from __future__ import annotations

from validator.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
