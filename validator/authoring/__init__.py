"""Writing inventory files for people: the new-area wizard, YAML text with comments, and
surgical edits that keep a file's comments and layout.

Floor 6 (tools that write files for people): uses the engine, the rules and everything
below; it stands beside ``gitops`` and ``importing`` and never imports them.
"""
