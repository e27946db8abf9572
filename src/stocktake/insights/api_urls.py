"""API endpoints of the insights app, mounted under /api/v1/."""

from django.urls import path

from stocktake.insights import api

urlpatterns = [
    path("insights/suggest", api.SuggestView.as_view(), name="insights-suggest"),
    path("insights/similar/<uuid:public_id>", api.SimilarView.as_view(), name="insights-similar"),
]
