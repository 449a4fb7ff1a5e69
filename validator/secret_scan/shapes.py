"""Shapes that are never secrets: dates, hex hashes, numbers, e-mail addresses, URLs, handles,
regular expressions, amounts, paths; and masks (``****``, ``<redacted>``), which stand for a
secret without holding it.

Floor 0: a leaf of :mod:`validator.secret_scan` (standard library only).
"""

from __future__ import annotations

import re

# (The bodies of the shapes that a whole value often has are also used by the prefilter.)
DATE_TEXT = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
DATE = re.compile(rf"^{DATE_TEXT}$")
DMY = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
HEX_TEXT = r"[0-9a-f]{7,}|[0-9A-F]{16,}"
HEX = re.compile(rf"^(?:{HEX_TEXT})$")
NUMBERISH = re.compile(r"^[\d\s().,+/:°ºª%$#-]+$")
EMAIL_TEXT = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\.?"
EMAIL = re.compile(rf"^{EMAIL_TEXT}$")
URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.I)
URL_CREDENTIALS = re.compile(r"://[^/@\s:?#]*:([^/@\s?#]+)@", re.I)
HASHTAG_OR_HANDLE = re.compile(r"^[#@][\w.-]+$")
REGEX_LIKE = re.compile(r"^\^.*\$$|\\|\[[^\]]*\]|\(\?|\{\d*,?\d*\}")
MONEY = re.compile(r"^\$[\d,.]+(?:[A-Za-z]{1,4})?$")
PATH_LIKE = re.compile(r"^[\w.~$=-]*(?:\.{1,2}/|/)[\w./<>{}-]*$|^\S*/[^\s/]+\.[A-Za-z0-9]{2,5}$")
# A value that hides a secret instead of giving it: "****", "xxxx", "<redacted>", "omitida".
MASK = re.compile(r"^[*•·xX.\-_ ]+$|^<?(?:redacted|oculta|oculto|omitida|omitido)>?$", re.I)
