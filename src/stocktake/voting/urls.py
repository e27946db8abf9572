"""Web pages of the voting app."""

from django.urls import path

from stocktake.voting import views

app_name = "voting"

urlpatterns = [
    path("voting/", views.index, name="index"),
    path("voting/policy/", views.policy, name="policy"),
    path("voting/<int:year>/<slug:slug>/", views.ballot, name="ballot"),
    path("voting/<int:year>/<slug:slug>/category/<int:number>/", views.vote, name="vote"),
    path("voting/<int:year>/<slug:slug>/results/", views.results_page, name="results"),
    path("voting/<int:year>/<slug:slug>/results/<int:number>/winners/", views.winners, name="winners"),
    path("voting/<int:year>/<slug:slug>/review/", views.review, name="review"),
    path("voting/<int:year>/<slug:slug>/review/publish/", views.publish, name="publish"),
    path("voting/<int:year>/<slug:slug>/review/ledger/<int:entry_id>/reverse/", views.reverse_entry, name="reverse"),
]
