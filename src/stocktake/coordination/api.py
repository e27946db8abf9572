"""Read and invite through the API, with the same rules and services as the pages.

A campaign the user may not see answers 404, like the pages: another country's campaigns do not
exist for a focal point."""

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from stocktake.accounts.models import Organisation
from stocktake.coordination.models import Campaign
from stocktake.coordination.queries import tracking
from stocktake.coordination.services import campaigns as campaign_services


class CampaignSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="public_id", read_only=True)
    country = serializers.CharField(source="country.code")
    year = serializers.IntegerField(source="track.edition.year")
    track = serializers.CharField(source="track.slug")

    class Meta:
        model = Campaign
        fields = ["id", "title", "country", "year", "track", "language", "deadline", "reminder_days"]


class ProgressSerializer(serializers.Serializer):
    organisation = serializers.CharField(source="organisation.name")
    organisation_id = serializers.UUIDField(source="organisation.public_id")
    contact_name = serializers.CharField(source="invitation.contact_name")
    email = serializers.EmailField(source="invitation.email")
    invitation_state = serializers.CharField(source="invitation.state")
    stage = serializers.ChoiceField(choices=tracking.STAGES)
    invited_at = serializers.DateTimeField()
    sent_at = serializers.DateTimeField(source="invitation.sent_at")
    opened_at = serializers.DateTimeField(source="invitation.opened_at")
    account_at = serializers.DateTimeField()
    draft_at = serializers.DateTimeField()
    submitted_at = serializers.DateTimeField()
    nominated_at = serializers.DateTimeField()
    finalist_at = serializers.DateTimeField()
    result_at = serializers.DateTimeField()
    submitted = serializers.IntegerField()


class StageCountSerializer(serializers.Serializer):
    stage = serializers.CharField()
    reached = serializers.IntegerField()
    current = serializers.IntegerField()


class CampaignDetailSerializer(serializers.Serializer):
    campaign = CampaignSerializer()
    stages = StageCountSerializer(many=True)
    organisations = ProgressSerializer(many=True)


class SubmissionViewSerializer(serializers.Serializer):
    organisation = serializers.CharField(source="organisation_name")
    stage = serializers.CharField()
    state = serializers.CharField(source="state_label")
    created_at = serializers.DateTimeField()
    submitted_at = serializers.DateTimeField()
    content_visible = serializers.BooleanField()
    title = serializers.CharField()
    category = serializers.CharField()
    invited = serializers.BooleanField()


class InviteSerializer(serializers.Serializer):
    organisation_id = serializers.UUIDField(required=False)
    name = serializers.CharField(required=False, allow_blank=True, default="")
    email = serializers.CharField()
    contact_name = serializers.CharField(required=False, allow_blank=True, default="")


def _campaign(request, public_id) -> Campaign:
    campaign = Campaign.objects.select_related("country", "track__edition").filter(public_id=public_id).first()
    if campaign is None or not request.user.has_perm("coordination.view_campaign", campaign):
        raise Http404
    return campaign


class CampaignList(generics.ListAPIView):
    """The campaigns you coordinate (your country's, or every campaign for the secretariat)."""

    permission_classes = [IsAuthenticated]
    serializer_class = CampaignSerializer

    def get_queryset(self):
        return tracking.campaigns_for(self.request.user).order_by("-track__edition__year", "country__code")


class CampaignDetail(APIView):
    """Stage counts and one row per invited organisation, with dates."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=CampaignDetailSerializer)
    def get(self, request, public_id):
        campaign = _campaign(request, public_id)
        rows = tracking.campaign_progress(campaign)
        data = {"campaign": campaign, "stages": tracking.stage_counts(rows), "organisations": rows}
        return Response(CampaignDetailSerializer(data).data)


class CampaignSubmissions(APIView):
    """Your country's submissions to the call, read-only; drafts without content unless shared."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=SubmissionViewSerializer(many=True))
    def get(self, request, public_id):
        campaign = _campaign(request, public_id)
        return Response(SubmissionViewSerializer(tracking.country_submissions(campaign), many=True).data)


class CampaignInvitations(APIView):
    """Invite an organisation (an existing one by id, or a new one by name)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=InviteSerializer, responses={201: ProgressSerializer})
    def post(self, request, public_id):
        campaign = _campaign(request, public_id)
        payload = InviteSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        organisation = None
        if data.get("organisation_id"):
            organisation = Organisation.objects.filter(public_id=data["organisation_id"]).first()
            if organisation is None:
                raise serializers.ValidationError({"organisation_id": _("No such organisation.")})
        invitation = campaign_services.invite_organisation(
            request.user,
            campaign,
            organisation=organisation,
            name=data["name"],
            email=data["email"],
            contact_name=data["contact_name"],
        )
        row = tracking.OrganisationProgress(invitation, invited_at=invitation.created_at)
        return Response(ProgressSerializer(row).data, status=status.HTTP_201_CREATED)
