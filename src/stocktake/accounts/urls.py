from django.urls import path

from stocktake.accounts import views

app_name = "accounts"

urlpatterns = [
    path("organisations/new/", views.organisation_create, name="organisation-create"),
    path("organisations/<slug:slug>/manage/", views.organisation_manage, name="organisation-manage"),
    path("organisations/<slug:slug>/members/add/", views.member_add, name="member-add"),
    path("organisations/<slug:slug>/members/<uuid:user_id>/remove/", views.member_remove, name="member-remove"),
    path("me/api-token/", views.api_token, name="api-token"),
]
