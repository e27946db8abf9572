import pytest

from stocktake.contests import queries
from stocktake.contests.models import Edition, Submission
from stocktake.demo.runner import DemoContext
from stocktake.judging.models import Assignment, Conflict

pytestmark = pytest.mark.django_db


def _load(ctx):
    from stocktake.accounts import demo as accounts_demo
    from stocktake.contests import demo as contests_demo
    from stocktake.judging import demo as judging_demo
    from stocktake.repository import demo as repository_demo

    for module in (accounts_demo, repository_demo, contests_demo, judging_demo):
        module.load(ctx)


def test_demo_2026_is_complete_with_nominees_and_2027_is_open():
    ctx = DemoContext(entries=500, log=lambda msg: None)
    _load(ctx)
    e2026, e2027 = Edition.objects.get(year=2026), Edition.objects.get(year=2027)
    main26 = e2026.tracks.get(kind="main")
    deadline = main26.phases.get(kind="submission").ends_at
    assert queries.format_local(deadline, e2026) == "15 March 2026, 23:00 CET"
    nominated = Submission.objects.filter(track=main26, state="nominated")
    assert nominated.count() >= 18
    assert not Submission.objects.filter(track=main26, state="submitted").exists()
    # Every review of 2026 is done and no expert reviewed a conflicted submission.
    assert not Assignment.objects.filter(reviewer__edition=e2026, submitted_at__isnull=True).exists()
    conflicted = set(Conflict.objects.values_list("reviewer_id", "submission_id"))
    assert not conflicted & set(Assignment.objects.values_list("reviewer_id", "submission_id"))
    main27 = e2027.tracks.get(kind="main")
    # The demo's date is 24 November 2026: the 2027 submission phase is open then.
    assert queries.is_phase_open(main27, "submission", queries.geneva_datetime(e2027, 2026, 11, 24, 12))
    assert Submission.objects.filter(track=main27, submitted_by=ctx.users["submitter"], state="draft").exists()
    photo = Submission.objects.filter(track__edition=e2026, track__kind="photo")
    assert photo.filter(state="winner").count() == 3 and all(s.image for s in photo)
    from stocktake.contests.models import TechWomanProfile

    assert TechWomanProfile.objects.filter(state="published", consent_to_publish=True).count() >= 20
    before = Submission.objects.count()
    _load(ctx)  # idempotent
    assert Submission.objects.count() == before
