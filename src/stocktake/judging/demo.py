"""Demo expert review. Six experts (the two documented demo experts and four more) reviewed the
past edition's submissions, two each, and the secretariat applied its decisions: ten nominees per
category, one ineligible, the rest not nominated. The live edition follows its demo stage: experts
invited while submission is open (the documented expert prefers the demo submitter's category, so
that draft reaches them once submitted), reviews under way with part of the scores in during
review, and everything decided from the voting stage on."""

from __future__ import annotations

import datetime
import zlib

from django.db.models import Count

from stocktake.contests.models import Edition, Submission
from stocktake.demo import timeline
from stocktake.judging import queries
from stocktake.judging.models import Assignment, Decision, Panel, Reviewer, Score
from stocktake.judging.services import panel

MORE_EXPERTS = [
    ("expert3@demo.stocktake.example", "Mei Lin Expert"),
    ("expert4@demo.stocktake.example", "Carlos Revisor"),
    ("expert5@demo.stocktake.example", "Fatima Reviewer"),
    ("expert6@demo.stocktake.example", "Olga Expert"),
]
INELIGIBLE_REASON = (
    "The work described is still at a planning stage; the rules ask for completed work, or the end of "
    "a major phase, with evidence of impact."
)


def _stable(*parts) -> int:
    return zlib.crc32(":".join(map(str, parts)).encode())


def load(ctx) -> None:
    from stocktake.accounts.demo import _user

    experts = [ctx.users["expert"], ctx.users["expert2"]] + [_user(email, name) for email, name in MORE_EXPERTS]
    past = Edition.objects.filter(year=timeline.PAST_YEAR).first()
    if past is not None:
        _review(ctx, past, experts, "complete")
    live = Edition.objects.filter(year=timeline.LIVE_YEAR).first()
    if live is not None:
        stage = timeline.stage_of(live.tracks.filter(kind="main").first())
        if stage is not None:  # only an edition the demo built
            _review(ctx, live, experts, stage)


def _review(ctx, edition, experts, stage: str) -> None:
    if Reviewer.objects.filter(edition=edition).exists():
        ctx.log(f"expert reviews of {edition.year} already there")
        return
    secretariat = ctx.users["secretariat"]
    panel.configure_panel(secretariat, edition, reviewers_per_submission=2, visibility=Panel.Visibility.AFTER_OWN)
    main = edition.tracks.get(kind="main")
    categories = list(main.categories.order_by("number"))
    if stage == "submission":
        # The documented expert's first category is the one of the demo submitter's draft.
        draft = Submission.objects.filter(track=main, state=Submission.State.DRAFT).exclude(submitted_by=None).first()
        if draft is not None:
            at = next(i for i, c in enumerate(categories) if c.pk == draft.category_id)
            categories = categories[at:] + categories[:at]
    for i, user in enumerate(experts):
        reviewer = panel.invite_reviewer(
            secretariat, edition, user, categories=categories[i * 3 : i * 3 + 3], max_assignments=200
        )
        # While the call is open the second documented expert has not answered yet.
        if not (stage == "submission" and i == 1):
            Reviewer.objects.filter(pk=reviewer.pk).update(state=Reviewer.State.ACTIVE)
    if stage == "submission":
        ctx.log(f"{edition.year}: {len(experts)} experts invited")
        return
    panel.auto_assign(secretariat, edition)

    # Scores: each submission has a quality; each expert adds a small personal bias. While review
    # is open, about three in five reviews are in (none yet from the documented expert).
    criteria = queries.criteria(edition)
    nomination = main.phases.get(kind="nomination")
    now = datetime.datetime.now(datetime.UTC)
    review_span = int((min(nomination.ends_at, now) - nomination.starts_at).total_seconds())
    scores, done = [], []
    assignments = Assignment.objects.filter(reviewer__edition=edition).select_related("submission", "reviewer")
    for a in assignments:
        if stage == "nomination" and (a.reviewer.user_id == ctx.users["expert"].pk or _stable(a.pk, "done") % 5 >= 3):
            continue
        quality = 3 + _stable(a.submission.public_id) % 6
        for c in criteria:
            noise = _stable(a.pk, c.key) % 3 - 1
            scores.append(Score(assignment=a, criterion=c, value=max(0, min(10, quality + noise))))
        a.submitted_at = nomination.starts_at + datetime.timedelta(seconds=_stable(a.pk) % max(3600, review_span))
        a.comment = "Clear evidence of results." if quality >= 6 else "Impact figures lack sources."
        done.append(a)
    Score.objects.bulk_create(scores, batch_size=2000)
    Assignment.objects.bulk_update(done, ["submitted_at", "comment"], batch_size=1000)
    if stage == "nomination":
        ctx.log(f"{edition.year} review under way: {len(done)} of {assignments.count()} reviews in")
        return

    # Decisions, applied (the edition is past its nomination phase).
    applied_at = nomination.ends_at - datetime.timedelta(days=1)
    decisions, updates = [], []
    for category in categories:
        rows = [s for s in queries.ranking(main, category) if s.state == Submission.State.SUBMITTED]
        for i, s in enumerate(rows):
            if i < main.nominees_per_category:
                outcome, reason, state = Decision.Outcome.NOMINATE, "", Submission.State.NOMINATED
            elif i == len(rows) - 1:
                outcome, reason, state = Decision.Outcome.INELIGIBLE, INELIGIBLE_REASON, Submission.State.INELIGIBLE
            else:
                outcome, reason, state = Decision.Outcome.NOT_NOMINATE, "", Submission.State.NOT_NOMINATED
            decisions.append(
                Decision(submission=s, outcome=outcome, reason=reason, staged_by=secretariat, applied_at=applied_at)
            )
            s.state, s.decision_reason = state, reason
            updates.append(s)
    Decision.objects.bulk_create(decisions, batch_size=1000)
    Submission.objects.bulk_update(updates, ["state", "decision_reason"], batch_size=1000)
    counts = dict(
        Submission.objects.filter(track=main).values_list("state").annotate(n=Count("id")).values_list("state", "n")
    )
    ctx.log(f"{edition.year} reviews by {len(experts)} experts; outcomes {counts}")
