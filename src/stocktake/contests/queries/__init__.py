"""Reads about editions, phases and submissions shared by pages, the API, services and other apps
(voting reads the voting phase and nominated submissions; coordination reads states)."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, Prefetch, Q
from django.utils import formats, timezone, translation

from stocktake.contests.models import Category, Edition, Phase, Submission, Track


def zone(edition: Edition) -> ZoneInfo:
    return ZoneInfo(edition.time_zone or "Europe/Zurich")


def local_time(dt: datetime.datetime, edition: Edition) -> datetime.datetime:
    return dt.astimezone(zone(edition))


def format_local(dt: datetime.datetime, edition: Edition) -> str:
    """E.g. "15 March 2026, 23:00 CET": the time as people in Geneva read it, with the zone's
    abbreviation (CET or CEST), so a submitter elsewhere knows which hour is meant."""
    local = local_time(dt, edition)
    with translation.override(translation.get_language() or "en"):
        day = formats.date_format(local, "j F Y")
        clock = formats.time_format(local, "H:i")
    return f"{day}, {clock} {local.tzname()}"


def geneva_datetime(edition_or_zone, year, month, day, hour=23, minute=0, second=0) -> datetime.datetime:
    """An aware datetime for a wall-clock time in the edition's zone (DST-correct via zoneinfo)."""
    tz = zone(edition_or_zone) if isinstance(edition_or_zone, Edition) else ZoneInfo(edition_or_zone)
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=tz)


def phases_of(track: Track) -> list[Phase]:
    cached = getattr(track, "_prefetched_objects_cache", {}).get("phases")
    return list(cached) if cached is not None else list(track.phases.all())


def phase(track: Track, kind: str) -> Phase | None:
    return next((p for p in phases_of(track) if p.kind == kind), None)


def current_phase(track: Track, at: datetime.datetime | None = None) -> Phase | None:
    at = at or timezone.now()
    return next((p for p in sorted(phases_of(track), key=lambda p: p.starts_at) if p.is_open(at)), None)


def next_phase(track: Track, at: datetime.datetime | None = None) -> Phase | None:
    at = at or timezone.now()
    upcoming = [p for p in phases_of(track) if p.starts_at > at]
    return min(upcoming, key=lambda p: p.starts_at) if upcoming else None


def is_phase_open(track: Track, kind: str, at: datetime.datetime | None = None) -> bool:
    p = phase(track, kind)
    return p is not None and p.is_open(at or timezone.now())


def has_phase_opened(track: Track, kind: str, at: datetime.datetime | None = None) -> bool:
    p = phase(track, kind)
    return p is not None and p.has_opened(at or timezone.now())


def published_editions():
    return Edition.objects.filter(is_published=True).order_by("-year")


def edition_detail(year: int) -> Edition:
    """An edition with its tracks, categories and phases in four queries."""
    return (
        Edition.objects.prefetch_related(
            Prefetch(
                "tracks",
                queryset=Track.objects.prefetch_related(
                    Prefetch("categories", queryset=Category.objects.select_related("prize_category")), "phases"
                ),
            )
        )
        .filter(year=year)
        .get()
    )


def main_track(edition: Edition) -> Track | None:
    return edition.tracks.filter(kind=Track.Kind.MAIN).first()


def open_tracks(at: datetime.datetime | None = None):
    """Tracks whose submission phase is open now, for the submitter's "new submission" choice."""
    at = at or timezone.now()
    return (
        Track.objects.filter(
            edition__is_published=True,
            phases__kind=Phase.Kind.SUBMISSION,
            phases__starts_at__lte=at,
            phases__ends_at__gte=at,
        )
        .select_related("edition")
        .prefetch_related("phases")
        .order_by("-edition__year", "id")
    )


def submissions_of_user(user):
    """The submissions of the user's organisations and the user's own individual entries."""
    org_ids = user.memberships.values_list("organisation_id", flat=True)
    return (
        Submission.objects.filter(Q(organisation_id__in=org_ids) | Q(organisation__isnull=True, entrant=user))
        .select_related(
            "track__edition", "category__prize_category", "organisation__country", "entrant", "entrant_country"
        )
        .prefetch_related("track__phases")
        .order_by("-track__edition__year", "category__number", "-created_at")
    )


def tracks_open_to_individuals(tracks) -> list[Track]:
    """Of `tracks`, those whose settings accept entries from individuals (Photo Contest, Youth Prize)."""
    from stocktake.contests.questionnaire import settings_for

    return [t for t in tracks if settings_for(t).get("individual_entrants")]


def counts_by_category_and_state(track: Track) -> list[dict]:
    """One row per category with a count per state (the secretariat console)."""
    states = [s for s, _label in Submission.State.choices]
    annotations = {s: Count("submissions", filter=Q(submissions__state=s)) for s in states}
    return list(
        track.categories.select_related("prize_category")
        .annotate(total=Count("submissions", filter=~Q(submissions__state="withdrawn")), **annotations)
        .order_by("number")
    )


def word_count(text: str) -> int:
    from stocktake.contests.wordcount import count_words

    return count_words(text)
