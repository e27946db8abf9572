"""Reads about entries shared by pages, the API and commands."""

from __future__ import annotations

import difflib
import html

from django.db.models import Prefetch, Q
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from stocktake.accounts.rules import user_organisation_ids
from stocktake.repository.content import CONTENT_FIELDS, plain_text
from stocktake.repository.models import Entry, EntryVersion
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective

FIELD_LABELS = {
    "title": _("Title"),
    "description": _("Description"),
    "entry_type": _("Type"),
    "status": _("Status"),
    "start_date": _("Start date"),
    "end_date": _("End date"),
    "is_international": _("International"),
    "website": _("Website"),
    "partners": _("Partners"),
    "contact_name": _("Contact person"),
    "contact_email": _("Contact e-mail"),
    "language": _("Language of the text"),
    "countries": _("Countries"),
    "action_lines": _("Action lines"),
    "subtopics": _("Sub-topics"),
    "sdgs": _("SDGs"),
    "gdc_objectives": _("GDC objectives"),
}

TAG_PREFETCH = [
    "countries",
    "regions",
    "action_lines",
    "subtopics__action_line",
    "sdgs",
    "gdc_objectives",
]


def public_entries():
    return Entry.objects.filter(state=Entry.State.PUBLISHED, published_at__isnull=False)


def entry_detail(public_id) -> Entry:
    return (
        Entry.objects.select_related("organisation__stakeholder_type", "organisation__country", "current_version")
        .prefetch_related(*TAG_PREFETCH, "images")
        .get(public_id=public_id)
    )


def entries_of_user(user):
    """Entries of every organisation the user belongs to, with their newest version."""
    return (
        Entry.objects.filter(organisation_id__in=user_organisation_ids(user))
        .select_related("organisation")
        .prefetch_related(
            Prefetch("versions", queryset=EntryVersion.objects.order_by("-number"), to_attr="all_versions")
        )
        .order_by("-updated_at")
    )


def moderation_queue():
    """Versions awaiting a moderator, oldest first (first come, first served)."""
    return (
        EntryVersion.objects.filter(state=EntryVersion.State.SUBMITTED)
        .select_related("entry__organisation", "author", "entry__current_version")
        .order_by("submitted_at", "id")
    )


def history(entry: Entry):
    return entry.versions.select_related("author", "decided_by").order_by("-number")


def _labels(field: str, values) -> list[str]:
    """Human labels for tag codes, so a diff says "Kenya", not "KE"."""
    if not values:
        return []
    if field == "countries":
        names = {c.code: c.name for c in Country.objects.filter(code__in=values)}
    elif field == "action_lines":
        names = {a.code: a.label for a in ActionLine.objects.filter(code__in=values)}
    elif field == "sdgs":
        names = {s.number: str(s) for s in SDG.objects.filter(number__in=values)}
    elif field == "gdc_objectives":
        names = {g.number: str(g) for g in GDCObjective.objects.filter(number__in=values)}
    else:
        names = {}
    return [str(names.get(v, v)) for v in values]


def version_diff(old: dict | None, new: dict) -> list[dict]:
    """The fields that differ between two versions' content, each with readable before/after.

    Text fields carry `html`: a word-level inline diff (escaped, with <del>/<ins>)."""
    old = old or {}
    changes = []
    for field in CONTENT_FIELDS:
        before, after = old.get(field), new.get(field)
        if (before or None) == (after or None):
            continue
        change = {"field": field, "label": FIELD_LABELS[field], "before": before, "after": after}
        if isinstance(after, list) or isinstance(before, list):
            b, a = list(before or []), list(after or [])
            change["removed"] = _labels(field, [v for v in b if v not in a])
            change["added"] = _labels(field, [v for v in a if v not in b])
        else:
            text_b = plain_text(before or "") if field == "description" else str(before if before is not None else "")
            text_a = plain_text(after or "") if field == "description" else str(after if after is not None else "")
            change["html"] = inline_diff(text_b, text_a)
        changes.append(change)
    return changes


def inline_diff(before: str, after: str) -> str:
    a, b = before.split(), after.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(html.escape(" ".join(a[i1:i2])))
            continue
        if op in {"delete", "replace"}:
            parts.append(f"<del>{html.escape(' '.join(a[i1:i2]))}</del>")
        if op in {"insert", "replace"}:
            parts.append(f"<ins>{html.escape(' '.join(b[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))


def previous_approved(version: EntryVersion) -> EntryVersion | None:
    return (
        version.entry.versions.filter(number__lt=version.number)
        .filter(Q(state=EntryVersion.State.APPROVED) | Q(state=EntryVersion.State.SUPERSEDED))
        .order_by("-number")
        .first()
    )
