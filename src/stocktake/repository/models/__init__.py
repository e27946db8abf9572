from stocktake.repository.models.entry import Entry, EntryImage, EntryVersion, EntryVersionImage
from stocktake.repository.models.search import SearchDocument, SearchFacetCount

__all__ = ["Entry", "EntryImage", "EntryVersion", "EntryVersionImage", "SearchDocument", "SearchFacetCount"]
