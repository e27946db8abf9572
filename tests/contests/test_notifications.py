import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from stocktake.common.models import OutboxMessage
from stocktake.common.services import outbox
from stocktake.contests.services import submissions
from tests.contests.factories import DAY, draft, make_edition, phases_around, submitter

pytestmark = pytest.mark.django_db


def test_receipt_of_a_submission_arrives_at_the_smtp_server(smtp_server):
    edition = make_edition(2027)
    user, org = submitter()
    sub = submissions.submit(user, draft(edition, user=user, organisation=org))
    assert outbox.deliver_queued()["sent"] == 1
    received = smtp_server.to(user.email)
    assert len(received) == 1
    assert received[0]["Subject"].strip() == f"We received your submission “{sub.title}”"
    body = received[0].get_body().get_content()
    assert "category 4" in body and str(sub.public_id) in body


def test_reminders_before_the_deadline_go_once_to_draft_holders(smtp_server):
    now = timezone.now()
    phases = phases_around(now)
    phases["submission"] = (now - 10 * DAY, now + datetime.timedelta(hours=20))
    edition = make_edition(2027, phases=phases)
    user, org = submitter()
    draft(edition, user=user, organisation=org)
    done_user, done_org = submitter()
    submissions.submit(done_user, draft(edition, user=done_user, organisation=done_org))
    call_command("prizes", "remind")
    call_command("prizes", "remind")  # idempotent
    reminders = OutboxMessage.objects.filter(kind="contests.reminder")
    assert list(reminders.values_list("to_email", flat=True)) == [user.email]
    outbox.deliver_queued()
    mail = smtp_server.to(user.email)[0]
    assert "the submission deadline is tomorrow" in mail["Subject"]
    assert "Geneva time" in mail.get_body().get_content()
    assert not [m for m in smtp_server.to(done_user.email) if "deadline" in m["Subject"]]
