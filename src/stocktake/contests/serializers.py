"""API shapes of editions and submissions. Submission input is passed to the same service the web
form uses, so the rules and their messages are identical."""

from __future__ import annotations

from django.utils import timezone
from rest_framework import serializers

from stocktake.contests import queries
from stocktake.contests.models import Category, Edition, Phase, Submission, Track


def _local_iso(dt, edition) -> str:
    return queries.local_time(dt, edition).isoformat()


class PhaseSerializer(serializers.ModelSerializer):
    label = serializers.CharField(source="get_kind_display", read_only=True)
    starts_at = serializers.SerializerMethodField(
        help_text="Start, ISO 8601 with the Geneva offset (+01:00 or +02:00)."
    )
    ends_at = serializers.SerializerMethodField(help_text="End (inclusive), ISO 8601 with the Geneva offset.")
    starts_at_label = serializers.SerializerMethodField()
    ends_at_label = serializers.SerializerMethodField()
    is_open = serializers.SerializerMethodField()
    extended = serializers.BooleanField(source="was_extended", read_only=True)

    class Meta:
        model = Phase
        fields = ["kind", "label", "starts_at", "ends_at", "starts_at_label", "ends_at_label", "is_open", "extended"]

    def _edition(self):
        return self.context["edition"]

    def get_starts_at(self, obj) -> str:
        return _local_iso(obj.starts_at, self._edition())

    def get_ends_at(self, obj) -> str:
        return _local_iso(obj.ends_at, self._edition())

    def get_starts_at_label(self, obj) -> str:
        return queries.format_local(obj.starts_at, self._edition())

    def get_ends_at_label(self, obj) -> str:
        return queries.format_local(obj.ends_at, self._edition())

    def get_is_open(self, obj) -> bool:
        return obj.is_open(self.context.get("now") or timezone.now())


class CategorySerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)
    action_line = serializers.SerializerMethodField()

    class Meta:
        model = Category
        fields = ["number", "name", "action_line"]

    def get_action_line(self, obj) -> str | None:
        return obj.prize_category.action_line.code if obj.prize_category_id else None


class TrackSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)
    categories = CategorySerializer(many=True, read_only=True)
    phases = serializers.SerializerMethodField()
    current_phase = serializers.SerializerMethodField()

    class Meta:
        model = Track
        fields = [
            "kind",
            "slug",
            "name",
            "nominees_per_category",
            "finalists_per_category",
            "winners_per_category",
            "categories",
            "phases",
            "current_phase",
        ]

    def get_phases(self, obj) -> list[dict]:
        phases = sorted(obj.phases.all(), key=lambda p: p.starts_at)
        return PhaseSerializer(phases, many=True, context=self.context).data

    def get_current_phase(self, obj) -> str | None:
        p = queries.current_phase(obj, self.context.get("now"))
        return p.kind if p else None


class EditionListSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api-edition-detail", lookup_field="year")

    class Meta:
        model = Edition
        fields = ["year", "name", "time_zone", "url"]


class EditionDetailSerializer(serializers.ModelSerializer):
    tracks = serializers.SerializerMethodField()

    class Meta:
        model = Edition
        fields = ["year", "name", "time_zone", "tracks"]

    def get_tracks(self, obj) -> list[dict]:
        context = {**self.context, "edition": obj, "now": timezone.now()}
        return TrackSerializer(obj.tracks.all(), many=True, context=context).data


class SubmissionSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="public_id", read_only=True)
    edition = serializers.IntegerField(source="track.edition.year", read_only=True)
    track = serializers.CharField(source="track.slug", read_only=True)
    category = serializers.IntegerField(source="category.number", read_only=True)
    organisation = serializers.SerializerMethodField()
    entrant = serializers.SerializerMethodField()
    entry = serializers.UUIDField(source="entry.public_id", read_only=True, allow_null=True, default=None)
    state_label = serializers.CharField(source="get_state_display", read_only=True)
    deadline = serializers.SerializerMethodField()
    image = serializers.ImageField(read_only=True, use_url=True)

    class Meta:
        model = Submission
        fields = [
            "id",
            "edition",
            "track",
            "category",
            "organisation",
            "entrant",
            "entry",
            "state",
            "state_label",
            "title",
            "short_description",
            "answers",
            "submitted_at",
            "withdrawn_at",
            "decision_reason",
            "image",
            "deadline",
        ]
        read_only_fields = fields

    def get_organisation(self, obj) -> dict | None:
        if obj.organisation_id is None:
            return None
        return {"id": str(obj.organisation.public_id), "name": obj.organisation.name}

    def get_entrant(self, obj) -> dict:
        """Who entered: `organisation` or `individual`, with the name and country code shown."""
        country = obj.country
        return {
            "type": "individual" if obj.is_individual else "organisation",
            "name": obj.entrant_name,
            "country": country.code if country else None,
        }

    def get_deadline(self, obj) -> str | None:
        p = queries.phase(obj.track, "submission")
        return _local_iso(p.ends_at, obj.track.edition) if p else None
