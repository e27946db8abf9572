"""Web pages of the judging app."""

from django.urls import path

from stocktake.judging import views

app_name = "judging"

urlpatterns = [
    path("review/", views.workspace, name="workspace"),
    path("review/invitations/<uuid:public_id>/", views.respond, name="respond"),
    path("review/submissions/<uuid:public_id>/", views.review, name="review"),
    path("review/submissions/<uuid:public_id>/conflict/", views.declare_conflict, name="declare-conflict"),
    path("review/pitches/<uuid:public_id>/", views.review, {"stage": "pitch"}, name="pitch-review"),
    path("prizes/<int:year>/console/", views.console, name="console"),
    path("prizes/<int:year>/console/auto-assign/", views.console_auto_assign, name="auto-assign"),
    path("prizes/<int:year>/console/invite/", views.invite, name="invite"),
    path("prizes/<int:year>/console/submissions.csv", views.export_csv, name="export"),
    path("prizes/<int:year>/console/conflicts/", views.detect, name="detect-conflicts"),
    path("prizes/<int:year>/console/<slug:slug>/apply/", views.apply, name="apply"),
    path("prizes/<int:year>/console/<slug:slug>/pitch/", views.pitch, name="pitch"),
    path("prizes/<int:year>/console/<slug:slug>/pitch/assign/", views.pitch_assign, name="pitch-assign"),
    path("prizes/<int:year>/console/<slug:slug>/pitch/weights/", views.pitch_weights, name="pitch-weights"),
    path("prizes/<int:year>/console/<slug:slug>/pitch/winner/", views.pitch_winner, name="pitch-winner"),
    path("prizes/<int:year>/console/<slug:slug>/<int:number>/", views.ranking, name="ranking"),
    path("prizes/<int:year>/console/decisions/<uuid:public_id>/", views.stage, name="stage"),
    path("prizes/<int:year>/console/returns/<uuid:public_id>/", views.return_submission, name="return"),
    path("prizes/<int:year>/console/<slug:slug>/extend/", views.extend_deadline, name="extend"),
]
