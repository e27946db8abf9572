"""API endpoints of the repository app, mounted under /api/v1/."""

from django.urls import path

from stocktake.repository import api

urlpatterns = [
    path("entries/", api.EntryListView.as_view(), name="repository-entry-list"),
    path("entries/export.<str:fmt>", api.EntryExportView.as_view(), name="repository-entry-export"),
    path("entries/<uuid:public_id>/", api.EntryDetailView.as_view(), name="repository-entry-detail"),
    path("entries/<uuid:public_id>/submit/", api.EntrySubmitView.as_view(), name="repository-entry-submit"),
    path("entries/<uuid:public_id>/images/", api.EntryImageListView.as_view(), name="repository-entry-images"),
    path(
        "entries/<uuid:public_id>/images/<uuid:image_id>/",
        api.EntryImageDetailView.as_view(),
        name="repository-entry-image",
    ),
]
