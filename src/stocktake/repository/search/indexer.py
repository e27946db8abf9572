"""Keeps the search tables in step with published entries (filled in by the search backends)."""


def index_entry(entry) -> None:
    pass


def remove_entry(entry) -> None:
    pass
