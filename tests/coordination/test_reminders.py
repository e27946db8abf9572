import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from stocktake.common.models import OutboxMessage
from stocktake.common.services import outbox
from stocktake.coordination.models import Invitation
from stocktake.coordination.services import SYSTEM
from stocktake.coordination.services.reminders import due_reminder_day, remind_campaign, send_due_reminders
from stocktake.coordination.tasks import schedule_reminders, send_campaign_reminders
from tests.coordination.factories import (
    CampaignFactory,
    CategoryFactory,
    InvitationFactory,
    SubmissionFactory,
    focal_point,
)
from tests.factories import member_of

pytestmark = pytest.mark.django_db


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


def test_the_command_and_the_task_send_reminders(campaign, smtp_server):
    call_command("campaign", "remind", "--send")
    assert len(smtp_server.to("silent@enerji.example")) == 1
    # A manual run for another day sends a fresh reminder.
    call_command("campaign", "remind", "--country", "TR", "--year", "2026", "--day", "2", "--send")
    assert len(smtp_server.to("silent@enerji.example")) == 2
    result = send_campaign_reminders.func()
    assert result["delivered"] == {"sent": 0, "failed": 0}


def test_the_task_keeps_one_future_run_waiting():
    from django_tasks_db.models import DBTaskResult

    assert schedule_reminders() is not None
    assert schedule_reminders() is None
    [pending] = DBTaskResult.objects.filter(task_path=send_campaign_reminders.module_path)
    assert pending.run_after > timezone.now()


def test_only_coordinators_may_trigger_reminders(campaign):
    with pytest.raises(Exception, match="permission"):
        remind_campaign(focal_point("KE"), campaign)
    assert remind_campaign(focal_point(), campaign)["reminders"] == 3


def test_migrate_books_the_reminder_run_when_a_campaign_is_open(campaign):
    from django.apps import apps
    from django.db.models.signals import post_migrate
    from django_tasks_db.models import DBTaskResult

    config = apps.get_app_config("coordination")
    post_migrate.send(
        sender=config, app_config=config, verbosity=0, interactive=False, using="default", apps=apps, plan=[]
    )
    assert DBTaskResult.objects.filter(task_path=send_campaign_reminders.module_path, status="READY").count() == 1
