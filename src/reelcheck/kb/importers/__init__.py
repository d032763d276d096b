"""Bulk importers: Wikidata JSON dumps and IMDb datasets into a reelcheck KB."""
from __future__ import annotations

from .common import ImportStats
from .imdb import import_imdb
from .wikidata import import_wikidata

__all__ = ["ImportStats", "import_imdb", "import_wikidata"]
