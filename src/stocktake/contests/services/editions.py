"""Editions, tracks and phases: creating them, changing settings before they bind anyone, and
extending deadlines (audit-logged)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Category, Edition, Phase, Track
from stocktake.contests.queries import format_local, has_phase_opened, phase
from stocktake.contests.questionnaire import VOTE_VALIDITY_ALL_CATEGORIES, VOTE_VALIDITY_EACH_VOTE, VOTE_VALIDITY_RULES
from stocktake.taxonomy.models import PrizeCategory

K = Phase.Kind

# Special tracks: (kind, slug, names, finalists, winners, phases they run besides submission).
SPECIAL_TRACKS = [
    (Track.Kind.PHOTO, "photo-contest", {"en": "WSIS Photo Contest"}, 10, 3, [K.NOMINATION, K.ANNOUNCEMENT]),
    (
        Track.Kind.HEALTHY_AGEING,
        "healthy-ageing",
        {"en": "WSIS Healthy Ageing Innovation Prize"},
        12,
        1,
        [K.NOMINATION, K.SELECTION, K.ANNOUNCEMENT],
    ),
    (
        Track.Kind.YOUTH,
        "youth-prize",
        {"en": "WSIS x Generation Connect Youth Prize"},
        10,
        1,
        [K.NOMINATION, K.SELECTION, K.ANNOUNCEMENT],
    ),
    (
        Track.Kind.SERVICE_DESIGN,
        "digital-service-design",
        {"en": "WSIS Digital Service Design Prize"},
        5,
        1,
        [K.NOMINATION, K.PITCH, K.ANNOUNCEMENT],
    ),
]

# Which phase's opening freezes each outcome-changing field of a track.
FROZEN_BY = {
    "nominees_per_category": K.NOMINATION,
    "finalists_per_category": K.VOTING,
    "winners_per_category": K.SELECTION,
}


# Track settings that govern the vote, frozen once voting opens; the rest freeze with submission.
VOTING_SETTINGS = {"vote_validity"}


def _setting_phase(key: str) -> str:
    return K.VOTING if key in VOTING_SETTINGS or key.startswith("voting_") else K.SUBMISSION


def _check_phases(phases: dict) -> None:
    for kind, (starts, ends) in phases.items():
        if kind not in K.values:
            raise ValidationError({"phases": _("Unknown phase “%(kind)s”.") % {"kind": kind}})
        if ends <= starts:
            raise ValidationError(
                {"phases": _("The %(phase)s phase must end after it starts.") % {"phase": K(kind).label}}
            )


@transaction.atomic
def create_edition(actor, *, year: int, name: str = "", phases: dict | None = None, time_zone="Europe/Zurich"):
    """An edition with the main track (18 categories) and the four special tracks.

    `phases` maps a phase kind to (starts_at, ends_at) for the main track; special tracks take the
    submission window and the main track's later phases that they run.
    """
    require(actor, "contests.manage_edition")
    if Edition.objects.filter(year=year).exists():
        raise ValidationError({"year": _("There is already an edition for %(year)s.") % {"year": year}})
    phases = phases or {}
    _check_phases(phases)
    edition = Edition.objects.create(
        year=year, name=name or _("WSIS Prizes %(year)s") % {"year": year}, time_zone=time_zone
    )
    main = Track.objects.create(edition=edition, kind=Track.Kind.MAIN, slug="wsis-prizes", names={"en": "WSIS Prizes"})
    Category.objects.bulk_create(
        [Category(track=main, number=pc.number, prize_category=pc) for pc in PrizeCategory.objects.order_by("number")]
    )
    Phase.objects.bulk_create([Phase(track=main, kind=k, starts_at=s, ends_at=e) for k, (s, e) in phases.items()])
    for kind, slug, names, finalists, winners, later in SPECIAL_TRACKS:
        track = Track.objects.create(
            edition=edition,
            kind=kind,
            slug=slug,
            names=names,
            nominees_per_category=finalists,
            finalists_per_category=finalists,
            winners_per_category=winners,
        )
        Category.objects.create(track=track, number=1, names=names)
        own = {k: phases[k] for k in [K.SUBMISSION, *later] if k in phases}
        if kind == Track.Kind.SERVICE_DESIGN and K.PITCH not in own and K.VOTING in phases:
            own[K.PITCH] = phases[K.VOTING]  # the pitch runs while the main track votes
        if K.SELECTION in later and K.SELECTION not in own and K.SELECTION in phases:
            own[K.SELECTION] = phases[K.SELECTION]
        Phase.objects.bulk_create([Phase(track=track, kind=k, starts_at=s, ends_at=e) for k, (s, e) in own.items()])
    audit.record(actor, "contests.edition.create", edition, after={"year": year, "phases": sorted(phases)})
    return edition


@transaction.atomic
def publish_edition(actor, edition: Edition, published: bool = True) -> Edition:
    require(actor, "contests.manage_edition")
    edition.is_published = published
    edition.save(update_fields=["is_published", "updated_at"])
    audit.record(actor, "contests.edition.publish", edition, after={"is_published": published})
    return edition


@transaction.atomic
def set_phase(actor, track: Track, kind: str, starts_at: datetime.datetime, ends_at: datetime.datetime) -> Phase:
    """Create or reschedule a phase that has not opened yet (an open one is only ever extended)."""
    require(actor, "contests.manage_edition")
    _check_phases({kind: (starts_at, ends_at)})
    now = timezone.now()
    existing = phase(track, kind)
    if existing is not None and existing.has_opened(now):
        raise ValidationError(
            {
                "starts_at": _(
                    "The %(phase)s phase opened on %(start)s; it can no longer be rescheduled, only extended."
                )
                % {"phase": existing.get_kind_display(), "start": format_local(existing.starts_at, track.edition)}
            }
        )
    before = {"starts_at": existing.starts_at, "ends_at": existing.ends_at} if existing else None
    obj, _created = Phase.objects.update_or_create(
        track=track, kind=kind, defaults={"starts_at": starts_at, "ends_at": ends_at}
    )
    audit.record(
        actor, "contests.phase.schedule", obj, before=before, after={"starts_at": starts_at, "ends_at": ends_at}
    )
    return obj


@transaction.atomic
def extend_deadline(actor, phase_obj: Phase, new_ends_at: datetime.datetime, reason: str = "") -> Phase:
    """Move a phase's end later. The first published deadline is kept in `original_ends_at`."""
    require(actor, "contests.manage_edition")
    phase_obj = Phase.objects.select_for_update(of=("self",)).select_related("track__edition").get(pk=phase_obj.pk)
    edition = phase_obj.track.edition
    if new_ends_at <= phase_obj.ends_at:
        raise ValidationError(
            {
                "ends_at": _("A deadline can only be moved later than %(deadline)s.")
                % {"deadline": format_local(phase_obj.ends_at, edition)}
            }
        )
    # A phase that follows straight on (not opened yet) starts later with the deadline; it may
    # not be squeezed to nothing.
    following = (
        Phase.objects.filter(track=phase_obj.track, starts_at__gt=phase_obj.ends_at, starts_at__lte=new_ends_at)
        .exclude(pk=phase_obj.pk)
        .order_by("starts_at")
    )
    shifted = []
    for nxt in following:
        if new_ends_at + datetime.timedelta(seconds=1) >= nxt.ends_at:
            raise ValidationError(
                {
                    "ends_at": _("The new deadline must be before the %(phase)s phase ends (%(end)s).")
                    % {"phase": nxt.get_kind_display(), "end": format_local(nxt.ends_at, edition)}
                }
            )
        nxt.starts_at = new_ends_at + datetime.timedelta(seconds=1)
        shifted.append(nxt)
    Phase.objects.bulk_update(shifted, ["starts_at"])
    before = {"ends_at": phase_obj.ends_at}
    if phase_obj.original_ends_at is None:
        phase_obj.original_ends_at = phase_obj.ends_at
    phase_obj.ends_at = new_ends_at
    phase_obj.save(update_fields=["ends_at", "original_ends_at"])
    audit.record(
        actor,
        "contests.phase.extend",
        phase_obj,
        before=before,
        after={"ends_at": new_ends_at, "moved": {p.kind: p.starts_at for p in shifted}},
        reason=reason,
    )
    return phase_obj


@transaction.atomic
def update_track(actor, track: Track, *, settings: dict | None = None, **fields) -> Track:
    """Change a track's outcome-changing settings; each is frozen once the phase it governs opened."""
    require(actor, "contests.manage_edition")
    track = Track.objects.select_for_update(of=("self",)).get(pk=track.pk)
    now = timezone.now()
    errors = {}
    for name, value in fields.items():
        if name not in FROZEN_BY:
            raise ValidationError({name: _("This setting cannot be changed here.")})
        if getattr(track, name) != value and has_phase_opened(track, FROZEN_BY[name], now):
            errors[name] = _("This setting is frozen: the %(phase)s phase has opened.") % {
                "phase": K(FROZEN_BY[name]).label
            }
    for key, value in (settings or {}).items():
        if key == "vote_validity" and value not in VOTE_VALIDITY_RULES:
            errors[f"settings.{key}"] = _("Choose “%(each)s” or “%(all)s”.") % {
                "each": VOTE_VALIDITY_EACH_VOTE,
                "all": VOTE_VALIDITY_ALL_CATEGORIES,
            }
        elif (track.settings or {}).get(key) != value and has_phase_opened(track, _setting_phase(key), now):
            errors[f"settings.{key}"] = _("This setting is frozen: the %(phase)s phase has opened.") % {
                "phase": K(_setting_phase(key)).label
            }
    if errors:
        raise ValidationError(errors)
    before = {name: getattr(track, name) for name in fields} | {"settings": dict(track.settings or {})}
    for name, value in fields.items():
        setattr(track, name, value)
    if settings:
        track.settings = {**(track.settings or {}), **settings}
    track.save()
    audit.record(actor, "contests.track.update", track, before=before, after=fields | {"settings": track.settings})
    return track


@transaction.atomic
def add_category(actor, track: Track, *, number: int, names: dict, prize_category=None) -> Category:
    require(actor, "contests.manage_edition")
    if has_phase_opened(track, K.SUBMISSION):
        raise ValidationError({"number": _("Categories are frozen: the submission phase has opened.")})
    if track.categories.filter(number=number).exists():
        raise ValidationError({"number": _("This track already has a category %(number)s.") % {"number": number}})
    category = Category.objects.create(track=track, number=number, names=names, prize_category=prize_category)
    audit.record(actor, "contests.category.create", category, after={"number": number, "names": names})
    return category


@transaction.atomic
def remove_category(actor, category: Category) -> None:
    require(actor, "contests.manage_edition")
    if has_phase_opened(category.track, K.SUBMISSION):
        raise ValidationError({"category": _("Categories are frozen: the submission phase has opened.")})
    if category.submissions.exists():
        raise ValidationError({"category": _("This category has submissions and cannot be removed.")})
    audit.record(actor, "contests.category.delete", category, before={"number": category.number})
    category.delete()


@transaction.atomic
def update_edition(actor, edition: Edition, *, name: str | None = None, conflict_same_country: bool | None = None):
    """Rename an edition, or change the same-country conflict rule until review opens."""
    require(actor, "contests.manage_edition")
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    before = {"name": edition.name, "conflict_same_country": edition.conflict_same_country}
    if conflict_same_country is not None and conflict_same_country != edition.conflict_same_country:
        if Phase.objects.filter(track__edition=edition, kind=K.NOMINATION, starts_at__lte=timezone.now()).exists():
            raise ValidationError(
                {"conflict_same_country": _("This setting is frozen: the review and nomination phase has opened.")}
            )
        edition.conflict_same_country = conflict_same_country
    if name is not None:
        if not name.strip():
            raise ValidationError({"name": _("Give the edition a name.")})
        edition.name = name.strip()
    edition.save()
    audit.record(
        actor,
        "contests.edition.update",
        edition,
        before=before,
        after={"name": edition.name, "conflict_same_country": edition.conflict_same_country},
    )
    return edition


def phase_after(phase_obj: Phase) -> Phase | None:
    """The track's phase that comes next after `phase_obj` (the first one starting after it does)."""
    return (
        Phase.objects.filter(track_id=phase_obj.track_id, starts_at__gt=phase_obj.starts_at)
        .exclude(pk=phase_obj.pk)
        .order_by("starts_at")
        .first()
    )


def frozen_by_opening(kind: str) -> list[str]:
    """The track fields that opening a phase of `kind` freezes (and settings keyed to it)."""
    fields = [name for name, freezing in FROZEN_BY.items() if freezing == kind]
    return fields + (["settings.voting_*"] if kind == K.VOTING else [])


@transaction.atomic
def close_phase_now(actor, phase_obj: Phase, *, reason: str = "", now: datetime.datetime | None = None) -> Phase:
    """End a track's current phase now and open the next one at once (e.g. close submission early
    and start the review). The next phase starts a microsecond after the end, so exactly one of the
    two is open at any moment; whatever its opening freezes is frozen from then on, as if it had
    opened on schedule. Returns the phase that opened."""
    require(actor, "contests.manage_edition")
    now = now or timezone.now()
    phase_obj = Phase.objects.select_for_update(of=("self",)).select_related("track__edition").get(pk=phase_obj.pk)
    edition = phase_obj.track.edition
    if not phase_obj.is_open(now):
        raise ValidationError(
            {
                "phase": _(
                    "The %(phase)s phase is not open now (%(start)s – %(end)s); only the current phase can be closed."
                )
                % {
                    "phase": phase_obj.get_kind_display(),
                    "start": format_local(phase_obj.starts_at, edition),
                    "end": format_local(phase_obj.ends_at, edition),
                }
            }
        )
    if phase_obj.starts_at >= now:
        raise ValidationError(
            {"phase": _("The %(phase)s phase has only just opened.") % {"phase": phase_obj.get_kind_display()}}
        )
    following = phase_after(phase_obj)
    if following is None or following.starts_at <= now:
        raise ValidationError({"phase": _("This track has no later phase to open.")})
    before = {
        phase_obj.kind: {"ends_at": phase_obj.ends_at},
        following.kind: {"starts_at": following.starts_at},
    }
    phase_obj.ends_at = now
    phase_obj.save(update_fields=["ends_at"])
    following.starts_at = now + datetime.timedelta(microseconds=1)
    following.save(update_fields=["starts_at"])
    audit.record(
        actor,
        "contests.phase.close_now",
        phase_obj,
        before=before,
        after={phase_obj.kind: {"ends_at": phase_obj.ends_at}, following.kind: {"starts_at": following.starts_at}},
        reason=reason,
        frozen=frozen_by_opening(following.kind),
    )
    return following
