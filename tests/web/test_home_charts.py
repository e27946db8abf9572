"""The home page's charts: entries by action line, region and year from the search index, and the
current prize edition's submissions by category, with numbers from real rows."""

import datetime

import pytest
from django.utils import timezone

from stocktake.contests.models import Edition
from stocktake.repository.search import indexer
from tests.charts import charts_on
from tests.coordination.factories import CategoryFactory, SubmissionFactory, TrackFactory, add_phases
from tests.factories import EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warm_reference_cache():
    from stocktake.repository.search.facets import describe

    describe("sdg_1")


def _entries():
    entries = [
        EntryFactory(year=2024, tags={"countries": ["KE"], "action_lines": ["C4"]}),
        EntryFactory(year=2024, tags={"countries": ["FR"], "action_lines": ["C4", "C5"]}),
        EntryFactory(year=2026, tags={"countries": [], "action_lines": ["C7.4"]}),
        EntryFactory(state="draft", tags={"countries": ["KE"], "action_lines": ["C1"]}),
    ]
    indexer.index_entries([e.pk for e in entries])
    return entries


def _prize_track(year=2026, *, opened=True, published=True):
    track = TrackFactory(edition__year=year)
    Edition.objects.filter(pk=track.edition_id).update(is_published=published)
    end = timezone.now() + datetime.timedelta(days=10 if opened else 200)
    add_phases(track, submission_end=end)
    first = CategoryFactory(track=track, number=1, names={"en": "Governance"})
    second = CategoryFactory(track=track, number=2, names={"en": "Infrastructure"})
    for state in ["submitted", "nominated", "not_nominated", "draft", "withdrawn", "returned"]:
        SubmissionFactory(category=first, state=state)
    SubmissionFactory(category=second, state="ineligible")
    return track


def test_home_charts_show_entries_by_action_line_region_and_year(client):
    _entries()
    charts = charts_on(client.get("/").content.decode())
    assert charts["chart-action-lines"].values() == {
        "C4 Capacity building": "2",
        "C5 Confidence and security": "1",
        "C7 ICT applications": "1",
    }
    assert charts["chart-action-lines"].links()["C5 Confidence and security"] == "/entries/?action_line=C5"
    assert charts["chart-regions"].values() == {"Africa": "1", "Europe": "1", "International": "1"}
    assert list(charts["chart-years"].values().items()) == [("2024", "2"), ("2025", "0"), ("2026", "1")]
    assert "chart-prize-categories" not in charts  # no edition yet


def test_home_chart_of_prize_submissions_counts_only_handed_in_projects(client):
    _prize_track()
    _prize_track(year=2027, opened=False)  # published, but its submission phase has not opened
    _prize_track(year=2028, published=False)
    prize = charts_on(client.get("/").content.decode())["chart-prize-categories"]
    assert prize.title == "Submissions to the WSIS Prizes 2026 by category"
    # Drafts, withdrawn and returned applications are not submissions.
    assert prize.values() == {"1. Governance": "3", "2. Infrastructure": "1"}


def test_home_query_count_is_constant(client, django_assert_max_num_queries):
    _entries()
    _prize_track()
    client.get("/")
    with django_assert_max_num_queries(9):
        client.get("/")
    more = [EntryFactory(year=2015 + i % 10, tags={"action_lines": ["C3", "C7.2"]}) for i in range(30)]
    indexer.index_entries([e.pk for e in more])
    client.get("/")
    with django_assert_max_num_queries(9):
        response = client.get("/")
    assert charts_on(response.content.decode())["chart-action-lines"].values()["C3 Access to information"] == "30"
