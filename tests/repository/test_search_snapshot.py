"""The per-process search snapshot follows index writes by patching itself from the change log,
and a patched snapshot is identical to one built from scratch."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone

from stocktake.repository.models import Entry, SearchChange
from stocktake.repository.search import bitmaps, indexer
from stocktake.repository.search.engine import SearchQuery, search
from tests.factories import EntryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
COLLECTION = "stocktaking"
BUILD = bitmaps._build  # tests count calls to bitmaps._build; fresh() must not be one of them


@pytest.fixture(autouse=True)
def _fresh_snapshots():
    bitmaps.forget()
    yield
    bitmaps.forget()


def make(title, days_ago, **tags):
    entry = EntryFactory(
        title=title,
        description=f"<p>{title} for rural communities.</p>",
        published_at=timezone.now() - datetime.timedelta(days=days_ago),
        tags=tags or None,
        organisation=OrganisationFactory(name=f"Org for {title}"),
    )
    indexer.index_entry(entry)
    return entry


def fresh():
    """What a process that has never searched would build now."""
    return BUILD(COLLECTION)


def same(a, b):
    assert a.tokens == b.tokens
    assert a.everything == b.everything
    assert a.newest.tolist() == b.newest.tolist()
    assert a.newest_at.tolist() == b.newest_at.tolist()
    assert a.by_title.tolist() == b.by_title.tolist()
    assert {k: sorted(v) for k, v in a.by_facet.items()} == {k: sorted(v) for k, v in b.by_facet.items()}


def test_writes_patch_the_snapshot_instead_of_rebuilding_it(monkeypatch):
    water = make("Clean water sensors", 1, sdgs=[6], countries=["KE"])
    school = make("School connectivity", 2, sdgs=[4])
    first = bitmaps.current(COLLECTION)
    assert search(SearchQuery(q="rural")).total == 2

    builds = []
    original = bitmaps._build
    monkeypatch.setattr(bitmaps, "_build", lambda *a: builds.append(a) or original(*a))

    # A new entry, published between the two others (newest order must merge it in place).
    middle = make("Mobile clinics", 1.5, sdgs=[3, 6], countries=["FJ"])
    # An edit that moves an entry to other facets and to the top of the newest order.
    school.published_at = timezone.now()
    school.save()
    school.sdgs.set([])
    indexer.index_entry(school)
    # A removal.
    indexer.remove_entry(water)

    patched = bitmaps.current(COLLECTION)
    assert builds == [] and patched is not first
    assert patched.last_change > first.last_change
    same(patched, fresh())
    result = search(SearchQuery(q="rural", sort="newest"))
    assert [h.title for h in result.hits] == ["School connectivity", "Mobile clinics"]
    assert {f.value: f.count for f in result.facets["sdg"]} == {"3": 1, "6": 1}
    assert bitmaps.current(COLLECTION) is patched  # nothing new: the same snapshot, no work
    assert builds == [] and middle.pk in patched.newest.tolist()


def test_a_new_id_beyond_the_bitmaps_grows_them():
    make("First", 3)
    before = bitmaps.current(COLLECTION)
    for n in range(30):
        EntryFactory(title=f"Unpublished {n}", state=Entry.State.DRAFT, published_at=None)
    late = make("Late arrival", 0, sdgs=[9])
    after = bitmaps.current(COLLECTION)
    assert after.bits > late.pk and after.size >= before.size
    same(after, fresh())
    assert search(SearchQuery(filters={"sdg": ["9"]})).total == 1


def test_too_many_pending_changes_or_a_rebuild_build_it_whole(monkeypatch, settings):
    make("Alpha", 1)
    bitmaps.current(COLLECTION)
    monkeypatch.setattr(bitmaps, "PATCH_LIMIT", 2)
    for n in range(3):
        make(f"Beta {n}", 2)
    builds = []
    original = bitmaps._build
    monkeypatch.setattr(bitmaps, "_build", lambda *a: builds.append(a) or original(*a))
    snap = bitmaps.current(COLLECTION)
    assert len(builds) == 1
    same(snap, fresh())

    indexer.rebuild()  # a new epoch: whatever the log holds, build again
    monkeypatch.setattr(bitmaps, "PATCH_LIMIT", 5000)
    rebuilt = bitmaps.current(COLLECTION)
    assert len(builds) == 2 and rebuilt.epoch != snap.epoch
    assert search(SearchQuery(q="beta")).total == 3


def test_a_rolled_back_write_is_never_applied_and_a_reused_id_is_noticed(monkeypatch):
    make("Alpha", 1)
    bitmaps.current(COLLECTION)
    try:
        with transaction.atomic():
            ghost = make("Ghost entry", 0)
            assert search(SearchQuery(q="ghost")).total == 1  # this process saw the write ...
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    # ... which never happened: the last change it applied is gone, so it builds again.
    assert not SearchChange.objects.filter(entry_id=ghost.pk).exists()
    assert search(SearchQuery(q="ghost")).total == 0
    same(bitmaps.current(COLLECTION), fresh())


def test_the_change_log_is_cut_and_an_older_snapshot_rebuilds(monkeypatch):
    monkeypatch.setattr(indexer, "CHANGES_KEPT", 2)
    make("Alpha", 1)
    old = bitmaps.current(COLLECTION)
    for n in range(5):
        make(f"Gamma {n}", 2)
    assert SearchChange.objects.count() < 6  # cut to the newest few
    assert not SearchChange.objects.filter(id=old.last_change).exists()
    snap = bitmaps.current(COLLECTION)
    same(snap, fresh())
    assert search(SearchQuery(q="gamma")).total == 5


def test_a_document_written_during_a_build_still_fits(monkeypatch):
    for n in range(10):  # ids past the first byte of a bitmap
        EntryFactory(title=f"Unpublished {n}", state=Entry.State.DRAFT, published_at=None)
    for n in range(3):
        make(f"Delta {n}", n, sdgs=[5])
    expected = BUILD(COLLECTION)
    # As if every document had been written after the build read the highest id.
    monkeypatch.setattr(bitmaps, "_HEAD_SQL", bitmaps._HEAD_SQL.replace("max(entry_id)", "0 * max(entry_id)"))
    grown = BUILD(COLLECTION)
    assert max(expected.newest.tolist()) >= 8  # so the build did have to grow its bitmaps
    same(grown, expected)
    assert grown.size * 8 > max(expected.newest.tolist())
