"""The API: /api/v1/ collects each app's api_urls; the OpenAPI document and its docs page."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from stocktake.taxonomy import api as taxonomy_api

router = DefaultRouter()
router.register("action-lines", taxonomy_api.ActionLineViewSet, basename="action-line")
router.register("categories", taxonomy_api.PrizeCategoryViewSet, basename="category")
router.register("sdgs", taxonomy_api.SDGViewSet, basename="sdg")
router.register("gdc-objectives", taxonomy_api.GDCObjectiveViewSet, basename="gdc-objective")
router.register("regions", taxonomy_api.RegionViewSet, basename="region")
router.register("countries", taxonomy_api.CountryViewSet, basename="country")
router.register("stakeholder-types", taxonomy_api.StakeholderTypeViewSet, basename="stakeholder-type")

APPS_WITH_API = ["repository", "contests", "judging", "voting", "reports", "coordination", "insights"]

urlpatterns = [
    *[path("v1/", include(f"stocktake.{app}.api_urls")) for app in APPS_WITH_API],
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]
