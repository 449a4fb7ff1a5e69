"""ine-redes: validator of INE's social-media account guidelines (lineamientos)."""

from __future__ import annotations

__version__ = "0.1.0"
