from stocktake.repository.models.entry import Entry, EntryImage, EntryVersion, EntryVersionImage
from stocktake.repository.models.search import SearchChange, SearchDocument, SearchFacetCount

__all__ = [
    "Entry",
    "EntryImage",
    "EntryVersion",
    "EntryVersionImage",
    "SearchChange",
    "SearchDocument",
    "SearchFacetCount",
]
