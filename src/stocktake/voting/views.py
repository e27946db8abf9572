"""Voting pages: the ballot ("My votes"), one page per category with a confirm step (works
without JavaScript), the valid-vote policy, results, and the secretariat's review."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stocktake.contests.models import Category, Submission
from stocktake.voting import evidence as ev
from stocktake.voting import queries, ratelimit
from stocktake.voting.forms import InvalidateForm, ReverseForm
from stocktake.voting.models import InvalidationEntry, Vote
from stocktake.voting.queries import fraud
from stocktake.voting.queries import results as result_queries
from stocktake.voting.services import ledger, results, votes


def _track_or_404(year: int, slug: str):
    track = queries.get_track(year, slug)
    if track is None:
        raise Http404
    phase = queries.voting_phase(track)
    if phase is None:
        raise Http404
    track.voting_phase = phase
    track.voting_state = queries.phase_state(phase)
    return track


def _messages_of(exc) -> str:
    return " ".join(str(m) for m in exc.messages) if hasattr(exc, "messages") else str(exc)


def index(request):
    tracks = queries.voting_tracks()
    for track in tracks:
        track.voting_state = queries.phase_state(track.voting_phase)
        track.results_published = result_queries.is_published(track)
    return render(request, "voting/index.html", {"tracks": tracks})


def policy(request):
    tracks = queries.voting_tracks()
    for track in tracks:
        track.validity_rule = queries.validity_rule(track)
    return render(request, "voting/policy.html", {"tracks": tracks})


def ballot(request, year: int, slug: str):
    """ "My votes": progress across the track's categories."""
    track = _track_or_404(year, slug)
    progress = queries.progress(request.user, track)
    return render(
        request,
        "voting/ballot.html",
        {
            "track": track,
            "progress": progress,
            "rule": queries.validity_rule(track),
            "next_row": next((r for r in progress.rows if not r.voted), None),
        },
    )


@login_required
def vote(request, year: int, slug: str, number: int):
    track = _track_or_404(year, slug)
    category = get_object_or_404(Category.objects.select_related("prize_category"), track=track, number=number)
    ballot_url = reverse("voting:ballot", args=[year, slug])
    existing = Vote.objects.filter(voter=request.user, category=category).select_related("submission").first()
    nominees = queries.in_voter_order(request.user.pk, category.pk, list(queries.nominees(category)))
    context = {"track": track, "category": category, "existing": existing, "nominees": nominees}
    if existing or track.voting_state != "open" or request.method != "POST":
        context["ticket"] = ev.ballot_ticket(category.pk)
        return render(request, "voting/vote.html", context)

    ticket = request.POST.get("ticket", "")[:200]
    chosen = next((s for s in nominees if str(s.public_id) == request.POST.get("submission")), None)
    if chosen is None:
        context |= {"ticket": ticket, "error": _("Choose one project before you continue.")}
        return render(request, "voting/vote.html", context, status=400)
    if request.POST.get("step") != "confirm":
        return render(request, "voting/confirm.html", context | {"chosen": chosen, "ticket": ticket})
    if not ratelimit.allow("cast_vote", user_id=request.user.pk, ip=request.META.get("REMOTE_ADDR", "")):
        messages.error(
            request, _("Too many votes from your account or network in a short time. Wait a minute and try again.")
        )
        return redirect(ballot_url)
    try:
        votes.cast_vote(request.user, chosen, ev.Evidence.from_request(request, channel="web", ticket=ticket))
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, _messages_of(exc))
        return redirect(ballot_url)
    messages.success(
        request,
        _("Your vote for “%(title)s” in category %(number)d is recorded.") % {"title": chosen.title, "number": number},
    )
    progress = queries.progress(request.user, track)
    following = next((r for r in progress.rows if not r.voted and r.category.number > number), None)
    following = following or next((r for r in progress.rows if not r.voted), None)
    if following is not None:
        return redirect("voting:vote", year, slug, following.category.number)
    return redirect(ballot_url)


def results_page(request, year: int, slug: str):
    track = _track_or_404(year, slug)
    rows = list(result_queries.published(track))
    categories: dict[int, dict] = {}
    reasons: dict[str, int] = {}
    for r in rows:
        cat = categories.setdefault(r.category_id, {"category": r.category, "rows": [], "valid": 0, "invalid": 0})
        cat["rows"].append(r)
        cat["valid"] += r.valid_votes
        cat["invalid"] += r.invalidated_votes
        for code, n in r.invalid_reasons.items():
            reasons[code] = reasons.get(code, 0) + n
    context = {
        "track": track,
        "categories": sorted(categories.values(), key=lambda c: c["category"].number),
        "valid": sum(c["valid"] for c in categories.values()),
        "invalid": sum(c["invalid"] for c in categories.values()),
        "reasons": [
            (result_queries.reason_label(code), n) for code, n in sorted(reasons.items(), key=lambda kv: -kv[1])
        ],
        "published": bool(rows),
        "can_select": request.user.has_perm("voting.select_winners"),
    }
    return render(request, "voting/results.html", context)


def _require(request, perm: str):
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not request.user.has_perm(perm):
        raise PermissionDenied


@login_required
def review(request, year: int, slug: str):
    """The secretariat's view of the signals and the ledger; invalidations are made from here."""
    track = _track_or_404(year, slug)
    _require(request, "voting.review_votes")
    signals = fraud.all_signals(track)
    bound_prefix, bound_form = None, None
    if request.method == "POST":
        bound_prefix = request.POST.get("form", "")
        bound_form = InvalidateForm(request.POST, prefix=bound_prefix)
        if bound_form.is_valid():
            try:
                done = _invalidate(request.user, track, bound_form.cleaned_data)
            except (ValidationError, PermissionDenied) as exc:
                bound_form.add_error(None, _messages_of(exc))
            else:
                messages.success(request, _("%(n)d ledger entries recorded.") % {"n": done})
                return redirect("voting:review", year, slug)
    for signal in signals:
        for i, row in enumerate(signal.rows):
            prefix = f"{signal.key}-{i}"
            row.prefix = prefix
            row.form = (
                bound_form
                if prefix == bound_prefix
                else InvalidateForm(
                    prefix=prefix,
                    initial={
                        "reason_code": signal.reason_code,
                        "voter_ids": ",".join(map(str, row.voter_ids if not row.vote_ids else [])),
                        "vote_ids": ",".join(map(str, row.vote_ids)),
                    },
                )
            )
    context = {
        "track": track,
        "signals": signals,
        "bound_form": bound_form if bound_form is not None and bound_form.errors else None,
        "bound_prefix": bound_prefix,
        "ledger": result_queries.ledger(track)[:200],
        "summary": result_queries.summary(track),
        "reason_label": result_queries.reason_label,
        "reverse_form": ReverseForm(),
        "published": result_queries.is_published(track),
        "verify": result_queries.verify(track) if result_queries.is_published(track) else [],
    }
    context["summary_reasons"] = [
        (result_queries.reason_label(code), n) for code, n in context["summary"]["reasons"].items()
    ]
    return render(request, "voting/review.html", context, status=400 if context["bound_form"] else 200)


def _invalidate(actor, track, data) -> int:
    if data["vote_id_list"]:
        selected = list(Vote.objects.filter(pk__in=data["vote_id_list"], category__track=track))
        return len(ledger.invalidate_votes(actor, selected, data["reason_code"], data["reason"]))
    users = get_user_model().objects.filter(pk__in=data["voter_id_list"])
    active = set(
        InvalidationEntry.objects.active().filter(track=track, voter__in=users).values_list("voter_id", flat=True)
    )
    count = 0
    for user in users:
        if user.pk not in active:
            ledger.invalidate_voter(actor, track, user, data["reason_code"], data["reason"])
            count += 1
    return count


@login_required
@require_POST
def reverse_entry(request, year: int, slug: str, entry_id: int):
    track = _track_or_404(year, slug)
    entry = get_object_or_404(InvalidationEntry, pk=entry_id, track=track)
    form = ReverseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _messages_of(ValidationError(list(form.errors.get("reason", [])))))
        return redirect("voting:review", year, slug)
    try:
        ledger.reverse_entry(request.user, entry, form.cleaned_data["reason"])
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, _messages_of(exc))
    else:
        messages.success(request, _("The invalidation is reversed; the votes count again."))
    return redirect("voting:review", year, slug)


@login_required
@require_POST
def publish(request, year: int, slug: str):
    track = _track_or_404(year, slug)
    try:
        totals = results.publish_results(request.user, track)
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, _messages_of(exc))
        return redirect("voting:review", year, slug)
    messages.success(
        request,
        _("Results published: %(valid)d valid votes, %(invalid)d invalidated.")
        % {"valid": totals["valid"], "invalid": totals["invalidated"]},
    )
    return redirect("voting:results", year, slug)


@login_required
def winners(request, year: int, slug: str, number: int):
    """The expert group records its choice of winner(s) among a category's finalists."""
    track = _track_or_404(year, slug)
    _require(request, "voting.select_winners")
    category = get_object_or_404(Category, track=track, number=number)
    finalists = list(
        Submission.objects.filter(voting_result__category=category, voting_result__is_finalist=True)
        .select_related("organisation", "voting_result")
        .order_by("voting_result__rank")
    )
    error = ""
    if request.method == "POST":
        chosen = [s for s in finalists if str(s.public_id) in request.POST.getlist("winners")]
        try:
            results.select_winners(request.user, category, chosen)
        except ValidationError as exc:
            error = _messages_of(exc)
        else:
            messages.success(request, _("Winners recorded; the other finalists are champions."))
            return redirect("voting:results", year, slug)
    return render(
        request,
        "voting/winners.html",
        {"track": track, "category": category, "finalists": finalists, "error": error},
        status=400 if error else 200,
    )
