"""Nomination decisions: the secretariat stages them one by one (nothing changes yet), then
applies all staged decisions of a track at once; either all apply or none does."""

from __future__ import annotations

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests import notifications
from stocktake.contests.models import Submission, Track
from stocktake.judging.models import Decision

OUTCOME_STATE = {
    Decision.Outcome.NOMINATE: Submission.State.NOMINATED,
    Decision.Outcome.NOT_NOMINATE: Submission.State.NOT_NOMINATED,
    Decision.Outcome.INELIGIBLE: Submission.State.INELIGIBLE,
}


def _state_for(track: Track, outcome: str) -> str:
    # Special tracks have no public vote: the judges' shortlist is the finalists.
    if outcome == Decision.Outcome.NOMINATE and track.kind != Track.Kind.MAIN:
        return Submission.State.FINALIST
    return OUTCOME_STATE[outcome]


@transaction.atomic
def stage_decision(actor, submission: Submission, outcome: str, reason: str = "") -> Decision:
    require(actor, "judging.manage_panel", submission.track.edition)
    if outcome not in Decision.Outcome.values:
        raise ValidationError({"outcome": _("Choose nominate, do not nominate or not eligible.")})
    reason = (reason or "").strip()
    if outcome == Decision.Outcome.INELIGIBLE and not reason:
        raise ValidationError({"reason": _("Give the reason why the submission is not eligible.")})
    if submission.state != Submission.State.SUBMITTED:
        raise ValidationError({"outcome": _("Only submitted submissions can receive a decision.")})
    decision, _created = Decision.objects.update_or_create(
        submission=submission,
        defaults={"outcome": outcome, "reason": reason, "staged_by": actor, "applied_at": None},
    )
    audit.record(actor, "judging.decision.stage", submission, after={"outcome": outcome, "reason": reason})
    return decision


@transaction.atomic
def unstage_decision(actor, submission: Submission) -> None:
    require(actor, "judging.manage_panel", submission.track.edition)
    Decision.objects.filter(submission=submission, applied_at__isnull=True).delete()
    audit.record(actor, "judging.decision.unstage", submission)


@transaction.atomic
def apply_decisions(actor, track: Track) -> dict:
    """Apply every staged decision of the track in one transaction. Refused as a whole (nothing
    changes) if any submission changed state meanwhile or a category would get more nominees than
    the track's nominees-per-category setting."""
    require(actor, "judging.manage_panel", track.edition)
    staged = list(
        Decision.objects.select_for_update(of=("self",))
        .filter(submission__track=track, applied_at__isnull=True)
        .select_related("submission__category", "submission__track__edition")
    )
    if not staged:
        raise ValidationError({"__all__": _("There are no staged decisions to apply.")})
    subs = {s.pk: s for s in Submission.objects.select_for_update().filter(pk__in=[d.submission_id for d in staged])}
    errors = []
    for d in staged:
        if subs[d.submission_id].state != Submission.State.SUBMITTED:
            errors.append(
                _("“%(title)s” is now %(state)s; its decision cannot be applied.")
                % {"title": d.submission.title, "state": subs[d.submission_id].get_state_display().lower()}
            )
    already = Counter(
        Submission.objects.filter(track=track, state=Submission.State.NOMINATED).values_list(
            "category__number", flat=True
        )
    )
    adding = Counter(d.submission.category.number for d in staged if d.outcome == Decision.Outcome.NOMINATE)
    for number, count in sorted(adding.items()):
        if already[number] + count > track.nominees_per_category:
            errors.append(
                _("Category %(number)s would have %(count)d nominees; the limit is %(limit)d.")
                % {"number": number, "count": already[number] + count, "limit": track.nominees_per_category}
            )
    if errors:
        raise ValidationError({"__all__": errors})
    now = timezone.now()
    counts = Counter()
    for d in staged:
        submission = subs[d.submission_id]
        before = {"state": submission.state}
        submission.state = _state_for(track, d.outcome)
        submission.decision_reason = d.reason
        submission.save(update_fields=["state", "decision_reason", "updated_at"])
        d.applied_at = now
        d.save(update_fields=["applied_at"])
        counts[d.outcome] += 1
        audit.record(actor, "judging.decision.apply", submission, before=before, after={"state": submission.state})
        notifications.decision(submission, actor=actor)
    audit.record(actor, "judging.decision.apply_all", track, after=dict(counts))
    return dict(counts)


@transaction.atomic
def select_winners(actor, track: Track, winners: list[Submission], *, allow_tie: bool = False) -> int:
    """The expert group picks the winner(s) among the finalists of a category. On the main track
    the other finalists become champions; a tie (two winners in one category) must be explicit."""
    require(actor, "judging.manage_panel", track.edition)
    ids = [w.pk for w in winners]
    chosen = list(Submission.objects.select_for_update().filter(pk__in=ids, track=track).select_related("category"))
    if len(chosen) != len(set(ids)) or not chosen:
        raise ValidationError({"winners": _("Choose finalists of this track.")})
    errors = []
    for s in chosen:
        if s.state != Submission.State.FINALIST:
            errors.append(_("“%(title)s” is not a finalist.") % {"title": s.title})
    per_category = Counter(s.category_id for s in chosen)
    for s in chosen:
        count = per_category[s.category_id]
        if count > track.winners_per_category and not allow_tie:
            errors.append(
                _("Category %(number)s would have %(count)d winners; it has %(limit)d. Confirm a tie to allow it.")
                % {"number": s.category.number, "count": count, "limit": track.winners_per_category}
            )
            per_category[s.category_id] = 0  # report once
    if errors:
        raise ValidationError({"winners": errors})
    Submission.objects.filter(pk__in=ids).update(state=Submission.State.WINNER, updated_at=timezone.now())
    if track.kind == Track.Kind.MAIN:
        Submission.objects.filter(
            track=track, category_id__in=per_category.keys(), state=Submission.State.FINALIST
        ).update(state=Submission.State.CHAMPION, updated_at=timezone.now())
    for s in chosen:
        audit.record(actor, "judging.winner.select", s, before={"state": "finalist"}, after={"state": "winner"})
    return len(chosen)


def pitch_standing(track: Track, category, at=None) -> dict:
    """Where the pitch stage of a category stands: the ranking by pitch scores, the leaders (more
    than one on a tie), how many pitch reviews are still open and whether the pitch phase is over."""
    from stocktake.contests.models import Phase
    from stocktake.contests.queries import phase
    from stocktake.judging import queries
    from stocktake.judging.models import Assignment, Stage

    at = at or timezone.now()
    rows = queries.ranking(track, category, stage=Stage.PITCH)
    scored = [r for r in rows if r.aggregate is not None]
    best = scored[0].aggregate if scored else None
    p = phase(track, Phase.Kind.PITCH)
    return {
        "rows": rows,
        "leaders": [r for r in scored if r.aggregate == best],
        "open_reviews": Assignment.objects.filter(
            submission__category=category, stage=Stage.PITCH, submitted_at__isnull=True
        ).count(),
        "phase": p,
        "phase_over": p is not None and at > p.ends_at,
        "winner": next((r for r in rows if r.state == Submission.State.WINNER), None),
    }


@transaction.atomic
def confirm_pitch_winner(actor, submission: Submission, *, reason: str = "", at=None) -> Submission:
    """The secretariat confirms the winner of a pitch stage: the finalist the judges scored
    highest. Picking another finalist, or one of several tied at the top, needs a reason, which
    the audit log keeps with the scores. Refused while pitch reviews are still open in an open
    pitch phase, and once the category has its winner(s). All or nothing."""
    from stocktake.judging.models import Stage

    track = Track.objects.select_for_update().select_related("edition").get(pk=submission.track_id)
    require(actor, "judging.manage_panel", track.edition)
    at = at or timezone.now()
    # Lock the category's finalists so two confirmations cannot both pass the checks below.
    list(
        Submission.objects.select_for_update()
        .filter(track=track, category_id=submission.category_id)
        .filter(state__in=[Submission.State.FINALIST, Submission.State.WINNER])
        .values_list("pk", flat=True)
    )
    submission = Submission.objects.select_related("category").get(pk=submission.pk)
    standing = pitch_standing(track, submission.category, at)
    reason = (reason or "").strip()
    if standing["phase"] is None:
        raise ValidationError({"__all__": _("This track has no pitch stage.")})
    if submission.state != Submission.State.FINALIST:
        raise ValidationError({"winner": _("Only a finalist can win the pitch stage.")})
    won = Submission.objects.filter(
        track=track, category_id=submission.category_id, state=Submission.State.WINNER
    ).count()
    if won >= track.winners_per_category:
        raise ValidationError({"winner": _("This category already has its winner.")})
    if not standing["leaders"]:
        raise ValidationError({"winner": _("No pitch has been scored yet.")})
    if standing["open_reviews"] and not standing["phase_over"]:
        raise ValidationError(
            {
                "winner": _(
                    "%(count)d pitch reviews are still open; confirm the winner when the judges have finished "
                    "or the pitch phase has closed."
                )
                % {"count": standing["open_reviews"]}
            }
        )
    leaders = standing["leaders"]
    by_scores = len(leaders) == 1 and leaders[0].pk == submission.pk
    if not by_scores and not reason:
        if any(r.pk == submission.pk for r in leaders):
            message = _("Several finalists share the highest pitch score; give the reason for this choice.")
        else:
            message = _(
                "“%(title)s” has the highest pitch score (%(score)s); give the reason for choosing another finalist."
            ) % {"title": leaders[0].title, "score": leaders[0].aggregate}
        raise ValidationError({"reason": message})
    chosen_row = next(r for r in standing["rows"] if r.pk == submission.pk)
    select_winners(actor, track, [submission])
    audit.record(
        actor,
        "judging.pitch.confirm_winner",
        submission,
        before={"state": Submission.State.FINALIST},
        after={
            "state": Submission.State.WINNER,
            "pitch_score": chosen_row.aggregate,
            "ranking": [(str(r.public_id), r.aggregate) for r in standing["rows"]],
            "stage": Stage.PITCH,
        },
        reason=reason,
        by_scores=by_scores,
    )
    submission.refresh_from_db()
    # Queued in this transaction: the mail exists only if the confirmation commits.
    notifications.pitch_winner(submission, actor=actor)
    return submission


def stage_top_ranked(actor, track: Track) -> int:
    """Stage "nominate" for the best-scored submissions of every category, filling each category up
    to the track's nominees-per-category (nominees already applied and nominations already staged
    count). Only submissions with at least one finished review are considered; decisions staged by
    hand are kept. Nothing changes until the staged decisions are applied. Returns how many were staged."""
    from stocktake.judging import queries

    require(actor, "judging.manage_panel", track.edition)
    staged = 0
    with transaction.atomic():
        for category in track.categories.order_by("number"):
            rows = queries.ranking(track, category)
            taken = sum(
                1
                for s in rows
                if s.state == Submission.State.NOMINATED
                or (
                    getattr(s, "decision", None)
                    and not s.decision.applied_at
                    and s.decision.outcome == Decision.Outcome.NOMINATE
                )
            )
            candidates = [
                s
                for s in rows
                if s.state == Submission.State.SUBMITTED
                and s.aggregate is not None
                and (getattr(s, "decision", None) is None or s.decision.applied_at)
            ]
            for s in candidates[: max(0, track.nominees_per_category - taken)]:
                stage_decision(actor, s, Decision.Outcome.NOMINATE)
                staged += 1
    return staged
