"""Insights services. `index_entry(entry)` is what the repository calls (or the signal receiver in
insights/signals.py does for it) when an entry is published, changed or withdrawn;
`sync_submissions` is for bulk changes that send no signals (the demo timeline's rebuild)."""

from stocktake.insights.services.indexing import index_entry, index_submission, rebuild, sync_submissions

__all__ = ["index_entry", "index_submission", "rebuild", "sync_submissions"]
