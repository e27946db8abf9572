"""Reads shared by the API, the web widget and the secretariat pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from stocktake.insights import runtime
from stocktake.insights.engine.base import Match, Suggestion
from stocktake.repository.content import plain_text
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, ActionLine, GDCObjective, PrizeCategory, Subtopic

MAX_TITLE = 250
MAX_DESCRIPTION = 20_000
MIN_WORDS = 3
LANGUAGES = {"en", "fr", "es", "ar", "zh-hans", "ru", "tr"}


def clean_text(title, description, language="en") -> tuple[str, str, str]:
    """Validate a title/description pair; raises ValidationError keyed by field."""
    errors = {}
    title = title if isinstance(title, str) else None
    description = description if isinstance(description, str) else None
    if title is None:
        errors["title"] = _("Give the title as text.")
    elif len(title) > MAX_TITLE:
        errors["title"] = _("The title is longer than %(max)d characters.") % {"max": MAX_TITLE}
    if description is None:
        errors["description"] = _("Give the description as text.")
    elif len(description) > MAX_DESCRIPTION:
        errors["description"] = _("The description is longer than %(max)d characters.") % {"max": MAX_DESCRIPTION}
    elif len(f"{title or ''} {plain_text(description)}".split()) < MIN_WORDS:
        errors["description"] = _("Write at least a few words about the project to get suggestions.")
    if not isinstance(language, str) or language not in LANGUAGES:
        errors["language"] = _("Unknown language.")
    if errors:
        raise ValidationError(errors)
    return title.strip(), plain_text(description), language


@dataclass
class _Names:
    categories: dict
    lines: dict
    subtopics: dict
    sdgs: dict
    gdcs: dict


def _names() -> _Names:
    return _Names(
        categories={c.number: c.name for c in PrizeCategory.objects.all()},
        lines={a.code: a for a in ActionLine.objects.select_related("parent")},
        subtopics={f"{s.action_line.code}/{s.slug}": s.name for s in Subtopic.objects.select_related("action_line")},
        sdgs={s.number: s.name for s in SDG.objects.all()},
        gdcs={g.number: g.name for g in GDCObjective.objects.all()},
    )


def _item(s: Suggestion, name: str, **extra) -> dict:
    return {"key": s.key, "name": name, "score": s.score, "evidence": list(s.evidence), **extra}


def suggest(title, description, language="en", *, limit: int = 5) -> dict:
    """Ranked suggestions with names in the active language, scores and evidence phrases."""
    title, description, language = clean_text(title, description, language)
    models = runtime.get()
    result = models.suggester.suggest(title, description, language=language)
    names = _names()
    lines = []
    for s in result.action_lines[:limit]:
        line = names.lines.get(s.key)
        parent = line.parent.code if line and line.parent_id else None
        lines.append(_item(s, line.short_name if line else s.key, code=s.key, parent=parent))
    return {
        "model": result.model,
        "categories": [_item(s, names.categories.get(s.key, ""), number=s.key) for s in result.categories[:limit]],
        "action_lines": lines,
        "subtopics": [_item(s, names.subtopics.get(s.key, s.key)) for s in result.subtopics[:limit]],
        "sdgs": [_item(s, names.sdgs.get(s.key, ""), number=s.key) for s in result.sdgs],
        "gdc_objectives": [_item(s, names.gdcs.get(s.key, ""), number=s.key) for s in result.gdc_objectives],
    }


# Submissions become public when nominated; before that only the secretariat sees their details.
PUBLIC_SUBMISSION_STATES = {"nominated", "finalist", "champion", "winner"}


def _match_dict(m: Match, current_year: int | None, *, privileged: bool = True) -> dict:
    meta = m.meta
    kind = meta.get("kind", m.key.split(":", 1)[0])
    earlier_winner = bool(meta.get("winner")) and (current_year is None or (meta.get("year") or 0) < current_year)
    visible = privileged or kind == "entry" or meta.get("state") in PUBLIC_SUBMISSION_STATES
    return {
        "kind": kind,
        "public_id": meta.get("public_id", m.key.split(":", 1)[-1]) if visible else None,
        "title": meta.get("title", "") if visible else _("A prize submission that is not public"),
        "organisation": meta.get("organisation", "") if visible else "",
        "year": meta.get("year"),
        "score": m.score,
        "is_duplicate": m.is_duplicate,
        "previous_winner": earlier_winner,
        "state": meta.get("state"),
    }


def similar(
    title, description, language="en", *, exclude=(), limit=10, current_year=None, privileged=False
) -> list[dict]:
    """Entries and submissions similar to a text, best first, near-duplicates flagged. Details of
    submissions that are not public are withheld unless `privileged` (the secretariat)."""
    title, description, language = clean_text(title, description, language)
    models = runtime.refreshed()
    matches = models.index.query(title, description, language=language, limit=limit, exclude=exclude)
    return [_match_dict(m, current_year, privileged=privileged) for m in matches]


def similar_to_entry(entry: Entry, *, limit: int = 10, privileged: bool = False) -> list[dict]:
    models = runtime.refreshed()
    matches = models.index.query(
        entry.title,
        plain_text(entry.description),
        language=entry.language or "en",
        limit=limit,
        exclude=[f"entry:{entry.public_id}"],
    )
    return [_match_dict(m, entry.year, privileged=privileged) for m in matches]


def duplicate_warnings(
    title, description, language="en", *, exclude=(), current_year=None, privileged=False
) -> list[dict]:
    """What a form should warn about: near-duplicates, and similar projects that already won."""
    try:
        items = similar(title, description, language, exclude=exclude, current_year=current_year, privileged=privileged)
    except ValidationError:
        return []
    return [i for i in items if i["is_duplicate"] or (i["previous_winner"] and i["score"] >= 0.3)]


def duplicate_clusters(year: int, *, kinds=("entry", "submission")) -> list[list[dict]]:
    """Groups of near-duplicate documents with at least one member from `year` (entries of that
    stocktaking year, submissions to that edition); members from other years are included, since a
    repeat from an earlier edition is what the secretariat needs to see."""
    models = runtime.refreshed()
    index = models.index
    members = [
        (pos, key)
        for pos, key in enumerate(index.keys)
        if index.alive[pos] and index.meta[pos].get("year") == year and index.meta[pos].get("kind") in kinds
    ]
    parent: dict[str, str] = {}

    def find(k):
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    best: dict[str, float] = {}
    meta_of: dict[str, dict] = {}
    texts = _texts_for(members, index)
    for pos, key in members:
        title, text = texts.get(key, ("", ""))
        if not text and not title:
            continue
        for m in index.query(title, text, limit=10, exclude=[key]):
            if not m.is_duplicate:
                continue
            parent[find(key)] = find(m.key)
            best[key] = max(best.get(key, 0), m.score)
            best[m.key] = max(best.get(m.key, 0), m.score)
            meta_of[m.key] = m.meta
        meta_of.setdefault(key, index.meta[pos])
    groups: dict[str, list[str]] = {}
    for key in best:
        groups.setdefault(find(key), []).append(key)
    clusters = []
    for keys in groups.values():
        rows = [_match_dict(Match(k, best[k], True, meta_of.get(k, {})), year) for k in sorted(keys)]
        clusters.append(sorted(rows, key=lambda r: (r["year"] or 0, r["title"])))
    return sorted(clusters, key=lambda c: (-len(c), c[0]["title"]))


def _texts_for(members, index) -> dict[str, tuple[str, str]]:
    """Titles and texts of the members, read back from the database in two queries."""
    from stocktake.contests.models import Submission

    entry_ids = [k.split(":", 1)[1] for _, k in members if k.startswith("entry:")]
    submission_ids = [k.split(":", 1)[1] for _, k in members if k.startswith("submission:")]
    out = {}
    for public_id, title, description in Entry.objects.filter(public_id__in=entry_ids).values_list(
        "public_id", "title", "description"
    ):
        out[f"entry:{public_id}"] = (title, plain_text(description))
    for public_id, title, description in Submission.objects.filter(public_id__in=submission_ids).values_list(
        "public_id", "title", "short_description"
    ):
        out[f"submission:{public_id}"] = (title, plain_text(description or ""))
    return out


def disagreements():
    """Published entries whose chosen action lines the model ranks low while it is fairly sure of
    another, strongest disagreement first."""
    from stocktake.insights.models import EntrySuggestion
    from stocktake.insights.services.indexing import STRONG_DISAGREEMENT_RANK, STRONG_DISAGREEMENT_SCORE

    return (
        EntrySuggestion.objects.filter(
            chosen_rank__gte=STRONG_DISAGREEMENT_RANK,
            suggested_score__gte=STRONG_DISAGREEMENT_SCORE,
            entry__state=Entry.State.PUBLISHED,
        )
        .select_related("entry__organisation")
        .order_by("-disagreement", "entry_id")
    )
