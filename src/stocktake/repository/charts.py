"""Charts of published entries for the home, region, country and action-line pages.

They are drawn from the facet counts of one search (stocktake.repository.search), which the page
runs anyway for its list of latest entries: the charts cost no query of their own, and the counts
are the ones the search page shows, so every bar links to exactly the entries it counts.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from stocktake.common.charts import COLUMNS, Bar, Chart
from stocktake.repository.search.engine import FacetValue, SearchResult


def search_href(filters: dict[str, str], **extra: str) -> str:
    """The search page filtered by `filters` plus `extra` (facet name → value)."""
    params = sorted({**filters, **extra}.items())
    return reverse("repository:search") + ("?" + urlencode(params) if params else "")


def _bars(values: list[FacetValue], facet: str, filters: dict[str, str]) -> list[Bar]:
    return [Bar(v.label, v.count, href=search_href(filters, **{facet: v.value})) for v in values]


def _entries_heading() -> str:
    return _("Published entries")


def action_line_chart(result: SearchResult, filters: dict[str, str], *, id: str = "chart-action-lines") -> Chart:
    """The eleven action lines (C7 counts each entry of any of its sub-lines once)."""
    lines = [v for v in result.facets.get("action_line", []) if "." not in v.value]
    return Chart(
        id=id,
        title=_("Entries by action line"),
        bars=_bars(lines, "action_line", filters),
        label_heading=_("Action line"),
        value_heading=_entries_heading(),
        note=_("An entry can serve several action lines, so the bars add up to more than the entries."),
    )


def sub_line_chart(
    result: SearchResult, parent_code: str, filters: dict[str, str], *, id: str = "chart-sub-lines"
) -> Chart:
    lines = [v for v in result.facets.get("action_line", []) if v.value.startswith(parent_code + ".")]
    return Chart(
        id=id,
        title=_("Entries by sub-line"),
        bars=_bars(lines, "action_line", filters),
        label_heading=_("Action line"),
        value_heading=_entries_heading(),
    )


def region_chart(result: SearchResult, filters: dict[str, str], *, id: str = "chart-regions") -> Chart:
    return Chart(
        id=id,
        title=_("Entries by region"),
        bars=_bars(result.facets.get("region", []), "region", filters),
        label_heading=_("Region"),
        value_heading=_entries_heading(),
        note=_("An entry carried out in several regions counts in each of them."),
    )


def country_chart(countries, filters: dict[str, str], *, limit: int = 10, id: str = "chart-countries") -> Chart:
    """Countries with the most entries; `countries` are (code, name, count) in descending order."""
    top = list(countries)[:limit]
    return Chart(
        id=id,
        title=_("Countries with the most entries"),
        bars=[Bar(name, count, href=search_href(filters, country=code)) for code, name, count in top],
        label_heading=_("Country"),
        value_heading=_entries_heading(),
    )


def stakeholder_chart(result: SearchResult, filters: dict[str, str], *, id: str = "chart-stakeholders") -> Chart:
    return Chart(
        id=id,
        title=_("Entries by type of organisation"),
        bars=_bars(result.facets.get("stakeholder", []), "stakeholder", filters),
        label_heading=_("Stakeholder type"),
        value_heading=_entries_heading(),
    )


def sdg_chart(result: SearchResult, filters: dict[str, str], *, id: str = "chart-sdgs") -> Chart:
    return Chart(
        id=id,
        title=_("Entries by Sustainable Development Goal"),
        bars=_bars(result.facets.get("sdg", []), "sdg", filters),
        label_heading=_("Sustainable Development Goal"),
        value_heading=_entries_heading(),
        note=_("An entry can serve several goals."),
    )


def year_chart(result: SearchResult, filters: dict[str, str], *, id: str = "chart-years") -> Chart:
    """Entries per stocktaking year, oldest first; years without entries between the first and the
    last show as zero, so the time axis is even."""
    counts = {int(v.value): v.count for v in result.facets.get("year", []) if v.value.isdigit()}
    years = range(min(counts), max(counts) + 1) if counts else []
    return Chart(
        id=id,
        title=_("Entries by stocktaking year"),
        kind=COLUMNS,
        bars=[
            Bar(str(year), counts.get(year, 0), href=search_href(filters, year=str(year)) if counts.get(year) else "")
            for year in years
        ],
        label_heading=_("Year"),
        value_heading=_entries_heading(),
    )
