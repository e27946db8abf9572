from stocktake.insights.models.suggestion import EntrySuggestion

__all__ = ["EntrySuggestion"]
