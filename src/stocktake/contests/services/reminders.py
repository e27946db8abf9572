"""Reminders before the submission deadline to everyone holding an unsubmitted draft. Queued by
the scheduler every few minutes (contests.tasks.send_deadline_reminders, see common.scheduler) or
by `stocktake prizes remind`; each reminder is queued once per track, step and person (dedupe
key), so running it often is safe."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.conf import settings
from django.utils import timezone

from stocktake.contests import notifications
from stocktake.contests.models import Phase, Submission


def send_deadline_reminders(at: datetime.datetime | None = None, days=None) -> int:
    """Queue the reminders due at `at`; `days` defaults to STOCKTAKE_PRIZE_REMINDER_DAYS (7 and 1)."""
    at = at or timezone.now()
    days = tuple(days or settings.PRIZE_REMINDER_DAYS)
    horizon = at + datetime.timedelta(days=max(days))
    phases = Phase.objects.filter(kind=Phase.Kind.SUBMISSION, starts_at__lte=at, ends_at__gte=at, ends_at__lte=horizon)
    queued = 0
    for phase in phases.select_related("track__edition"):
        left = phase.ends_at - at
        step = min(d for d in days if left <= datetime.timedelta(days=d))
        drafts = (
            Submission.objects.filter(track=phase.track, state__in=[Submission.State.DRAFT, Submission.State.RETURNED])
            .select_related("submitted_by", "category")
            .order_by("category__number")
        )
        by_user = defaultdict(list)
        for draft in drafts:
            if draft.submitted_by_id and draft.submitted_by.is_active:
                by_user[draft.submitted_by].append(draft)
        track = phase.track
        track._prefetched_objects_cache = {"phases": [phase]}
        for user, items in by_user.items():
            before = _count()
            notifications.deadline_reminder(user, track, items, step)
            queued += _count() - before
    return queued


def _count() -> int:
    from stocktake.common.models import OutboxMessage

    return OutboxMessage.objects.filter(kind="contests.reminder").count()
