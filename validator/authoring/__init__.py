"""Writing inventory files for people: the new-area wizard, YAML text with comments, and
surgical edits that keep a file's comments and layout."""
