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
    stage = serializers.CharField(help_text="review, or pitch for a finalist's pitch.")
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
        stage = self.request.query_params.get("stage", "review")
        assignment = queries.assignment_for_review(self.request.user, self.kwargs["submission"], stage)
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


class RankingRowSerializer(serializers.Serializer):
    submission = serializers.UUIDField(source="public_id")
    rank = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    organisation = serializers.CharField(source="organisation.name")
    state = serializers.CharField()
    score = serializers.FloatField(source="aggregate", allow_null=True, help_text="Weighted aggregate, 0–100.")
    reviews_done = serializers.IntegerField()
    reviews_total = serializers.IntegerField()
    staged = serializers.SerializerMethodField()

    def get_staged(self, obj) -> dict | None:
        decision = getattr(obj, "decision", None)
        if decision is None or decision.applied_at:
            return None
        return {"outcome": decision.outcome, "reason": decision.reason}


class DecisionInputSerializer(serializers.Serializer):
    submission = serializers.UUIDField()
    outcome = serializers.CharField(help_text="nominate, not-nominate or ineligible (with a reason).")
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class SecretariatViewSet(viewsets.ViewSet):
    """For the secretariat: a category's ranking, staging decisions and applying them all at once."""

    permission_classes = [permissions.IsAuthenticated]

    def _track(self, request, year, track):
        from django.core.exceptions import PermissionDenied

        from stocktake.contests.models import Track

        obj = Track.objects.select_related("edition").filter(edition__year=year, slug=track).first()
        if obj is None:
            raise Http404
        if not request.user.has_perm("judging.manage_panel", obj.edition):
            raise PermissionDenied
        return obj

    @extend_schema(responses=RankingRowSerializer(many=True))
    def ranking(self, request, year=None, track=None, category=None):
        obj = self._track(request, year, track)
        cat = obj.categories.filter(number=category).first()
        if cat is None:
            raise Http404
        return Response(RankingRowSerializer(queries.ranking(obj, cat), many=True).data)

    @extend_schema(request=DecisionInputSerializer, responses=RankingRowSerializer)
    def stage(self, request, year=None, track=None):
        from stocktake.contests.models import Submission
        from stocktake.judging.services import decisions

        obj = self._track(request, year, track)
        data = DecisionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        submission = Submission.objects.filter(track=obj, public_id=data.validated_data["submission"]).first()
        if submission is None:
            raise Http404
        decision = decisions.stage_decision(
            request.user, submission, data.validated_data["outcome"], data.validated_data["reason"]
        )
        return Response(
            {"submission": str(submission.public_id), "outcome": decision.outcome, "reason": decision.reason}
        )

    @extend_schema(request=None, responses={200: dict})
    def apply(self, request, year=None, track=None):
        from stocktake.judging.services import decisions

        obj = self._track(request, year, track)
        return Response({"applied": decisions.apply_decisions(request.user, obj)})
