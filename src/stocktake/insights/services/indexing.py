"""Fitting the models on the platform's data and keeping them current.

Documents in the duplicate index: every published entry ("entry:<public id>") and every prize
submission that was actually submitted ("submission:<public id>", drafts and withdrawn ones left
out). Training examples for the suggester: published entries with the action lines, SDGs and GDC
objectives their owners chose.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable, Iterator

from django.db import transaction
from django.utils import timezone

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.contests.models import Submission
from stocktake.insights import runtime
from stocktake.insights.engine.base import Document, Example
from stocktake.insights.engine.duplicates import CosineDuplicateIndex
from stocktake.insights.engine.labels import taxonomy_knowledge
from stocktake.insights.engine.lexical import LexicalSuggester
from stocktake.insights.models import EntrySuggestion
from stocktake.repository.content import plain_text
from stocktake.repository.models import Entry

logger = logging.getLogger(__name__)

# Submissions in these states are someone's real application; drafts and withdrawals are not.
INDEXED_SUBMISSION_STATES = [
    Submission.State.SUBMITTED,
    Submission.State.RETURNED,
    Submission.State.INELIGIBLE,
    Submission.State.NOT_NOMINATED,
    Submission.State.NOMINATED,
    Submission.State.FINALIST,
    Submission.State.CHAMPION,
    Submission.State.WINNER,
]
# Chosen action line ranked below this by the model, while the model is fairly sure of another.
STRONG_DISAGREEMENT_RANK = 4
STRONG_DISAGREEMENT_SCORE = 0.25
_BATCH = 2000
# Training on more published entries than this adds little and makes rebuilds slow (the
# suggester's fit grows with it); the most recently published ones are used.
MAX_EXAMPLES = 20_000


def published_entries():
    return Entry.objects.filter(state=Entry.State.PUBLISHED, published_at__isnull=False)


def indexed_submissions():
    return Submission.objects.filter(state__in=INDEXED_SUBMISSION_STATES)


def entry_document(entry: Entry, line_codes: list[str] | None = None) -> Document:
    lines = line_codes if line_codes is not None else sorted(a.code for a in entry.action_lines.all())
    return Document(
        key=f"entry:{entry.public_id}",
        title=entry.title,
        text=plain_text(entry.description),
        language=entry.language or "en",
        meta={
            "kind": "entry",
            "public_id": str(entry.public_id),
            "title": entry.title,
            "year": entry.year,
            "organisation": entry.organisation.name if entry.organisation_id else "",
            "action_lines": lines,
        },
    )


def submission_document(submission: Submission) -> Document:
    track = submission.track
    return Document(
        key=f"submission:{submission.public_id}",
        title=submission.title,
        text=plain_text(submission.short_description or ""),
        meta={
            "kind": "submission",
            "public_id": str(submission.public_id),
            "title": submission.title,
            "year": track.edition.year,
            "track": track.slug,
            "category": submission.category.number,
            "state": submission.state,
            "organisation": submission.entrant_name,
            "winner": submission.state == Submission.State.WINNER,
            "entry": str(submission.entry.public_id) if submission.entry_id else None,
        },
    )


def _entry_rows(queryset) -> Iterator[tuple[Entry, list[str], list[int], list[int]]]:
    """Entries with their tag codes, in batches, with a fixed number of queries per batch."""
    queryset = queryset.select_related("organisation").order_by("pk")
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last)[:_BATCH])
        if not batch:
            return
        last = batch[-1].pk
        ids = [e.pk for e in batch]
        lines, sdgs, gdcs = {}, {}, {}
        for entry_id, code in Entry.action_lines.through.objects.filter(entry_id__in=ids).values_list(
            "entry_id", "actionline__code"
        ):
            lines.setdefault(entry_id, []).append(code)
        for entry_id, number in Entry.sdgs.through.objects.filter(entry_id__in=ids).values_list(
            "entry_id", "sdg__number"
        ):
            sdgs.setdefault(entry_id, []).append(number)
        for entry_id, number in Entry.gdc_objectives.through.objects.filter(entry_id__in=ids).values_list(
            "entry_id", "gdcobjective__number"
        ):
            gdcs.setdefault(entry_id, []).append(number)
        for entry in batch:
            yield entry, sorted(lines.get(entry.pk, [])), sorted(sdgs.get(entry.pk, [])), sorted(gdcs.get(entry.pk, []))


def _submission_rows(queryset) -> Iterable[Submission]:
    return (
        queryset.select_related("track__edition", "category", "organisation", "entrant", "entry")
        .order_by("pk")
        .iterator()
    )


def fit_models() -> runtime.Models:
    """Fit both models on the taxonomy and on everything the platform has published."""
    started = timezone.now()
    line_category = taxonomy_knowledge().line_category()
    docs, examples = [], []
    recent = set(published_entries().order_by("-published_at", "-pk").values_list("pk", flat=True)[:MAX_EXAMPLES])
    for entry, lines, sdgs, gdcs in _entry_rows(published_entries()):
        doc = entry_document(entry, lines)
        docs.append(doc)
        categories = tuple(line_category[code] for code in lines if code in line_category)
        if entry.pk in recent:
            examples.append(Example(f"{doc.title}. {doc.text}", categories, tuple(sdgs), tuple(gdcs), doc.language))
    docs += [submission_document(s) for s in _submission_rows(indexed_submissions())]
    suggester = LexicalSuggester.fit(examples)
    index = CosineDuplicateIndex.build(docs)
    manifest = {
        "suggester": suggester.name,
        "index": index.name,
        "built_at": started.isoformat(),
        "documents": len(index),
        "examples": len(examples),
        "label_passages": suggester.trained_on["label_passages"],
    }
    return runtime.Models(suggester, index, started, manifest)


def rebuild(actor=None) -> runtime.Models:
    """Refit both models from the database, store them under DATA_DIR and use them from now on.

    `actor` is None for the operator's command line (shell access is the permission); a person
    acting through the web needs the secretariat's rule.
    """
    if actor is not None:
        require(actor, "insights.rebuild_models")
    models = fit_models()
    runtime.save(models)
    runtime.replace(models)
    with transaction.atomic():
        store_entry_suggestions(models, published_entries())
        audit.record(actor, "insights.models.rebuild", None, after=models.manifest)
    return models


def store_entry_suggestions(models: runtime.Models, queryset) -> int:
    """Run the suggester over entries and keep what it thinks of their chosen action lines."""
    rows = []
    ids = []
    for entry, lines, _sdgs, _gdcs in _entry_rows(queryset):
        ids.append(entry.pk)
        if not lines:
            continue
        rows.append(_entry_suggestion(models, entry, lines))
    with transaction.atomic():
        EntrySuggestion.objects.filter(entry_id__in=ids).delete()
        EntrySuggestion.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _entry_suggestion(models: runtime.Models, entry: Entry, lines: list[str]) -> EntrySuggestion:
    suggestions = models.suggester.suggest(entry.title, plain_text(entry.description), language=entry.language)
    ranked = [s.key for s in suggestions.action_lines]
    scores = {s.key: s.score for s in suggestions.action_lines}

    # An entry tagged only "C7" (no sub-line) agrees with any of C7.1–C7.8.
    def rank_of(code):
        matches = [i for i, key in enumerate(ranked) if key == code or key.startswith(f"{code}.")]
        return min(matches) + 1 if matches else len(ranked) + 1

    def score_of(code):
        return max([v for key, v in scores.items() if key == code or key.startswith(f"{code}.")] or [0.0])

    top = suggestions.action_lines[0] if suggestions.action_lines else None
    chosen_score = max(score_of(code) for code in lines)
    return EntrySuggestion(
        entry=entry,
        model_name=models.suggester.name,
        suggested_line=top.key if top else "",
        suggested_score=top.score if top else 0.0,
        chosen_lines=lines,
        chosen_score=chosen_score,
        chosen_rank=min(rank_of(code) for code in lines),
        disagreement=round((top.score if top else 0.0) - chosen_score, 4),
    )


def index_entry(entry: Entry) -> None:
    """Bring one entry's place in the models up to date (called when an entry is saved).

    A published entry is (re)indexed and its suggestion record recomputed; any other state takes
    it out. Other processes pick the change up through `catch_up`. Where no models exist yet, there
    is nothing to keep current: the first fit reads every published entry."""
    models = runtime.available()
    key = f"entry:{entry.public_id}"
    if models is None:
        EntrySuggestion.objects.filter(entry=entry).exclude(entry__state=Entry.State.PUBLISHED).delete()
        return
    if entry.state == Entry.State.PUBLISHED and entry.published_at is not None:
        models.index.add([entry_document(entry)])
        store_entry_suggestions(models, Entry.objects.filter(pk=entry.pk))
    else:
        models.index.remove([key])
        EntrySuggestion.objects.filter(entry=entry).delete()


def index_submission(submission: Submission) -> None:
    models = runtime.available()
    if models is None:
        return
    if submission.state in INDEXED_SUBMISSION_STATES:
        models.index.add([submission_document(submission)])
    else:
        models.index.remove([f"submission:{submission.public_id}"])


def sync_submissions(*, removed: Iterable, current) -> None:
    """Bring the duplicate index in step after submissions were deleted and others written in bulk
    (no signals, and deleted rows leave nothing for `catch_up` to read back): the submissions whose
    public ids are in `removed` leave the index, and those of the queryset `current` are indexed
    as `index_submission` would. The index is then stored, so that processes started later load
    it and running ones reload it (runtime.refreshed). Where no models exist yet, there is nothing
    to keep in step: the first fit reads the database."""
    models = runtime.available()
    if models is None:
        return
    add, drop = [], [f"submission:{public_id}" for public_id in removed]
    _sort_submissions(_submission_rows(current), add, drop)
    models.index.remove(drop)
    models.index.add(add)
    runtime.save(models)


def _sort_submissions(submissions, add: list, remove: list) -> None:
    """Documents to add for submissions in an indexed state, keys to remove for the rest."""
    for submission in submissions:
        if submission.state in INDEXED_SUBMISSION_STATES:
            add.append(submission_document(submission))
        else:
            remove.append(f"submission:{submission.public_id}")


def catch_up(models: runtime.Models) -> None:
    """Fold in entries and submissions changed since the watermark (by any process)."""
    since = models.watermark - datetime.timedelta(seconds=2)  # clock skew between writers
    moment = timezone.now()
    changed = Entry.objects.filter(updated_at__gte=since)
    add, remove = [], []
    for entry, lines, _s, _g in _entry_rows(changed):
        key = f"entry:{entry.public_id}"
        if entry.state == Entry.State.PUBLISHED and entry.published_at is not None:
            add.append(entry_document(entry, lines))
        else:
            remove.append(key)
    _sort_submissions(_submission_rows(Submission.objects.filter(updated_at__gte=since)), add, remove)
    models.index.remove(remove)
    models.index.add(add)
    models.watermark = moment
