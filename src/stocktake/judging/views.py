"""Reviewer workspace and the secretariat's review console. A conflicted expert gets 404 for the
submission: the page does not even confirm that it exists."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stocktake.contests import queries as contest_queries
from stocktake.contests.models import Edition, Submission
from stocktake.contests.questionnaire import questions_for
from stocktake.judging import queries
from stocktake.judging.models import Decision, Reviewer, Stage
from stocktake.judging.services import decisions, panel, reviews


def _flash_errors(request, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


@login_required
def workspace(request):
    invitations = Reviewer.objects.filter(user=request.user, state=Reviewer.State.INVITED).select_related("edition")
    assignments = list(queries.workspace(request.user))
    return render(
        request,
        "judging/workspace.html",
        {
            "invitations": invitations,
            "assignments": assignments,
            "done": sum(1 for a in assignments if a.submitted_at),
        },
    )


@login_required
@require_POST
def respond(request, public_id):
    reviewer = get_object_or_404(Reviewer, public_id=public_id, user=request.user)
    panel.respond_to_invitation(request.user, reviewer, accept=request.POST.get("accept") == "yes")
    messages.success(request, _("Thank you for your answer."))
    return redirect("judging:workspace")


@login_required
def review(request, public_id, stage=Stage.REVIEW):
    assignment = queries.assignment_for_review(request.user, public_id, stage)
    if assignment is None:
        raise Http404
    submission = assignment.submission
    edition = submission.track.edition
    the_panel = panel.ensure_panel(edition)
    criteria = queries.criteria(edition, stage)
    errors = {}
    if request.method == "POST":
        scores = {c.key: request.POST.get(f"score-{c.key}", "") for c in criteria}
        try:
            reviews.save_review(
                request.user,
                assignment,
                scores,
                request.POST.get("comment", ""),
                final=request.POST.get("action") != "draft",
            )
        except ValidationError as exc:
            errors = exc.message_dict
        else:
            messages.success(request, _("Your review was saved."))
            return redirect("judging:workspace")
    own = {s.criterion_id: s.value for s in assignment.scores.all()}
    for c in criteria:
        c.current = (
            request.POST.get(f"score-{c.key}", own.get(c.pk, "")) if request.method == "POST" else own.get(c.pk, "")
        )
        c.error = (errors.get(c.key) or [""])[0]
    answers = [(q, (submission.answers or {}).get(q.key, "")) for q in questions_for(submission.track)]
    return render(
        request,
        "judging/review.html",
        {
            "assignment": assignment,
            "submission": submission,
            "answers": answers,
            "criteria": criteria,
            "score_range": range(the_panel.score_max + 1),
            "errors": errors,
            "general_errors": errors.get("__all__", []),
            "others": [
                a for a in queries.visible_assignments(request.user, assignment, the_panel) if a.pk != assignment.pk
            ],
            "window_error": reviews.review_window_error(submission.track, timezone.now(), stage),
            "stage": stage,
        },
        status=400 if errors else 200,
    )


@login_required
@require_POST
def declare_conflict(request, public_id):
    assignment = queries.assignment_for_review(request.user, public_id) or queries.assignment_for_review(
        request.user, public_id, Stage.PITCH
    )
    if assignment is None:
        raise Http404
    panel.declare_conflict(request.user, assignment.reviewer, assignment.submission, request.POST.get("reason", ""))
    messages.success(request, _("Conflict recorded. The submission was removed from your list."))
    return redirect("judging:workspace")


def _console_edition(request, year) -> Edition:
    edition = get_object_or_404(Edition, year=year)
    if not request.user.has_perm("judging.manage_panel", edition):
        raise PermissionDenied
    return edition


@login_required
def console(request, year):
    edition = _console_edition(request, year)
    the_panel = panel.ensure_panel(edition)
    tracks = []
    for track in edition.tracks.prefetch_related("phases"):
        rows = queries.console_counts(track)
        tracks.append(
            {
                "track": track,
                "rows": rows,
                "staged": sum(r.staged for r in rows),
                "submitted": sum(r.submitted for r in rows),
                "phase": contest_queries.current_phase(track),
                "submission_phase": (sp := contest_queries.phase(track, "submission")),
                "deadline": contest_queries.format_local(sp.ends_at, edition) if sp else "",
                "deadline_local": contest_queries.local_time(sp.ends_at, edition).strftime("%Y-%m-%dT%H:%M")
                if sp
                else "",
                "has_pitch": contest_queries.phase(track, "pitch") is not None,
            }
        )
    return render(
        request,
        "judging/console.html",
        {
            "edition": edition,
            "panel": the_panel,
            "tracks": tracks,
            "reviewers": queries.reviewer_loads(edition),
            "unassigned": panel.unassigned_count(edition),
        },
    )


@login_required
@require_POST
def console_auto_assign(request, year):
    edition = _console_edition(request, year)
    try:
        created = panel.auto_assign(request.user, edition)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("%(count)d assignments created.") % {"count": created})
    return redirect("judging:console", year)


@login_required
def ranking(request, year, slug, number):
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    category = get_object_or_404(track.categories, number=number)
    rows = queries.ranking(track, category)
    nominated = sum(1 for r in rows if r.state == "nominated")
    staged_nominate = sum(
        1
        for r in rows
        if getattr(r, "decision", None) and not r.decision.applied_at and r.decision.outcome == "nominate"
    )
    return render(
        request,
        "judging/ranking.html",
        {
            "edition": edition,
            "track": track,
            "category": category,
            "rows": rows,
            "outcomes": Decision.Outcome.choices,
            "nominated": nominated,
            "staged_nominate": staged_nominate,
        },
    )


@login_required
@require_POST
def stage(request, year, public_id):
    edition = _console_edition(request, year)
    submission = get_object_or_404(
        Submission.objects.select_related("track", "category"), public_id=public_id, track__edition=edition
    )
    try:
        if request.POST.get("outcome") == "":
            decisions.unstage_decision(request.user, submission)
        else:
            decisions.stage_decision(
                request.user, submission, request.POST.get("outcome"), request.POST.get("reason", "")
            )
    except ValidationError as exc:
        _flash_errors(request, exc)
    return redirect("judging:ranking", year, submission.track.slug, submission.category.number)


@login_required
@require_POST
def apply(request, year, slug):
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    try:
        counts = decisions.apply_decisions(request.user, track)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(
            request,
            _("%(count)d decisions applied. Their e-mails wait in the outbox for review.")
            % {"count": sum(counts.values())},
        )
    return redirect("judging:console", year)


@login_required
@require_POST
def stage_top(request, year, slug):
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    try:
        count = decisions.stage_top_ranked(request.user, track)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(
            request,
            _("%(count)d nominations staged. Check them in each category, then apply them.") % {"count": count},
        )
    return redirect("judging:console", year)


@login_required
@require_POST
def extend_deadline(request, year, slug):
    """The secretariat extends a track's submission deadline (a wall-clock time in Geneva)."""
    import datetime

    from stocktake.contests.queries import zone
    from stocktake.contests.services import editions

    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    phase = get_object_or_404(track.phases, kind="submission")
    try:
        local = datetime.datetime.fromisoformat(request.POST.get("ends_at", ""))
    except ValueError:
        messages.error(request, _("Enter the new deadline as a date and time."))
        return redirect("judging:console", year)
    try:
        editions.extend_deadline(
            request.user, phase, local.replace(tzinfo=zone(edition)), reason=request.POST.get("reason", "")
        )
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("The deadline was extended."))
    return redirect("judging:console", year)


@login_required
@require_POST
def return_submission(request, year, public_id):
    from stocktake.contests.services import submissions

    edition = _console_edition(request, year)
    submission = get_object_or_404(
        Submission.objects.select_related("track", "category"), public_id=public_id, track__edition=edition
    )
    try:
        submissions.return_for_completion(request.user, submission, request.POST.get("reason", ""))
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("The submission was returned to its submitter."))
    return redirect("judging:ranking", year, submission.track.slug, submission.category.number)


@login_required
@require_POST
def invite(request, year):
    """Invite an expert by e-mail address (the person must have an account)."""
    from stocktake.accounts.models import User

    edition = _console_edition(request, year)
    email = (request.POST.get("email") or "").strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        messages.error(request, _("No account uses the address %(email)s.") % {"email": email})
    else:
        panel.invite_reviewer(request.user, edition, user)
        messages.success(request, _("%(name)s was invited.") % {"name": user})
    return redirect("judging:console", year)


@login_required
@require_POST
def detect(request, year):
    edition = _console_edition(request, year)
    found = panel.run_conflict_detection(request.user, edition)
    messages.success(request, _("%(count)d new conflicts of interest found.") % {"count": found})
    return redirect("judging:console", year)


@login_required
def export_csv(request, year):
    """All submissions of the edition with their state, scores and decision, for the secretariat."""
    import csv

    from django.http import StreamingHttpResponse

    edition = _console_edition(request, year)

    class Echo:
        def write(self, value):
            return value

    def rows():
        writer = csv.writer(Echo())
        yield writer.writerow(
            [
                "id",
                "track",
                "category",
                "title",
                "organisation",
                "country",
                "state",
                "submitted_at",
                "score",
                "reviews",
                "decision",
                "reason",
            ]
        )
        for track in edition.tracks.all():
            for category in track.categories.all():
                for s in queries.ranking(track, category):
                    decision = getattr(s, "decision", None)
                    yield writer.writerow(
                        [
                            s.public_id,
                            track.slug,
                            category.number,
                            s.title,
                            s.entrant_name,
                            s.country.code if s.country else "",
                            s.state,
                            s.submitted_at.isoformat() if s.submitted_at else "",
                            "" if s.aggregate is None else s.aggregate,
                            s.reviews_done,
                            decision.outcome if decision else "",
                            s.decision_reason,
                        ]
                    )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="prizes-{edition.year}-submissions.csv"'
    return response


@login_required
def pitch(request, year, slug):
    """The secretariat's page of a pitch stage: the finalists ranked by their pitch scores, the
    judges' progress, the pitch rubric's weights, and confirming the winner."""
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks.prefetch_related("phases"), slug=slug)
    pitch_phase = contest_queries.phase(track, "pitch")
    if pitch_phase is None:
        raise Http404
    panel.ensure_panel(edition)
    categories = [
        {"category": category, **decisions.pitch_standing(track, category)} for category in track.categories.all()
    ]
    return render(
        request,
        "judging/pitch.html",
        {
            "edition": edition,
            "track": track,
            "categories": categories,
            "criteria": queries.criteria(edition, Stage.PITCH),
            "starts": contest_queries.format_local(pitch_phase.starts_at, edition),
            "ends": contest_queries.format_local(pitch_phase.ends_at, edition),
            "finalists": Submission.objects.filter(track=track, state="finalist").count(),
        },
    )


@login_required
@require_POST
def pitch_assign(request, year, slug):
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    try:
        created = panel.assign_pitch_judges(request.user, track)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("%(count)d pitch assignments created.") % {"count": created})
    return redirect("judging:pitch", year, slug)


@login_required
@require_POST
def pitch_weights(request, year, slug):
    edition = _console_edition(request, year)
    get_object_or_404(edition.tracks, slug=slug)
    weights = {c.key: request.POST.get(f"weight-{c.key}", c.weight) for c in queries.criteria(edition, Stage.PITCH)}
    try:
        panel.configure_panel(request.user, edition, weights=weights, stage=Stage.PITCH)
    except (ValidationError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            _flash_errors(request, exc)
        else:
            messages.error(request, _("Weights are whole numbers from 0 to 10."))
    else:
        messages.success(request, _("The pitch rubric's weights were saved."))
    return redirect("judging:pitch", year, slug)


@login_required
@require_POST
def pitch_winner(request, year, slug):
    edition = _console_edition(request, year)
    track = get_object_or_404(edition.tracks, slug=slug)
    submission = get_object_or_404(Submission, track=track, public_id=request.POST.get("submission") or None)
    try:
        decisions.confirm_pitch_winner(request.user, submission, reason=request.POST.get("reason", ""))
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(
            request,
            _("“%(title)s” is confirmed as the winner. The e-mail to its contacts waits in the outbox for review.")
            % {"title": submission.title},
        )
    return redirect("judging:pitch", year, slug)
