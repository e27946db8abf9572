from rest_framework import serializers

from stocktake.taxonomy import models


class NamedSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text="Name in the request's language.")
    names = serializers.DictField(child=serializers.CharField(), read_only=True, help_text="Name in every language.")


class SubtopicSerializer(NamedSerializer):
    class Meta:
        model = models.Subtopic
        fields = ["slug", "name", "names"]


class ActionLineSerializer(NamedSerializer):
    parent = serializers.SlugRelatedField(slug_field="code", read_only=True)
    short_name = serializers.CharField(read_only=True)
    subtopics = SubtopicSerializer(many=True, read_only=True)

    class Meta:
        model = models.ActionLine
        fields = ["code", "key", "parent", "name", "short_name", "names", "aliases", "description", "subtopics"]


class PrizeCategorySerializer(NamedSerializer):
    action_line = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = models.PrizeCategory
        fields = ["number", "action_line", "name", "names", "description"]


class SDGSerializer(NamedSerializer):
    class Meta:
        model = models.SDG
        fields = ["number", "name", "names", "colour", "description"]


class GDCObjectiveSerializer(NamedSerializer):
    class Meta:
        model = models.GDCObjective
        fields = ["number", "name", "names", "description"]


class StakeholderTypeSerializer(NamedSerializer):
    class Meta:
        model = models.StakeholderType
        fields = ["code", "name", "names"]


class RegionSerializer(NamedSerializer):
    class Meta:
        model = models.Region
        fields = ["code", "name", "names", "is_itu_region"]


class CountrySerializer(NamedSerializer):
    region = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = models.Country
        fields = ["code", "iso3", "name", "names", "region", "un_status"]
