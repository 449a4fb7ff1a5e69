"""Print-ready forms of the lineamientos (Anexo 1, Anexo 2).

Floor 5 (outputs): reads the models; beside the other outputs, which it never imports.
"""
