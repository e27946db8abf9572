"""The same cases run on SQLite (FTS5) and PostgreSQL (tsvector); `make test` runs both."""

import datetime

import pytest
from django.utils import timezone

from stocktake.repository.models import Entry
from stocktake.repository.search import indexer
from stocktake.repository.search.engine import SearchQuery, search
from stocktake.repository.search.normalise import tokens
from stocktake.repository.services import entries as svc
from tests.factories import EntryFactory, OrganisationFactory
from tests.repository.factories import published_entry

pytestmark = pytest.mark.django_db


def make(title, description, days_ago, **tags):
    entry = EntryFactory(
        title=title,
        description=f"<p>{description}</p>",
        published_at=timezone.now() - datetime.timedelta(days=days_ago),
        year=2026 - days_ago // 365,
        tags=tags or None,
        organisation=OrganisationFactory(name=f"Org for {title}"),
    )
    indexer.index_entry(entry)
    return entry


@pytest.fixture
def corpus():
    return {
        "water": make("Clean water sensors", "Sensors report water quality in rural villages.", 1, sdgs=[6]),
        "school": make("School connectivity", "Fibre and satellite links for rural schools.", 2, sdgs=[4]),
        "kirsal": make(
            "Kırsal kalkınma platformu",
            "İstanbul merkezli köy kooperatifleri için e-ticaret.",
            3,
            countries=["TR"],
            action_lines=["C7.2"],
            sdgs=[8],
        ),
        "health": make(
            "Telemedicine for islands",
            "Remote consultations over water-proof satellite kits.",
            400,
            countries=["FJ"],
            action_lines=["C7.4"],
            sdgs=[3],
        ),
        "global": make(
            "Open data toolkit",
            "A guide to publishing rural statistics openly.",
            5,
            countries=[],
            action_lines=["C3"],
            sdgs=[16, 17],
        ),
    }


def titles(result):
    return [h.title for h in result.hits]


def test_keyword_matches_title_and_body_and_ranks_title_first(corpus):
    result = search(SearchQuery(q="water"))
    assert result.total == 2
    assert titles(result) == ["Clean water sensors", "Telemedicine for islands"]


def test_turkish_and_diacritics_fold_on_both_sides(corpus):
    for q in ["kirsal", "KIRSAL", "Kırsal", "istanbul", "ISTANBUL", "koy kooperatifleri"]:
        assert titles(search(SearchQuery(q=q))) == ["Kırsal kalkınma platformu"], q


def test_phrase_prefix_and_exclusion(corpus):
    assert titles(search(SearchQuery(q='"rural villages"'))) == ["Clean water sensors"]
    assert search(SearchQuery(q='"villages rural"')).total == 0
    assert set(titles(search(SearchQuery(q="sens*")))) == {"Clean water sensors"}
    assert titles(search(SearchQuery(q="rural -water", sort="title"))) == ["Open data toolkit", "School connectivity"]
    assert search(SearchQuery(q="e-ticaret")).total == 1  # hyphenated words are a phrase


def test_no_query_lists_newest_first_with_precomputed_facets(corpus):
    result = search(SearchQuery())
    assert result.total == 5
    assert titles(result)[0] == "Clean water sensors" and titles(result)[-1] == "Telemedicine for islands"
    regions = {f.value: f.count for f in result.facets["region"]}
    assert regions == {"AFR": 2, "EUR": 1, "ASP": 1, "INT": 1}
    assert {f.value: f.count for f in result.facets["sdg"]}["6"] == 1


def test_facet_filters_or_within_and_across(corpus):
    result = search(SearchQuery(filters={"sdg": ["4", "6"]}, sort="title"))
    assert titles(result) == ["Clean water sensors", "School connectivity"]
    result = search(SearchQuery(q="rural", filters={"sdg": ["4", "16"], "region": ["AFR"]}))
    assert titles(result) == ["School connectivity"]
    # A filtered facet counts as if its own filter were off (rural + AFR: SDG 4 and 6 have one
    # each); a selected value with no results stays listed, so it can be removed.
    assert [(f.value, f.count, f.selected) for f in result.facets["sdg"]] == [
        ("4", 1, True),
        ("6", 1, False),
        ("16", 0, True),
    ]
    # Facets without a selection count the matching set.
    assert {f.value: f.count for f in result.facets["region"]} == {"AFR": 1, "INT": 1}


def test_sub_line_counts_under_its_parent(corpus):
    result = search(SearchQuery(filters={"action_line": ["C7"]}, sort="title"))
    assert titles(result) == ["Kırsal kalkınma platformu", "Telemedicine for islands"]
    counts = {f.value: f.count for f in result.facets["action_line"]}
    assert {k: counts[k] for k in ["C7", "C7.2", "C7.4", "C3"]} == {"C7": 2, "C7.2": 1, "C7.4": 1, "C3": 1}


def test_sorting_and_pagination(corpus):
    by_title = search(SearchQuery(sort="title", page_size=2, page=2))
    assert by_title.total == 5 and by_title.pages == 3
    assert titles(by_title) == ["Open data toolkit", "School connectivity"]
    assert titles(search(SearchQuery(q="rural", sort="newest"))) == [
        "Clean water sensors",
        "School connectivity",
        "Open data toolkit",
    ]
    assert search(SearchQuery(q="rural", page=9)).hits == []


def test_year_and_international_facets(corpus):
    result = search(SearchQuery(filters={"year": ["2025"]}))
    assert titles(result) == ["Telemedicine for islands"]
    assert titles(search(SearchQuery(filters={"region": ["INT"]}))) == ["Open data toolkit"]


def test_snippets_are_highlighted_and_escaped(corpus):
    make("Script test", "Uses <script>alert(1)</script> water & soap", 9)
    hit = next(h for h in search(SearchQuery(q="soap")).hits)
    assert "<mark>soap</mark>" in hit.snippet
    assert "<script>" not in hit.snippet and "&amp;" in hit.snippet


def test_nonsense_and_syntax_characters_do_not_break(corpus):
    for q in ['"', "*", "AND OR NOT", "-", "(", "NEAR(", "col:x", "'; DROP TABLE", "-water"]:
        search(SearchQuery(q=q))
    assert search(SearchQuery(q="-water")).total == 5  # only exclusions: ignored
    assert search(SearchQuery(filters={"sdg": ["99"]})).total == 0


def test_drafts_are_never_indexed_and_published_edit_is_searchable_at_once():
    entry, owner, moderator = published_entry(title="Solar kiosks")
    assert titles(search(SearchQuery(q="solar"))) == ["Solar kiosks"]
    svc.update_draft(owner, entry, {"title": "Wind kiosks"})
    svc.submit_entry(owner, entry)
    assert search(SearchQuery(q="wind")).total == 0
    assert search(SearchQuery(q="solar")).total == 1
    svc.publish_entry(moderator, entry)
    assert titles(search(SearchQuery(q="wind"))) == ["Wind kiosks"]
    assert search(SearchQuery(q="solar")).total == 0
    svc.create_entry(owner, entry.organisation, {"title": "Secret wind draft"})
    assert search(SearchQuery(q="secret")).total == 0
    svc.unpublish_entry(moderator, entry, "Duplicate")
    assert search(SearchQuery(q="wind")).total == 0
    assert search(SearchQuery()).total == 0


def test_rebuild_gives_the_same_counts(corpus):
    before = search(SearchQuery())
    indexer.rebuild()
    after = search(SearchQuery())
    assert before.total == after.total
    assert {k: [(f.value, f.count) for f in v] for k, v in before.facets.items()} == {
        k: [(f.value, f.count) for f in v] for k, v in after.facets.items()
    }


def test_chinese_bigrams():
    make("数字中国建设", "农村地区的数字技能培训", 1)
    assert search(SearchQuery(q="中国")).total == 1
    assert search(SearchQuery(q="技能")).total == 1
    assert tokens("数字") == ["数字"]


def test_collections_are_kept_apart(corpus):
    other = EntryFactory(title="Clean water in another repository", collection="women-in-tech")
    indexer.index_entry(other)
    assert search(SearchQuery(q="water")).total == 2
    result = search(SearchQuery(q="water", collection="women-in-tech"))
    assert titles(result) == ["Clean water in another repository"]
    assert search(SearchQuery(collection="women-in-tech")).total == 1
    assert search(SearchQuery()).total == 5
    assert search(SearchQuery(filters={"sdg": ["4"]})).total == 1  # the other collection's SDG 4 entry is not counted


def test_bitmap_and_row_counting_agree(corpus, settings):
    queries = [
        SearchQuery(q="rural"),
        SearchQuery(filters={"sdg": ["4", "6"]}),
        SearchQuery(q="water", filters={"region": ["AFR", "ASP"]}),
        SearchQuery(filters={"action_line": ["C7"]}),
    ]
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = True
    with_bitmaps = [(r.total, r.facets) for r in map(search, queries)]
    make("Rural water kiosk", "Rural water", 0, sdgs=[6])  # a write moves the generation on
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = False
    assert search(SearchQuery(q="rural")).total == 4
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = True
    assert search(SearchQuery(q="rural")).total == 4  # bitmaps rebuilt, not stale
    indexer.remove_entry(Entry.objects.get(title="Rural water kiosk"))
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = False
    assert [(r.total, r.facets) for r in map(search, queries)] == with_bitmaps


def test_facet_counts_are_disjunctive(corpus):
    everything = {f.value: f.count for f in search(SearchQuery()).facets["region"]}
    result = search(SearchQuery(filters={"region": ["AFR"]}))
    assert result.total == 2
    # The selected facet shows every region as if it were not selected, so a user can switch or add one…
    regions = {f.value: (f.count, f.selected) for f in result.facets["region"]}
    assert regions == {r: (n, r == "AFR") for r, n in everything.items()}
    # …while every other facet counts only the selected region's entries.
    assert {f.value: f.count for f in result.facets["sdg"]} == {"4": 1, "6": 1}
    # Two filters: each is counted with the other one applied.
    result = search(SearchQuery(q="water", filters={"region": ["AFR"], "sdg": ["3"]}))
    assert result.total == 0 and result.hits == []
    assert {f.value: f.count for f in result.facets["sdg"]} == {"6": 1, "3": 0}  # water in AFR
    assert {f.value: f.count for f in result.facets["region"]} == {"ASP": 1, "AFR": 0}  # water with SDG 3
    assert {f.value: f.count for f in result.facets["country"]} == {}  # nothing matches both


def test_relevance_counts_title_terms_then_newest(corpus):
    make("Rural water pumps", "Hand pumps.", 30)
    make("Water for schools", "Rural schools get tanks.", 20)
    result = search(SearchQuery(q="rural water"))
    # Both words in the title, then one of them (newest first), then neither in the title.
    assert titles(result) == ["Rural water pumps", "Clean water sensors", "Water for schools"]


SAME_CASES = [
    SearchQuery(q="rural"),
    SearchQuery(q="rural water"),
    SearchQuery(q="water", sort="title"),
    SearchQuery(q="rural", sort="newest", page=2, page_size=2),
    SearchQuery(q="rural", page=2, page_size=1),
    SearchQuery(filters={"sdg": ["4", "6"]}),
    SearchQuery(filters={"sdg": ["4", "6", "3"], "region": ["AFR", "ASP"]}, sort="title"),
    SearchQuery(q="sens* -quality", filters={"region": ["AFR"]}),
    SearchQuery(q="rural", filters={"region": ["AFR", "INT"], "sdg": ["4", "16"], "year": ["2026"]}),
    SearchQuery(filters={"action_line": ["C7"], "country": ["TR", "xx'\")"]}),
    SearchQuery(q="water", filters={"region": ["AFR"], "sdg": ["3"]}),
]


def test_snapshot_and_sql_reference_agree(corpus, settings):
    for i in range(6):
        make(f"Rural clinic {i}", "Water and rural health", i * 40, sdgs=[3 + i % 2], countries=["KE", "TR"][i % 2 :])
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = True
    with_snapshot = [(r.total, titles(r), r.facets) for r in map(search, SAME_CASES)]
    settings.REPOSITORY_SEARCH_FACET_BITMAPS = False
    with_sql = [(r.total, titles(r), r.facets) for r in map(search, SAME_CASES)]
    for case, a, b in zip(SAME_CASES, with_snapshot, with_sql, strict=True):
        assert a == b, case
    assert with_snapshot[0][0] == 9 and with_snapshot[3][1]  # the cases do find something


def test_deep_pages_tile_the_result_without_gaps(corpus):
    for i in range(25):
        make(f"Rural project {i}" if i % 3 else f"Village project {i}", "Rural work", i % 7)
    seen = []
    for page in range(1, 8):
        seen += [h.entry_id for h in search(SearchQuery(q="rural", page=page, page_size=5)).hits]
    assert len(seen) == len(set(seen)) == search(SearchQuery(q="rural")).total == 28
