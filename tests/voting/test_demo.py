from types import SimpleNamespace

import pytest

from stocktake.contests.models import Submission
from stocktake.voting import demo
from stocktake.voting.models import InvalidationEntry, Vote
from stocktake.voting.queries import fraud, results
from tests.factories import user_with_role
from tests.voting.factories import make_voter, voting_track

pytestmark = pytest.mark.django_db


def _ctx():
    users = {
        "secretariat": user_with_role("secretariat"),
        "expert": user_with_role("expert"),
        "voter": make_voter(email="voter@demo.stocktake.example"),
    }
    return SimpleNamespace(users=users, seed=2026, log=lambda *a: None)


def test_demo_votes_for_a_closed_2026_vote_are_counted_published_and_decided():
    track, _ballot = voting_track(year=2026, categories=10, nominees=6, state="closed", validity=None)
    ctx = _ctx()
    demo.load(ctx)
    assert Vote.objects.filter(category__track=track).count() > 3000
    assert Vote.objects.filter(voter=ctx.users["voter"]).count() == 10  # voting complete
    track.refresh_from_db()
    assert track.settings["vote_validity"] == "all_categories"
    assert results.verify(track) == []
    summary = results.summary(track)
    assert {"network_burst", "disposable_email", "scripted_timing", "incomplete_ballot"} <= set(summary["reasons"])
    assert InvalidationEntry.objects.filter(reverses__isnull=False).count() == 1
    assert Submission.objects.filter(track=track, state="winner").count() == 11  # two in one category
    assert Submission.objects.filter(track=track, state="champion").exists()
    keys = {s.key for s in fraud.all_signals(track) if s.rows}
    assert {"network_bursts", "disposable_email", "fast_after_confirmation", "identical_timing"} <= keys
    before = Vote.objects.count()
    demo.load(ctx)  # idempotent
    assert Vote.objects.count() == before


def test_demo_leaves_an_open_vote_open_and_does_nothing_without_nominees():
    ctx = _ctx()
    demo.load(ctx)  # no 2026 track at all
    track, _ballot = voting_track(year=2026, categories=3, nominees=3, state="open")
    Submission.objects.filter(track=track).update(state="submitted")
    demo.load(ctx)
    assert not Vote.objects.exists()
    Submission.objects.filter(track=track, category__number__gt=1).update(state="nominated")
    demo.load(ctx)  # category 1 has no nominees: nobody could complete a ballot
    assert not Vote.objects.exists()
    Submission.objects.filter(track=track).update(state="nominated")
    demo.load(ctx)
    assert Vote.objects.filter(category__track=track).exists()
    assert not Vote.objects.filter(voter=ctx.users["voter"]).exists()  # the demo voter can vote now
    assert not results.is_published(track)
