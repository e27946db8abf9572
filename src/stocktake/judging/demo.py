"""Demo expert review: six experts (the two documented demo experts and four more) reviewed the
2026 submissions, two each, and the secretariat applied its decisions: ten nominees per category,
one ineligible, the rest not nominated. For 2027 the experts are invited (one has accepted)."""

from __future__ import annotations

import datetime
import zlib

from django.db.models import Count

from stocktake.contests.models import Edition, Submission
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

    e2026 = Edition.objects.filter(year=2026).first()
    e2027 = Edition.objects.filter(year=2027).first()
    if e2026 is None:
        return
    secretariat = ctx.users["secretariat"]
    experts = [ctx.users["expert"], ctx.users["expert2"]] + [_user(email, name) for email, name in MORE_EXPERTS]
    if Assignment.objects.filter(reviewer__edition=e2026).exists():
        ctx.log("expert reviews already there")
        return

    panel.configure_panel(secretariat, e2026, reviewers_per_submission=2, visibility=Panel.Visibility.AFTER_OWN)
    main = e2026.tracks.get(kind="main")
    categories = list(main.categories.order_by("number"))
    for i, user in enumerate(experts):
        reviewer = panel.invite_reviewer(
            secretariat, e2026, user, categories=categories[i * 3 : i * 3 + 3], max_assignments=200
        )
        Reviewer.objects.filter(pk=reviewer.pk).update(state=Reviewer.State.ACTIVE)
    panel.auto_assign(secretariat, e2026)

    # Scores: each submission has a quality; each expert adds a small personal bias.
    criteria = queries.criteria(e2026)
    nomination_start = main.phases.get(kind="nomination").starts_at
    scores, done = [], []
    for a in Assignment.objects.filter(reviewer__edition=e2026).select_related("submission"):
        quality = 3 + _stable(a.submission.public_id) % 6
        for c in criteria:
            noise = _stable(a.pk, c.key) % 3 - 1
            scores.append(Score(assignment=a, criterion=c, value=max(0, min(10, quality + noise))))
        a.submitted_at = nomination_start + datetime.timedelta(hours=1 + _stable(a.pk) % 500)
        a.comment = "Clear evidence of results." if quality >= 6 else "Impact figures lack sources."
        done.append(a)
    Score.objects.bulk_create(scores, batch_size=2000)
    Assignment.objects.bulk_update(done, ["submitted_at", "comment"], batch_size=1000)

    # Decisions, applied (the demo edition is past its nomination phase).
    applied_at = main.phases.get(kind="nomination").ends_at - datetime.timedelta(days=1)
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

    if e2027 is not None:
        for i, user in enumerate(experts[:2]):
            reviewer = panel.invite_reviewer(secretariat, e2027, user)
            if i == 0:
                Reviewer.objects.filter(pk=reviewer.pk).update(state=Reviewer.State.ACTIVE)
    counts = dict(
        Submission.objects.filter(track=main).values_list("state").annotate(n=Count("id")).values_list("state", "n")
    )
    ctx.log(f"2026 reviews by {len(experts)} experts; outcomes {counts}")
