"""Figures for the home page, one query each."""

from django.apps import apps


def home_figures() -> dict:
    Organisation = apps.get_model("accounts", "Organisation")
    Entry = apps.get_model("repository", "Entry")
    published = Entry.objects.filter(state="published")
    return {
        "entries": published.count(),
        "organisations": Organisation.objects.filter(entries__state="published").distinct().count(),
        "countries": published.filter(countries__isnull=False).values("countries").distinct().count(),
    }
