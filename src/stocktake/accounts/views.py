"""Pages for managing one's organisations and API token. Views stay thin: forms validate input,
services check permissions and write."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stocktake.accounts.forms import AddMemberForm, OrganisationForm
from stocktake.accounts.models import Organisation, User
from stocktake.accounts.services import organisations, tokens
from stocktake.common.forms import apply_service_errors


@login_required
def organisation_create(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            org = organisations.create_organisation(request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The organisation was created. You are its administrator."))
            return redirect("accounts:organisation-manage", slug=org.slug)
    return render(request, "accounts/organisation_form.html", {"form": form, "creating": True})


@login_required
def organisation_manage(request, slug):
    org = get_object_or_404(Organisation.objects.select_related("stakeholder_type", "country"), slug=slug)
    if not request.user.has_perm("accounts.act_for_organisation", org):
        raise PermissionDenied
    can_manage = request.user.has_perm("accounts.manage_members", org)
    form = OrganisationForm(request.POST or None, initial=OrganisationForm.initial_for(org))
    if request.method == "POST" and form.is_valid():
        try:
            organisations.update_organisation(request.user, org, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("accounts:organisation-manage", slug=org.slug)
    members = org.memberships.select_related("user").order_by("user__email")
    return render(
        request,
        "accounts/organisation_manage.html",
        {
            "organisation": org,
            "form": form,
            "members": members,
            "member_form": AddMemberForm(),
            "can_manage": can_manage,
        },
    )


@login_required
@require_POST
def member_add(request, slug):
    org = get_object_or_404(Organisation, slug=slug)
    form = AddMemberForm(request.POST)
    if form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        if user is None:
            messages.error(request, _("Nobody is registered with that e-mail address. Ask them to register first."))
        else:
            try:
                organisations.add_member(request.user, org, user, form.cleaned_data["role"])
                messages.success(request, _("%(email)s was added.") % {"email": user.email})
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
    else:
        messages.error(request, _("Give a valid e-mail address."))
    return redirect("accounts:organisation-manage", slug=org.slug)


@login_required
@require_POST
def member_remove(request, slug, user_id):
    org = get_object_or_404(Organisation, slug=slug)
    user = get_object_or_404(User, public_id=user_id)
    try:
        organisations.remove_member(request.user, org, user)
        messages.success(request, _("%(email)s was removed.") % {"email": user.email})
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("accounts:organisation-manage", slug=org.slug)


@login_required
def api_token(request):
    token = None
    if request.method == "POST":
        token = tokens.issue_token(request.user)
        messages.success(request, _("A new token was issued; the previous one no longer works."))
    return render(request, "accounts/api_token.html", {"token": token, "has_token": tokens.has_token(request.user)})
