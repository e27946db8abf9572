"""Web pages of the contests app."""

from django.urls import path

from stocktake.contests import directory_views, manage_views, views

app_name = "contests"

urlpatterns = [
    path("prizes/", views.edition_list, name="edition-list"),
    path("prizes/<int:year>/", views.edition_detail, name="edition-detail"),
    path("prizes/new/", manage_views.edition_create, name="edition-create"),
    path("prizes/<int:year>/manage/", manage_views.edition_manage, name="edition-manage"),
    path("prizes/<int:year>/manage/<slug:slug>/close-phase/", manage_views.close_phase, name="close-phase"),
    path("prizes/my-submissions/", views.my_submissions, name="my-submissions"),
    path("prizes/<int:year>/<slug:slug>/submit/", views.submission_new, name="submission-new"),
    path("prizes/submissions/<uuid:public_id>/", views.submission_edit, name="submission-edit"),
    path("prizes/submissions/<uuid:public_id>/autosave/", views.submission_autosave, name="submission-autosave"),
    path("prizes/submissions/<uuid:public_id>/withdraw/", views.submission_withdraw, name="submission-withdraw"),
    path("women-in-technology/", directory_views.directory_list, name="directory"),
    path("women-in-technology/my-profile/", directory_views.my_profile, name="my-profile"),
    path("women-in-technology/my-profile/pledge/", directory_views.add_pledge, name="add-pledge"),
    path("women-in-technology/moderation/", directory_views.moderation, name="directory-moderation"),
    path("women-in-technology/<uuid:public_id>/", directory_views.directory_detail, name="directory-detail"),
]
