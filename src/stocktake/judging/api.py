"""API for experts: their assignments, one submission to review, and scoring it. A conflicted
expert gets 404 for that submission, exactly like an unknown id."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from stocktake.judging import queries
from stocktake.judging.services import reviews


class AssignmentSerializer(serializers.Serializer):
    submission = serializers.UUIDField(source="submission.public_id")
    edition = serializers.IntegerField(source="submission.track.edition.year")
    category = serializers.IntegerField(source="submission.category.number")
    title = serializers.CharField(source="submission.title")
    short_description = serializers.CharField(source="submission.short_description")
    answers = serializers.JSONField(source="submission.answers")
    comment = serializers.CharField()
    submitted_at = serializers.DateTimeField(allow_null=True)
    scores = serializers.SerializerMethodField()

    def get_scores(self, obj) -> dict:
        return {s.criterion.key: s.value for s in obj.scores.all()}


class ReviewInputSerializer(serializers.Serializer):
    scores = serializers.DictField(child=serializers.IntegerField(allow_null=True))
    comment = serializers.CharField(required=False, allow_blank=True)
    final = serializers.BooleanField(default=True)


class ReviewViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AssignmentSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "submission__public_id"
    lookup_url_kwarg = "submission"

    def get_queryset(self):
        return queries.workspace(self.request.user).prefetch_related("scores__criterion")

    def get_object(self):
        assignment = queries.assignment_for_review(self.request.user, self.kwargs["submission"])
        if assignment is None:
            raise Http404
        return assignment

    @extend_schema(request=ReviewInputSerializer, responses=AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def score(self, request, submission=None):
        assignment = self.get_object()
        data = ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        reviews.save_review(
            request.user,
            assignment,
            data.validated_data["scores"],
            data.validated_data.get("comment", ""),
            final=data.validated_data["final"],
        )
        return Response(AssignmentSerializer(self.get_object()).data)
