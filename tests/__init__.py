"""ine-redes tests: they mirror the package (tests/<part>/ for validator/<part>/)."""
