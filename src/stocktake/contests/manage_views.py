"""The secretariat's edition set-up: create an edition with its phase dates in Geneva time,
reschedule phases that have not opened, change outcome settings until they freeze, publish."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stocktake.common.forms import apply_service_errors
from stocktake.contests import queries
from stocktake.contests.models import Edition, Phase
from stocktake.contests.services import editions

GENEVA = "Europe/Zurich"
LOCAL = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EditionForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in Phase.Kind.choices:
            if kind == Phase.Kind.PITCH:
                continue
            self.fields[f"{kind}_starts"] = forms.DateTimeField(
                label=_("%(phase)s: starts (Geneva time)") % {"phase": label}, widget=LOCAL, required=False
            )
            self.fields[f"{kind}_ends"] = forms.DateTimeField(
                label=_("%(phase)s: ends (Geneva time)") % {"phase": label}, widget=LOCAL, required=False
            )

    def phases(self) -> dict:
        """Wall-clock times read as Geneva time (the form's datetimes come naive in the site zone)."""
        tz = ZoneInfo(GENEVA)
        result = {}
        for kind in Phase.Kind.values:
            starts, ends = self.cleaned_data.get(f"{kind}_starts"), self.cleaned_data.get(f"{kind}_ends")
            if starts and ends:
                result[kind] = (_as_zone(starts, tz), _as_zone(ends, tz))
            elif starts or ends:
                raise ValidationError({f"{kind}_ends": _("Give both the start and the end, or neither.")})
        return result


def _as_zone(value: datetime.datetime, tz) -> datetime.datetime:
    if timezone.is_aware(value):
        value = timezone.make_naive(value)
    return value.replace(tzinfo=tz)


def _require_secretariat(request):
    if not request.user.has_perm("contests.manage_edition"):
        raise PermissionDenied


@login_required
def edition_create(request):
    _require_secretariat(request)
    form = EditionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            edition = editions.create_edition(
                request.user, year=form.cleaned_data["year"], name=form.cleaned_data["name"], phases=form.phases()
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The edition was created. Publish it when it is ready."))
            return redirect("contests:edition-manage", edition.year)
    return render(request, "contests/edition_create.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def edition_manage(request, year):
    _require_secretariat(request)
    edition = get_object_or_404(Edition, year=year)
    if request.method == "POST":
        try:
            if "conflict_same_country" in request.POST:
                editions.update_edition(
                    request.user, edition, conflict_same_country=request.POST["conflict_same_country"] == "yes"
                )
            elif "publish" in request.POST:
                editions.publish_edition(request.user, edition, request.POST["publish"] == "yes")
            elif "nominees_per_category" in request.POST:
                track = get_object_or_404(edition.tracks, slug=request.POST.get("track"))
                editions.update_track(
                    request.user, track, nominees_per_category=int(request.POST["nominees_per_category"])
                )
            messages.success(request, _("Saved."))
        except (ValidationError, ValueError) as exc:
            for m in getattr(exc, "messages", [str(exc)]):
                messages.error(request, m)
        return redirect("contests:edition-manage", year)
    now = timezone.now()
    tracks = [
        {
            "track": t,
            "phases": [
                (
                    p,
                    queries.format_local(p.starts_at, edition),
                    queries.format_local(p.ends_at, edition),
                    p.has_opened(now),
                )
                for p in sorted(t.phases.all(), key=lambda p: p.starts_at)
            ],
            "nominees_frozen": queries.has_phase_opened(t, Phase.Kind.NOMINATION, now),
            "current": (current := queries.current_phase(t, now)),
            "can_close": current is not None and queries.next_phase(t, now) is not None,
        }
        for t in edition.tracks.prefetch_related("phases")
    ]
    return render(request, "contests/edition_manage.html", {"edition": edition, "tracks": tracks})


# What a secretariat member should know before closing a phase early, by the phase that closes.
CLOSING_EFFECTS = {
    Phase.Kind.SUBMISSION: gettext_lazy(
        "No more submissions are accepted; drafts stay drafts. Experts can review once they are assigned."
    ),
    Phase.Kind.NOMINATION: gettext_lazy("Experts can no longer score. Staged decisions can still be applied."),
    Phase.Kind.VOTING: gettext_lazy("No more votes are accepted. The count can then be published."),
    Phase.Kind.PITCH: gettext_lazy("The pitch stage ends."),
    Phase.Kind.SELECTION: gettext_lazy("The expert group's selection ends."),
}
FROZEN_LABELS = {
    "nominees_per_category": gettext_lazy("nominees per category"),
    "finalists_per_category": gettext_lazy("finalists per category"),
    "winners_per_category": gettext_lazy("winners per category"),
    "settings.voting_*": gettext_lazy("the voting rules"),
}


@login_required
def close_phase(request, year, slug):
    """Close a track's current phase now and open the next one, after a confirmation step."""
    _require_secretariat(request)
    edition = get_object_or_404(Edition, year=year)
    track = get_object_or_404(edition.tracks, slug=slug)
    current = queries.current_phase(track)
    following = editions.phase_after(current) if current else None
    if request.method == "POST":
        phase_obj = get_object_or_404(track.phases, kind=request.POST.get("phase", ""))
        try:
            opened = editions.close_phase_now(request.user, phase_obj, reason=request.POST.get("reason", ""))
        except ValidationError as exc:
            for m in exc.messages:
                messages.error(request, m)
        else:
            messages.success(
                request,
                _("The %(closed)s phase is closed; the %(opened)s phase is open.")
                % {"closed": phase_obj.get_kind_display(), "opened": opened.get_kind_display()},
            )
            return redirect("contests:edition-manage", year)
        return redirect("contests:close-phase", year, slug)
    context = {"edition": edition, "track": track, "current": current, "following": following}
    if current is not None:
        context["current_ends"] = queries.format_local(current.ends_at, edition)
        context["effect"] = CLOSING_EFFECTS.get(current.kind, "")
    if following is not None:
        context["following_starts"] = queries.format_local(following.starts_at, edition)
        context["following_ends"] = queries.format_local(following.ends_at, edition)
        context["frozen"] = [FROZEN_LABELS[f] for f in editions.frozen_by_opening(following.kind)]
    return render(request, "contests/close_phase.html", context)
