"""The secrets detector: whether a text, a word or a mapping key holds a password or a secret.

Floor 0: a leaf (imports only the standard library and its own modules). The rule
``sin-secretos`` (floor 3) walks the inventory's files and models and turns what this
package finds into problems; nothing here knows about files, models or findings.

Three detectors, all precompiled and cheap (the national inventory is ~77k lines):

* **Secret keys** (:mod:`~validator.secret_scan.keys`) - a key such as ``password``,
  ``pwd``, ``contrasena``, ``clave_acceso``, ``token``, ``secret``, ``api_key``, ``pin``
  holding a string or number. ``contrasena:`` as the contract uses it holds a mapping
  (``cambios``) and is fine; keys that describe a secret instead of holding it
  (``contrasena_cambiada``, ``rotacion_contrasena_meses``) are too.
* **Phrases** (:mod:`~validator.secret_scan.phrases`, the value judged by
  :mod:`~validator.secret_scan.credentials`) in any value or comment - ``contraseña:
  Abc123!``, ``password = hunter2``, ``contraseña de la página: Girasol_2024``, ``password
  for the admin is girasol2024``, ``PIN 4821`` - a credential noun, a few words, a connector
  and a value that looks like a credential *for that noun*, not a word of prose, a date or a
  reference number; a value that is one of the file's account names is not a secret. Also
  a TOTP seed after a seed noun (``semilla 2FA: JBSWY3DPEHPK3PXP``, in groups too), the value
  before its noun (``Girasol_2024 es la contraseña nueva``), a sentence that labels the
  value of the previous one (``Se cambió la contraseña. Nueva: Girasol_2024``) and a comment
  whose phrase is left open for the next comment line (``# contraseña:`` then
  ``#   Girasol_2024``; :func:`~validator.secret_scan.verdicts.continued_values`).
* **Password-like tokens** (:mod:`~validator.secret_scan.tokens`) in any value or comment -
  a word mixing letters, digits and symbols (``P@ssw0rd``), a random-looking mix of case and
  digits (``Qw3rtY8zK``), a well-known token format (``ghp_…``, ``AKIA…``, JWT, private keys)
  or credentials inside a URL. Shannon entropy is computed only for such candidates. Never
  flagged: ``sha256`` values and other hex hashes, dates, oficio numbers
  (``INE/JDE01-AGS/0042/2026``), CAU tickets, URLs without credentials, e-mail addresses,
  handles and GitHub logins, the file's own account user names, regular expressions
  (``*_patron``), ordinary prose (the shapes that are never secrets:
  :mod:`~validator.secret_scan.shapes`).

:mod:`~validator.secret_scan.verdicts` combines them for a text or a value under a key;
:mod:`~validator.secret_scan.comments` finds a YAML text's comments;
:mod:`~validator.secret_scan.prefilter` finds, over a run's distinct texts at once, the few
that could hold a secret, and the comments left open for their next line.
"""
