"""Web pages of the repository app."""

from django.urls import path  # noqa: F401

app_name = "repository"

urlpatterns = []
