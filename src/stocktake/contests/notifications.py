"""Mail about submissions, always through the outbox. Decisions are held for the secretariat's
review before they go out; receipts and returns go out at once."""

from __future__ import annotations

from stocktake.common.services.outbox import queue_mail
from stocktake.contests.queries import format_local, phase


def _recipients(submission) -> list:
    if submission.submitted_by_id and submission.submitted_by.is_active:
        return [submission.submitted_by]
    if submission.is_individual:
        return [submission.entrant] if submission.entrant.is_active else []
    # A deactivated account (someone who left) is never written to.
    memberships = submission.organisation.memberships.filter(role="admin", user__is_active=True)
    return [m.user for m in memberships.select_related("user").order_by("pk")]


def _context(submission, **extra) -> dict:
    return {
        "submission": submission,
        "edition": submission.track.edition,
        "track_name": submission.track.name,
        "category": submission.category,
        **extra,
    }


def _queue(kind: str, submission, template: str, *, hold: bool, actor=None, dedupe: str = "", **extra):
    for user in _recipients(submission):
        queue_mail(
            kind=kind,
            to=user.email,
            template=f"contests/mail/{template}",
            context=_context(submission, recipient=user, **extra),
            language=user.language or "en",
            hold_for_review=hold,
            about=submission,
            dedupe_key=f"{dedupe}:{user.pk}" if dedupe else "",
            actor=actor,
        )


def submission_received(submission, actor=None) -> None:
    _queue(
        "contests.received",
        submission,
        "received",
        hold=False,
        actor=actor,
        dedupe=f"received:{submission.public_id}:{submission.submitted_at.isoformat()}",
    )


def submission_returned(submission, actor=None) -> None:
    p = phase(submission.track, "submission")
    deadline = format_local(p.ends_at, submission.track.edition) if p else ""
    _queue("contests.returned", submission, "returned", hold=False, actor=actor, deadline=deadline)


def decision(submission, actor=None) -> None:
    """Nominated / not nominated / not eligible: held until the secretariat releases them."""
    template = {
        "nominated": "nominated",
        "finalist": "finalist",
        "not_nominated": "not_nominated",
        "ineligible": "ineligible",
    }[submission.state]
    _queue(
        f"contests.{template}",
        submission,
        template,
        hold=True,
        actor=actor,
        dedupe=f"decision:{submission.public_id}:{submission.state}",
    )


def pitch_winner(submission, actor=None) -> None:
    """The winner of a track's pitch stage (Digital Service Design Prize), confirmed by the
    secretariat. Held for review like the other decisions; the dedupe key is the decision's own, so
    confirming the same winner again (after a correction) never mails anyone twice."""
    _queue(
        "contests.pitch_winner",
        submission,
        "pitch_winner",
        hold=True,
        actor=actor,
        dedupe=f"decision:{submission.public_id}:winner",
    )


def deadline_reminder(user, track, drafts: list, days_left: int) -> None:
    p = phase(track, "submission")
    queue_mail(
        kind="contests.reminder",
        to=user.email,
        template="contests/mail/reminder",
        context={
            "recipient": user,
            "track_name": track.name,
            "edition": track.edition,
            "drafts": drafts,
            "deadline": format_local(p.ends_at, track.edition),
            "days_left": days_left,
        },
        language=user.language or "en",
        about=track,
        dedupe_key=f"reminder:{track.public_id}:{days_left}:{user.pk}",
    )
