"""Counting votes. `tally` recounts everything from the votes, the track's validity rule and the
invalidation ledger; published results are a snapshot of it (`ResultRow`), and `verify` proves
that the snapshot still equals a fresh recount.

Each vote that does not count is attributed to one reason, in this order: an invalidation of the
vote itself, an invalidation of its voter, then the validity rule ("incomplete ballot")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, Value, When
from django.utils.translation import gettext_lazy as _

from stocktake.contests.models import Submission, Track
from stocktake.voting import queries
from stocktake.voting.models import InvalidationEntry, ReasonCode, ResultRow, Vote

INCOMPLETE_BALLOT = "incomplete_ballot"


def reason_label(code: str) -> str:
    if code == INCOMPLETE_BALLOT:
        return str(_("Voter did not vote in every category"))
    try:
        return str(ReasonCode(code).label)
    except ValueError:
        return code


@dataclass
class SubmissionCount:
    submission_id: int
    valid: int = 0
    invalid: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.valid + self.invalid


@dataclass
class CategoryCount:
    category_id: int
    rows: list[SubmissionCount]  # ranked: most valid votes first
    finalist_ids: set[int]

    @property
    def valid(self) -> int:
        return sum(r.valid for r in self.rows)

    @property
    def invalid(self) -> int:
        return sum(r.invalid for r in self.rows)

    @property
    def reasons(self) -> dict[str, int]:
        total: dict[str, int] = defaultdict(int)
        for r in self.rows:
            for code, n in r.reasons.items():
                total[code] += n
        return dict(total)


def finalists(rows: list[SubmissionCount], places: int) -> set[int]:
    """The `places` submissions with the most valid votes. Tie rule at the border: every
    submission with as many valid votes as the last finalist place is a finalist too (so a tie
    can make six or more finalists); a submission without any valid vote is never a finalist."""
    ranked = sorted((r for r in rows if r.valid > 0), key=lambda r: -r.valid)
    if not ranked or places <= 0:
        return set()
    border = ranked[min(places, len(ranked)) - 1].valid
    return {r.submission_id for r in ranked if r.valid >= border}


def tally(track: Track) -> dict[int, CategoryCount]:
    """Recount a track from scratch: {category id: CategoryCount}. One grouped query."""
    votes = Vote.objects.filter(category__track=track)
    vote_reason = (
        InvalidationEntry.objects.active().filter(vote=OuterRef("pk")).order_by("id").values("reason_code")[:1]
    )
    voter_reason = (
        InvalidationEntry.objects.active()
        .filter(track=track, voter=OuterRef("voter_id"))
        .order_by("id")
        .values("reason_code")[:1]
    )
    annotated = votes.annotate(vote_reason=Subquery(vote_reason), voter_reason=Subquery(voter_reason))
    if queries.validity_rule(track) == queries.VALIDITY_ALL_CATEGORIES:
        needed = queries.categories(track).count()
        complete_voters = (
            Vote.objects.filter(category__track=track)
            .values("voter_id")
            .annotate(n=Count("id"))
            .filter(n__gte=needed)
            .values("voter_id")
        )
        annotated = annotated.annotate(
            complete=Case(
                When(voter_id__in=complete_voters, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
        group = annotated.values("category_id", "submission_id", "vote_reason", "voter_reason", "complete")
    else:
        group = annotated.values("category_id", "submission_id", "vote_reason", "voter_reason")
    counts: dict[int, dict[int, SubmissionCount]] = defaultdict(dict)
    # Every nominee appears, with zero votes if none were cast for it.
    ballot_states = [Submission.State.NOMINATED, Submission.State.FINALIST, Submission.State.CHAMPION]
    ballot_states.append(Submission.State.WINNER)
    for sub_id, cat_id in Submission.objects.filter(track=track, state__in=ballot_states).values_list(
        "pk", "category_id"
    ):
        counts[cat_id][sub_id] = SubmissionCount(sub_id)
    for row in group.annotate(n=Count("id")).order_by():
        count = counts[row["category_id"]].setdefault(row["submission_id"], SubmissionCount(row["submission_id"]))
        reason = row["vote_reason"] or row["voter_reason"]
        if not reason and "complete" in row and not row["complete"]:
            reason = INCOMPLETE_BALLOT
        if reason:
            count.invalid += row["n"]
            count.reasons[reason] = count.reasons.get(reason, 0) + row["n"]
        else:
            count.valid += row["n"]
    places = track.finalists_per_category
    result = {}
    for category in queries.categories(track):
        rows = sorted(counts.get(category.pk, {}).values(), key=lambda r: (-r.valid, r.submission_id))
        result[category.pk] = CategoryCount(category.pk, rows, finalists(rows, places))
    return result


def published(track: Track):
    return ResultRow.objects.filter(track=track).select_related("submission__organisation", "category")


def is_published(track: Track) -> bool:
    return ResultRow.objects.filter(track=track).exists()


def verify(track: Track) -> list[str]:
    """Differences between the published results and a recount from votes and ledger ([] = match)."""
    recount = {r.submission_id: r for c in tally(track).values() for r in c.rows}
    problems = []
    for row in ResultRow.objects.filter(track=track):
        fresh = recount.pop(row.submission_id, None)
        if fresh is None:
            problems.append(f"submission {row.submission_id}: published but not in the recount")
            continue
        if (row.valid_votes, row.invalidated_votes, row.invalid_reasons) != (fresh.valid, fresh.invalid, fresh.reasons):
            problems.append(
                f"submission {row.submission_id}: published {row.valid_votes}/{row.invalidated_votes} "
                f"{row.invalid_reasons}, recount {fresh.valid}/{fresh.invalid} {fresh.reasons}"
            )
    if ResultRow.objects.filter(track=track).exists():
        # A nominee added after publication without any vote changes no count.
        problems += [f"submission {sid}: in the recount but not published" for sid, c in recount.items() if c.total]
    return problems


def summary(track: Track) -> dict:
    """Totals for a track: valid, invalidated, and the reasons, from a recount."""
    valid = invalid = 0
    reasons: dict[str, int] = defaultdict(int)
    for c in tally(track).values():
        valid += c.valid
        invalid += c.invalid
        for code, n in c.reasons.items():
            reasons[code] += n
    return {"valid": valid, "invalidated": invalid, "reasons": dict(reasons)}


def ledger(track: Track):
    return (
        InvalidationEntry.objects.filter(track=track)
        .select_related("created_by", "reverses", "reversal", "vote__submission")
        .order_by("-created_at", "-id")
    )
