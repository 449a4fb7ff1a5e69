"""Git-aware features (gitpython): changed files, authorisation, history, merge hook.

gitpython is imported inside the functions that need it, never at module top level of the
validate path.
"""
