"""Figures and charts for the home page."""

from django.apps import apps
from django.utils.translation import gettext as _

from stocktake.common.charts import Bar, Chart


def home_figures() -> dict:
    """Three headline numbers, one query each."""
    Organisation = apps.get_model("accounts", "Organisation")
    Entry = apps.get_model("repository", "Entry")
    published = Entry.objects.filter(state="published")
    return {
        "entries": published.count(),
        "organisations": Organisation.objects.filter(entries__state="published").distinct().count(),
        "countries": published.filter(countries__isnull=False).values("countries").distinct().count(),
    }


def home_charts() -> list[Chart]:
    """Entries by action line, by region and by year from the search index's stored facet counts (no
    aggregation at request time), then the current prize edition's submissions by category."""
    from stocktake.repository import charts
    from stocktake.repository.search.engine import SearchQuery, search

    result = search(SearchQuery(page_size=1))
    figures = [
        charts.action_line_chart(result, {}),
        charts.region_chart(result, {}),
        charts.year_chart(result, {}),
    ]
    prize = prize_chart()
    if prize is not None:
        figures.append(prize)
    return figures


def prize_chart() -> Chart | None:
    from stocktake.contests.queries import figures

    track = figures.current_main_track()
    if track is None:
        return None
    categories = figures.submissions_by_category(track)
    if not categories:
        return None
    return Chart(
        id="chart-prize-categories",
        title=_("Submissions to the %(edition)s by category") % {"edition": track.edition.name},
        bars=[Bar(str(category), category.submitted) for category in categories],
        label_heading=_("Category"),
        value_heading=_("Submitted projects"),
    )
