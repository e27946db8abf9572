from stocktake.repository.models.entry import Entry, EntryImage, EntryVersion
from stocktake.repository.models.search import SearchDocument, SearchFacetCount

__all__ = ["Entry", "EntryImage", "EntryVersion", "SearchDocument", "SearchFacetCount"]
