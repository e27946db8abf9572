"""The expert panel: configuration and rubric, invitations, conflicts of interest, assignment."""

from __future__ import annotations

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Edition, Phase, Submission, Track
from stocktake.contests.queries import phase
from stocktake.judging.models import Assignment, Conflict, Criterion, Panel, Reviewer, Stage

# The nomination criteria; weights are per edition (Panel → Criterion.weight).
DEFAULT_CRITERIA = [
    ("compliance", {"en": "Compliance with the rules"}, 1),
    ("action-line", {"en": "Relevance to the chosen action line"}, 2),
    ("impact", {"en": "Results and impact"}, 3),
    ("empowerment", {"en": "Community empowerment"}, 2),
    ("sdgs", {"en": "Relevance to the SDGs"}, 2),
    ("replication", {"en": "Potential for replication"}, 2),
    ("sustainability", {"en": "Sustainability"}, 2),
    ("partnerships", {"en": "Partnerships"}, 1),
    ("wsis-values", {"en": "Promotion of WSIS values"}, 1),
]
# The pitch rubric (Digital Service Design Prize finalists); weights are per edition as well.
DEFAULT_PITCH_CRITERIA = [
    ("user-value", {"en": "Value of the service to its users"}, 3),
    ("dpi-reuse", {"en": "Use of digital public infrastructure and reusable building blocks"}, 2),
    ("inclusion", {"en": "Inclusion and accessibility"}, 2),
    ("scalability", {"en": "Readiness to scale and to be replicated"}, 2),
    ("delivery", {"en": "Clarity of the pitch and answers to the judges"}, 1),
]
RUBRICS = {Stage.REVIEW: DEFAULT_CRITERIA, Stage.PITCH: DEFAULT_PITCH_CRITERIA}
REVIEWABLE = [Submission.State.SUBMITTED]


def ensure_panel(edition: Edition) -> Panel:
    """The edition's panel and the rubric of each stage, created with defaults on first use."""
    panel, _created = Panel.objects.get_or_create(edition=edition)
    stages = set(edition.criteria.values_list("stage", flat=True).distinct())
    missing = [stage for stage in RUBRICS if stage not in stages]
    if missing:
        Criterion.objects.bulk_create(
            [
                Criterion(edition=edition, stage=stage, key=key, names=names, weight=weight, order=i)
                for stage in missing
                for i, (key, names, weight) in enumerate(RUBRICS[stage])
            ],
            ignore_conflicts=True,
        )
    return panel


@transaction.atomic
def configure_panel(
    actor,
    edition: Edition,
    *,
    reviewers_per_submission=None,
    visibility=None,
    weights: dict | None = None,
    stage: str = Stage.REVIEW,
) -> Panel:
    """The panel's settings, and the weights of one stage's rubric (criterion key → 0–10)."""
    require(actor, "judging.manage_panel", edition)
    panel = ensure_panel(edition)
    before = {"reviewers_per_submission": panel.reviewers_per_submission, "visibility": panel.visibility}
    if reviewers_per_submission is not None:
        if not 1 <= int(reviewers_per_submission) <= 20:
            raise ValidationError({"reviewers_per_submission": _("Between 1 and 20 reviewers per submission.")})
        panel.reviewers_per_submission = int(reviewers_per_submission)
    if visibility is not None:
        if visibility not in Panel.Visibility.values:
            raise ValidationError({"visibility": _("Unknown visibility setting.")})
        panel.visibility = visibility
    panel.save()
    for key, weight in (weights or {}).items():
        if not 0 <= int(weight) <= 10:
            raise ValidationError({"weights": _("Weights are whole numbers from 0 to 10.")})
        if not Criterion.objects.filter(edition=edition, stage=stage, key=key).update(weight=int(weight)):
            raise ValidationError({"weights": _("Unknown criterion “%(key)s”.") % {"key": key}})
    audit.record(
        actor,
        "judging.panel.configure",
        edition,
        before=before,
        after={
            "reviewers_per_submission": panel.reviewers_per_submission,
            "visibility": panel.visibility,
            "weights": weights or {},
            "stage": stage,
        },
    )
    return panel


@transaction.atomic
def invite_reviewer(actor, edition: Edition, user, *, categories=(), max_assignments=None, country=None) -> Reviewer:
    require(actor, "judging.manage_panel", edition)
    ensure_panel(edition)
    if country is None:
        org = user.memberships.select_related("organisation__country").first()
        country = org.organisation.country if org else None
    reviewer, created = Reviewer.objects.get_or_create(
        edition=edition,
        user=user,
        defaults={"invited_by": actor, "max_assignments": max_assignments, "country": country},
    )
    if not created and reviewer.state == Reviewer.State.DECLINED:
        reviewer.state = Reviewer.State.INVITED
        reviewer.save(update_fields=["state", "updated_at"])
    if categories:
        reviewer.preferred_categories.set(categories)
    audit.record(actor, "judging.reviewer.invite", reviewer, after={"user": user.email, "edition": edition.year})
    from stocktake.common.services.outbox import queue_mail

    queue_mail(
        kind="judging.invitation",
        to=user.email,
        template="judging/mail/invitation",
        context={"recipient": user, "edition": edition},
        language=user.language or "en",
        about=reviewer,
        dedupe_key=f"reviewer-invite:{reviewer.public_id}",
        actor=actor,
    )
    return reviewer


@transaction.atomic
def respond_to_invitation(actor, reviewer: Reviewer, accept: bool) -> Reviewer:
    require(actor, "judging.respond_to_invitation", reviewer)
    before = {"state": reviewer.state}
    reviewer.state = Reviewer.State.ACTIVE if accept else Reviewer.State.DECLINED
    reviewer.save(update_fields=["state", "updated_at"])
    audit.record(actor, "judging.reviewer.respond", reviewer, before=before, after={"state": reviewer.state})
    if accept:
        detect_conflicts(reviewer.edition, reviewers=[reviewer])
    return reviewer


def _drop_assignment(reviewer: Reviewer, submission: Submission) -> None:
    Assignment.objects.filter(reviewer=reviewer, submission=submission).delete()


@transaction.atomic
def declare_conflict(actor, reviewer: Reviewer, submission: Submission, reason: str) -> Conflict:
    """The expert declares a conflict: the assignment (and any scores) go, and it is never shown again."""
    require(actor, "judging.declare_conflict", reviewer)
    if submission.track.edition_id != reviewer.edition_id:
        raise ValidationError({"submission": _("This submission belongs to another edition.")})
    conflict, _created = Conflict.objects.get_or_create(
        reviewer=reviewer,
        submission=submission,
        defaults={"source": Conflict.Source.DECLARED, "reason": (reason or "").strip()},
    )
    _drop_assignment(reviewer, submission)
    audit.record(actor, "judging.conflict.declare", conflict.submission, after={"reviewer": reviewer.user.email})
    return conflict


def detect_conflicts(edition: Edition, reviewers=None) -> int:
    """Record detected conflicts: the expert belongs to the submitting organisation or is the
    individual entrant, or (when the edition says so) comes from the same country as the
    organisation or the individual. Conflicted assignments are removed."""
    reviewers = list(reviewers if reviewers is not None else edition.reviewers.exclude(state=Reviewer.State.DECLINED))
    subs = Submission.objects.filter(track__edition=edition).exclude(state__in=["draft", "withdrawn"])
    existing = set(Conflict.objects.filter(reviewer__in=reviewers).values_list("reviewer_id", "submission_id"))
    new = []
    for reviewer in reviewers:
        org_ids = list(reviewer.user.memberships.values_list("organisation_id", flat=True))
        for sub_id in subs.filter(organisation_id__in=org_ids).values_list("pk", flat=True):
            if (reviewer.pk, sub_id) not in existing:
                new.append(Conflict(reviewer=reviewer, submission_id=sub_id, source=Conflict.Source.SAME_ORGANISATION))
                existing.add((reviewer.pk, sub_id))
        for sub_id in subs.filter(organisation__isnull=True, entrant_id=reviewer.user_id).values_list("pk", flat=True):
            if (reviewer.pk, sub_id) not in existing:
                new.append(Conflict(reviewer=reviewer, submission_id=sub_id, source=Conflict.Source.OWN_ENTRY))
                existing.add((reviewer.pk, sub_id))
        if edition.conflict_same_country and reviewer.country_id:
            same_country = Q(organisation__country_id=reviewer.country_id) | Q(
                organisation__isnull=True, entrant_country_id=reviewer.country_id
            )
            for sub_id in subs.filter(same_country).values_list("pk", flat=True):
                if (reviewer.pk, sub_id) not in existing:
                    new.append(Conflict(reviewer=reviewer, submission_id=sub_id, source=Conflict.Source.SAME_COUNTRY))
                    existing.add((reviewer.pk, sub_id))
    Conflict.objects.bulk_create(new, ignore_conflicts=True)
    for c in new:
        Assignment.objects.filter(reviewer=c.reviewer, submission_id=c.submission_id).delete()
    return len(new)


@transaction.atomic
def run_conflict_detection(actor, edition: Edition) -> int:
    require(actor, "judging.manage_panel", edition)
    found = detect_conflicts(edition)
    audit.record(actor, "judging.conflict.detect", edition, after={"found": found})
    return found


@transaction.atomic
def assign(actor, reviewer: Reviewer, submission: Submission) -> Assignment:
    require(actor, "judging.manage_panel", reviewer.edition)
    if reviewer.state != Reviewer.State.ACTIVE:
        raise ValidationError({"reviewer": _("This expert has not accepted the invitation.")})
    if submission.track.edition_id != reviewer.edition_id:
        raise ValidationError({"submission": _("This submission belongs to another edition.")})
    if submission.state not in REVIEWABLE:
        raise ValidationError({"submission": _("Only submitted submissions can be assigned for review.")})
    detect_conflicts(reviewer.edition, reviewers=[reviewer])
    if Conflict.objects.filter(reviewer=reviewer, submission=submission).exists():
        raise ValidationError(
            {"reviewer": _("%(name)s has a conflict of interest with this submission.") % {"name": reviewer.user}}
        )
    assignment, _created = Assignment.objects.get_or_create(
        reviewer=reviewer, submission=submission, defaults={"assigned_by": actor}
    )
    audit.record(actor, "judging.assignment.create", submission, after={"reviewer": reviewer.user.email})
    return assignment


@transaction.atomic
def unassign(actor, assignment: Assignment) -> None:
    require(actor, "judging.manage_panel", assignment.reviewer.edition)
    audit.record(
        actor, "judging.assignment.delete", assignment.submission, before={"reviewer": assignment.reviewer.user.email}
    )
    assignment.delete()


@transaction.atomic
def auto_assign(actor, edition: Edition) -> int:
    """Give every submitted submission N reviewers: experts who prefer its category first, then the
    least loaded, never a conflicted one, never above an expert's limit. Deterministic."""
    require(actor, "judging.manage_panel", edition)
    panel = ensure_panel(edition)
    detect_conflicts(edition)
    reviewers = list(
        Reviewer.objects.filter(edition=edition, state=Reviewer.State.ACTIVE)
        .annotate(load=Count("assignments"))
        .prefetch_related("preferred_categories")
        .order_by("pk")
    )
    if not reviewers:
        raise ValidationError({"__all__": _("No expert has accepted an invitation for this edition yet.")})
    load = {r.pk: r.load for r in reviewers}
    preferences = {r.pk: {c.pk for c in r.preferred_categories.all()} for r in reviewers}
    conflicts = defaultdict(set)
    for reviewer_id, sub_id in Conflict.objects.filter(reviewer__edition=edition).values_list(
        "reviewer_id", "submission_id"
    ):
        conflicts[sub_id].add(reviewer_id)
    assigned = defaultdict(set)
    for reviewer_id, sub_id in Assignment.objects.filter(reviewer__edition=edition, stage=Stage.REVIEW).values_list(
        "reviewer_id", "submission_id"
    ):
        assigned[sub_id].add(reviewer_id)
    subs = list(
        Submission.objects.filter(track__edition=edition, state__in=REVIEWABLE)
        .annotate(n=Count("assignments", filter=Q(assignments__stage=Stage.REVIEW)))
        .filter(n__lt=panel.reviewers_per_submission)
        .order_by("category__track_id", "category__number", "pk")
        .values_list("pk", "category_id")
    )
    new = []
    for sub_id, category_id in subs:
        needed = panel.reviewers_per_submission - len(assigned[sub_id])
        candidates = [
            r
            for r in reviewers
            if r.pk not in conflicts[sub_id]
            and r.pk not in assigned[sub_id]
            and (r.max_assignments is None or load[r.pk] < r.max_assignments)
        ]
        candidates.sort(key=lambda r: (category_id not in preferences[r.pk], load[r.pk], r.pk))
        for r in candidates[:needed]:
            new.append(Assignment(reviewer=r, submission_id=sub_id, assigned_by=actor))
            assigned[sub_id].add(r.pk)
            load[r.pk] += 1
    Assignment.objects.bulk_create(new, batch_size=1000)
    audit.record(actor, "judging.assignment.auto", edition, after={"created": len(new)})
    return len(new)


def unassigned_count(edition: Edition) -> int:
    panel = ensure_panel(edition)
    return (
        Submission.objects.filter(track__edition=edition, state__in=REVIEWABLE)
        .annotate(n=Count("assignments", filter=Q(assignments__stage=Stage.REVIEW)))
        .filter(n__lt=panel.reviewers_per_submission)
        .count()
    )


PITCHING = [Submission.State.FINALIST]


@transaction.atomic
def assign_pitch_judges(actor, track: Track, reviewers=None) -> int:
    """Give every finalist of a track with a pitch stage the pitch judges: every expert of the
    edition who accepted (or the given ones), never a conflicted one. Running it again adds only
    what is missing (a new finalist, a newly accepted expert)."""
    require(actor, "judging.manage_panel", track.edition)
    if phase(track, Phase.Kind.PITCH) is None:
        raise ValidationError({"__all__": _("This track has no pitch stage.")})
    ensure_panel(track.edition)
    detect_conflicts(track.edition)
    judges = list(
        reviewers
        if reviewers is not None
        else Reviewer.objects.filter(edition=track.edition, state=Reviewer.State.ACTIVE).order_by("pk")
    )
    if not judges:
        raise ValidationError({"__all__": _("No expert has accepted an invitation for this edition yet.")})
    if inactive := [r for r in judges if r.state != Reviewer.State.ACTIVE or r.edition_id != track.edition_id]:
        raise ValidationError(
            {"reviewer": _("%(name)s has not accepted the invitation for this edition.") % {"name": inactive[0].user}}
        )
    finalists = list(
        Submission.objects.filter(track=track, state__in=PITCHING).order_by("pk").values_list("pk", flat=True)
    )
    if not finalists:
        raise ValidationError({"__all__": _("This track has no finalists yet.")})
    conflicted = set(Conflict.objects.filter(submission_id__in=finalists).values_list("reviewer_id", "submission_id"))
    existing = set(
        Assignment.objects.filter(submission_id__in=finalists, stage=Stage.PITCH).values_list(
            "reviewer_id", "submission_id"
        )
    )
    new = [
        Assignment(reviewer=r, submission_id=sub_id, stage=Stage.PITCH, assigned_by=actor)
        for sub_id in finalists
        for r in judges
        if (r.pk, sub_id) not in conflicted and (r.pk, sub_id) not in existing
    ]
    Assignment.objects.bulk_create(new)
    audit.record(actor, "judging.pitch.assign", track, after={"created": len(new), "finalists": len(finalists)})
    return len(new)
