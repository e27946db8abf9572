"""Web pages of the contests app."""

from django.urls import path  # noqa: F401

app_name = "contests"

urlpatterns = []
