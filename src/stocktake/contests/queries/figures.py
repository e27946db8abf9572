"""Public figures about the prizes: how many projects were submitted to each category of an
edition. Only counts leave here, never which organisation submitted what."""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils import timezone

from stocktake.contests.models import Category, Phase, Submission, Track

S = Submission.State
# Handed in by the deadline, whatever the review made of it since (drafts, returned and withdrawn
# applications are not submissions).
SUBMITTED_STATES = [S.SUBMITTED, S.INELIGIBLE, S.NOT_NOMINATED, S.NOMINATED, S.FINALIST, S.CHAMPION, S.WINNER]


def current_main_track(now=None) -> Track | None:
    """The main prizes of the latest published edition whose submission phase has opened. One query."""
    now = now or timezone.now()
    return (
        Track.objects.filter(
            kind=Track.Kind.MAIN,
            edition__is_published=True,
            phases__kind=Phase.Kind.SUBMISSION,
            phases__starts_at__lte=now,
        )
        .select_related("edition")
        .order_by("-edition__year")
        .first()
    )


def submissions_by_category(track: Track) -> list[Category]:
    """Every category of the track in order, each with `submitted`: its submitted projects. One query."""
    return list(
        Category.objects.filter(track=track)
        .select_related("prize_category")
        .annotate(submitted=Count("submissions", filter=Q(submissions__state__in=SUBMITTED_STATES)))
        .order_by("number")
    )
