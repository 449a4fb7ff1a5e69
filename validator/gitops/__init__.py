"""Git-aware features (gitpython): changed files, authorisation, history, merge hook.

gitpython is imported inside the functions that need it, never at module top level of the
validate path.

Floor 6 (git-aware features): uses the outputs, the engine, the rules and everything
below; it stands beside ``authoring`` and ``importing`` and never imports them.
"""
