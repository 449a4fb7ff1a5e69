"""Print-ready forms of the lineamientos (Anexo 1, Anexo 2)."""
