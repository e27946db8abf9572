"""A submitter's submissions: drafts (autosaved), submitting, withdrawing; the secretariat
returns incomplete ones. Every prize rule is checked here so the web form and the API give the
same answer with the same message."""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests import language, notifications
from stocktake.contests.models import Category, Phase, Submission, Track
from stocktake.contests.queries import format_local, phase
from stocktake.contests.questionnaire import BOOL, IMAGE, TEXT, URL, questions_for, settings_for
from stocktake.contests.services.entries import create_entry
from stocktake.contests.wordcount import count_words
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, Country, GDCObjective

S = Submission.State
NON_FIELD = "__all__"
# Fuzzy similarity (0–100) above which two titles or descriptions count as the same project.
SAME_TITLE = 92
SAME_DESCRIPTION = 90
LIST_FIELDS = {"sdgs", "gdc_objectives", "countries"}


def _normal(text: str) -> str:
    return " ".join((text or "").casefold().split())


# --- The submission window -------------------------------------------------------------------


def window_error(track: Track, at: datetime.datetime) -> str | None:
    """Why nobody can submit to `track` at `at` (None when the submission phase is open)."""
    if not track.edition.is_published:
        return _("This edition is not open for submissions.")
    p = phase(track, Phase.Kind.SUBMISSION)
    if p is None:
        return _("This track has no submission phase.")
    if at < p.starts_at:
        return _("Submissions open on %(start)s Geneva time.") % {"start": format_local(p.starts_at, track.edition)}
    if at > p.ends_at:
        return _("The submission deadline has passed: it was %(deadline)s Geneva time.") % {
            "deadline": format_local(p.ends_at, track.edition)
        }
    return None


def _require_window(track: Track, at: datetime.datetime) -> None:
    if message := window_error(track, at):
        raise ValidationError({NON_FIELD: message})


# --- Reading input ---------------------------------------------------------------------------


def _clean_category(track: Track, value) -> Category:
    if isinstance(value, list | tuple):
        if len(value) != 1:
            raise ValidationError({"category": _("Choose exactly one category: a project may enter only one.")})
        value = value[0]
    if value in (None, "") and track.categories.count() == 1:
        value = track.categories.get()  # special tracks have a single category
    if isinstance(value, Category):
        category = value
    else:
        try:
            category = track.categories.get(number=int(value))
        except (TypeError, ValueError, Category.DoesNotExist):
            category = None
    if category is None or category.track_id != track.pk:
        raise ValidationError({"category": _("Choose exactly one category of this track.")})
    return category


def _clean_list(name: str, values) -> list:
    if values in (None, ""):
        return []
    if not isinstance(values, list | tuple):
        values = [values]
    if name == "countries":
        codes = sorted({str(v).upper() for v in values})
        known = set(Country.objects.filter(code__in=codes).values_list("code", flat=True))
        if unknown := [c for c in codes if c not in known]:
            raise ValidationError({name: _("Unknown country codes: %(codes)s.") % {"codes": ", ".join(unknown)}})
        return codes
    try:
        numbers = sorted({int(v) for v in values})
    except (TypeError, ValueError):
        raise ValidationError({name: _("Give numbers.")}) from None
    model = SDG if name == "sdgs" else GDCObjective
    known = set(model.objects.filter(number__in=numbers).values_list("number", flat=True))
    if unknown := [n for n in numbers if n not in known]:
        raise ValidationError({name: _("Unknown numbers: %(numbers)s.") % {"numbers": ", ".join(map(str, unknown))}})
    return numbers


def _apply_input(submission: Submission, data: dict) -> None:
    """Copy the fields present in `data` onto the submission (a partial update, as autosave sends)."""
    track = submission.track
    if "title" in data:
        submission.title = (data.get("title") or "").strip()[:250]
    if "short_description" in data:
        submission.short_description = (data.get("short_description") or "").strip()
    answers = dict(submission.answers or {})
    for q in questions_for(track):
        if q.key not in data or q.kind == IMAGE:
            continue
        value = data.get(q.key)
        if q.kind == BOOL:
            answers[q.key] = value in (True, "true", "on", "1", 1, "yes")
        else:
            answers[q.key] = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    for name in LIST_FIELDS:
        if name in data:
            answers[name] = _clean_list(name, data.get(name))
    if "is_international" in data:
        answers["is_international"] = data.get("is_international") in (True, "true", "on", "1", 1)
    if "website" in data:
        answers["website"] = (data.get("website") or "").strip()
    submission.answers = answers
    if "entrant_country" in data and submission.is_individual:
        submission.entrant_country = _clean_country(data.get("entrant_country"))


def _clean_country(value) -> Country | None:
    if value in (None, ""):
        return None
    if isinstance(value, Country):
        return value
    country = Country.objects.filter(code=str(value).upper()).first()
    if country is None:
        raise ValidationError({"entrant_country": _("Unknown country code: %(code)s.") % {"code": value}})
    return country


def _clean_entry(organisation, value) -> Entry | None:
    if value in (None, ""):
        return None
    if organisation is None:
        raise ValidationError({"entry": _("Individual entries are not linked to repository entries.")})
    entry = value if isinstance(value, Entry) else Entry.objects.filter(public_id=str(value)).first()
    if entry is None or entry.organisation_id != organisation.pk:
        raise ValidationError({"entry": _("Choose one of your organisation's own repository entries.")})
    if entry.state == Entry.State.REJECTED:
        raise ValidationError({"entry": _("A rejected entry cannot be submitted.")})
    return entry


# --- Rules -------------------------------------------------------------------------------------


def _same_entrant(submission: Submission) -> dict:
    """The filter for other submissions by the same entrant (organisation or person)."""
    if submission.is_individual:
        return {"organisation__isnull": True, "entrant_id": submission.entrant_id}
    return {"organisation_id": submission.organisation_id}


def _one_per_category_error(submission: Submission) -> str | None:
    clash = (
        Submission.objects.filter(track=submission.track, category=submission.category, **_same_entrant(submission))
        .exclude(state=S.WITHDRAWN)
        .exclude(pk=submission.pk)
        .first()
    )
    if clash is None:
        return None
    if submission.is_individual:
        return _(
            "You already have an entry in category %(category)s of this edition (“%(title)s”). "
            "Only one entry per person per category is allowed."
        ) % {"category": submission.category.number, "title": clash.title}
    return _(
        "%(organisation)s already has a submission in category %(category)s of this edition (“%(title)s”). "
        "Only one project per category per entity is allowed."
    ) % {"organisation": submission.organisation, "category": submission.category.number, "title": clash.title}


def _one_per_organisation_error(submission: Submission) -> str | None:
    if not settings_for(submission.track).get("one_per_organisation"):
        return None
    clash = (
        Submission.objects.filter(track=submission.track, **_same_entrant(submission))
        .exclude(state=S.WITHDRAWN)
        .exclude(pk=submission.pk)
        .first()
    )
    if clash is None:
        return None
    if submission.is_individual:
        return _("You already have an entry in %(track)s (“%(title)s”): one entry per person.") % {
            "track": submission.track.name,
            "title": clash.title,
        }
    return _("%(organisation)s already has a submission to %(track)s (“%(title)s”): one project per entity.") % {
        "organisation": submission.organisation,
        "track": submission.track.name,
        "title": clash.title,
    }


def _completeness_errors(submission: Submission) -> dict:
    track, answers = submission.track, submission.answers or {}
    conf = settings_for(track)
    errors = {}
    if not submission.title:
        errors["title"] = _("Give the project's title.")
    low, high = conf.get("short_description_words", [150, 200])
    words = count_words(submission.short_description)
    if not low <= words <= high:
        errors["short_description"] = _(
            "The short description must be %(low)d–%(high)d words long; it has %(count)d."
        ) % {"low": low, "high": high, "count": words}
    for q in questions_for(track):
        value = answers.get(q.key)
        if q.kind == TEXT and q.required:
            count = count_words(value)
            if count == 0:
                errors[q.key] = _("“%(label)s” is required.") % {"label": q.label}
            elif count < q.min_words:
                errors[q.key] = _("“%(label)s” needs at least %(min)d words; it has %(count)d.") % {
                    "label": q.label,
                    "min": q.min_words,
                    "count": count,
                }
        elif q.kind == BOOL and q.required and value is not True:
            errors[q.key] = _("Please confirm: %(label)s") % {"label": q.label}
        elif q.kind == IMAGE and q.required and not submission.image:
            errors[q.key] = _("Upload the image.")
        elif q.kind == URL and value and not re.match(r"^https?://\S+\.\S+", value):
            errors[q.key] = _("Enter a web address starting with https://.")
    if submission.is_individual and submission.entrant_country_id is None:
        errors["entrant_country"] = _("Choose your country of residence.")
    if track.kind == Track.Kind.YOUTH and not answers.get("video_url") and not submission.image:
        errors["video_url"] = _("Give a link to your video or upload an image or poster.")
    if track.kind in {Track.Kind.MAIN, Track.Kind.HEALTHY_AGEING}:
        if not answers.get("sdgs"):
            errors["sdgs"] = _("Choose at least one Sustainable Development Goal.")
        if conf.get("requires_gdc") and not answers.get("gdc_objectives"):
            errors["gdc_objectives"] = _("Choose at least one Global Digital Compact objective.")
        if submission.entry_id is None and not answers.get("countries") and not answers.get("is_international"):
            errors["countries"] = _("Choose the countries where the project runs, or mark it as international.")
    return errors


def _english_errors(submission: Submission) -> dict:
    if not settings_for(submission.track).get("english_only", True):
        return {}
    errors = {}
    texts = [("short_description", submission.short_description)]
    texts += [(q.key, (submission.answers or {}).get(q.key)) for q in questions_for(submission.track) if q.kind == TEXT]
    for key, text in texts:
        if text and not language.is_english(text):
            errors[key] = _("Please write this answer in English: submissions are accepted in English only.")
    return errors


def _previous_winner_error(submission: Submission) -> str | None:
    if not settings_for(submission.track).get("previous_winners_ineligible", False):
        return None
    winners = Submission.objects.filter(
        state=S.WINNER, track__kind=submission.track.kind, track__edition__year__lt=submission.track.edition.year
    ).select_related("track__edition")
    if submission.entry_id:
        same_entry = winners.filter(entry_id=submission.entry_id).first()
        if same_entry:
            return _("This project won a WSIS Prize in %(year)s (“%(title)s”); previous winners are not eligible.") % {
                "year": same_entry.track.edition.year,
                "title": same_entry.title,
            }
    title = _normal(submission.title)
    for won in winners.filter(**_same_entrant(submission)):
        if fuzz.ratio(title, _normal(won.title)) >= SAME_TITLE:
            return _("This project won a WSIS Prize in %(year)s (“%(title)s”); previous winners are not eligible.") % {
                "year": won.track.edition.year,
                "title": won.title,
            }
    return None


def _duplicate_error(submission: Submission) -> str | None:
    """The same project submitted twice this year: the same entry, or a near-identical title or
    description in any category of the same track (by anyone: submitters need not own a project)."""
    others = (
        Submission.objects.filter(track=submission.track)
        .exclude(state__in=[S.WITHDRAWN, S.DRAFT])
        .exclude(pk=submission.pk)
        .select_related("category")
    )
    message = _(
        "This project has already been submitted this year as “%(title)s” in category %(category)s. "
        "The same project may not be submitted twice."
    )
    if submission.entry_id and (clash := others.filter(entry_id=submission.entry_id).first()):
        return message % {"title": clash.title, "category": clash.category.number}
    rows = list(others.values_list("title", "short_description", "category__number"))
    title, description = _normal(submission.title), _normal(submission.short_description)
    # extractOne with a cutoff lets rapidfuzz skip most pairs early.
    match = process.extractOne(title, [_normal(r[0]) for r in rows], scorer=fuzz.ratio, score_cutoff=SAME_TITLE)
    if match is None and description:
        match = process.extractOne(
            description, [_normal(r[1]) for r in rows], scorer=fuzz.ratio, score_cutoff=SAME_DESCRIPTION
        )
    if match is not None:
        other = rows[match[2]]
        return message % {"title": other[0], "category": other[2]}
    return None


def rule_errors(submission: Submission) -> dict:
    """Every reason this submission cannot be submitted as it stands, by field."""
    errors = _completeness_errors(submission)
    for key, message in _english_errors(submission).items():
        errors.setdefault(key, message)
    general = [
        m
        for m in (
            _one_per_category_error(submission),
            _one_per_organisation_error(submission),
            _previous_winner_error(submission),
            _duplicate_error(submission),
        )
        if m
    ]
    if general:
        errors[NON_FIELD] = general
    return errors


# --- Actions -----------------------------------------------------------------------------------


def _save(submission: Submission, **kwargs) -> None:
    try:
        with transaction.atomic():
            submission.save(**kwargs)
    except IntegrityError:
        # Two tabs or two colleagues racing past the check above: the constraint decides.
        if submission.is_individual:
            message = _("You already have a submission in this category.")
        else:
            message = _("Your organisation already has a submission in this category.")
        raise ValidationError({NON_FIELD: message}) from None


@transaction.atomic
def save_draft(
    actor,
    *,
    data: dict,
    submission: Submission | None = None,
    track: Track | None = None,
    organisation=None,
    as_individual: bool = False,
    image=None,
    at: datetime.datetime | None = None,
) -> Submission:
    """Create a draft or save changes to one (partial: only the keys present in `data`). A new
    draft belongs to `organisation`, or with `as_individual` to the actor in person (on tracks
    whose settings accept individual entrants)."""
    at = at or timezone.now()
    if submission is None and as_individual:
        if not settings_for(track).get("individual_entrants"):
            raise ValidationError(
                {"organisation": _("%(track)s accepts entries from organisations only.") % {"track": track.name}}
            )
        require(actor, "contests.enter_as_individual", track)
        submission = Submission(track=track, entrant=actor, submitted_by=actor, state=S.DRAFT)
        before = None
    elif submission is None:
        require(actor, "contests.submit_for_organisation", organisation)
        submission = Submission(track=track, organisation=organisation, submitted_by=actor, state=S.DRAFT)
        before = None
    else:
        require(actor, "contests.change_submission", submission)
        submission = (
            Submission.objects.select_for_update(of=("self",)).select_related("track__edition").get(pk=submission.pk)
        )
        if not submission.is_editable:
            raise ValidationError(
                {
                    NON_FIELD: _("This submission is %(state)s and can no longer be changed.")
                    % {"state": submission.get_state_display().lower()}
                }
            )
        before = {"title": submission.title, "category": submission.category.number}
    track = submission.track
    _require_window(track, at)
    if "category" in data or submission.category_id is None:
        submission.category = _clean_category(track, data.get("category"))
    if "entry" in data:
        submission.entry = _clean_entry(submission.organisation, data.get("entry"))
        if submission.entry and not data.get("title") and not submission.title:
            submission.title = submission.entry.title
    _apply_input(submission, data)
    if image is not None:
        from stocktake.contests.images import validate_image

        submission.image = validate_image(image, track)
    if not submission.title:
        submission.title = _("Untitled draft")
    for check in (_one_per_organisation_error, _one_per_category_error):
        if message := check(submission):
            raise ValidationError({"category": message})
    _save(submission)
    audit.record(
        actor,
        "contests.submission.save_draft",
        submission,
        before=before,
        after={"title": submission.title, "category": submission.category.number},
    )
    return submission


@transaction.atomic
def submit(actor, submission: Submission, *, at: datetime.datetime | None = None) -> Submission:
    """Submit a complete draft (or a returned submission); creates the repository entry if needed."""
    at = at or timezone.now()
    require(actor, "contests.change_submission", submission)
    submission = (
        Submission.objects.select_for_update(of=("self",))
        .select_related("track__edition", "category__prize_category__action_line", "organisation", "entrant")
        .get(pk=submission.pk)
    )
    if not submission.is_editable:
        raise ValidationError(
            {
                NON_FIELD: _("This submission is %(state)s and cannot be submitted again.")
                % {"state": submission.get_state_display().lower()}
            }
        )
    _require_window(submission.track, at)
    if errors := rule_errors(submission):
        raise ValidationError(errors)
    before = {"state": submission.state}
    if (
        submission.entry_id is None
        and not submission.is_individual
        and settings_for(submission.track).get("requires_entry")
    ):
        submission.entry = create_entry(actor, submission.organisation, _entry_data(submission))
    submission.state = S.SUBMITTED
    submission.submitted_at = at
    submission.submitted_by = actor if getattr(actor, "is_authenticated", False) else submission.submitted_by
    _save(submission)
    audit.record(actor, "contests.submission.submit", submission, before=before, after={"state": submission.state})
    notifications.submission_received(submission, actor=actor)
    return submission


def _entry_data(submission: Submission) -> dict:
    answers = submission.answers or {}
    category = submission.category
    action_lines = [category.prize_category.action_line.code] if category.prize_category_id else []
    paragraphs = [submission.short_description] + [
        answers.get(k, "") for k in ("impact_qualitative", "results") if answers.get(k)
    ]
    return {
        "title": submission.title,
        "description": "\n\n".join(paragraphs),
        "entry_type": Entry.EntryType.PROJECT,
        "status": Entry.ProjectStatus.COMPLETED,
        "start_date": None,
        "end_date": None,
        "is_international": bool(answers.get("is_international")),
        "website": answers.get("website", ""),
        "partners": answers.get("partnerships", "")[:2000],
        "contact_name": submission.submitted_by.name if submission.submitted_by_id else "",
        "contact_email": submission.submitted_by.email if submission.submitted_by_id else "",
        "language": "en",
        "countries": answers.get("countries", []),
        "action_lines": action_lines,
        "subtopics": [],
        "sdgs": answers.get("sdgs", []),
        "gdc_objectives": answers.get("gdc_objectives", []),
    }


@transaction.atomic
def withdraw(actor, submission: Submission, *, at: datetime.datetime | None = None) -> Submission:
    at = at or timezone.now()
    require(actor, "contests.change_submission", submission)
    submission = (
        Submission.objects.select_for_update(of=("self",)).select_related("track__edition").get(pk=submission.pk)
    )
    if submission.state not in {S.DRAFT, S.SUBMITTED, S.RETURNED}:
        raise ValidationError(
            {
                NON_FIELD: _("This submission is %(state)s and cannot be withdrawn.")
                % {"state": submission.get_state_display().lower()}
            }
        )
    p = phase(submission.track, Phase.Kind.SUBMISSION)
    if p is not None and at > p.ends_at:
        raise ValidationError(
            {
                NON_FIELD: _("Submissions can be withdrawn only before the deadline (%(deadline)s Geneva time).")
                % {"deadline": format_local(p.ends_at, submission.track.edition)}
            }
        )
    before = {"state": submission.state}
    submission.state = S.WITHDRAWN
    submission.withdrawn_at = at
    submission.save(update_fields=["state", "withdrawn_at", "updated_at"])
    audit.record(actor, "contests.submission.withdraw", submission, before=before, after={"state": submission.state})
    return submission


@transaction.atomic
def return_for_completion(actor, submission: Submission, reason: str) -> Submission:
    """The secretariat sends a submission back to its submitter to complete before the deadline."""
    require(actor, "contests.return_submission", submission)
    submission = Submission.objects.select_for_update(of=("self",)).get(pk=submission.pk)
    if submission.state != S.SUBMITTED:
        raise ValidationError({NON_FIELD: _("Only submitted submissions can be returned for completion.")})
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Say what the submitter must complete.")})
    before = {"state": submission.state}
    submission.state = S.RETURNED
    submission.decision_reason = reason.strip()
    submission.save(update_fields=["state", "decision_reason", "updated_at"])
    audit.record(actor, "contests.submission.return", submission, before=before, after={"state": submission.state})
    notifications.submission_returned(submission, actor=actor)
    return submission
