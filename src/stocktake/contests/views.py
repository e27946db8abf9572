"""Pages of the prizes: the public edition pages, and the submitter's questionnaire and dashboard.
Views stay thin: they call the services and show their messages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stocktake.accounts.models import Organisation
from stocktake.common.forms import apply_service_errors
from stocktake.contests import queries
from stocktake.contests.forms import SubmissionForm, WithdrawForm
from stocktake.contests.models import Edition, Submission, Track
from stocktake.contests.questionnaire import questions_for, settings_for
from stocktake.contests.services import submissions as service
from stocktake.contests.wordcount import count_words
from stocktake.insights.warnings import warn_about_similar_projects


def edition_list(request):
    editions = queries.published_editions().prefetch_related("tracks__phases")
    return render(request, "contests/edition_list.html", {"editions": editions, "now": timezone.now()})


def edition_detail(request, year: int):
    try:
        edition = queries.edition_detail(year)
    except Edition.DoesNotExist:
        raise Http404 from None
    if not edition.is_published and not request.user.has_perm("contests.manage_edition"):
        raise Http404
    now = timezone.now()
    # Nominees (and later finalists and winners) are public once the nomination phase has ended.
    public_states = ["nominated", "finalist", "champion", "winner"]
    outcomes = {}
    for s in (
        Submission.objects.filter(track__edition=edition, state__in=public_states)
        .select_related("organisation__country", "entrant", "entrant_country")
        .order_by("title")
    ):
        outcomes.setdefault((s.track_id, s.category_id), []).append(s)
    tracks = []
    for track in edition.tracks.all():
        phases = sorted(track.phases.all(), key=lambda p: p.starts_at)
        tracks.append(
            {
                "track": track,
                "phases": [
                    {
                        "phase": p,
                        "starts": queries.format_local(p.starts_at, edition),
                        "ends": queries.format_local(p.ends_at, edition),
                        "state": "open" if p.is_open(now) else ("past" if p.ends_at < now else "upcoming"),
                    }
                    for p in phases
                ],
                "current": queries.current_phase(track, now),
                "next": queries.next_phase(track, now),
                "categories": list(track.categories.all()),
                "outcomes_public": (p := queries.phase(track, "nomination")) is not None and p.ends_at < now,
                "outcomes": [
                    (c, outcomes.get((track.pk, c.pk), []))
                    for c in track.categories.all()
                    if (track.pk, c.pk) in outcomes
                ],
            }
        )
    return render(request, "contests/edition_detail.html", {"edition": edition, "tracks": tracks, "now": now})


@login_required
def my_submissions(request):
    subs = list(queries.submissions_of_user(request.user))
    now = timezone.now()
    for sub in subs:
        p = queries.phase(sub.track, "submission")
        sub.deadline_label = queries.format_local(p.ends_at, sub.track.edition) if p else ""
        sub.can_withdraw = sub.state in {"draft", "submitted", "returned"} and p is not None and now <= p.ends_at
        sub.can_edit = sub.is_editable and p is not None and p.is_open(now)
    return render(
        request,
        "contests/my_submissions.html",
        {
            "submissions": subs,
            "open_tracks": (open_tracks := list(queries.open_tracks(now))),
            "individual_tracks": queries.tracks_open_to_individuals(open_tracks),
            "has_organisation": request.user.memberships.exists(),
        },
    )


def _word_limits(track) -> dict:
    return {"short_description": settings_for(track).get("short_description_words", [150, 200])} | {
        q.key: [q.min_words, None] for q in questions_for(track)
    }


def _render_form(request, form, *, track, submission=None, status=200):
    return render(
        request,
        "contests/submission_form.html",
        {
            "form": form,
            "track": track,
            "edition": track.edition,
            "submission": submission,
            # The suggestion widget must not report the submission (or its entry) as its own duplicate.
            "assist_exclude": ",".join(
                key
                for key in [
                    f"submission:{submission.public_id}" if submission else "",
                    f"entry:{submission.entry.public_id}" if submission and submission.entry_id else "",
                ]
                if key
            ),
            "window_error": service.window_error(track, timezone.now()),
            "deadline": queries.format_local(p.ends_at, track.edition)
            if (p := queries.phase(track, "submission"))
            else "",
        },
        status=status,
    )


@login_required
def submission_new(request, year: int, slug: str):
    track = get_object_or_404(Track.objects.select_related("edition"), edition__year=year, slug=slug)
    organisations = Organisation.objects.filter(memberships__user=request.user).order_by("name")
    individuals = bool(settings_for(track).get("individual_entrants"))
    if not individuals and not organisations.exists():
        messages.error(request, _("Join or register an organisation before submitting."))
        return redirect("contests:my-submissions")
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        track=track,
        organisations=organisations,
        allow_individual=individuals,
    )
    if request.method == "POST" and form.is_valid():
        try:
            submission = service.save_draft(
                request.user,
                track=track,
                organisation=form.cleaned_data.get("organisation"),
                as_individual=form.enters_as_individual,
                data=form.service_data(),
                image=request.FILES.get("image"),
            )
        except (ValidationError, PermissionDenied) as exc:
            apply_service_errors(form, exc)
        else:
            if request.POST.get("action") == "submit":
                return _submit(request, submission, form)
            messages.success(request, _("Draft saved. You can come back to it until the deadline."))
            return redirect("contests:submission-edit", submission.public_id)
    return _render_form(request, form, track=track, status=400 if form.errors else 200)


def _own_submission(request, public_id) -> Submission:
    submission = get_object_or_404(
        Submission.objects.select_related(
            "track__edition", "category__prize_category", "organisation", "entrant", "entrant_country", "entry"
        ),
        public_id=public_id,
    )
    if not request.user.has_perm("contests.view_submission", submission):
        raise Http404  # do not reveal that someone else's submission exists
    return submission


def _submit(request, submission, form):
    try:
        service.submit(request.user, submission)
    except ValidationError as exc:
        apply_service_errors(form, exc)
        submission.refresh_from_db()
        return _render_form(request, form, track=submission.track, submission=submission, status=400)
    messages.success(request, _("Your submission was received. A confirmation is on its way by e-mail."))
    _warn_about_similar_projects(request, submission)
    return redirect("contests:my-submissions")


def _warn_about_similar_projects(request, submission):
    exclude = [f"submission:{submission.public_id}"]
    if submission.entry_id:
        exclude.append(f"entry:{submission.entry.public_id}")
    warn_about_similar_projects(
        request, submission.title, submission.short_description, exclude=exclude, year=submission.track.edition.year
    )


@login_required
def submission_edit(request, public_id):
    submission = _own_submission(request, public_id)
    track = submission.track
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES, track=track, submission=submission)
        if form.is_valid():
            try:
                submission = service.save_draft(
                    request.user, submission=submission, data=form.service_data(), image=request.FILES.get("image")
                )
            except (ValidationError, PermissionDenied) as exc:
                apply_service_errors(form, exc)
            else:
                if request.POST.get("action") == "submit":
                    return _submit(request, submission, form)
                messages.success(request, _("Draft saved."))
                return redirect("contests:submission-edit", submission.public_id)
        return _render_form(request, form, track=track, submission=submission, status=400)
    form = SubmissionForm(initial=SubmissionForm.initial_from(submission), track=track, submission=submission)
    return _render_form(request, form, track=track, submission=submission)


@login_required
@require_POST
def submission_autosave(request, public_id):
    """The form's script posts the whole form here every few seconds of typing pause."""
    submission = _own_submission(request, public_id)
    form = SubmissionForm(request.POST, track=submission.track, submission=submission)
    if not form.is_valid():
        return JsonResponse({"saved": False, "errors": form.errors.get_json_data()}, status=400)
    try:
        service.save_draft(request.user, submission=submission, data=form.service_data())
    except ValidationError as exc:
        return JsonResponse({"saved": False, "errors": exc.message_dict}, status=400)
    except PermissionDenied as exc:
        return JsonResponse({"saved": False, "errors": {"__all__": [str(exc)]}}, status=403)
    return JsonResponse(
        {
            "saved": True,
            "saved_at": timezone.localtime().strftime("%H:%M:%S"),
            "words": {k: count_words(v) for k, v in form.cleaned_data.items() if isinstance(v, str)},
        }
    )


@login_required
def submission_withdraw(request, public_id):
    submission = _own_submission(request, public_id)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            service.withdraw(request.user, submission)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The submission was withdrawn."))
        return redirect("contests:my-submissions")
    return render(request, "contests/submission_withdraw.html", {"submission": submission, "form": form})
