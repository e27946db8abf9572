"""Sending invitations, following what happens to them, and the organisation's side: accepting
(joining the organisation) and sharing drafts with the focal point."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.accounts.models import Membership
from stocktake.accounts.queries import forget_cached_permissions
from stocktake.common.services import audit, outbox
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.services import require

SENDABLE = {Invitation.State.INVITED}
RESENDABLE = {Invitation.State.INVITED, Invitation.State.SENT, Invitation.State.OPENED, Invitation.State.BOUNCED}


def invitation_url(invitation: Invitation) -> str:
    return settings.SITE_URL + reverse("coordination:invitation", args=[invitation.token])


def local_deadline(campaign: Campaign):
    """The deadline in the edition's time zone (Geneva unless the edition says otherwise)."""
    return timezone.localtime(campaign.deadline, ZoneInfo(campaign.track.edition.time_zone))


def _mail_context(invitation: Invitation) -> dict:
    campaign = invitation.campaign
    return {
        "campaign": campaign,
        "organisation_name": invitation.organisation.name,
        "contact_name": invitation.contact_name,
        "message": campaign.message,
        "call_name": str(campaign.track),
        "deadline": local_deadline(campaign),
        "time_zone": campaign.track.edition.time_zone,
        "link": invitation_url(invitation),
        "sender_name": campaign.contact_name,
        "sender_email": campaign.contact_email,
    }


def send_invitations(actor, campaign: Campaign, invitations=None, *, resend: bool = False) -> int:
    """Queue the invitation e-mail for each given invitation (default: every one not yet sent)."""
    require(actor, "coordination.send_invitations", campaign)
    allowed = RESENDABLE if resend else SENDABLE
    queryset = campaign.invitations.select_related("organisation", "campaign__track__edition", "campaign__country")
    if invitations is not None:
        queryset = queryset.filter(pk__in=[i.pk for i in invitations])
    queued = 0
    with transaction.atomic():
        for invitation in queryset.filter(state__in=allowed).select_for_update(of=("self",)):
            message = outbox.queue_mail(
                kind="coordination.invitation",
                to=invitation.email,
                template="coordination/mail/invitation",
                context=_mail_context(invitation),
                language=campaign.language,
                about=invitation,
                dedupe_key=f"coordination:invitation:{invitation.pk}:{invitation.send_count + 1}",
                actor=actor,
            )
            if message is None:
                continue
            before = {"state": invitation.state}
            invitation.state = Invitation.State.SENT
            invitation.sent_at = timezone.now()
            invitation.send_count += 1
            invitation.bounced_at, invitation.bounce_reason = None, ""
            invitation.save(
                update_fields=["state", "sent_at", "send_count", "bounced_at", "bounce_reason", "updated_at"]
            )
            audit.record(actor, "coordination.invitation.send", invitation, before=before, after={"state": "sent"})
            queued += 1
    return queued


@transaction.atomic
def change_email(actor, invitation: Invitation, email: str, contact_name: str | None = None) -> Invitation:
    """Correct a contact's address (typically after a bounce); the invitation can then be sent again."""
    require(actor, "coordination.invite", invitation)
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": _("Enter a valid e-mail address.")}) from None
    before = {"email": invitation.email, "contact_name": invitation.contact_name, "state": invitation.state}
    invitation.email = email
    if contact_name is not None:
        invitation.contact_name = contact_name.strip()
    if invitation.state == Invitation.State.BOUNCED:
        invitation.state = Invitation.State.INVITED
    invitation.save()
    audit.record(
        actor,
        "coordination.invitation.update",
        invitation,
        before=before,
        after={"email": email, "contact_name": invitation.contact_name, "state": invitation.state},
    )
    return invitation


@transaction.atomic
def mark_bounced(actor, invitations, reason: str = "") -> int:
    """Record that invitation e-mail came back undelivered (from the bounce mailbox or by hand)."""
    count = 0
    for invitation in invitations:
        require(actor, "coordination.record_bounce", invitation)
        if invitation.state == Invitation.State.ACCEPTED:
            continue  # someone got the link after all
        before = {"state": invitation.state}
        invitation.state = Invitation.State.BOUNCED
        invitation.bounced_at = timezone.now()
        invitation.bounce_reason = (reason or "").strip()[:500]
        invitation.save(update_fields=["state", "bounced_at", "bounce_reason", "updated_at"])
        audit.record(
            actor,
            "coordination.invitation.bounce",
            invitation,
            before=before,
            after={"state": "bounced", "reason": invitation.bounce_reason},
        )
        count += 1
    return count


def bounced_invitations_for(email: str):
    return Invitation.objects.filter(email__iexact=email.strip()).exclude(state=Invitation.State.ACCEPTED)


@transaction.atomic
def record_open(invitation: Invitation) -> Invitation:
    """The personal link was followed: the e-mail arrived, whoever opened it."""
    if invitation.opened_at is None:
        invitation.opened_at = timezone.now()
        before = {"state": invitation.state}
        if invitation.state != Invitation.State.ACCEPTED:
            invitation.state = Invitation.State.OPENED
        invitation.save(update_fields=["opened_at", "state", "updated_at"])
        audit.record(None, "coordination.invitation.open", invitation, before=before, after={"state": invitation.state})
    return invitation


@transaction.atomic
def accept_invitation(user, invitation: Invitation) -> Membership:
    """The invited contact (logged in, e-mail confirmed) joins the organisation.

    The first person to join an organisation that has no members becomes its administrator, if
    their account has the invited address (so a forwarded link cannot hand a ministry to a
    stranger); anyone else joins as a plain member, whom the administrator manages from then on."""
    require(user, "coordination.accept_invitation", invitation)
    invitation = Invitation.objects.select_for_update().select_related("organisation").get(pk=invitation.pk)
    if invitation.state == Invitation.State.ACCEPTED and invitation.accepted_by_id not in (None, user.pk):
        raise ValidationError(
            _("This invitation has already been accepted by someone else. Ask them to add you to %(name)s.")
            % {"name": invitation.organisation.name}
        )
    organisation = invitation.organisation
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is None:
        first = not organisation.memberships.exists()
        invited_address = user.email.lower() == invitation.email.lower()
        role = Membership.OrgRole.ADMIN if first and invited_address else Membership.OrgRole.MEMBER
        membership = Membership.objects.create(user=user, organisation=organisation, role=role)
        forget_cached_permissions(user)
        audit.record(
            user,
            "accounts.membership.add",
            organisation,
            after={"user": user.email, "role": role},
            via="coordination.invitation",
        )
    if invitation.state != Invitation.State.ACCEPTED:
        before = {"state": invitation.state}
        now = timezone.now()
        invitation.state = Invitation.State.ACCEPTED
        invitation.accepted_at = now
        invitation.accepted_by = user
        invitation.opened_at = invitation.opened_at or now
        invitation.save(update_fields=["state", "accepted_at", "accepted_by", "opened_at", "updated_at"])
        audit.record(
            user,
            "coordination.invitation.accept",
            invitation,
            before=before,
            after={"state": "accepted", "user": user.email, "email_matches": user.email.lower() == invitation.email},
        )
    return membership


@transaction.atomic
def set_draft_sharing(actor, invitation: Invitation, share: bool) -> Invitation:
    """The organisation lets the focal point read its drafts for this call (or stops doing so)."""
    require(actor, "coordination.share_drafts", invitation)
    before = {"shares_drafts": invitation.shares_drafts}
    invitation.shares_drafts = bool(share)
    invitation.save(update_fields=["shares_drafts", "updated_at"])
    audit.record(actor, "coordination.invitation.share", invitation, before=before, after={"shares_drafts": share})
    return invitation
