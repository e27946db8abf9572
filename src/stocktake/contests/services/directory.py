"""Women in Technology profiles and pledges: the person writes, consents and submits; the
secretariat moderates; only published profiles with consent are public."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Pledge, TechWomanProfile
from stocktake.contests.wordcount import count_words
from stocktake.taxonomy.models import Country

S = TechWomanProfile.State
FIELDS = ["name", "title", "organisation", "bio"]


def _clean(data: dict) -> dict:
    clean, errors = {}, {}
    for name in FIELDS:
        if name in data:
            clean[name] = (data.get(name) or "").strip()
            if not clean[name]:
                errors[name] = _("This field is required.")
    if "country" in data:
        code = (data.get("country") or "").upper()
        clean["country"] = Country.objects.filter(code=code).first() if code else None
        if code and clean["country"] is None:
            errors["country"] = _("Unknown country code.")
    if "expertise" in data:
        raw = data.get("expertise") or []
        items = raw.split(",") if isinstance(raw, str) else raw
        clean["expertise"] = [i.strip() for i in items if i and i.strip()][:10]
    if "links" in data:
        raw = data.get("links") or []
        links = raw.split() if isinstance(raw, str) else list(raw)
        for link in links:
            try:
                URLValidator(schemes=["https", "http"])(link)
            except ValidationError:
                errors["links"] = _("“%(link)s” is not a web address.") % {"link": link}
        clean["links"] = links[:5]
    if "bio" in clean and clean["bio"] and count_words(clean["bio"]) > 400:
        errors["bio"] = _("Keep the biography under 400 words.")
    if "consent_to_publish" in data:
        clean["consent_to_publish"] = data.get("consent_to_publish") in (True, "on", "true", "1", 1)
    if errors:
        raise ValidationError(errors)
    return clean


def _require_owner(actor, profile) -> None:
    if not getattr(actor, "is_authenticated", False) or profile.owner_id != actor.pk:
        raise PermissionDenied(_("You do not have permission to do this."))


@transaction.atomic
def save_profile(actor, data: dict, profile: TechWomanProfile | None = None) -> TechWomanProfile:
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("You do not have permission to do this."))
    clean = _clean(data)
    if profile is None:
        missing = {f: _("This field is required.") for f in FIELDS if not clean.get(f)}
        if missing:
            raise ValidationError(missing)
        profile = TechWomanProfile(owner=actor)
        before = None
    else:
        _require_owner(actor, profile)
        before = {"state": profile.state, "name": profile.name}
    for key, value in clean.items():
        setattr(profile, key, value)
    if clean.get("consent_to_publish") and not profile.consent_at:
        profile.consent_at = timezone.now()
    if clean.get("consent_to_publish") is False:
        # Withdrawing consent takes the profile off the public directory at once.
        profile.consent_at = None
        if profile.state == S.PUBLISHED:
            profile.state = S.DRAFT
    elif profile.state in {S.PUBLISHED, S.REJECTED}:
        profile.state = S.SUBMITTED  # a change to a public profile is moderated again
    profile.save()
    audit.record(actor, "contests.profile.save", profile, before=before, after={"state": profile.state})
    return profile


@transaction.atomic
def submit_profile(actor, profile: TechWomanProfile) -> TechWomanProfile:
    _require_owner(actor, profile)
    if not profile.consent_to_publish:
        raise ValidationError({"consent_to_publish": _("Give your consent to publish the profile first.")})
    profile.state = S.SUBMITTED
    profile.save(update_fields=["state", "updated_at"])
    audit.record(actor, "contests.profile.submit", profile, after={"state": profile.state})
    return profile


@transaction.atomic
def moderate_profile(actor, profile: TechWomanProfile, *, publish: bool, comment: str = "") -> TechWomanProfile:
    require(actor, "contests.moderate_profile", profile)
    if profile.state != S.SUBMITTED:
        raise ValidationError({"__all__": _("Only profiles awaiting moderation can be moderated.")})
    if publish and not profile.consent_to_publish:
        raise ValidationError({"__all__": _("This person has not consented to publication.")})
    before = {"state": profile.state}
    profile.state = S.PUBLISHED if publish else S.REJECTED
    profile.moderator_comment = (comment or "").strip()
    if publish and profile.published_at is None:
        profile.published_at = timezone.now()
    profile.save()
    audit.record(actor, "contests.profile.moderate", profile, before=before, after={"state": profile.state})
    return profile


@transaction.atomic
def add_pledge(actor, profile: TechWomanProfile, text: str, year: int | None = None) -> Pledge:
    _require_owner(actor, profile)
    text = (text or "").strip()
    if count_words(text) < 10:
        raise ValidationError({"text": _("Write your pledge in at least 10 words.")})
    pledge = Pledge.objects.create(profile=profile, text=text, year=year or timezone.now().year)
    audit.record(actor, "contests.pledge.create", pledge, after={"year": pledge.year})
    return pledge


@transaction.atomic
def moderate_pledge(actor, pledge: Pledge, *, publish: bool) -> Pledge:
    require(actor, "contests.moderate_profile", pledge.profile)
    before = {"state": pledge.state}
    pledge.state = Pledge.State.PUBLISHED if publish else Pledge.State.REJECTED
    pledge.save(update_fields=["state", "updated_at"])
    audit.record(actor, "contests.pledge.moderate", pledge, before=before, after={"state": pledge.state})
    return pledge
