"""Escaping, one module per output channel (floor 0: imports nothing from the package).

Every command that writes a value it did not write itself - a file name, a person's name, a
git reference, a message parameter - passes it through the module of the channel it writes
to, and nowhere else is that channel escaped:

* :mod:`~validator.escaping.terminal`: terminals and plain logs (control, format, bidi and
  other invisible characters shown as ``\\x1b``, ``\\u202e``);
* :mod:`~validator.escaping.workflow`: GitHub Actions workflow commands and the plain lines
  printed beside them (``%``, CR, LF percent-encoded; no line can become a command);
* :mod:`~validator.escaping.markdown`: GitHub-flavoured Markdown (job summaries, the
  reminders issue, reports, plans, the CNCS roster): no markup, link, image, HTML,
  ``@mention`` or ``#reference`` survives;
* :mod:`~validator.escaping.html`: HTML text and attribute values;
* :mod:`~validator.escaping.spreadsheet`: CSV and XLSX cells (no formula);
* :mod:`~validator.escaping.email_header`: e-mail headers (one line, nothing hidden);
* :mod:`~validator.escaping.icalendar`: TEXT values of the reminders calendar (RFC 5545).
"""
