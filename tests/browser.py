"""Real headless Chromium for the page tests: one way to start it and read what a driver
page found (the driver writes JSON into ``<pre id="out">``; ``--dump-dom`` returns it).

The flags are those this workplace needs as root with a closed network (no sandbox, no
background networking, a fresh profile). Off CI a missing /usr/bin/chromium skips the test;
on CI (``CI`` set) .ci/run installs it, so there a missing browser fails instead.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from html import unescape
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
browser = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"), reason="needs /usr/bin/chromium"
)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-dev-shm-usage", "--allow-file-access-from-files",
)  # fmt: skip


def dump_dom(url: str, profile: Path, *extra: str, timeout: int = 120) -> str:
    """The DOM of ``url`` once its scripts ran, as Chromium serialises it."""
    command = [str(CHROMIUM), *FLAGS, *extra, f"--user-data-dir={profile}", "--dump-dom", url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def driver_output(driver: Path, profile: Path, *extra: str, timeout: int = 120) -> Any:
    """Run ``driver`` (a page that writes JSON into ``<pre id="out">``) and parse that JSON."""
    dom = dump_dom(driver.as_uri(), profile, *extra, timeout=timeout)
    m = re.search(r'<pre id="out">(.*?)</pre>', dom, flags=re.S)
    assert m is not None and m.group(1), dom[-2000:]
    return json.loads(unescape(m.group(1)))
