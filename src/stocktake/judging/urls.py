"""Web pages of the judging app."""

from django.urls import path  # noqa: F401

app_name = "judging"

urlpatterns = []
