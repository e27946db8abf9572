import datetime

import pytest
from django.utils import timezone

from stocktake.contests import queries
from stocktake.contests.models import Edition, Submission, TechWomanProfile
from stocktake.demo import timeline
from stocktake.demo.runner import DemoContext
from stocktake.judging.models import Assignment, Conflict, Reviewer

pytestmark = pytest.mark.django_db


def _load(ctx):
    from stocktake.accounts import demo as accounts_demo
    from stocktake.contests import demo as contests_demo
    from stocktake.judging import demo as judging_demo
    from stocktake.repository import demo as repository_demo

    for module in (accounts_demo, repository_demo, contests_demo, judging_demo):
        module.load(ctx)


def test_demo_2025_is_complete_and_2026_is_live_at_the_voting_stage():
    ctx = DemoContext(entries=500, log=lambda msg: None)
    _load(ctx)
    e2025, e2026 = Edition.objects.get(year=2025), Edition.objects.get(year=2026)
    main25 = e2025.tracks.get(kind="main")
    deadline = main25.phases.get(kind="submission").ends_at
    assert queries.format_local(deadline, e2025) == "10 February 2025, 23:00 CET"
    assert Submission.objects.filter(track=main25, state="nominated").count() >= 18
    assert not Submission.objects.filter(track=main25, state="submitted").exists()
    # Every review of 2025 is done and no expert reviewed a conflicted submission.
    assert not Assignment.objects.filter(reviewer__edition=e2025, submitted_at__isnull=True).exists()
    conflicted = set(Conflict.objects.values_list("reviewer_id", "submission_id"))
    assert not conflicted & set(Assignment.objects.values_list("reviewer_id", "submission_id"))
    photo = Submission.objects.filter(track__edition=e2025, track__kind="photo")
    assert photo.filter(state="winner").count() == 3 and all(s.image for s in photo)

    main26 = e2026.tracks.get(kind="main")
    assert timeline.stage_of(main26) == "voting"
    now = timezone.now()
    assert queries.is_phase_open(main26, "voting", now)
    voting = main26.phases.get(kind="voting")
    assert datetime.timedelta(days=20) < voting.ends_at - now < datetime.timedelta(days=23)
    assert queries.local_time(voting.ends_at, e2026).strftime("%H:%M") == "23:00"
    nominated = set(
        Submission.objects.filter(track=main26, state="nominated").values_list("category__number", flat=True)
    )
    assert nominated == set(range(1, 19))
    # Both editions use different demo entries, so no rule about earlier editions trips.
    used = list(Submission.objects.exclude(entry=None).values_list("entry_id", flat=True))
    assert len(used) == len(set(used))
    assert not Edition.objects.filter(year=2027).exists()
    assert TechWomanProfile.objects.filter(state="published", consent_to_publish=True).count() >= 20

    before = Submission.objects.count()
    _load(ctx)  # idempotent
    assert Submission.objects.count() == before


def test_demo_2026_at_the_submission_and_review_stages():
    ctx = DemoContext(entries=300, stage="submission", log=lambda msg: None)
    _load(ctx)
    main26 = Edition.objects.get(year=2026).tracks.get(kind="main")
    assert queries.current_phase(main26).kind == "submission"
    assert Submission.objects.filter(track=main26, submitted_by=ctx.users["submitter"], state="draft").exists()
    assert not Assignment.objects.filter(reviewer__edition=main26.edition).exists()
    states = dict(Reviewer.objects.filter(edition=main26.edition).values_list("user__email", "state"))
    assert states["expert@demo.stocktake.example"] == "active"
    assert states["expert2@demo.stocktake.example"] == "invited"
    past_submissions = Submission.objects.filter(track__edition__year=2025).count()

    ctx.stage = "nomination"
    _load(ctx)  # another stage: the live edition is rebuilt, the past one untouched
    main26 = Edition.objects.get(year=2026).tracks.get(kind="main")
    assert queries.current_phase(main26).kind == "nomination"
    assert not Submission.objects.filter(track=main26, state="draft", submitted_by=ctx.users["submitter"]).exists()
    assignments = Assignment.objects.filter(reviewer__edition=main26.edition)
    assert assignments.filter(submitted_at__isnull=False).exists()
    assert assignments.filter(submitted_at__isnull=True, reviewer__user=ctx.users["expert"]).exists()
    assert not Submission.objects.filter(track=main26, state__in=["nominated", "not_nominated"]).exists()
    assert Submission.objects.filter(track__edition__year=2025).count() == past_submissions
