"""API: suggestions for a text, and similar entries of a published entry."""

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from stocktake.insights import queries
from stocktake.repository.models import Entry


class SuggestRequest(serializers.Serializer):
    title = serializers.CharField(allow_blank=True, max_length=queries.MAX_TITLE)
    description = serializers.CharField(max_length=queries.MAX_DESCRIPTION)
    language = serializers.ChoiceField(choices=sorted(queries.LANGUAGES), default="en", required=False)


_item = {
    "key": serializers.CharField(),
    "name": serializers.CharField(),
    "score": serializers.FloatField(help_text="0–1; scores of one list add up to at most 1"),
    "evidence": serializers.ListField(child=serializers.CharField(), help_text="phrases of the text behind it"),
}


class _Item(serializers.Serializer):
    key = _item["key"]
    name = _item["name"]
    score = _item["score"]
    evidence = _item["evidence"]


class SuggestResponse(serializers.Serializer):
    model = serializers.CharField()
    categories = _Item(many=True)
    action_lines = _Item(many=True)
    subtopics = _Item(many=True)
    sdgs = _Item(many=True)
    gdc_objectives = _Item(many=True)


class SimilarItem(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["entry", "submission"])
    public_id = serializers.UUIDField(allow_null=True, help_text="null for a submission that is not public")
    title = serializers.CharField()
    organisation = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    score = serializers.FloatField(help_text="0–1 similarity")
    is_duplicate = serializers.BooleanField(help_text="at or above the calibrated near-duplicate threshold")
    previous_winner = serializers.BooleanField()
    state = serializers.CharField(allow_null=True)


class SuggestThrottle(AnonRateThrottle):
    rate = "120/min"


class SuggestView(APIView):
    permission_classes = [AllowAny]
    throttle_classes = [SuggestThrottle]

    @extend_schema(
        request=SuggestRequest,
        responses={200: SuggestResponse, 400: OpenApiResponse(description="problem+json")},
        summary="Suggest category, action lines, SDGs and GDC objectives for a project description",
    )
    def post(self, request):
        data = request.data if hasattr(request.data, "get") else {}
        body = queries.suggest(data.get("title", ""), data.get("description"), data.get("language", "en"))
        return Response(body)


class SimilarView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        responses={200: inline_serializer("SimilarList", {"results": SimilarItem(many=True)}), 404: None},
        summary="Entries and prize submissions similar to a published entry",
    )
    def get(self, request, public_id):
        entry = Entry.objects.select_related("organisation").filter(public_id=public_id).first()
        if entry is None or not entry.is_public:
            raise Http404
        privileged = request.user.has_perm("insights.view_reports")
        return Response({"results": queries.similar_to_entry(entry, privileged=privileged)})
