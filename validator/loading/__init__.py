"""Loading layer: find the repository, read files safely, keep positions.

Floor 2: parsing with positions, the pydantic errors placed at a line, the YAML writer;
uses the models (floor 1) and the leaves.
"""
