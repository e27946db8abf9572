"""The scheduler queues the periodic jobs; the worker runs them; reminders leave exactly once."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from stocktake.common import scheduler
from stocktake.common.models import OutboxMessage
from stocktake.contests.services import submissions
from stocktake.taxonomy import loader
from tests.contests.factories import draft, main_answers, make_edition, submitter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def _work():
    """One run of the database worker over everything queued (what `stocktake serve` runs)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO())


@pytest.fixture
def edition_closing_in_six_days():
    # A transactional test elsewhere may have flushed the reference lists the migrations loaded.
    loader.sync()
    now = timezone.now()
    return make_edition(
        2027,
        phases={
            "submission": (now - 20 * DAY, now + 6 * DAY),
            "nomination": (now + 6 * DAY + datetime.timedelta(seconds=1), now + 20 * DAY),
        },
    )


# The worker closes the connection between tasks (close_old_connections), which a test wrapped in
# a transaction would not survive on PostgreSQL: this test commits for real.
@pytest.mark.django_db(transaction=True)
def test_due_reminders_are_sent_once_across_ticks(smtp_server, edition_closing_in_six_days):
    edition = edition_closing_in_six_days
    owner, org = submitter()
    draft(edition, user=owner, organisation=org)
    # A person's own photo draft is reminded too; a submitted entry is not.
    person = UserFactory()
    photo = edition.tracks.get(kind="photo")
    submissions.save_draft(person, track=photo, as_individual=True, data={"title": "Harbour at dusk"})
    done_user, done_org = submitter()
    submissions.submit(done_user, draft(edition, user=done_user, organisation=done_org, data=main_answers(7)))

    assert scheduler.tick() == scheduler.JOBS
    assert scheduler.tick() == []  # already waiting for the worker: not queued twice
    _work()
    scheduler.tick()
    _work()
    # A restart: the next tick queues the jobs again, which find nothing new to send.
    assert scheduler.tick() == scheduler.JOBS
    _work()

    reminders = OutboxMessage.objects.filter(kind="contests.reminder")
    assert sorted(reminders.values_list("to_email", flat=True)) == sorted([owner.email, person.email])
    assert set(reminders.values_list("state", flat=True)) == {"sent"}
    assert len(smtp_server.to(owner.email)) == 1
    assert len(smtp_server.to(person.email)) == 1
    body = smtp_server.to(person.email)[0].get_body(("plain",)).get_content()
    assert "Harbour at dusk" in body
    # The submitter of a complete entry only ever got the receipt.
    assert [m["Subject"].strip() for m in smtp_server.to(done_user.email)] == [
        OutboxMessage.objects.get(kind="contests.received", to_email=done_user.email).subject
    ]


def test_the_one_day_reminder_follows_the_seven_day_one(smtp_server, edition_closing_in_six_days):
    from stocktake.contests.services import reminders

    edition = edition_closing_in_six_days
    owner, org = submitter()
    draft(edition, user=owner, organisation=org)
    deadline = edition.tracks.get(kind="main").phases.get(kind="submission").ends_at
    assert reminders.send_deadline_reminders() == 1
    assert reminders.send_deadline_reminders(at=deadline - 12 * datetime.timedelta(hours=1)) == 1
    assert reminders.send_deadline_reminders(at=deadline - 11 * datetime.timedelta(hours=1)) == 0
    assert OutboxMessage.objects.filter(kind="contests.reminder", to_email=owner.email).count() == 2


def test_a_stopped_worker_does_not_pile_up_jobs():
    for _ in range(3):
        scheduler.tick()
    for path in scheduler.JOBS:
        task_path = path  # the module path django-tasks records
        assert DBTaskResult.objects.filter(task_path=task_path, status="READY").count() == 1


def test_the_loop_and_the_command(settings):
    assert scheduler.run(interval=1, max_ticks=1) == 1
    out = io.StringIO()
    call_command("scheduler", "--once", stdout=out)
    assert out.getvalue().strip() == "0 jobs queued"  # the loop's tick is still waiting
    assert DBTaskResult.objects.filter(status="READY").count() >= len(scheduler.JOBS)
