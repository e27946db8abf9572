"""Reads for the reviewer workspace and the secretariat console."""

from __future__ import annotations

from django.db.models import Count, F, Prefetch, Q, Sum

from stocktake.contests.models import Submission, Track
from stocktake.judging.models import Assignment, Conflict, Criterion, Decision, Panel, Reviewer, Stage


def reviewer_for(user, edition) -> Reviewer | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Reviewer.objects.filter(edition=edition, user=user).first()


def workspace(user):
    """The expert's assignments in every edition, conflicts excluded (defence in depth: conflicted
    assignments are deleted when a conflict is recorded)."""
    conflicted = Conflict.objects.filter(reviewer__user=user).values("submission_id")
    return (
        Assignment.objects.filter(reviewer__user=user, reviewer__state=Reviewer.State.ACTIVE)
        .exclude(submission_id__in=conflicted)
        # Also live: a membership taken up after conflicts were last detected.
        .exclude(submission__organisation__memberships__user=user)
        .exclude(submission__entrant=user)
        .select_related("submission__category__prize_category", "submission__track__edition", "reviewer")
        .order_by("-submission__track__edition__year", "submission__category__number", "submission__title")
    )


def assignment_for_review(user, submission_public_id, stage: str = Stage.REVIEW) -> Assignment | None:
    """The user's assignment for this submission at this stage, or None when there is none or a
    conflict exists."""
    return (
        workspace(user)
        .filter(submission__public_id=submission_public_id, stage=stage)
        .select_related(
            "submission__organisation__country",
            "submission__entrant",
            "submission__entrant_country",
            "submission__entry",
        )
        .first()
    )


def visible_assignments(user, assignment: Assignment, panel: Panel) -> list[Assignment]:
    """Whose scores this expert may see on this submission, under the edition's visibility rule."""
    own = [assignment]
    if panel.visibility == Panel.Visibility.BLIND:
        return own
    if panel.visibility == Panel.Visibility.AFTER_OWN and assignment.submitted_at is None:
        return own
    return list(
        Assignment.objects.filter(submission=assignment.submission, stage=assignment.stage, submitted_at__isnull=False)
        .select_related("reviewer__user")
        .prefetch_related("scores__criterion")
    )


def ranking(track: Track, category, stage: str = Stage.REVIEW) -> list[Submission]:
    """Submissions of a category by weighted aggregate score (0–100) of one stage, with review
    counts and any staged decision, in a single query. The pitch stage ranks the finalists (and
    the winner, once confirmed) by their pitch scores only."""
    at_stage = Q(assignments__stage=stage)
    done = at_stage & Q(assignments__submitted_at__isnull=False)
    queryset = Submission.objects.filter(track=track, category=category)
    if stage == Stage.PITCH:
        queryset = queryset.filter(state__in=[Submission.State.FINALIST, Submission.State.WINNER])
    else:
        queryset = queryset.exclude(state__in=[Submission.State.DRAFT, Submission.State.WITHDRAWN])
    rows = list(
        queryset.annotate(
            weighted=Sum(F("assignments__scores__value") * F("assignments__scores__criterion__weight"), filter=done),
            weights=Sum("assignments__scores__criterion__weight", filter=done),
            reviews_done=Count("assignments", filter=done, distinct=True),
            reviews_total=Count("assignments", filter=at_stage, distinct=True),
        ).select_related("organisation__country", "entrant", "entrant_country", "decision")
    )
    score_max = Panel.objects.filter(edition_id=track.edition_id).values_list("score_max", flat=True).first() or 10
    for s in rows:
        s.aggregate = round(100 * s.weighted / (s.weights * score_max), 1) if s.weights else None
    rows.sort(key=lambda s: (s.aggregate is None, -(s.aggregate or 0), s.title))
    for i, s in enumerate(rows, 1):
        s.rank = i if s.aggregate is not None else None
    return rows


def console_counts(track: Track) -> list:
    """Per category: submissions by state, assignments done/total, staged decisions (one query)."""
    states = ["submitted", "returned", "nominated", "not_nominated", "ineligible", "withdrawn", "draft"]
    return list(
        track.categories.select_related("prize_category")
        .annotate(
            **{s: Count("submissions", filter=Q(submissions__state=s), distinct=True) for s in states},
            reviews_done=Count(
                "submissions__assignments",
                filter=Q(
                    submissions__assignments__submitted_at__isnull=False,
                    submissions__assignments__stage=Stage.REVIEW,
                ),
                distinct=True,
            ),
            reviews_total=Count(
                "submissions__assignments", filter=Q(submissions__assignments__stage=Stage.REVIEW), distinct=True
            ),
            staged=Count(
                "submissions__decision", filter=Q(submissions__decision__applied_at__isnull=True), distinct=True
            ),
        )
        .order_by("number")
    )


def reviewer_loads(edition):
    return (
        Reviewer.objects.filter(edition=edition)
        .select_related("user", "country")
        .prefetch_related(Prefetch("preferred_categories"))
        .annotate(
            total=Count("assignments", distinct=True),
            done=Count("assignments", filter=Q(assignments__submitted_at__isnull=False), distinct=True),
            conflicts_count=Count("conflicts", distinct=True),
        )
        .order_by("user__name")
    )


def criteria(edition, stage: str = Stage.REVIEW):
    return list(Criterion.objects.filter(edition=edition, stage=stage).order_by("order"))


def staged_count(track) -> int:
    return Decision.objects.filter(submission__track=track, applied_at__isnull=True).count()
