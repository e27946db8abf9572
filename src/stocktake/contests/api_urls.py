"""API endpoints of the contests app, mounted under /api/v1/."""

from django.urls import path

from stocktake.contests import api

edition_list = api.EditionViewSet.as_view({"get": "list"})
edition_detail = api.EditionViewSet.as_view({"get": "retrieve"})
submission_list = api.SubmissionViewSet.as_view({"get": "list", "post": "create"})
submission_detail = api.SubmissionViewSet.as_view({"get": "retrieve", "patch": "partial_update"})

urlpatterns = [
    path("editions/", edition_list, name="api-edition-list"),
    path("editions/<int:year>/", edition_detail, name="api-edition-detail"),
    path("submissions/", submission_list, name="api-submission-list"),
    path("submissions/<uuid:public_id>/", submission_detail, name="api-submission-detail"),
    path(
        "submissions/<uuid:public_id>/submit/",
        api.SubmissionViewSet.as_view({"post": "submit"}),
        name="api-submission-submit",
    ),
    path(
        "submissions/<uuid:public_id>/withdraw/",
        api.SubmissionViewSet.as_view({"post": "withdraw"}),
        name="api-submission-withdraw",
    ),
]
