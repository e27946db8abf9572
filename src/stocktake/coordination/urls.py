"""Web pages of the coordination app."""

from django.urls import path

from stocktake.coordination import views

app_name = "coordination"

urlpatterns = [
    path("coordination/", views.campaign_list, name="campaigns"),
    path("coordination/new/", views.campaign_create, name="campaign_create"),
    path("coordination/<uuid:public_id>/", views.campaign_detail, name="campaign"),
    path("coordination/<uuid:public_id>/edit/", views.campaign_edit, name="campaign_edit"),
    path("coordination/<uuid:public_id>/export.<str:fmt>", views.campaign_export, name="campaign_export"),
    path("coordination/<uuid:public_id>/invite/", views.invite, name="invite"),
    path("coordination/<uuid:public_id>/import/", views.import_file, name="import"),
    path("coordination/<uuid:public_id>/send/", views.send, name="send"),
    path(
        "coordination/<uuid:public_id>/invitations/<uuid:invitation_id>/",
        views.invitation_manage,
        name="invitation_manage",
    ),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
]
