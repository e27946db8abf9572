"""API endpoints of the voting app, mounted under /api/v1/ (see voting/api.py)."""

from django.urls import path

from stocktake.voting import api

urlpatterns = [
    path("voting/votes/", api.cast_vote_view, name="voting-cast"),
    path("voting/<int:year>/<slug:slug>/ballot/", api.BallotView.as_view(), name="voting-ballot"),
    path("voting/<int:year>/<slug:slug>/results/", api.ResultsView.as_view(), name="voting-results"),
]
