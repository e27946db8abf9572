"""A prize track with a voting phase and nominated submissions, for voting tests."""

from datetime import timedelta

from django.utils import timezone

from stocktake.accounts.models import Organisation
from stocktake.contests.models import Category, Edition, Phase, Submission, Track
from stocktake.taxonomy.models import StakeholderType


def make_organisation() -> Organisation:
    # Not OrganisationFactory: transactional tests may run after another one flushed the
    # reference data that the migrations load, so this creates what it needs.
    stakeholder_type, _ = StakeholderType.objects.get_or_create(
        code="government", defaults={"order": 1, "names": {"en": "Government"}}
    )
    n = Organisation.objects.count() + 1
    return Organisation.objects.create(
        name=f"Voting organisation {n}", slug=f"voting-org-{n}", stakeholder_type=stakeholder_type
    )


def voting_track(*, categories=3, nominees=4, year=2026, state="open", validity="each_vote", finalists=5):
    """A track whose voting phase is open (or "upcoming"/"closed"), with `nominees` nominated
    submissions in each of `categories` categories; `validity=None` leaves the main track's default
    rule. Returns (track, {category number: [submissions]})."""
    edition, _ = Edition.objects.get_or_create(year=year, defaults={"name": f"WSIS Prizes {year}"})
    settings = {"vote_validity": validity} if validity else {}
    track = Track.objects.create(
        edition=edition,
        kind="main",
        slug=f"prizes-{Track.objects.count() + 1}",
        names={"en": f"WSIS Prizes {year}"},
        settings=settings,
        finalists_per_category=finalists,
    )
    now = timezone.now()
    start, end = {
        "open": (now - timedelta(days=1), now + timedelta(days=1)),
        "upcoming": (now + timedelta(days=1), now + timedelta(days=2)),
        "closed": (now - timedelta(days=2), now - timedelta(days=1)),
    }[state]
    Phase.objects.create(track=track, kind="voting", starts_at=start, ends_at=end)
    ballot = {}
    for number in range(1, categories + 1):
        category = Category.objects.create(track=track, number=number, names={"en": f"Category {number}"})
        ballot[number] = [
            Submission.objects.create(
                track=track,
                category=category,
                organisation=make_organisation(),
                state="nominated",
                title=f"Project {number}.{i}",
                short_description="A project that helps people.",
            )
            for i in range(1, nominees + 1)
        ]
    return track, ballot


def set_phase(track, state):
    now = timezone.now()
    start, end = {
        "open": (now - timedelta(days=1), now + timedelta(days=1)),
        "upcoming": (now + timedelta(days=1), now + timedelta(days=2)),
        "closed": (now - timedelta(days=2), now - timedelta(days=1)),
    }[state]
    Phase.objects.filter(track=track, kind="voting").update(starts_at=start, ends_at=end)


def make_voter(**kwargs):
    """A confirmed voter; no password (hashing one with argon2 is slow, and tests log in with
    force_login or an API token)."""
    from tests.factories import UserFactory

    return UserFactory(password=None, **kwargs)
