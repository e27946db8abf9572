"""The demo's live 2026 edition: built for a stage around the load time, walked by the documented
demo users, and moved between stages by the secretariat's demo timeline (never in production)."""

import re
import subprocess
import sys
from collections import Counter

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from stocktake.accounts.models import User
from stocktake.common.models import AuditLog
from stocktake.contests import queries as contest_queries
from stocktake.contests.models import Edition, Submission
from stocktake.contests.services import submissions
from stocktake.coordination.models import Campaign
from stocktake.coordination.queries import tracking
from stocktake.demo import timeline
from stocktake.insights import runtime
from stocktake.insights.services import indexing
from stocktake.judging.models import Assignment, Decision, Reviewer
from stocktake.voting import queries as voting_queries
from stocktake.voting.demo import voter_emails
from stocktake.voting.models import InvalidationEntry, ResultRow, Vote
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db
# Enough entries for nominees in all 18 categories of both editions, small enough to load quickly.
ENTRIES = 300


def _live():
    return Edition.objects.get(year=timeline.LIVE_YEAR).tracks.get(kind="main")


def _counts():
    """Rows of every kind the live edition owns, and the demo's voter accounts for it."""
    track = _live()
    return {
        "submissions": Submission.objects.filter(track__edition__year=timeline.LIVE_YEAR).count(),
        "votes": Vote.objects.filter(category__track=track).count(),
        "ledger": InvalidationEntry.objects.filter(track=track).count(),
        "results": ResultRow.objects.filter(track=track).count(),
        "assignments": Assignment.objects.filter(reviewer__edition__year=timeline.LIVE_YEAR).count(),
        "reviewers": Reviewer.objects.filter(edition__year=timeline.LIVE_YEAR).count(),
        "campaigns": Campaign.objects.filter(track=track).count(),
        "demo_voters": User.objects.filter(email__in=voter_emails(timeline.LIVE_YEAR, 2026)).count(),
    }


def _orphans() -> dict:
    """Rows that point at a 2026 object that no longer exists (none may remain after a switch)."""
    return {
        "votes": Vote.objects.exclude(category__track__edition__isnull=False).count(),
        "assignments": Assignment.objects.exclude(submission__track__isnull=False).count(),
        "decisions": Decision.objects.exclude(submission__track__isnull=False).count(),
        "editions_2026": Edition.objects.filter(year=timeline.LIVE_YEAR).count() - 1,
        "voters_without_votes": User.objects.filter(
            email__in=voter_emails(timeline.LIVE_YEAR, 2026), votes__isnull=True
        ).count(),
    }


def test_at_the_voting_stage_a_new_confirmed_user_votes_in_every_category(client):
    call_command("demo", entries=ENTRIES, verbosity=0)  # the default stage is voting
    track = _live()
    assert timeline.stage_of(track) == "voting"
    assert voting_queries.phase_state(voting_queries.voting_phase(track)) == "open"
    categories = list(track.categories.order_by("number"))
    assert len(categories) == 18 and all(voting_queries.nominees(c).exists() for c in categories)
    assert Vote.objects.filter(category__track=track).exists()  # votes so far, nothing published
    assert not ResultRow.objects.filter(track=track).exists()
    past = Edition.objects.get(year=timeline.PAST_YEAR).tracks.get(kind="main")
    assert ResultRow.objects.filter(track=past).exists()
    assert Submission.objects.filter(track=past, state="winner").count() >= 18

    person = UserFactory(email="new.voter@example.org")
    client.force_login(person)
    ballot_url = reverse("voting:ballot", args=[timeline.LIVE_YEAR, track.slug])
    assert "Voting complete." not in client.get(ballot_url).content.decode()
    for category in categories:
        url = reverse("voting:vote", args=[timeline.LIVE_YEAR, track.slug, category.number])
        page = client.get(url).content.decode()
        ticket = re.search(r'name="ticket" value="([^"]*)"', page).group(1)
        choice = re.search(r'name="submission"[^>]*value="([0-9a-f-]{36})"', page).group(1)
        response = client.post(url, {"submission": choice, "ticket": ticket, "step": "confirm"})
        assert response.status_code == 302, response.content.decode()[:500]
    assert Vote.objects.filter(voter=person, category__track=track).count() == 18
    assert "Voting complete." in client.get(ballot_url).content.decode()


def test_at_the_submission_stage_the_submitter_fixes_the_draft_and_submits_it():
    call_command("demo", entries=ENTRIES, stage="submission", verbosity=0)
    track = _live()
    deadline = track.phases.get(kind="submission").ends_at
    assert contest_queries.current_phase(track).kind == "submission"
    assert 9 <= (deadline - timezone.now()).days <= 10
    assert contest_queries.local_time(deadline, track.edition).strftime("%H:%M") == "23:00"
    assert not Vote.objects.filter(category__track=track).exists()
    assert not Submission.objects.filter(track=track, state="nominated").exists()
    submitter = User.objects.get(email="submitter@demo.stocktake.example")
    draft = Submission.objects.get(track=track, state="draft", submitted_by=submitter)
    with pytest.raises(ValidationError, match="150–200 words"):
        submissions.submit(submitter, draft)
    text = draft.short_description + " " + " ".join(draft.short_description.split()[:30])
    data = {"short_description": text}
    submissions.save_draft(submitter, submission=draft, data=data)
    submitted = submissions.submit(submitter, Submission.objects.get(pk=draft.pk))
    assert submitted.state == "submitted"
    # The documented expert is invited for that category, so the submission reaches them on assignment.
    expert = Reviewer.objects.get(edition=track.edition, user__email="expert@demo.stocktake.example")
    assert draft.category in expert.preferred_categories.all()
    # Türkiye's campaign: nothing is nominated while the call is open.
    campaign = Campaign.objects.get(track=track)
    assert campaign.deadline == deadline
    stages = Counter(row.stage for row in tracking.campaign_progress(campaign))
    assert stages["nominated"] == 0 and stages["submitted"] > 0


def test_switching_stages_rebuilds_the_live_edition_without_leftovers(client, settings):
    settings.DEMO_TIMELINE = True
    call_command("demo", entries=ENTRIES, verbosity=0)
    at_voting = _counts()
    assert at_voting["votes"] and at_voting["ledger"] and at_voting["demo_voters"]
    past_votes = Vote.objects.filter(category__track__edition__year=timeline.PAST_YEAR).count()

    secretariat = User.objects.get(email="secretariat@demo.stocktake.example")
    client.force_login(secretariat)
    page = client.get(reverse("web:demo-timeline"))
    assert page.status_code == 200 and 'value="nomination"' in page.content.decode()
    assert reverse("web:demo-timeline") in client.get("/").content.decode()
    response = client.post(reverse("web:demo-timeline"), {"stage": "nomination"}, follow=True)
    assert "rebuilt" in response.content.decode()
    track = _live()
    assert timeline.stage_of(track) == "nomination"
    assert contest_queries.current_phase(track).kind == "nomination"
    at_nomination = _counts()
    assert at_nomination["votes"] == at_nomination["ledger"] == at_nomination["demo_voters"] == 0
    assert at_nomination["assignments"] and not Submission.objects.filter(track=track, state="nominated").exists()
    assert Assignment.objects.filter(reviewer__edition=track.edition, submitted_at__isnull=True).exists()
    assert _orphans() == {"votes": 0, "assignments": 0, "decisions": 0, "editions_2026": 0, "voters_without_votes": 0}
    campaign = Campaign.objects.get(track=track)
    assert Counter(row.stage for row in tracking.campaign_progress(campaign))["nominated"] == 0
    row = AuditLog.objects.get(action="demo.stage.switch")
    assert row.actor == secretariat and row.before == {"stage": "voting"} and row.after == {"stage": "nomination"}

    timeline.switch_stage(secretariat, "voting")
    assert _counts() == at_voting  # the same data again, nothing left over
    assert Vote.objects.filter(category__track__edition__year=timeline.PAST_YEAR).count() == past_votes
    assert _orphans()["voters_without_votes"] == 0

    timeline.switch_stage(secretariat, "complete")
    track = _live()
    assert ResultRow.objects.filter(track=track).exists()
    assert Submission.objects.filter(track=track, state="winner").exists()
    assert Counter(row.stage for row in tracking.campaign_progress(Campaign.objects.get(track=track)))["finalist"]


def _indexed_in(models) -> set[str]:
    """The submissions the models' duplicate index holds."""
    return {key for key in models.index.live_keys() if key.startswith("submission:")}


def _indexable(**filters) -> set[str]:
    """The submissions the duplicate index should hold (submitted ones, not drafts or withdrawn)."""
    return {
        f"submission:{p}" for p in indexing.indexed_submissions().filter(**filters).values_list("public_id", flat=True)
    }


def test_a_stage_switch_keeps_the_duplicate_index_in_step(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.DEMO_TIMELINE = True
    settings.DATA_DIR = tmp_path  # the models the demo fits are stored here, apart from other tests'
    runtime.replace(None)
    try:
        call_command("demo", entries=ENTRIES, verbosity=0)
        removed = {
            f"submission:{p}"
            for p in Submission.objects.filter(track__edition__year=timeline.LIVE_YEAR).values_list(
                "public_id", flat=True
            )
        }
        assert _indexed_in(runtime.get()) == _indexable() and removed & _indexable()
        running_elsewhere = runtime._load()  # another app process, which loaded the stored models earlier

        client.force_login(User.objects.get(email="secretariat@demo.stocktake.example"))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("web:demo-timeline"), {"stage": "nomination"})
        assert response.status_code == 302 and timeline.stage_of(_live()) == "nomination"

        current = _indexable()
        assert _indexable(track__edition__year=timeline.LIVE_YEAR) and not removed & current  # new rows
        assert _indexed_in(runtime.get()) == current
        runtime.get().checked_at = 0  # what a query after the refresh interval sees: still the same
        assert _indexed_in(runtime.refreshed()) == current
        # A process started now loads the stored index; one already running reloads it at its next look.
        assert _indexed_in(runtime._load()) == current
        runtime.replace(running_elsewhere)
        running_elsewhere.checked_at = 0
        assert _indexed_in(runtime.refreshed()) == current
    finally:
        runtime.replace(None)


def test_the_demo_timeline_is_refused_outside_demo_mode_and_to_others(client, settings):
    settings.DEMO_TIMELINE = True
    call_command("demo", entries=ENTRIES, stage="submission", verbosity=0)
    before = _counts()
    url = reverse("web:demo-timeline")
    client.force_login(User.objects.get(email="submitter@demo.stocktake.example"))
    assert client.get(url).status_code == 403
    assert client.post(url, {"stage": "voting"}).status_code == 403
    assert url not in client.get("/").content.decode()
    with pytest.raises(PermissionDenied):
        timeline.switch_stage(user_with_role("expert"), "voting")

    secretariat = User.objects.get(email="secretariat@demo.stocktake.example")
    settings.DEMO_TIMELINE = False
    client.force_login(secretariat)
    assert client.get(url).status_code == 404
    assert client.post(url, {"stage": "voting"}).status_code == 404
    assert url not in client.get("/").content.decode()
    with pytest.raises(PermissionDenied):
        timeline.switch_stage(secretariat, "voting")
    assert _counts() == before and timeline.stage_of(_live()) == "submission"

    settings.DEMO_TIMELINE = True
    with pytest.raises(ValidationError):
        timeline.switch_stage(secretariat, "yesterday")
    # An edition the demo did not build is never rebuilt.
    track = _live()
    track.settings = {k: v for k, v in track.settings.items() if k != timeline.MARKER}
    track.save()
    with pytest.raises(ValidationError, match="not made by the demo"):
        timeline.switch_stage(secretariat, "voting")
    assert _counts() == before


def test_production_settings_switch_the_demo_timeline_off(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "stocktake.settings.production",
        "STOCKTAKE_SECRET_KEY": "k" * 60,
        "STOCKTAKE_DATA_DIR": str(tmp_path),
        "STOCKTAKE_DEMO_TIMELINE": "true",  # not even when asked for
        "PATH": "/usr/bin:/bin",
    }
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEMO_TIMELINE)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
