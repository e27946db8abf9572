"""Pages of national coordination: the focal point's campaigns and dashboards, and the invited
organisation's side (the personal invitation link). Views stay thin: reads come from
queries.tracking, every write goes through a service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from stocktake.accounts.rules import is_secretariat
from stocktake.common.charts import Bar, Chart
from stocktake.common.forms import apply_service_errors
from stocktake.coordination import exports
from stocktake.coordination.forms import BounceForm, CampaignForm, ImportForm, InvitationForm, InviteForm
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.queries import tracking
from stocktake.coordination.rules import focal_countries
from stocktake.coordination.services import campaigns as campaign_services
from stocktake.coordination.services import invitations as invitation_services
from stocktake.taxonomy.models import Country


def _campaign_for(request, public_id, permission="coordination.view_campaign") -> Campaign:
    campaign = get_object_or_404(Campaign.objects.select_related("country", "track__edition"), public_id=public_id)
    if not request.user.has_perm(permission, campaign):
        # Another country's campaign does not exist, as far as this user can tell.
        raise Http404
    return campaign


def _countries_for(user):
    if is_secretariat(user):
        return Country.objects.all()
    return Country.objects.filter(code__in=focal_countries(user))


@login_required
def campaign_list(request):
    if not request.user.has_perm("coordination.use_coordination"):
        raise PermissionDenied
    campaigns = list(tracking.campaigns_for(request.user).order_by("-track__edition__year", "country__code"))
    return render(request, "coordination/campaign_list.html", {"campaigns": campaigns})


@login_required
def campaign_create(request):
    if not request.user.has_perm("coordination.use_coordination"):
        raise PermissionDenied
    form = CampaignForm(request.POST or None, countries=_countries_for(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            campaign = campaign_services.create_campaign(
                request.user,
                country=data["country"],
                track=data["track"],
                title=data["title"],
                message=data["message"],
                language=data["language"],
                deadline=data["deadline"],
                reminder_days=data["reminder_days"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The campaign is ready. Now add the organisations you invite."))
            return redirect("coordination:campaign", campaign.public_id)
    return render(request, "coordination/campaign_form.html", {"form": form, "campaign": None})


@login_required
def campaign_edit(request, public_id):
    campaign = _campaign_for(request, public_id, "coordination.change_campaign")
    initial = {
        "title": campaign.title,
        "message": campaign.message,
        "language": campaign.language,
        "deadline": timezone.localtime(campaign.deadline),
        "reminder_days": ", ".join(str(d) for d in campaign.reminder_days),
        "contact_name": campaign.contact_name,
        "contact_email": campaign.contact_email,
    }
    form = CampaignForm(request.POST or None, initial=initial, countries=Country.objects.none(), editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            campaign_services.update_campaign(request.user, campaign, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The campaign was saved."))
            return redirect("coordination:campaign", campaign.public_id)
    return render(request, "coordination/campaign_form.html", {"form": form, "campaign": campaign})


@login_required
def campaign_detail(request, public_id):
    campaign = _campaign_for(request, public_id)
    calendar = tracking.Calendar.for_track(campaign.track)
    rows = tracking.campaign_progress(campaign, calendar=calendar)
    show = request.GET.get("show", "all")
    filters = tracking.ROW_FILTERS
    shown = [r for r in rows if filters.get(show, filters["all"])[1](r)]
    submissions = tracking.country_submissions(campaign, calendar=calendar)
    voting_code, voting_date = calendar.voting_status()
    funnel = tracking.stage_counts(rows)
    return render(
        request,
        "coordination/campaign_detail.html",
        {
            "campaign": campaign,
            "rows": rows,
            "shown_rows": shown,
            "show": show if show in filters else "all",
            "filters": [(key, label) for key, (label, _test) in filters.items()],
            "funnel": funnel,
            "funnel_chart": _funnel_chart(funnel, len(rows)),
            "invitation_counts": tracking.invitation_counts(rows),
            "submissions": submissions,
            "nominees": [s for s in submissions if s.stage in tracking.STAGES[4:]],
            "voting": {"code": voting_code, "date": voting_date},
            "deadline": invitation_services.local_deadline(campaign),
            "deadline_passed": campaign.deadline <= timezone.now(),
            "can_change": request.user.has_perm("coordination.change_campaign", campaign),
            "unsent": sum(1 for r in rows if r.invitation.state == Invitation.State.INVITED),
        },
    )


def _funnel_chart(funnel: list[dict], invited: int) -> Chart:
    reached = {step["stage"]: step["reached"] for step in funnel}
    return Chart(
        id="chart-funnel",
        title=_("Organisations that have reached each stage"),
        bars=[
            Bar(
                str(step["label"]),
                step["reached"],
                value_label=_("%(count)s (%(percent)s %%)") % {"count": step["reached"], "percent": step["percent"]},
            )
            for step in funnel
        ],
        label_heading=_("Stage"),
        value_heading=_("Organisations"),
        summary=ngettext(
            "Of %(invited)s invited organisation, %(account)s has an account, %(submitted)s has submitted "
            "and %(nominated)s was nominated.",
            "Of %(invited)s invited organisations, %(account)s have an account, %(submitted)s have submitted "
            "and %(nominated)s were nominated.",
            invited,
        )
        % {
            "invited": invited,
            "account": reached.get(tracking.ACCOUNT, 0),
            "submitted": reached.get(tracking.SUBMITTED, 0),
            "nominated": reached.get(tracking.NOMINATED, 0),
        },
    )


@login_required
def campaign_export(request, public_id, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    campaign = _campaign_for(request, public_id, "coordination.export_campaign")
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if fmt == "xlsx" else "text/csv"
    response = HttpResponse(exports.export(campaign, fmt), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(campaign, fmt)}"'
    return response


@login_required
def invite(request, public_id):
    campaign = _campaign_for(request, public_id, "coordination.invite")
    form = InviteForm(request.POST or None, campaign=campaign)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            invitation = campaign_services.invite_organisation(
                request.user,
                campaign,
                organisation=data["organisation"],
                name=data["name"],
                email=data["email"],
                contact_name=data["contact_name"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("%(name)s was added to the campaign.") % {"name": invitation.organisation.name})
            if "another" in request.POST:
                return redirect("coordination:invite", campaign.public_id)
            return redirect("coordination:campaign", campaign.public_id)
    return render(request, "coordination/invite.html", {"campaign": campaign, "form": form})


@login_required
def import_file(request, public_id):
    campaign = _campaign_for(request, public_id, "coordination.invite")
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        dry_run = "check" in request.POST
        report = campaign_services.import_invitations(
            request.user, campaign, upload.read(), upload.name, dry_run=dry_run
        )
        if report.ok and not dry_run:
            messages.success(request, _("%(count)d organisations were added.") % {"count": report.imported})
            return redirect("coordination:campaign", campaign.public_id)
    return render(request, "coordination/import.html", {"campaign": campaign, "form": form, "report": report})


@login_required
@require_POST
def send(request, public_id):
    campaign = _campaign_for(request, public_id, "coordination.send_invitations")
    count = invitation_services.send_invitations(request.user, campaign)
    messages.success(request, _("%(count)d invitations were queued for sending.") % {"count": count})
    return redirect("coordination:campaign", campaign.public_id)


@login_required
def invitation_manage(request, public_id, invitation_id):
    campaign = _campaign_for(request, public_id, "coordination.invite")
    invitation = get_object_or_404(campaign.invitations.select_related("organisation"), public_id=invitation_id)
    form = InvitationForm(
        request.POST if request.POST.get("action") == "update" else None,
        initial={"email": invitation.email, "contact_name": invitation.contact_name},
    )
    bounce_form = BounceForm(request.POST if request.POST.get("action") == "bounce" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "update" and form.is_valid():
                invitation_services.change_email(
                    request.user, invitation, form.cleaned_data["email"], form.cleaned_data["contact_name"]
                )
                messages.success(request, _("The contact was changed."))
                return redirect("coordination:invitation_manage", campaign.public_id, invitation.public_id)
            if action == "bounce" and bounce_form.is_valid():
                invitation_services.mark_bounced(request.user, [invitation], bounce_form.cleaned_data["reason"])
                messages.success(request, _("The invitation is marked as bounced."))
                return redirect("coordination:campaign", campaign.public_id)
            if action == "resend":
                count = invitation_services.send_invitations(request.user, campaign, [invitation], resend=True)
                if count:
                    messages.success(request, _("The invitation was queued for sending again."))
                else:
                    messages.warning(request, _("This invitation cannot be sent again."))
                return redirect("coordination:campaign", campaign.public_id)
        except ValidationError as exc:
            apply_service_errors(form, exc)
    return render(
        request,
        "coordination/invitation_manage.html",
        {"campaign": campaign, "invitation": invitation, "form": form, "bounce_form": bounce_form},
    )


def invitation(request, token):
    """The personal link from the invitation e-mail. Anyone holding it may see the invitation;
    joining the organisation needs a confirmed account (register or log in first)."""
    invitation = get_object_or_404(
        Invitation.objects.select_related("campaign__track__edition", "campaign__country", "organisation"),
        token=token,
    )
    invitation_services.record_open(invitation)
    is_member = (
        request.user.is_authenticated and request.user.memberships.filter(organisation=invitation.organisation).exists()
    )
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            if request.POST.get("action") == "accept":
                invitation_services.accept_invitation(request.user, invitation)
                messages.success(request, _("You have joined %(name)s.") % {"name": invitation.organisation.name})
            elif request.POST.get("action") in ("share", "unshare"):
                invitation_services.set_draft_sharing(request.user, invitation, request.POST["action"] == "share")
                messages.success(request, _("Your choice was saved."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        except PermissionDenied:
            if request.POST.get("action") == "accept":
                messages.error(request, _("Confirm your e-mail address first, then accept the invitation."))
            else:
                messages.error(request, _("Only members of the organisation can change this."))
        return redirect("coordination:invitation", token)
    return render(
        request,
        "coordination/invitation.html",
        {
            "invitation": invitation,
            "campaign": invitation.campaign,
            "deadline": invitation_services.local_deadline(invitation.campaign),
            "is_member": is_member,
        },
    )
