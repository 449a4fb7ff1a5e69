"""``ine-redes import``: from the spreadsheets CNCS keeps (or the lists ``generate`` writes) to
one area file per area.

Floor 6 (tools that write files for people): it reads the generators' column headers and
labels (floor 5) and the models (floor 1); nothing below imports it.

* :mod:`.tables` reads CSV (UTF-8 or Windows-1252, ``,`` or ``;``), XLSX and the JSON lists
  into :class:`~.tables.Sheet` objects whose every cell knows its file, sheet, row and column;
* :mod:`.columns` says which headers make which kind of sheet (áreas, personas, cuentas,
  correos genéricos) and turns labels back into the inventory's codes;
* :mod:`.assemble` groups the rows by area and refuses bad rows with their place;
* :mod:`.render` writes the area file, marking what the lists lack as pending;
* :mod:`.template` writes the empty template; :mod:`.run` writes all files or none and the
  migration report.
"""
