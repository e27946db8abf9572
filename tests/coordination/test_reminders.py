import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from stocktake.common import scheduler
from stocktake.common.models import OutboxMessage
from stocktake.common.services import outbox
from stocktake.coordination.models import Invitation
from stocktake.coordination.services import SYSTEM
from stocktake.coordination.services.reminders import due_reminder_day, remind_campaign, send_due_reminders
from stocktake.coordination.tasks import send_campaign_reminders
from stocktake.taxonomy import loader
from tests.coordination.factories import (
    CampaignFactory,
    CategoryFactory,
    InvitationFactory,
    SubmissionFactory,
    focal_point,
)
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def _work():
    """One run of the database worker over everything queued (what `stocktake serve` runs)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO())


@pytest.fixture
def campaign():
    """Six days before the deadline, with reminders 14, 7 and 2 days before it: the 7-day one is due."""
    campaign = CampaignFactory(deadline=timezone.now() + datetime.timedelta(days=6, hours=1))
    category = CategoryFactory(track=campaign.track)
    submitted = InvitationFactory(campaign=campaign, email="submitted@adalet.example")
    SubmissionFactory(category=category, organisation=submitted.organisation, state="submitted")
    nominated = InvitationFactory(campaign=campaign, email="nominated@saglik.example")
    SubmissionFactory(category=category, organisation=nominated.organisation, state="nominated")
    drafting = InvitationFactory(campaign=campaign, email="draft@ticaret.example")
    SubmissionFactory(category=category, organisation=drafting.organisation)
    InvitationFactory(campaign=campaign, email="silent@enerji.example")
    InvitationFactory(campaign=campaign, email="bounced@icisleri.example", state=Invitation.State.BOUNCED)
    InvitationFactory(campaign=campaign, email="unsent@kultur.example", state=Invitation.State.INVITED)
    member_of(drafting.organisation, email="colleague@ticaret.example")
    return campaign


def test_due_reminder_day_is_the_latest_threshold_passed(campaign):
    now = timezone.now()
    assert due_reminder_day(campaign, now) == 7
    assert due_reminder_day(campaign, campaign.deadline - datetime.timedelta(days=20)) is None
    assert due_reminder_day(campaign, campaign.deadline - datetime.timedelta(days=1)) == 2
    assert due_reminder_day(campaign, campaign.deadline + datetime.timedelta(minutes=1)) is None


def test_reminders_go_only_to_organisations_that_have_not_submitted_and_arrive(campaign, smtp_server):
    fp = focal_point(email="odak@btk.example")
    result = send_due_reminders(SYSTEM)[0]
    assert result["day"] == 7 and result["reminders"] == 3 and result["summaries"] == 2
    assert outbox.deliver_queued()["sent"] == 5
    for address in ("draft@ticaret.example", "colleague@ticaret.example", "silent@enerji.example"):
        [mail] = smtp_server.to(address)
        assert mail["Subject"].strip().startswith("Hatırlatma:")
    for address in ("submitted@adalet.example", "nominated@saglik.example", "bounced@icisleri.example"):
        assert smtp_server.to(address) == []
    assert smtp_server.to("unsent@kultur.example") == []  # never invited by e-mail, so not reminded
    draft_body = smtp_server.to("draft@ticaret.example")[0].get_body().get_content()
    assert "henüz göndermedi" in draft_body  # "has started … not submitted yet"

    [summary] = smtp_server.to(fp.email)
    body = summary.get_body().get_content()
    assert summary["Subject"].strip() == f"Kampanya özeti: {campaign.title}"
    assert "bounced" not in body and "3 hatırlatma" in body
    assert len(smtp_server.to("ayse@btk.example")) == 1  # the campaign's named contact

    # Running again queues nothing twice.
    assert send_due_reminders(SYSTEM)[0]["reminders"] == 0
    assert OutboxMessage.objects.filter(kind="coordination.reminder").count() == 3


def test_the_task_queues_reminders_and_leaves_delivery_to_the_outbox_worker(campaign, smtp_server):
    results = send_campaign_reminders.func()
    assert [(r["day"], r["reminders"], r["summaries"]) for r in results] == [(7, 3, 1)]
    queued = OutboxMessage.objects.filter(kind="coordination.reminder")
    assert set(queued.values_list("state", flat=True)) == {"queued"}
    assert smtp_server.messages == []  # nothing is sent by the reminder task itself
    # A second run (the next tick) finds every reminder already in the outbox.
    assert [r["reminders"] for r in send_campaign_reminders.func()] == [0]
    assert queued.count() == 3


def test_the_command_queues_reminders_now_and_can_send_them(campaign, smtp_server):
    out = io.StringIO()
    call_command("campaign", "remind", stdout=out)
    assert f"{campaign.title}: 3 reminders, 1 summaries queued" in out.getvalue()
    assert OutboxMessage.objects.filter(kind="coordination.reminder", state="queued").count() == 3
    assert smtp_server.to("silent@enerji.example") == []
    # A manual run for another day queues a fresh reminder; --send empties the outbox at once.
    call_command("campaign", "remind", "--country", "TR", "--year", "2026", "--day", "2", "--send", stdout=out)
    assert len(smtp_server.to("silent@enerji.example")) == 2
    assert not OutboxMessage.objects.filter(state="queued").exists()


def test_only_coordinators_may_trigger_reminders(campaign):
    with pytest.raises(Exception, match="permission"):
        remind_campaign(focal_point("KE"), campaign)
    assert remind_campaign(focal_point(), campaign)["reminders"] == 3


# The worker closes the connection between tasks (close_old_connections), which a test wrapped in a
# transaction would not survive on PostgreSQL: this test commits for real, like tests/common's.
@pytest.mark.django_db(transaction=True)
def test_scheduler_ticks_send_each_due_reminder_once_through_the_outbox_worker(smtp_server):
    loader.sync()  # a transactional test elsewhere may have flushed the countries the migrations loaded
    deadline = timezone.now() + datetime.timedelta(days=6, hours=1)
    campaign = CampaignFactory(deadline=deadline)
    silent = InvitationFactory(campaign=campaign, email="silent@enerji.example")
    member_of(silent.organisation, email="staff@enerji.example")
    done = InvitationFactory(campaign=campaign, email="done@adalet.example")
    SubmissionFactory(category=CategoryFactory(track=campaign.track), organisation=done.organisation, state="submitted")
    fp = focal_point(email="odak@btk.example")
    send_task = "stocktake.coordination.tasks.send_campaign_reminders"

    assert send_task in scheduler.tick()
    assert DBTaskResult.objects.filter(task_path=send_task, status="READY").count() == 1
    assert OutboxMessage.objects.count() == 0  # the tick only queues the task
    _work()
    # Later ticks and a restart run the task again; dedupe keys keep it to one mail per reminder.
    for _ in range(2):
        assert send_task in scheduler.tick()
        _work()

    reminders = OutboxMessage.objects.filter(kind="coordination.reminder")
    assert sorted(reminders.values_list("to_email", flat=True)) == ["silent@enerji.example", "staff@enerji.example"]
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}
    for address in ("silent@enerji.example", "staff@enerji.example"):
        [mail] = smtp_server.to(address)
        assert mail["Subject"].strip().startswith("Hatırlatma:")
    assert smtp_server.to("done@adalet.example") == []
    assert len(smtp_server.to(fp.email)) == 1
    assert len(smtp_server.to("ayse@btk.example")) == 1  # the campaign's named contact gets the summary
    assert not DBTaskResult.objects.filter(task_path=send_task, status="READY").exists()  # nothing booked ahead
