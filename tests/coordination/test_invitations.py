import pytest
from django.core.management import call_command
from django.urls import reverse

from stocktake.accounts.models import Membership
from stocktake.common.models import AuditLog
from stocktake.common.services import outbox
from stocktake.coordination.models import Invitation
from stocktake.coordination.services import campaigns, invitations
from tests.coordination.factories import CampaignFactory, InvitationFactory, focal_point
from tests.factories import UserFactory, member_of

pytestmark = pytest.mark.django_db


def test_invitation_arrives_with_a_personal_link_in_the_campaigns_language(smtp_server, client):
    campaign = CampaignFactory()
    actor = focal_point()
    invitation = campaigns.invite_organisation(
        actor, campaign, name="Adalet Bakanlığı", email="bilgi@adalet.example", contact_name="Mehmet Kaya"
    )
    assert invitations.send_invitations(actor, campaign) == 1
    assert invitations.send_invitations(actor, campaign) == 0  # already sent
    assert outbox.deliver_queued()["sent"] == 1
    [mail] = smtp_server.to("bilgi@adalet.example")
    body = mail.get_body().get_content()
    assert mail["Subject"].strip() == f"Davet: {campaign.title}"
    assert "Sayın Mehmet Kaya" in body and campaign.message in body
    link = f"/invitation/{invitation.token}/"
    assert link in body
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.SENT and invitation.sent_at

    # Following the link shows the invitation and records that it arrived.
    page = client.get(link)
    assert page.status_code == 200 and "Adalet Bakanlığı" in page.content.decode()
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.OPENED and invitation.opened_at


def test_accepting_joins_the_organisation(client):
    invitation = InvitationFactory()
    user = UserFactory(email=invitation.email.upper())
    client.force_login(user)
    response = client.post(reverse("coordination:invitation", args=[invitation.token]), {"action": "accept"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=user, organisation=invitation.organisation)
    assert membership.role == Membership.OrgRole.ADMIN  # first member administers the new organisation
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.ACCEPTED and invitation.accepted_by == user
    assert AuditLog.objects.filter(action="coordination.invitation.accept").exists()
    assert AuditLog.objects.filter(action="accounts.membership.add", actor=user).exists()
    # A second person with the same link is told to ask the first.
    client.force_login(UserFactory())
    client.post(reverse("coordination:invitation", args=[invitation.token]), {"action": "accept"})
    assert Membership.objects.filter(organisation=invitation.organisation).count() == 1


def test_joining_an_organisation_with_members_makes_a_plain_member():
    invitation = InvitationFactory()
    member_of(invitation.organisation)
    user = UserFactory(email=invitation.email)
    assert invitations.accept_invitation(user, invitation).role == Membership.OrgRole.MEMBER


def test_a_forwarded_link_does_not_make_a_stranger_administrator():
    invitation = InvitationFactory()
    stranger = UserFactory(email="someone.else@example.org")
    assert invitations.accept_invitation(stranger, invitation).role == Membership.OrgRole.MEMBER


def test_an_unconfirmed_account_cannot_accept_yet(client):
    invitation = InvitationFactory()
    client.force_login(UserFactory(confirmed=False))
    client.post(reverse("coordination:invitation", args=[invitation.token]), {"action": "accept"})
    assert not Membership.objects.filter(organisation=invitation.organisation).exists()


def test_anonymous_visitors_are_asked_to_register_or_log_in(client):
    invitation = InvitationFactory()
    page = client.get(reverse("coordination:invitation", args=[invitation.token]))
    assert reverse("account_signup") in page.content.decode()
    response = client.post(reverse("coordination:invitation", args=[invitation.token]), {"action": "accept"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get("/invitation/not-a-token/").status_code == 404


def test_bounces_from_the_command_are_visible_and_can_be_fixed(client):
    invitation = InvitationFactory(email="eski@ticaret.example")
    call_command("campaign", "bounce", "ESKI@ticaret.example", "--reason", "550 mailbox unavailable")
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.BOUNCED and invitation.bounce_reason == "550 mailbox unavailable"
    user = focal_point()
    client.force_login(user)
    page = client.get(reverse("coordination:campaign", args=[invitation.campaign.public_id])).content.decode()
    assert "E-mail bounced" in page and "550 mailbox unavailable" in page
    invitations.change_email(user, invitation, "yeni@ticaret.example")
    assert invitation.state == Invitation.State.INVITED
    assert invitations.send_invitations(user, invitation.campaign) == 1
    with pytest.raises(SystemExit):
        call_command("campaign", "bounce", "nobody@example.org")


def test_bounce_from_the_manage_page(client):
    invitation = InvitationFactory()
    client.force_login(focal_point())
    url = reverse("coordination:invitation_manage", args=[invitation.campaign.public_id, invitation.public_id])
    assert client.get(url).status_code == 200
    client.post(url, {"action": "bounce", "reason": "returned"})
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.BOUNCED
    client.force_login(focal_point("KE"))
    assert client.post(url, {"action": "resend"}).status_code == 404


def test_an_organisation_member_shares_its_drafts():
    invitation = InvitationFactory()
    member = member_of(invitation.organisation)
    invitations.set_draft_sharing(member, invitation, True)
    assert Invitation.objects.get(pk=invitation.pk).shares_drafts
    with pytest.raises(Exception, match="permission"):
        invitations.set_draft_sharing(UserFactory(), invitation, False)


def test_dashboard_lists_unanswered_and_bounced_invitations(client):
    campaign = InvitationFactory(organisation__name="Silent Ministry").campaign
    InvitationFactory(campaign=campaign, organisation__name="Bounced Ministry", state=Invitation.State.BOUNCED)
    accepted = InvitationFactory(campaign=campaign, organisation__name="Joined Ministry")
    invitations.accept_invitation(UserFactory(email=accepted.email), accepted)
    client.force_login(focal_point())
    url = reverse("coordination:campaign", args=[campaign.public_id])
    unanswered = client.get(url, {"show": "unanswered"}).content.decode().split('id="orgs-heading"')[1]
    assert "Silent Ministry" in unanswered and "Joined Ministry" not in unanswered
    assert "Bounced Ministry" not in unanswered
    bounced = client.get(url, {"show": "bounced"}).content.decode().split('id="orgs-heading"')[1]
    assert "Bounced Ministry" in bounced and "Silent Ministry" not in bounced


def test_an_english_campaign_sends_english_mail(smtp_server):
    campaign = CampaignFactory(language="en", title="WSIS Prizes 2026 national call", message="Please apply.")
    invitation = InvitationFactory(campaign=campaign, state=Invitation.State.INVITED, contact_name="")
    invitations.send_invitations(focal_point(), campaign)
    outbox.deliver_queued()
    [mail] = smtp_server.to(invitation.email)
    assert mail["Subject"].strip() == "Invitation: WSIS Prizes 2026 national call"
    body = mail.get_body().get_content()
    assert body.startswith("Hello,") and "Please apply." in body and "(Europe/Zurich time)" in body


DSN = """From MAILER-DAEMON Mon Feb  2 10:00:00 2026
From: Mail Delivery System <MAILER-DAEMON@mx.example>
To: noreply@stocktake.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example

Final-Recipient: rfc822; {hard}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

Final-Recipient: rfc822; {soft}
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--B--
"""


def test_bounces_are_read_from_a_bounce_mailbox(tmp_path):
    hard = InvitationFactory(email="eski@icisleri.example")
    soft = InvitationFactory(campaign=hard.campaign, email="dolu@ticaret.example")
    mbox = tmp_path / "bounces.mbox"
    mbox.write_text(DSN.format(hard="Eski@icisleri.example", soft=soft.email))
    call_command("campaign", "bounce", "--mbox", str(mbox))
    hard.refresh_from_db()
    soft.refresh_from_db()
    assert hard.state == Invitation.State.BOUNCED and hard.bounce_reason == "550 5.1.1 User unknown"
    assert soft.state == Invitation.State.SENT  # a full mailbox is not a bounce


def test_members_share_drafts_from_the_invitation_page(client):
    invitation = InvitationFactory()
    url = reverse("coordination:invitation", args=[invitation.token])
    client.force_login(UserFactory())
    client.post(url, {"action": "share"})
    invitation.refresh_from_db()
    assert not invitation.shares_drafts  # not a member
    client.force_login(member_of(invitation.organisation))
    assert "Share drafts with the focal point" in client.get(url).content.decode()
    client.post(url, {"action": "share"})
    invitation.refresh_from_db()
    assert invitation.shares_drafts
    client.post(url, {"action": "unshare"})
    invitation.refresh_from_db()
    assert not invitation.shares_drafts
