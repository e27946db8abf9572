"""Scoring an assigned submission against the rubric."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Phase
from stocktake.contests.queries import format_local, phase
from stocktake.judging.models import Assignment, Criterion, Score, Stage
from stocktake.judging.services.panel import ensure_panel

# What a submission must be for each stage's scores to stay open.
SCORABLE_STATE = {Stage.REVIEW: "submitted", Stage.PITCH: "finalist"}


def review_window_error(track, at, stage: str = Stage.REVIEW) -> str | None:
    """Experts score during the review and nomination phase (when the track has one); pitch
    judges during the pitch phase (which a track with a pitch stage must have)."""
    if stage == Stage.PITCH:
        p = phase(track, Phase.Kind.PITCH)
        if p is None:
            return _("This track has no pitch stage.")
        if at < p.starts_at:
            return _("Pitch scoring opens on %(start)s Geneva time.") % {
                "start": format_local(p.starts_at, track.edition)
            }
        if at > p.ends_at:
            return _("Pitch scoring closed on %(end)s Geneva time.") % {"end": format_local(p.ends_at, track.edition)}
        return None
    p = phase(track, Phase.Kind.NOMINATION)
    if p is None:
        return None
    if at < p.starts_at:
        return _("Reviewing opens on %(start)s Geneva time.") % {"start": format_local(p.starts_at, track.edition)}
    if at > p.ends_at:
        return _("Reviewing closed on %(end)s Geneva time.") % {"end": format_local(p.ends_at, track.edition)}
    return None


@transaction.atomic
def save_review(actor, assignment: Assignment, scores: dict, comment: str = "", *, final: bool = True, at=None):
    """Save an expert's scores (criterion key → whole number) against the rubric of the
    assignment's stage; `final` marks the review done."""
    require(actor, "judging.score", assignment)
    at = at or timezone.now()
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("submission__track__edition", "reviewer")
        .get(pk=assignment.pk)
    )
    track = assignment.submission.track
    stage = assignment.stage
    if message := review_window_error(track, at, stage):
        raise ValidationError({"__all__": message})
    if assignment.submission.state != SCORABLE_STATE[stage]:
        raise ValidationError({"__all__": _("A decision has been applied to this submission; scores are closed.")})
    panel = ensure_panel(track.edition)
    criteria = {c.key: c for c in Criterion.objects.filter(edition=track.edition, stage=stage)}
    errors = {}
    clean = {}
    for key, criterion in criteria.items():
        raw = scores.get(key)
        if raw in (None, ""):
            if final:
                errors[key] = _("Score “%(criterion)s”.") % {"criterion": criterion.name}
            continue
        try:
            value = int(raw)
        except (TypeError, ValueError):
            value = -1
        if not 0 <= value <= panel.score_max:
            errors[key] = _("Give a whole number from 0 to %(max)d.") % {"max": panel.score_max}
        else:
            clean[key] = value
    if unknown := set(scores) - set(criteria):
        errors["__all__"] = _("Unknown criteria: %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
    if errors:
        raise ValidationError(errors)
    before = {s.criterion.key: s.value for s in assignment.scores.select_related("criterion")}
    for key, value in clean.items():
        Score.objects.update_or_create(assignment=assignment, criterion=criteria[key], defaults={"value": value})
    assignment.comment = (comment or "").strip()
    if final:
        assignment.submitted_at = at
    assignment.save(update_fields=["comment", "submitted_at", "updated_at"])
    audit.record(
        actor, "judging.review.save", assignment.submission, before=before, after=clean, final=final, stage=stage
    )
    return assignment
