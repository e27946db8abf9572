"""Pages of the Women in Technology directory."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from stocktake.common.forms import apply_service_errors
from stocktake.contests.models import Pledge, TechWomanProfile
from stocktake.contests.services import directory
from stocktake.taxonomy.models import Country


def _public():
    return TechWomanProfile.objects.filter(state=TechWomanProfile.State.PUBLISHED, consent_to_publish=True)


def directory_list(request):
    profiles = _public().select_related("country")
    q = (request.GET.get("q") or "").strip()
    country = (request.GET.get("country") or "").strip().upper()
    if q:
        profiles = profiles.filter(
            Q(name__icontains=q) | Q(organisation__icontains=q) | Q(title__icontains=q) | Q(bio__icontains=q)
        )
    if country:
        profiles = profiles.filter(country__code=country)
    page = Paginator(profiles.order_by("name"), 30).get_page(request.GET.get("page"))
    countries = Country.objects.filter(pk__in=_public().values("country")).order_by("code")
    return render(
        request, "contests/directory_list.html", {"page": page, "q": q, "country": country, "countries": countries}
    )


def directory_detail(request, public_id):
    profile = get_object_or_404(
        _public()
        .select_related("country")
        .prefetch_related(Prefetch("pledges", queryset=Pledge.objects.filter(state=Pledge.State.PUBLISHED))),
        public_id=public_id,
    )
    return render(request, "contests/directory_detail.html", {"profile": profile})


class ProfileForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    title = forms.CharField(label=gettext_lazy("Title or position"), max_length=200)
    organisation = forms.CharField(label=gettext_lazy("Organisation"), max_length=250)
    country = forms.ChoiceField(label=gettext_lazy("Country"), required=False)
    expertise = forms.CharField(
        label=gettext_lazy("Areas of expertise"), help_text=gettext_lazy("Separated by commas."), required=False
    )
    bio = forms.CharField(label=gettext_lazy("Biography"), widget=forms.Textarea(attrs={"rows": 6}))
    links = forms.CharField(
        label=gettext_lazy("Links"),
        help_text=gettext_lazy("Web addresses, one per line."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent_to_publish = forms.BooleanField(
        label=gettext_lazy("I consent to the publication of this profile in the public directory."), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—")] + [(c.code, c.name) for c in Country.objects.all()]


class PledgeForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Your Gender Trendsetter pledge"), widget=forms.Textarea(attrs={"rows": 3})
    )


@login_required
def my_profile(request):
    profile = TechWomanProfile.objects.filter(owner=request.user).prefetch_related("pledges").first()
    initial = {}
    if profile:
        initial = {
            "name": profile.name,
            "title": profile.title,
            "organisation": profile.organisation,
            "country": profile.country.code if profile.country_id else "",
            "expertise": ", ".join(profile.expertise),
            "bio": profile.bio,
            "links": "\n".join(profile.links),
            "consent_to_publish": profile.consent_to_publish,
        }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            profile = directory.save_profile(request.user, form.cleaned_data, profile)
            if request.POST.get("action") == "submit":
                directory.submit_profile(request.user, profile)
                messages.success(request, _("Your profile was sent for moderation."))
            else:
                messages.success(request, _("Your profile was saved."))
            return redirect("contests:my-profile")
        except ValidationError as exc:
            apply_service_errors(form, exc)
    return render(
        request,
        "contests/my_profile.html",
        {"form": form, "profile": profile, "pledge_form": PledgeForm()},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def add_pledge(request):
    profile = get_object_or_404(TechWomanProfile, owner=request.user)
    form = PledgeForm(request.POST)
    if form.is_valid():
        try:
            directory.add_pledge(request.user, profile, form.cleaned_data["text"])
            messages.success(request, _("Your pledge was sent for moderation."))
        except ValidationError as exc:
            for m in exc.messages:
                messages.error(request, m)
    return redirect("contests:my-profile")


@login_required
def moderation(request):
    if not request.user.has_perm("contests.moderate_profile"):
        raise PermissionDenied
    if request.method == "POST":
        publish = request.POST.get("decision") == "publish"
        try:
            if request.POST.get("kind") == "pledge":
                pledge = get_object_or_404(Pledge, public_id=request.POST.get("id"))
                directory.moderate_pledge(request.user, pledge, publish=publish)
            else:
                profile = get_object_or_404(TechWomanProfile, public_id=request.POST.get("id"))
                directory.moderate_profile(
                    request.user, profile, publish=publish, comment=request.POST.get("comment", "")
                )
        except ValidationError as exc:
            for m in exc.messages:
                messages.error(request, m)
        return redirect("contests:directory-moderation")
    return render(
        request,
        "contests/directory_moderation.html",
        {
            "profiles": TechWomanProfile.objects.filter(state=TechWomanProfile.State.SUBMITTED).select_related(
                "country"
            ),
            "pledges": Pledge.objects.filter(state=Pledge.State.SUBMITTED).select_related("profile"),
        },
    )
