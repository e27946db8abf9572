"""Closing a track's current phase early and opening the next one (secretariat only, audit-logged)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from stocktake.common.models import AuditLog
from stocktake.contests import queries
from stocktake.contests.models import Submission
from stocktake.contests.services import editions, submissions
from tests.contests.factories import draft, main_answers, make_edition, submitter
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def _main(edition):
    return edition.tracks.get(kind="main")


def test_closing_submission_opens_review_refuses_late_work_and_is_audited():
    edition = make_edition()
    track = _main(edition)
    user, org = submitter()
    ready = draft(edition, user=user, organisation=org)
    secretariat = user_with_role("secretariat")
    submission_phase = track.phases.get(kind="submission")
    planned_review_end = track.phases.get(kind="nomination").ends_at

    opened = editions.close_phase_now(secretariat, submission_phase, reason="Enough entries for the demo")

    track = _main(edition)
    assert opened.kind == "nomination"
    assert queries.current_phase(track).kind == "nomination"
    closed = track.phases.get(kind="submission")
    assert closed.ends_at <= timezone.now() and opened.starts_at > closed.ends_at
    assert track.phases.get(kind="nomination").ends_at == planned_review_end  # only its start moved
    with pytest.raises(ValidationError, match="deadline has passed"):
        submissions.submit(user, ready)
    assert Submission.objects.get(pk=ready.pk).state == "draft"
    row = AuditLog.objects.get(action="contests.phase.close_now")
    assert row.actor == secretariat and row.extra["reason"] == "Enough entries for the demo"
    assert set(row.before) == {"submission", "nomination"}
    assert "nominees_per_category" in row.extra["frozen"]
    # The nomination setting froze when review opened, as it would have on schedule.
    with pytest.raises(ValidationError, match="frozen"):
        editions.update_track(secretariat, track, nominees_per_category=3)


def test_only_the_current_phase_can_be_closed_and_only_by_the_secretariat():
    edition = make_edition()
    track = _main(edition)
    with pytest.raises(PermissionDenied):
        editions.close_phase_now(submitter()[0], track.phases.get(kind="submission"))
    with pytest.raises(PermissionDenied):
        editions.close_phase_now(user_with_role("expert"), track.phases.get(kind="submission"))
    secretariat = user_with_role("secretariat")
    with pytest.raises(ValidationError, match="not open now"):
        editions.close_phase_now(secretariat, track.phases.get(kind="voting"))
    announcement = track.phases.get(kind="announcement")
    with pytest.raises(ValidationError, match="no later phase"):
        editions.close_phase_now(secretariat, announcement, now=announcement.starts_at + datetime.timedelta(minutes=5))
    assert not AuditLog.objects.filter(action="contests.phase.close_now").exists()
    assert queries.current_phase(_main(edition)).kind == "submission"


def test_the_console_asks_for_confirmation_then_closes(client):
    edition = make_edition()
    track = _main(edition)
    url = reverse("contests:close-phase", args=[edition.year, track.slug])
    client.force_login(submitter()[0])
    assert client.get(url).status_code == 403
    assert client.post(url, {"phase": "submission"}).status_code == 403
    assert queries.current_phase(_main(edition)).kind == "submission"

    client.force_login(user_with_role("secretariat"))
    manage = client.get(reverse("contests:edition-manage", args=[edition.year])).content.decode()
    assert url in manage
    page = client.get(url).content.decode()
    assert "Close this phase now and open the next one" in page and 'name="phase" value="submission"' in page
    assert "Review and nomination" in page  # what opens
    response = client.post(url, {"phase": "submission", "reason": ""}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("contests:edition-manage", args=[edition.year])
    assert "is closed" in response.content.decode()
    assert queries.current_phase(_main(edition)).kind == "nomination"
    # A stale confirmation (the phase already closed) is refused with a message, nothing changes.
    response = client.post(url, {"phase": "submission"}, follow=True)
    assert "not open now" in response.content.decode()
    assert queries.current_phase(_main(edition)).kind == "nomination"


def test_the_submission_form_refuses_after_an_early_close(client):
    edition = make_edition()
    user, org = submitter()
    editions.close_phase_now(user_with_role("secretariat"), _main(edition).phases.get(kind="submission"))
    client.force_login(user)
    data = {k: v for k, v in (main_answers() | {"organisation": org.pk, "action": "submit"}).items() if v is not None}
    response = client.post(reverse("contests:submission-new", args=[edition.year, "wsis-prizes"]), data)
    assert "The submission deadline has passed" in response.content.decode()
    assert not Submission.objects.filter(organisation=org, state="submitted").exists()
