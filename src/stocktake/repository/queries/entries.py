"""Reads about entries shared by pages, the API and commands."""

from __future__ import annotations

import difflib
import html

from django.db.models import Prefetch, Q
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from stocktake.accounts.rules import user_organisation_ids
from stocktake.repository.content import CONTENT_FIELDS, plain_text
from stocktake.repository.models import Entry, EntryVersion, EntryVersionImage
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
    "images": _("Images"),
}

TAG_PREFETCH = [
    "countries",
    "regions",
    "action_lines",
    "subtopics__action_line",
    "sdgs",
    "gdc_objectives",
]


def _ordered_images():
    return EntryVersionImage.objects.select_related("image").order_by("position", "id")


# The published version's gallery, fetched with the entry (one query, whatever the number of images).
SHOWN_IMAGES_PREFETCH = Prefetch("current_version__images", queryset=_ordered_images())


def public_entries():
    return Entry.objects.filter(state=Entry.State.PUBLISHED, published_at__isnull=False)


def entry_detail(public_id) -> Entry:
    return (
        Entry.objects.select_related("organisation__stakeholder_type", "organisation__country", "current_version")
        .prefetch_related(*TAG_PREFETCH, SHOWN_IMAGES_PREFETCH)
        .get(public_id=public_id)
    )


def shown_images(entry: Entry) -> list[EntryVersionImage]:
    """The images the entry's page shows: the approved version's, or before the first approval the
    working draft's (whose page only owners and moderators see), matching the entry's own columns."""
    if entry.current_version_id:
        return list(entry.current_version.images.all())
    if entry.is_public:
        return []  # never show an unapproved version's images publicly
    latest = entry.versions.order_by("-number").first()
    return list(_ordered_images().filter(version=latest)) if latest else []


def version_images(version: EntryVersion | None) -> list[EntryVersionImage]:
    return list(_ordered_images().filter(version=version)) if version else []


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
    return (
        entry.versions.select_related("author", "decided_by")
        .prefetch_related(Prefetch("images", queryset=_ordered_images()))
        .order_by("-number")
    )


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


def image_diff(old: list[EntryVersionImage] | None, new: list[EntryVersionImage]) -> dict | None:
    """What changed in the gallery between two versions (None when nothing did): images added and
    removed, a new order of the images both show, and changed text alternatives and captions."""
    old = list(old or [])
    before = {p.image_id: p for p in old}
    after = {p.image_id: p for p in new}
    added = [p for p in new if p.image_id not in before]
    removed = [p for p in old if p.image_id not in after]
    # A new order is worth showing when the kept images changed places or an added one was put
    # before them (adding at the end or removing is shown by "added" and "removed" alone).
    kept_then_added = [p.image_id for p in old if p.image_id in after] + [p.image_id for p in added]
    edited = []
    for placement in new:
        previous = before.get(placement.image_id)
        if previous is None:
            continue
        texts = []
        for name, label in [("alt_text", _("Text alternative")), ("caption", _("Caption or credit"))]:
            if getattr(previous, name) != getattr(placement, name):
                texts.append({"label": label, "html": inline_diff(getattr(previous, name), getattr(placement, name))})
        if texts:
            edited.append({"image": placement, "changes": texts})
    reordered = new if [p.image_id for p in new] != kept_then_added else None
    if not (added or removed or edited or reordered):
        return None
    return {"added": added, "removed": removed, "edited": edited, "reordered": reordered, "previous": old}


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
