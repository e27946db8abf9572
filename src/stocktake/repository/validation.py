"""Checking an entry's content. Two levels: `clean_content` accepts anything an owner may save as a
draft (it only refuses what could never be valid: unknown codes, a malformed date or URL), and
`check_complete` adds what a submission needs. Messages name the field and say how to fix it."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from stocktake.repository.content import CONTENT_FIELDS, SCALAR_FIELDS, TAG_FIELDS, plain_text, sanitize_html
from stocktake.repository.models.entry import EntryType, ProjectStatus
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Subtopic

TITLE_MAX = 250


def empty_content() -> dict:
    return {
        "title": "",
        "description": "",
        "entry_type": EntryType.PROJECT.value,
        "status": ProjectStatus.ONGOING.value,
        "start_date": None,
        "end_date": None,
        "is_international": False,
        "website": "",
        "partners": "",
        "contact_name": "",
        "contact_email": "",
        "language": "en",
        "countries": [],
        "action_lines": [],
        "subtopics": [],
        "sdgs": [],
        "gdc_objectives": [],
    }


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
    return list(value)


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on", "y"}
    return bool(value)


def _as_date(value, field: str, errors: dict):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        errors[field] = _("Enter the date as YYYY-MM-DD, for example 2025-03-31.")
        return None


# Built once: bulk imports validate every row, and these cost more than the checks themselves.
_ENTRY_TYPES = frozenset(EntryType.values)
_STATUSES = frozenset(ProjectStatus.values)
_URL_VALIDATOR = URLValidator(schemes=["http", "https"])
_SDG_LABEL = gettext_lazy("SDG numbers")
_GDC_LABEL = gettext_lazy("GDC objective numbers")


def _as_numbers(values, field: str, valid: set[int], label, errors: dict) -> list[int]:
    numbers, bad = set(), []
    for v in _as_list(values):
        try:
            n = int(str(v).strip().upper().removeprefix("SDG").removeprefix("GDC").strip())
        except ValueError:
            bad.append(str(v))
            continue
        (numbers.add(n) if n in valid else bad.append(str(v)))
    if bad:
        errors[field] = _("Unknown %(label)s: %(values)s.") % {"label": label, "values": ", ".join(bad)}
    return sorted(numbers)


class Reference:
    """The valid codes, loaded once; bulk imports pass one instance for all rows."""

    def __init__(self):
        self.countries = set(Country.objects.values_list("code", flat=True))
        self.action_lines = {c.upper(): c for c in ActionLine.objects.values_list("code", flat=True)}
        self.subtopics = {f"{line}/{slug}" for line, slug in Subtopic.objects.values_list("action_line__code", "slug")}
        self.sdgs = set(SDG.objects.values_list("number", flat=True))
        self.gdc_objectives = set(GDCObjective.objects.values_list("number", flat=True))


def clean_content(data: dict, base: dict | None = None, ref: Reference | None = None) -> dict:
    """Merge `data` over `base` (or empty content), normalise it and check what a draft must satisfy.

    Raises ValidationError({field: message}) for values that can never be valid."""
    ref = ref or Reference()
    unknown = set(data) - set(CONTENT_FIELDS)
    errors: dict[str, str] = {}
    if unknown:
        errors["non_field_errors"] = _("Unknown fields: %(fields)s.") % {"fields": ", ".join(sorted(unknown))}
    result = dict(base or empty_content())
    result.update({k: v for k, v in data.items() if k in CONTENT_FIELDS})

    for name in ["title", "partners", "contact_name", "contact_email", "website", "language"]:
        result[name] = str(result.get(name) or "").strip()
    if len(result["title"]) > TITLE_MAX:
        errors["title"] = ngettext(
            "Keep the title under %(max)d character.", "Keep the title under %(max)d characters.", TITLE_MAX
        ) % {"max": TITLE_MAX}
    result["description"] = sanitize_html(str(result.get("description") or ""))
    if result["entry_type"] not in _ENTRY_TYPES:
        errors["entry_type"] = _("Choose one of the listed types.")
    if result["status"] not in _STATUSES:
        errors["status"] = _("Choose planned, ongoing or completed.")
    result["start_date"] = _as_date(result.get("start_date"), "start_date", errors)
    result["end_date"] = _as_date(result.get("end_date"), "end_date", errors)
    if result["start_date"] and result["end_date"] and result["end_date"] < result["start_date"]:
        errors["end_date"] = _("The end date must be on or after the start date.")
    result["is_international"] = _as_bool(result.get("is_international"))
    if result["website"]:
        if "://" not in result["website"]:
            result["website"] = "https://" + result["website"]
        try:
            _URL_VALIDATOR(result["website"])
        except ValidationError:
            errors["website"] = _("Enter a full web address, for example https://example.org/project.")
    if result["contact_email"]:
        try:
            EmailValidator()(result["contact_email"])
        except ValidationError:
            errors["contact_email"] = _("Enter a valid e-mail address, for example name@example.org.")

    countries = sorted({str(c).strip().upper() for c in _as_list(result.get("countries"))})
    known = ref.countries
    if missing := [c for c in countries if c not in known]:
        errors["countries"] = _("Unknown country codes: %(codes)s. Use two-letter ISO codes.") % {
            "codes": ", ".join(missing)
        }
    result["countries"] = [c for c in countries if c in known]

    lines = {str(a).strip().upper() for a in _as_list(result.get("action_lines"))}
    known_lines = {code: ref.action_lines[code] for code in lines if code in ref.action_lines}
    if missing := sorted(lines - set(known_lines)):
        errors["action_lines"] = _("Unknown action lines: %(codes)s. Use codes C1 to C11 or C7.1 to C7.8.") % {
            "codes": ", ".join(missing)
        }
    result["action_lines"] = sorted(known_lines.values(), key=_line_order)

    subtopics = sorted({str(s).strip() for s in _as_list(result.get("subtopics"))})
    if subtopics:
        valid = ref.subtopics
        if missing := [s for s in subtopics if s not in valid]:
            errors["subtopics"] = _("Unknown sub-topics: %(codes)s.") % {"codes": ", ".join(missing)}
        elif stray := [s for s in subtopics if s.partition("/")[0] not in result["action_lines"]]:
            errors["subtopics"] = _("These sub-topics belong to action lines you have not chosen: %(codes)s.") % {
                "codes": ", ".join(stray)
            }
        subtopics = [s for s in subtopics if s in valid]
    result["subtopics"] = subtopics

    result["sdgs"] = _as_numbers(result.get("sdgs"), "sdgs", ref.sdgs, _SDG_LABEL, errors)
    result["gdc_objectives"] = _as_numbers(
        result.get("gdc_objectives"), "gdc_objectives", ref.gdc_objectives, _GDC_LABEL, errors
    )
    if errors:
        raise ValidationError(errors)
    return {name: result[name] for name in SCALAR_FIELDS + TAG_FIELDS}


def _line_order(code: str):
    main, _, sub = code.removeprefix("C").partition(".")
    return (int(main), int(sub or 0))


def check_complete(data: dict, images=()) -> None:
    """What a submission needs on top of `clean_content`. Raises ValidationError({field: message}).

    `images` are the version's images in gallery order (EntryVersionImage rows)."""
    errors: dict[str, str] = {}
    if image_error := images_problem(images):
        errors["images"] = image_error
    if not data["title"]:
        errors["title"] = _("Give the entry a title.")
    words = len(plain_text(data["description"]).split())
    low, high = settings.REPOSITORY_DESCRIPTION_WORDS
    if words < low:
        errors["description"] = ngettext(
            "Describe the entry in at least %(min)d word (now %(count)d).",
            "Describe the entry in at least %(min)d words (now %(count)d).",
            low,
        ) % {"min": low, "count": words}
    elif words > high:
        errors["description"] = ngettext(
            "Shorten the description to %(max)d word or fewer (now %(count)d).",
            "Shorten the description to %(max)d words or fewer (now %(count)d).",
            high,
        ) % {"max": high, "count": words}
    if not data["countries"] and not data["is_international"]:
        errors["countries"] = _("Choose at least one country of implementation, or mark the entry as international.")
    if not data["action_lines"]:
        errors["action_lines"] = _("Choose at least one action line.")
    if not data["sdgs"]:
        errors["sdgs"] = _("Choose at least one Sustainable Development Goal.")
    if not data["start_date"] and data["status"] != ProjectStatus.PLANNED:
        errors["start_date"] = _("Give the start date of an ongoing or completed entry.")
    today = timezone.localdate().isoformat()
    if data["status"] == ProjectStatus.COMPLETED:
        if not data["end_date"]:
            errors["end_date"] = _("Give the end date of a completed entry.")
        elif data["end_date"] > today:
            errors["end_date"] = _("A completed entry cannot end in the future; choose ongoing instead.")
    elif data["status"] == ProjectStatus.ONGOING and data["end_date"] and data["end_date"] < today:
        errors.setdefault("end_date", _("An ongoing entry cannot have ended already; choose completed instead."))
    elif data["status"] == ProjectStatus.PLANNED and data["start_date"] and data["start_date"] < today:
        errors.setdefault("start_date", _("A planned entry starts in the future; choose ongoing instead."))
    if errors:
        raise ValidationError(errors)


def images_problem(images) -> str | None:
    """Why a version's images cannot be submitted (too many, or one without a text alternative)."""
    images = list(images)
    if len(images) > settings.REPOSITORY_MAX_IMAGES:
        return ngettext(
            "Keep at most %(max)d image (now %(count)d); remove the ones you need least.",
            "Keep at most %(max)d images (now %(count)d); remove the ones you need least.",
            settings.REPOSITORY_MAX_IMAGES,
        ) % {"max": settings.REPOSITORY_MAX_IMAGES, "count": len(images)}
    missing = [str(n) for n, image in enumerate(images, start=1) if not image.alt_text.strip()]
    if missing:
        return ngettext(
            "Image %(numbers)s has no text alternative: describe what it shows for people who cannot see it.",
            "Images %(numbers)s have no text alternative: describe what each shows for people who cannot see it.",
            len(missing),
        ) % {"numbers": ", ".join(missing)}
    return None
