"""The secretariat's decisions about votes: invalidate a vote, invalidate a voter (every vote
of theirs in one track), and reverse either. Each is a new ledger entry plus an audit record."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.voting.models import InvalidationEntry, ReasonCode, Vote
from stocktake.voting.services.votes import ensure_voter

MIN_REASON_LENGTH = 10


def _check_reason(reason_code: str, reason: str) -> str:
    errors = {}
    if reason_code not in ReasonCode.values:
        errors["reason_code"] = _("Choose one of the listed reasons.")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON_LENGTH:
        errors["reason"] = _(
            "Write the reason in a sentence (at least %(n)d characters); it is kept in the ledger."
        ) % {"n": MIN_REASON_LENGTH}
    if errors:
        raise ValidationError(errors)
    return reason


def _entry_record(entry: InvalidationEntry) -> dict:
    return {
        "entry": entry.pk,
        "vote": entry.vote_id,
        "voter_email_hash": entry.voter_email_hash,
        "reason_code": entry.reason_code,
        "reason": entry.reason,
        "reverses": entry.reverses_id,
        "track": entry.track_id,
    }


@transaction.atomic
def invalidate_vote(actor, vote: Vote, reason_code: str, reason: str) -> InvalidationEntry:
    require(actor, "voting.invalidate", vote)
    reason = _check_reason(reason_code, reason)
    if InvalidationEntry.objects.active().filter(vote=vote).exists():
        raise ValidationError(_("This vote is already invalidated."))
    track_id = vote.category.track_id
    entry = InvalidationEntry.objects.create(
        track_id=track_id,
        vote=vote,
        voter_email_hash=ensure_voter(vote.voter).email_hash,
        reason_code=reason_code,
        reason=reason,
        created_by=actor,
    )
    audit.record(actor, "voting.vote.invalidate", vote, after=_entry_record(entry))
    return entry


@transaction.atomic
def invalidate_voter(actor, track, voter, reason_code: str, reason: str) -> InvalidationEntry:
    """Every vote of `voter` in `track` stops counting (including votes cast later)."""
    require(actor, "voting.invalidate", track)
    reason = _check_reason(reason_code, reason)
    if InvalidationEntry.objects.active().filter(track=track, voter=voter).exists():
        raise ValidationError(_("This voter's votes are already invalidated in this track."))
    entry = InvalidationEntry.objects.create(
        track=track,
        voter=voter,
        voter_email_hash=ensure_voter(voter).email_hash,
        reason_code=reason_code,
        reason=reason,
        created_by=actor,
    )
    audit.record(actor, "voting.voter.invalidate", voter, after=_entry_record(entry))
    return entry


def invalidate_votes(actor, votes, reason_code: str, reason: str) -> list[InvalidationEntry]:
    """Invalidate several votes at once (e.g. one network burst); already invalid ones are skipped."""
    entries = []
    with transaction.atomic():
        require(actor, "voting.invalidate")
        reason = _check_reason(reason_code, reason)
        done = set(InvalidationEntry.objects.active().filter(vote__in=votes).values_list("vote_id", flat=True))
        for vote in votes:
            if vote.pk not in done:
                entries.append(invalidate_vote(actor, vote, reason_code, reason))
    return entries


@transaction.atomic
def reverse_entry(actor, entry: InvalidationEntry, reason: str) -> InvalidationEntry:
    """Undo an invalidation: a new entry that points at it. The original stays in the ledger."""
    require(actor, "voting.invalidate", entry)
    reason = _check_reason(entry.reason_code, reason)
    if entry.reverses_id is not None:
        raise ValidationError(_("This entry is itself a reversal; invalidate again instead."))
    reversal = InvalidationEntry(
        track_id=entry.track_id,
        vote_id=entry.vote_id,
        voter_id=entry.voter_id,
        voter_email_hash=entry.voter_email_hash,
        reason_code=entry.reason_code,
        reason=reason,
        reverses=entry,
        created_by=actor,
    )
    try:
        with transaction.atomic():
            reversal.save()
    except IntegrityError:
        raise ValidationError(_("This invalidation has already been reversed.")) from None
    action = "voting.vote.reinstate" if entry.vote_id else "voting.voter.reinstate"
    audit.record(actor, action, entry.vote or entry.voter, after=_entry_record(reversal))
    return reversal
