from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("api/", include("stocktake.api.urls")),
    path("", include("stocktake.web.urls")),
    # Each domain app owns its pages and URL names (namespace = app label).
    *[
        path("", include(f"stocktake.{app}.urls"))
        for app in [
            "accounts",
            "repository",
            "contests",
            "judging",
            "voting",
            "reports",
            "coordination",
            "insights",
        ]
    ],
]

if settings.DEBUG or not settings.MEDIA_URL.startswith("http"):
    # Uploaded images on an embedded install; production puts a web server or object store in front.
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

handler404 = "stocktake.web.views.errors.not_found"
handler500 = "stocktake.web.views.errors.server_error"
