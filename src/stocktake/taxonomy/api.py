"""Read-only API over the reference lists. They are short, so they are not paginated."""

from rest_framework import viewsets

from stocktake.taxonomy import models, serializers


class _TaxonomyViewSet(viewsets.ReadOnlyModelViewSet):
    pagination_class = None


class ActionLineViewSet(_TaxonomyViewSet):
    queryset = models.ActionLine.objects.select_related("parent").prefetch_related("subtopics")
    serializer_class = serializers.ActionLineSerializer
    lookup_field = "code"
    lookup_value_regex = r"C\d+(\.\d)?"


class PrizeCategoryViewSet(_TaxonomyViewSet):
    queryset = models.PrizeCategory.objects.select_related("action_line")
    serializer_class = serializers.PrizeCategorySerializer
    lookup_field = "number"


class SDGViewSet(_TaxonomyViewSet):
    queryset = models.SDG.objects.all()
    serializer_class = serializers.SDGSerializer
    lookup_field = "number"


class GDCObjectiveViewSet(_TaxonomyViewSet):
    queryset = models.GDCObjective.objects.all()
    serializer_class = serializers.GDCObjectiveSerializer
    lookup_field = "number"


class StakeholderTypeViewSet(_TaxonomyViewSet):
    queryset = models.StakeholderType.objects.all()
    serializer_class = serializers.StakeholderTypeSerializer
    lookup_field = "code"


class RegionViewSet(_TaxonomyViewSet):
    queryset = models.Region.objects.all()
    serializer_class = serializers.RegionSerializer
    lookup_field = "code"


class CountryViewSet(_TaxonomyViewSet):
    queryset = models.Country.objects.select_related("region")
    serializer_class = serializers.CountrySerializer
    lookup_field = "code"
