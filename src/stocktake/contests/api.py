"""API of the prizes: editions (public) and a submitter's own submissions."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from stocktake.accounts.models import Organisation
from stocktake.contests import queries
from stocktake.contests.models import Category, Edition, Track
from stocktake.contests.questionnaire import settings_for
from stocktake.contests.serializers import EditionDetailSerializer, EditionListSerializer, SubmissionSerializer
from stocktake.contests.services import submissions as service


class EditionViewSet(viewsets.ReadOnlyModelViewSet):
    """Published editions; one edition with its tracks, categories, phases (Geneva time) and the
    current phase of each track."""

    lookup_field = "year"
    lookup_value_regex = r"\d{4}"
    pagination_class = None

    def get_queryset(self):
        qs = Edition.objects.filter(is_published=True).order_by("-year")
        if self.action == "retrieve":
            qs = qs.prefetch_related(
                Prefetch(
                    "tracks",
                    queryset=Track.objects.prefetch_related(
                        Prefetch("categories", queryset=Category.objects.select_related("prize_category__action_line")),
                        "phases",
                    ),
                )
            )
        return qs

    def get_serializer_class(self):
        return EditionDetailSerializer if self.action == "retrieve" else EditionListSerializer


class SubmissionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """The submissions of the caller's organisations and the caller's own individual entries.
    Create and PATCH save a draft (partial: send only what changed; JSON, or multipart with an
    `image` file for the Photo Contest and the Youth Prize); `submit` checks every rule;
    `withdraw` before the deadline. On tracks open to individual entrants, create with
    `"as_individual": true` (implied for a caller without an organisation) and give
    `entrant_country` (a country code)."""

    serializer_class = SubmissionSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "public_id"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return queries.submissions_of_user(self.request.user)

    def _input(self) -> dict:
        data = self.request.data
        if hasattr(data, "getlist"):  # form-encoded or multipart: keep list fields as lists
            return {k: (data.getlist(k) if k in service.LIST_FIELDS else data.get(k)) for k in data if k != "image"}
        if not isinstance(data, dict):
            raise ValidationError({"__all__": _("Send a JSON object.")})
        return dict(data)

    @extend_schema(request=None, responses=SubmissionSerializer)
    def create(self, request, *args, **kwargs):
        data = self._input()
        try:
            year = int(data.pop("edition", 0))
        except (TypeError, ValueError):
            year = 0
        track = (
            Track.objects.filter(edition__year=year, edition__is_published=True, slug=data.pop("track", "wsis-prizes"))
            .select_related("edition")
            .first()
        )
        if track is None:
            raise ValidationError({"track": _("Give a published edition's year and a track of it.")})
        organisations = Organisation.objects.filter(memberships__user=request.user)
        org_id = data.pop("organisation", None)
        as_individual = data.pop("as_individual", False) in (True, "true", "1", 1, "on")
        organisation = None
        if as_individual and org_id:
            raise ValidationError({"organisation": _("Give an organisation or enter as an individual, not both.")})
        if org_id:
            organisation = organisations.filter(public_id=str(org_id)).first()
        elif not as_individual:
            count = organisations.count()
            if count == 1:
                organisation = organisations.first()
            elif count == 0 and settings_for(track).get("individual_entrants"):
                as_individual = True  # a person without an organisation enters on their own
        if organisation is None and not as_individual:
            raise ValidationError({"organisation": _("Give the id of an organisation you belong to.")})
        submission = service.save_draft(
            request.user,
            track=track,
            organisation=organisation,
            as_individual=as_individual,
            data=data,
            image=request.FILES.get("image"),
        )
        return Response(self.get_serializer(self._reload(submission)).data, status=status.HTTP_201_CREATED)

    def _reload(self, submission):
        return self.get_queryset().get(pk=submission.pk)

    def _object(self):
        try:
            return self.get_object()
        except Http404:
            raise
        except (ValueError, ValidationError):
            raise Http404 from None

    @extend_schema(request=None, responses=SubmissionSerializer)
    def partial_update(self, request, *args, **kwargs):
        submission = service.save_draft(
            request.user, submission=self._object(), data=self._input(), image=request.FILES.get("image")
        )
        return Response(self.get_serializer(self._reload(submission)).data)

    @extend_schema(request=None, responses=SubmissionSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, public_id=None):
        submission = service.submit(request.user, self._object())
        return Response(self.get_serializer(self._reload(submission)).data)

    @extend_schema(request=None, responses=SubmissionSerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request, public_id=None):
        submission = service.withdraw(request.user, self._object())
        return Response(self.get_serializer(self._reload(submission)).data)
