"""Web pages of the repository app."""

from django.urls import path

from stocktake.repository import views

app_name = "repository"

urlpatterns = [
    path("entries/", views.search_page, name="search"),
    path("entries/import/", views.import_page, name="import"),
    path("entries/<uuid:public_id>/", views.entry_page, name="entry"),
    path("entries/<uuid:public_id>/history/", views.entry_history, name="entry-history"),
    path("organisations/<slug:slug>/", views.organisation_page, name="organisation"),
    path("regions/", views.regions_page, name="regions"),
    path("regions/<str:code>/", views.region_page, name="region"),
    path("countries/<str:code>/", views.country_page, name="country"),
    path("action-lines/", views.action_lines_page, name="action-lines"),
    path("action-lines/<str:code>/", views.action_line_page, name="action-line"),
    path("my/entries/", views.my_entries, name="my-entries"),
    path("my/entries/new/", views.entry_create, name="entry-create"),
    path("my/entries/<uuid:public_id>/", views.entry_edit, name="entry-edit"),
    path("my/entries/<uuid:public_id>/draft/", views.entry_autosave, name="entry-autosave"),
    path("my/entries/<uuid:public_id>/submit/", views.entry_submit, name="entry-submit"),
    path("my/entries/<uuid:public_id>/images/", views.image_add, name="image-add"),
    path("my/entries/<uuid:public_id>/images/<uuid:image_id>/", views.image_update, name="image-update"),
    path("my/entries/<uuid:public_id>/images/<uuid:image_id>/move/", views.image_move, name="image-move"),
    path("my/entries/<uuid:public_id>/images/<uuid:image_id>/delete/", views.image_remove, name="image-remove"),
    path("moderation/", views.moderation_queue, name="moderation"),
    path("moderation/<uuid:version_id>/", views.moderation_review, name="moderation-review"),
]
