"""Telling a person, right after they submit, that their project looks like one already known.

Reworded or retitled copies pass the exact-duplicate rules; the similarity model catches many of
them. The message is a warning, not a refusal: the secretariat sees the same clusters and decides."""

from django.contrib import messages
from django.utils.translation import gettext as _

from stocktake.insights import queries, runtime


def warn_about_similar_projects(request, title: str, description: str, *, exclude: list[str], year=None) -> int:
    """Add up to three warning messages; returns how many. Never fits models inside a request."""
    if runtime.available() is None:
        return 0
    items = queries.duplicate_warnings(title, description, exclude=exclude, current_year=year)[:3]
    for item in items:
        if item["previous_winner"]:
            text = _(
                "This project looks like “%(title)s”, which won a prize in %(year)s: previous winners are not eligible."
            )
        else:
            text = _(
                "This project looks very similar to “%(title)s” (%(year)s). If it is the same project, "
                "withdraw one of them: the same project may not be submitted twice."
            )
        messages.warning(request, text % {"title": item["title"], "year": item["year"] or ""})
    return len(items)
