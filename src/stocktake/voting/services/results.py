"""After the vote: publish the count (finalists by valid votes) and record the expert group's
choice of winners among the finalists; the other finalists become champions."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Category, Submission, Track
from stocktake.voting import queries
from stocktake.voting.models import ResultRow
from stocktake.voting.queries import results as result_queries

DECIDED_STATES = (Submission.State.WINNER, Submission.State.CHAMPION)


@transaction.atomic
def publish_results(actor, track: Track, *, now=None) -> dict:
    """Count the closed vote and publish it; the finalists' submissions become "finalist".

    May be run again (e.g. after an invalidation) until winners are selected; each run replaces
    the published counts and is audited with the totals."""
    require(actor, "voting.publish_results", track)
    now = now or timezone.now()
    if queries.phase_state(queries.voting_phase(track), now) != "closed":
        raise ValidationError(_("Results can be published only after voting has closed."))
    if Submission.objects.filter(track=track, state__in=DECIDED_STATES).exists():
        raise ValidationError(_("Winners have already been selected; the count can no longer be changed."))
    counts = result_queries.tally(track)
    ResultRow.objects.filter(track=track).delete()
    rows, finalist_ids, ballot_ids = [], set(), set()
    for category_id, category_count in counts.items():
        for rank, c in enumerate(category_count.rows, start=1):
            ballot_ids.add(c.submission_id)
            is_finalist = c.submission_id in category_count.finalist_ids
            if is_finalist:
                finalist_ids.add(c.submission_id)
            rows.append(
                ResultRow(
                    track=track,
                    category_id=category_id,
                    submission_id=c.submission_id,
                    rank=rank,
                    valid_votes=c.valid,
                    invalidated_votes=c.invalid,
                    invalid_reasons=c.reasons,
                    is_finalist=is_finalist,
                    published_at=now,
                )
            )
    ResultRow.objects.bulk_create(rows, batch_size=500)
    Submission.objects.filter(pk__in=finalist_ids).update(state=Submission.State.FINALIST)
    Submission.objects.filter(pk__in=ballot_ids - finalist_ids, state=Submission.State.FINALIST).update(
        state=Submission.State.NOMINATED
    )
    totals = result_queries.summary(track)
    audit.record(actor, "voting.results.publish", track, after=totals | {"finalists": sorted(finalist_ids)})
    return totals


@transaction.atomic
def select_winners(actor, category: Category, winners) -> list[Submission]:
    """The expert group's decision for one category: one or more winners among its finalists;
    every other finalist becomes a champion. Can be corrected by calling again."""
    require(actor, "voting.select_winners", category)
    winners = list(winners)
    if not winners:
        raise ValidationError({"winners": _("Choose at least one winner.")})
    finalist_ids = set(
        ResultRow.objects.filter(category=category, is_finalist=True).values_list("submission_id", flat=True)
    )
    if not finalist_ids:
        raise ValidationError(_("The vote in this category has not been counted and published yet."))
    outside = [w for w in winners if w.pk not in finalist_ids]
    if outside:
        raise ValidationError({"winners": _("Winners must be chosen from the finalists of this category.")})
    winner_ids = {w.pk for w in winners}
    before = dict(Submission.objects.filter(pk__in=finalist_ids).values_list("pk", "state"))
    Submission.objects.filter(pk__in=winner_ids).update(state=Submission.State.WINNER)
    Submission.objects.filter(pk__in=finalist_ids - winner_ids).update(state=Submission.State.CHAMPION)
    audit.record(
        actor,
        "voting.winners.select",
        category.track,
        before={"states": before},
        after={
            "category": category.number,
            "winners": sorted(winner_ids),
            "champions": sorted(finalist_ids - winner_ids),
        },
    )
    return list(Submission.objects.filter(pk__in=winner_ids))
