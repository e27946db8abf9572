"""The submitter's panel on the personal dashboard: the prize submissions of their organisations,
with their state, so a submitter sees at a glance that a submission went through."""

from __future__ import annotations

from stocktake.contests.models import Submission
from stocktake.web.dashboard import Panel, register

SHOWN = 5


def my_submissions(request) -> dict | None:
    # One query; people whose organisations never submitted do not get an empty panel.
    submissions = list(
        Submission.objects.filter(organisation__memberships__user=request.user)
        .select_related("track__edition", "category__prize_category", "organisation")
        .order_by("-updated_at")[: SHOWN + 1]
    )
    if not submissions:
        return None
    return {"submissions": submissions[:SHOWN], "more": len(submissions) > SHOWN}


def register_panels() -> None:
    register(Panel("contests/dashboard/_my_submissions.html", my_submissions, order=20))
