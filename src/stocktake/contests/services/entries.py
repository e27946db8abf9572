"""Creating the repository entry behind a new submission.

TEMPORARY: the repository app will provide
`stocktake.repository.services.entries.create_entry(actor, organisation, data) -> Entry`. Until it
is in main, this private helper does the minimum the same way (a draft Entry, its content written
with repository.content.apply_data, and version 1 holding the data). Switch `create_entry` below
to the repository service when it lands.
"""

from __future__ import annotations

from stocktake.repository.content import apply_data
from stocktake.repository.models import Entry, EntryVersion


def create_entry(actor, organisation, data: dict) -> Entry:
    try:  # the repository's own service, once it exists
        from stocktake.repository.services.entries import create_entry as repository_create_entry
    except ImportError:
        return _create_draft_entry(actor, organisation, data)
    return repository_create_entry(actor, organisation, data)


def _create_draft_entry(actor, organisation, data: dict) -> Entry:
    entry = Entry(
        organisation=organisation,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        title=data["title"],
        description=data.get("description", ""),
    )
    entry.save()
    apply_data(entry, data)
    EntryVersion.objects.create(entry=entry, number=1, data=data, author=entry.created_by)
    return entry
