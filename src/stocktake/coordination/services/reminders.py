"""Reminders before the national deadline, to organisations that have not submitted, and a summary
for the focal point. Queued in the outbox by the worker's `coordination.tasks.send_campaign_reminders`
(which the scheduler queues on every tick) or by `stocktake campaign remind`; every message carries a
dedupe key, so running it again queues nothing twice. The outbox worker delivers them."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from stocktake.accounts.models import Membership, RoleAssignment
from stocktake.common.services import audit, outbox
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.queries.tracking import Calendar, campaign_progress, stage_counts
from stocktake.coordination.services import SYSTEM, require
from stocktake.coordination.services.invitations import invitation_url, local_deadline


def due_reminder_day(campaign: Campaign, now) -> int | None:
    """The reminder (in days before the deadline) whose time has come, or None.

    Only the latest threshold passed counts: a worker that was down for a week sends one reminder,
    not three."""
    if now >= campaign.deadline:
        return None
    passed = [d for d in campaign.reminder_days if campaign.deadline - timedelta(days=d) <= now]
    return min(passed) if passed else None


def _key(*parts) -> str:
    return (
        "coordination:"
        + ":".join(str(p) for p in parts[:-1])
        + ":"
        + hashlib.sha256(parts[-1].lower().encode()).hexdigest()[:24]
    )


def remind_campaign(actor, campaign: Campaign, *, now=None, force_day: int | None = None) -> dict:
    """Queue this campaign's due reminders. `force_day` sends the reminder for that many days now
    (an operator's manual run); otherwise only when a configured reminder day has come."""
    require(actor, "coordination.change_campaign", campaign)
    now = now or timezone.now()
    day = force_day if force_day is not None else due_reminder_day(campaign, now)
    result = {"campaign": campaign.title, "day": day, "reminders": 0, "summaries": 0}
    if day is None or now >= campaign.deadline:
        return result
    rows = campaign_progress(campaign, calendar=Calendar.for_track(campaign.track, now))
    pending = [r for r in rows if not r.has_submitted and r.invitation.state != Invitation.State.INVITED]
    members: dict[int, list[tuple[str, str]]] = {}
    for org_id, email, language in Membership.objects.filter(
        organisation_id__in=[r.invitation.organisation_id for r in pending], user__is_active=True
    ).values_list("organisation_id", "user__email", "user__language"):
        members.setdefault(org_id, []).append((email.lower(), language))
    deadline = local_deadline(campaign)
    days_left = max(0, (campaign.deadline - now).days)
    with transaction.atomic():
        for row in pending:
            invitation = row.invitation
            recipients = {}
            if invitation.state != Invitation.State.BOUNCED:
                recipients[invitation.email] = campaign.language
            for email, language in members.get(invitation.organisation_id, []):
                recipients.setdefault(email, language or campaign.language)
            for email, language in recipients.items():
                message = outbox.queue_mail(
                    kind="coordination.reminder",
                    to=email,
                    template="coordination/mail/reminder",
                    context={
                        "campaign": campaign,
                        "organisation_name": invitation.organisation.name,
                        "stage": row.stage,
                        "has_draft": row.submissions > 0,
                        "deadline": deadline,
                        "time_zone": campaign.track.edition.time_zone,
                        "days_left": days_left,
                        "call_name": str(campaign.track),
                        "link": invitation_url(invitation),
                        "sender_name": campaign.contact_name,
                        "sender_email": campaign.contact_email,
                    },
                    language=language,
                    about=invitation,
                    dedupe_key=_key("reminder", campaign.pk, day, invitation.pk, email),
                    actor=actor,
                )
                result["reminders"] += message is not None
        focal_points = RoleAssignment.objects.filter(
            role="focal_point", country_id=campaign.country_id, user__is_active=True
        ).values_list("user__email", "user__language")
        summary_to = {email.lower(): language or campaign.language for email, language in focal_points}
        if campaign.contact_email:
            summary_to.setdefault(campaign.contact_email.lower(), campaign.language)
        for email, language in summary_to.items():
            message = outbox.queue_mail(
                kind="coordination.reminder_summary",
                to=email,
                template="coordination/mail/summary",
                context={
                    "campaign": campaign,
                    "deadline": deadline,
                    "time_zone": campaign.track.edition.time_zone,
                    "days_left": days_left,
                    "counts": stage_counts(rows),
                    "total": len(rows),
                    "pending": [r.invitation.organisation.name for r in pending],
                    "bounced": [r.invitation.organisation.name for r in rows if r.invitation.state == "bounced"],
                    "reminded": result["reminders"],
                    "link": _dashboard_url(campaign),
                },
                language=language,
                about=campaign,
                dedupe_key=_key("summary", campaign.pk, day, email),
                actor=actor,
            )
            result["summaries"] += message is not None
        if result["reminders"] or result["summaries"]:
            Campaign.objects.filter(pk=campaign.pk).update(last_reminder_at=now)
            audit.record(actor, "coordination.campaign.remind", campaign, after=result)
    return result


def _dashboard_url(campaign: Campaign) -> str:
    from django.conf import settings
    from django.urls import reverse

    return settings.SITE_URL + reverse("coordination:campaign", args=[campaign.public_id])


def send_due_reminders(actor=SYSTEM, *, now=None, campaigns=None) -> list[dict]:
    """Every open campaign's due reminders (what the scheduled task runs)."""
    now = now or timezone.now()
    queryset = campaigns if campaigns is not None else Campaign.objects.filter(deadline__gt=now)
    return [
        remind_campaign(actor, campaign, now=now)
        for campaign in queryset.select_related("track__edition", "country").order_by("pk")
    ]
