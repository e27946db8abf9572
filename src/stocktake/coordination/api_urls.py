"""API endpoints of the coordination app, mounted under /api/v1/."""

from django.urls import path

from stocktake.coordination import api

urlpatterns = [
    path("coordination/campaigns/", api.CampaignList.as_view(), name="coordination-campaigns"),
    path("coordination/campaigns/<uuid:public_id>/", api.CampaignDetail.as_view(), name="coordination-campaign"),
    path(
        "coordination/campaigns/<uuid:public_id>/submissions/",
        api.CampaignSubmissions.as_view(),
        name="coordination-campaign-submissions",
    ),
    path(
        "coordination/campaigns/<uuid:public_id>/invitations/",
        api.CampaignInvitations.as_view(),
        name="coordination-campaign-invitations",
    ),
]
