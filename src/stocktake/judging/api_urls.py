"""API endpoints of the judging app, mounted under /api/v1/."""

from django.urls import path

from stocktake.judging import api

urlpatterns = [
    path("reviews/", api.ReviewViewSet.as_view({"get": "list"}), name="api-review-list"),
    path("reviews/<uuid:submission>/", api.ReviewViewSet.as_view({"get": "retrieve"}), name="api-review-detail"),
    path("reviews/<uuid:submission>/score/", api.ReviewViewSet.as_view({"post": "score"}), name="api-review-score"),
    path(
        "editions/<int:year>/tracks/<slug:track>/categories/<int:category>/ranking/",
        api.SecretariatViewSet.as_view({"get": "ranking"}),
        name="api-ranking",
    ),
    path(
        "editions/<int:year>/tracks/<slug:track>/decisions/",
        api.SecretariatViewSet.as_view({"post": "stage"}),
        name="api-decision-stage",
    ),
    path(
        "editions/<int:year>/tracks/<slug:track>/decisions/apply/",
        api.SecretariatViewSet.as_view({"post": "apply"}),
        name="api-decision-apply",
    ),
]
