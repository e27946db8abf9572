"""Charts on the region, country and action-line pages: the numbers drawn come from real rows, each
bar's link leads to a search that finds exactly the entries it counts, and the pages' query counts do
not grow with the data."""

import pytest
from django.urls import reverse

from stocktake.repository.search import indexer
from stocktake.taxonomy.models import ActionLine, StakeholderType, Subtopic
from tests.charts import charts_on
from tests.factories import EntryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

# Measured: the page's own object, one search (ids, index generation, latest page, its rows and
# descriptions), then what the page adds (countries of the region; sub-lines and sub-topic counts).
LIMIT_REGION, LIMIT_COUNTRY, LIMIT_LINE, LIMIT_LINES = 7, 6, 8, 6


@pytest.fixture(autouse=True)
def warm_reference_cache():
    """Facet labels come from reference data cached once per process; measure the steady state."""
    from stocktake.repository.search.facets import describe

    describe("sdg_1")


@pytest.fixture
def africa_and_europe():
    """Six published entries in Africa (four touch Kenya, two Ghana), one in Europe, one draft."""
    government = OrganisationFactory()
    civil = OrganisationFactory(stakeholder_type=StakeholderType.objects.get(code="civil-society"))
    entries = [
        *[
            EntryFactory(organisation=government, year=2024, tags={"countries": ["KE"], "action_lines": ["C4"]})
            for _ in range(3)
        ],
        EntryFactory(
            organisation=civil, year=2026, tags={"countries": ["GH"], "action_lines": ["C7.1", "C2"], "sdgs": [9, 16]}
        ),
        EntryFactory(organisation=civil, year=2026, tags={"countries": ["KE", "GH"], "action_lines": ["C4"]}),
        EntryFactory(organisation=government, year=2023, tags={"countries": ["FR"], "action_lines": ["C4"]}),
        EntryFactory(organisation=government, state="draft", tags={"countries": ["KE"], "action_lines": ["C2"]}),
    ]
    indexer.index_entries([e.pk for e in entries])
    return entries


def _search_total(client, href: str) -> int:
    return client.get(href).context["result"].total


def test_region_page_charts_count_real_entries(client, africa_and_europe):
    html = client.get(reverse("repository:region", args=["AFR"])).content.decode()
    charts = charts_on(html)
    assert set(charts) == {"chart-action-lines", "chart-countries", "chart-stakeholders", "chart-years", "chart-sdgs"}
    lines = charts["chart-action-lines"]
    # C7 counts the C7.1 entry; the draft's C2 and the European entry do not count.
    assert lines.values() == {
        "C2 ICT infrastructure": "1",
        "C4 Capacity building": "4",
        "C7 ICT applications": "1",
    }
    assert charts["chart-countries"].values() == {"Kenya": "4", "Ghana": "2"}
    assert charts["chart-stakeholders"].values() == {"Government": "3", "Civil Society": "2"}
    # The time axis is even: 2025 had none and still has its column.
    assert list(charts["chart-years"].values().items()) == [("2024", "3"), ("2025", "0"), ("2026", "2")]
    assert charts["chart-sdgs"].values() == {
        "4. Quality Education": "4",
        "9. Industry, Innovation and Infrastructure": "1",
        "16. Peace, Justice and Strong Institutions": "1",
    }
    assert charts["chart-years"].summary == "From 2024 to 2026: 3, then 2; highest in 2024 (3)."
    assert all(chart.svg_role == "img" for chart in charts.values())


def test_every_bar_links_to_a_search_with_the_same_count(client, africa_and_europe):
    charts = charts_on(client.get(reverse("repository:region", args=["AFR"])).content.decode())
    links = charts["chart-action-lines"].links()
    assert links["C4 Capacity building"] == "/entries/?action_line=C4&region=AFR"
    checked = 0
    for chart in charts.values():
        for label, value, href in chart.rows:
            if href:
                assert _search_total(client, href) == int(value), (chart.id, label, href)
                checked += 1
    assert checked >= 10
    # A year without entries has nothing to link to; the bars carry the same links as the table.
    assert "2025" not in charts["chart-years"].links()
    assert dict(charts["chart-years"].bars)["2024"] == "/entries/?region=AFR&year=2024"


def test_country_page_charts(client, africa_and_europe):
    charts = charts_on(client.get(reverse("repository:country", args=["GH"])).content.decode())
    assert set(charts) == {"chart-action-lines", "chart-stakeholders", "chart-years", "chart-sdgs"}
    assert charts["chart-action-lines"].values() == {
        "C2 ICT infrastructure": "1",
        "C4 Capacity building": "1",
        "C7 ICT applications": "1",
    }
    assert charts["chart-stakeholders"].values() == {"Civil Society": "2"}
    assert charts["chart-stakeholders"].links() == {"Civil Society": "/entries/?country=GH&stakeholder=civil-society"}


def test_action_line_page_shows_description_sub_topics_and_charts(client, africa_and_europe):
    line = ActionLine.objects.get(code="C4")
    subtopic = Subtopic.objects.filter(action_line=line).first()
    africa_and_europe[0].subtopics.add(subtopic)
    africa_and_europe[-1].subtopics.add(subtopic)  # the draft: not counted
    response = client.get(reverse("repository:action-line", args=["c4"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert line.description[:60] in html
    assert "5 published entries" in html and 'href="/entries/?action_line=C4"' in html
    subtopics = {s.name: s.entry_count for s in response.context["subtopics"]}
    assert subtopics[subtopic.name] == 1 and len(subtopics) == line.subtopics.count()
    charts = charts_on(html)
    assert set(charts) == {"chart-regions", "chart-years", "chart-sdgs", "chart-stakeholders"}
    assert charts["chart-regions"].values() == {"Africa": "4", "Europe": "1"}
    assert charts["chart-regions"].links()["Europe"] == "/entries/?action_line=C4&region=EUR"
    assert list(charts["chart-years"].values()) == ["2023", "2024", "2025", "2026"]


def test_c7_page_breaks_down_by_sub_line(client, africa_and_europe):
    html = client.get(reverse("repository:action-line", args=["C7"])).content.decode()
    charts = charts_on(html)
    assert charts["chart-sub-lines"].values() == {"C7.1 E-government": "1"}
    assert "/action-lines/C7.8/" in html
    sub = client.get(reverse("repository:action-line", args=["C7.1"])).content.decode()
    assert 'href="/action-lines/C7/"' in sub and "1 published entry" in sub


def test_action_line_index_lists_every_line_with_counts(client, africa_and_europe):
    response = client.get(reverse("repository:action-lines"))
    html = response.content.decode()
    for code in ["C1", "C7", "C7.1", "C11"]:
        assert f'href="/action-lines/{code}/"' in html
    counts = {line.code: line.entry_count for line in response.context["lines"]}
    assert counts["C4"] == 5 and counts["C2"] == 1 and counts["C1"] == 0
    assert charts_on(html)["chart-action-lines"].values()["C4 Capacity building"] == "5"


def test_unknown_action_line_is_not_found(client):
    assert client.get(reverse("repository:action-line", args=["C99"])).status_code == 404


def test_charts_mirror_in_arabic(client, africa_and_europe):
    html = client.get(reverse("repository:region", args=["AFR"]), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html and 'direction="rtl"' in html and 'direction="ltr"' not in html


def test_chart_pages_query_counts_do_not_grow(client, africa_and_europe, django_assert_max_num_queries):
    # The one search behind all charts of a page, its latest entries, the page's own objects.
    limits = {
        reverse("repository:region", args=["AFR"]): LIMIT_REGION,
        reverse("repository:country", args=["KE"]): LIMIT_COUNTRY,
        reverse("repository:action-line", args=["C4"]): LIMIT_LINE,
        reverse("repository:action-line", args=["C7"]): LIMIT_LINE,
        reverse("repository:action-lines"): LIMIT_LINES,
    }
    for path, limit in limits.items():
        client.get(path)  # warm the per-process facet bitmaps
        with django_assert_max_num_queries(limit):
            assert client.get(path).status_code == 200
    more = [
        EntryFactory(
            year=2010 + i % 15, tags={"countries": ["KE", "GH", "NG"][: 1 + i % 3], "action_lines": ["C4", "C7.3"]}
        )
        for i in range(40)
    ]
    indexer.index_entries([e.pk for e in more])
    for path, limit in limits.items():
        client.get(path)
        with django_assert_max_num_queries(limit):
            assert client.get(path).status_code == 200
