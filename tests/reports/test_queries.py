"""Each report figure's query, checked against the database and the fixture's known answers."""

from stocktake.reports import queries
from stocktake.reports.queries import Scope
from stocktake.repository.models import Entry
from tests.reports import factories as f


def counts(rows):
    return {t.key: t.count for t in rows}


def test_totals_count_only_published_entries_of_the_year(report_data):
    scope = Scope(2026)
    assert queries.total_entries(scope) == 6
    assert queries.total_entries(scope) == Entry.objects.filter(state="published", year=2026).count()
    assert queries.count_organisations(scope) == 5
    # Kenya, Egypt, France, China
    assert queries.count_countries(scope) == 4


def test_by_action_line_counts_c7_once_for_its_sub_lines(report_data):
    rows = queries.entries_by_action_line(Scope(2026))
    assert [t.key for t in rows][:8] == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C7.1"]
    assert len(rows) == 19
    by = counts(rows)
    assert by["C2"] == 2
    assert by["C4"] == 1  # the draft does not count
    # C7.3, C7.4, and (C7 + C7.7) on one entry: three entries, not four tags
    assert by["C7"] == 3
    assert by["C7.7"] == 1
    assert by["C11"] == 1


def test_by_sdg_gdc_status(report_data):
    scope = Scope(2026)
    sdg = counts(queries.entries_by_sdg(scope))
    assert len(sdg) == 17
    assert sdg["4"] == 2 and sdg["9"] == 2 and sdg["17"] == 1 and sdg["1"] == 0
    assert counts(queries.entries_by_gdc_objective(scope)) == {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0}
    assert counts(queries.entries_by_status(scope)) == {"planned": 0, "ongoing": 4, "completed": 2}


def test_by_region_counts_an_entry_in_each_of_its_regions(report_data):
    by = counts(queries.entries_by_region(Scope(2026)))
    assert list(by) == ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR", "INT"]
    assert by == {"AFR": 3, "AMS": 0, "ARB": 1, "ASP": 1, "CIS": 0, "EUR": 1, "INT": 1}
    for code, n in by.items():
        assert n == Entry.objects.filter(state="published", year=2026, regions__code=code).distinct().count()


def test_stakeholder_types_follow_the_organisation(report_data):
    by = counts(queries.entries_by_stakeholder_type(Scope(2026)))
    assert by["government"] == 2
    assert by["private-sector"] == by["civil-society"] == by["academia"] == by["international-organization"] == 1
    assert by["other"] == 0


def test_top_countries_by_count_then_code(report_data):
    rows = queries.top_countries(Scope(2026), limit=3)
    assert [(t.key, t.count) for t in rows] == [("KE", 3), ("CN", 1), ("EG", 1)]


def test_regional_scope_filters_entries_and_countries(report_data):
    scope = Scope(2026, "AFR")
    assert queries.total_entries(scope) == 3
    # The Egypt–Kenya entry is in Africa through Kenya; only Kenya counts as an African country.
    assert queries.count_countries(scope) == 1
    assert [(t.key, t.count) for t in queries.top_countries(scope)] == [("KE", 3)]
    assert queries.total_entries(Scope(2026, "CIS")) == 0
    assert all(t.count == 0 for t in queries.entries_by_action_line(Scope(2026, "CIS")))


def test_year_on_year_lists_each_year_up_to_the_report(report_data):
    f.entry("Future project", report_data["entries"]["skills"].organisation, countries=["KE"], year=2027)
    assert [(t.key, t.count) for t in queries.entries_by_year(Scope(2026))] == [("2025", 1), ("2026", 6)]
    assert [(t.key, t.count) for t in queries.entries_by_year(Scope(2026, "EUR"))] == [("2026", 1)]


def test_entry_digests_carry_tags_and_sort_by_title(report_data):
    digests = queries.entry_digests(Scope(2026))
    assert len(digests) == 6
    titles = [d.title for d in digests]
    assert titles == sorted(titles, key=str.casefold)
    rural = next(d for d in digests if d.title.startswith("مشروع"))
    assert [c[0] for c in rural.countries] == ["EG", "KE"]
    assert rural.regions == {"AFR", "ARB"}
    agri = next(d for d in digests if d.title == "数字乡村平台")
    assert agri.action_lines == ["C7", "C7.7"]
    assert agri.tags == "C7, C7.7, SDG 2"


def test_examples_put_prize_results_first_then_completed_work(report_data):
    scope = Scope(2026)
    digests = queries.entry_digests(scope)
    ranks = queries.prize_ranks(2026)
    e = report_data["entries"]
    assert ranks == {e["skills"].pk: 0, e["elearn"].pk: 1}
    c7 = queries.select_examples(digests, {"C7", "C7.3", "C7.4", "C7.7"}, ranks, limit=2)
    assert [d.title for d in c7] == ["Open school platform", "数字乡村平台"]
    c2 = queries.select_examples(digests, {"C2"}, ranks, limit=5)
    assert [d.title for d in c2] == ["مشروع الاتصال الريفي", "Global spectrum toolkit"]
    # Deterministic: the same data gives the same choice.
    assert queries.select_examples(digests, {"C7", "C7.3", "C7.4", "C7.7"}, ranks, limit=2) == c7


def test_examples_by_country_stay_inside_the_region(report_data):
    digests = queries.entry_digests(Scope(2026, "AFR"))
    groups = queries.select_examples_by_country(digests, {"C2"}, "AFR", {}, per_country=2)
    assert [(code, [d.title for d in items]) for code, _name, items in groups] == [("KE", ["مشروع الاتصال الريفي"])]


def test_prize_totals_and_results(report_data):
    assert queries.submission_totals(2026) == {
        "received": 4,
        "nominated": 3,
        "finalists": 3,
        "champions": 1,
        "winners": 2,
    }
    results = queries.prize_results(2026)
    assert [(c.number, [w.title for w in c.winners], [w.title for w in c.champions]) for c in results] == [
        (4, ["Community digital skills centres"], []),
        (9, ["Cairo classroom tablets"], ["Open school platform"]),
    ]
    assert queries.submission_totals(2026, "EUR")["champions"] == 1
    assert queries.prize_results(2025) == []


def test_success_stories_have_their_texts(report_data):
    winners = queries.success_stories(2026)
    assert [w.title for w in winners] == ["Community digital skills centres", "Cairo classroom tablets"]
    assert winners[0].country == "Kenya"
    assert ("Impact", "Forty thousand people trained.") in winners[0].answers
    assert winners[0].project_description == "Digital services for people in rural districts."
    assert winners[1].project_description == ""  # no repository entry behind it
    with_champions = queries.success_stories(2026, include_champions=True)
    assert [w.state for w in with_champions] == ["winner", "winner", "champion"]
