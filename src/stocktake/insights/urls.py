"""Web pages of the insights app."""

from django.urls import path

from stocktake.insights import views

app_name = "insights"

urlpatterns = [
    path("insights/assist/", views.assist, name="assist"),
    path("insights/try/", views.try_page, name="try"),
    path("insights/disagreements/", views.disagreements, name="disagreements"),
    path("insights/duplicates/", views.duplicates, name="duplicates"),
]
