"""Web pages of the reports app."""

from django.urls import path

from stocktake.reports import views

app_name = "reports"

urlpatterns = [
    path("reports/", views.index, name="index"),
    path("reports/builds/", views.build_list, name="builds"),
    path("reports/builds/<uuid:public_id>/download/", views.download, name="download"),
    path("reports/builds/<uuid:public_id>/retry/", views.retry, name="retry"),
    path("reports/<int:year>/", views.global_report, name="global"),
    path("reports/<int:year>/success-stories/", views.success_stories, name="success_stories"),
    path("reports/<int:year>/<str:region>/", views.regional_report, name="regional"),
]
