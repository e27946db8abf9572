from stocktake.repository.models.entry import Entry, EntryImage, EntryVersion

__all__ = ["Entry", "EntryImage", "EntryVersion"]
