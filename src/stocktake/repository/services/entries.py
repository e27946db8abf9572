"""Writes for entries and their moderation. One function per action: permission rule, validation,
write, audit record and search-index update, all inside one transaction.

States. A new entry is a *draft* (version 1). Submitting sends the working version to moderation;
a moderator *publishes* it (its content is copied onto the Entry, which becomes public), *returns*
it with a comment (the owner fixes and resubmits) or *rejects* it with a reason. An owner's edit of
a published entry is a new version: the Entry keeps showing the approved content until a moderator
approves the new one. Every version is kept.

Images are part of a version (EntryVersionImage rows pointing at immutable EntryImage files): a new
version starts with the images of the version it is based on, image changes go to the working
version like any other edit, and the public page shows the images of the approved version.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit, outbox
from stocktake.repository import search
from stocktake.repository.content import apply_data
from stocktake.repository.models import Entry, EntryVersion, EntryVersionImage
from stocktake.repository.validation import check_complete, clean_content

V = EntryVersion.State
OPEN_STATES = (V.DRAFT, V.RETURNED)  # versions the owner may still change


def working_version(entry: Entry) -> EntryVersion | None:
    """The newest version that is not decided yet (draft, returned or submitted), if any."""
    return entry.versions.filter(state__in=[V.DRAFT, V.RETURNED, V.SUBMITTED]).order_by("-number").first()


def version_images(version: EntryVersion | None) -> list[EntryVersionImage]:
    if version is None:
        return []
    return list(version.images.select_related("image").order_by("position", "id"))


def copy_images(source: EntryVersion | None, target: EntryVersion) -> None:
    """Give `target` the images of `source` (same files, no bytes copied) in the same order."""
    if source is None:
        return
    EntryVersionImage.objects.bulk_create(
        EntryVersionImage(
            version=target, image_id=i.image_id, position=i.position, alt_text=i.alt_text, caption=i.caption
        )
        for i in source.images.all()
    )


def check_editable(entry: Entry, version: EntryVersion | None) -> None:
    if entry.state == Entry.State.REJECTED:
        raise ValidationError(_("This entry was rejected and cannot be changed."))
    if version is not None and version.state == V.SUBMITTED:
        raise ValidationError(_("This version is awaiting moderation; wait for the moderator's decision to edit it."))


def _next_version(entry: Entry) -> tuple[EntryVersion, EntryVersion | None]:
    """An unsaved new version holding the content of the latest one (and that latest version)."""
    latest = entry.versions.order_by("-number").first()
    base = latest.data if latest else {}
    version = EntryVersion(
        entry=entry, number=(latest.number + 1) if latest else 1, data=clean_content({}, base or None)
    )
    return version, latest


def open_version(actor, entry: Entry) -> EntryVersion:
    """The version an owner's change goes into: the draft or returned version, or else a new one
    started from the latest version (content and images). The caller checked the permission and
    holds the entry's lock (`lock`)."""
    version = working_version(entry)
    check_editable(entry, version)
    if version is None:
        version, latest = _next_version(entry)
        version.author = _author(actor)
        version.save()
        copy_images(latest, version)
    return version


def lock(entry: Entry) -> Entry:
    """Re-read the entry under a row lock so two moderators (or an owner and a moderator) serialise."""
    return Entry.objects.select_for_update().select_related("organisation").get(pk=entry.pk)


@transaction.atomic
def create_entry(actor, organisation, data: dict, *, collection: str = "stocktaking", external_key: str = "") -> Entry:
    """Create a draft entry for `organisation` with `data` as version 1.

    `data` is shaped like repository.content.CONTENT_FIELDS; incomplete content is allowed (it is a
    draft), values that can never be valid are refused with per-field messages."""
    require(actor, "repository.create_entry", organisation)
    content = clean_content(data)
    entry = Entry(
        organisation=organisation,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        collection=collection,
        external_key=external_key,
        state=Entry.State.DRAFT,
    )
    apply_data(entry, content)
    version = EntryVersion.objects.create(entry=entry, number=1, data=content, author=_author(actor))
    audit.record(actor, "repository.entry.create", entry, after={"version": version.number, **content})
    return entry


@transaction.atomic
def update_draft(actor, entry: Entry, data: dict) -> EntryVersion:
    """Save the owner's changes (all or some fields) to the working version.

    A draft or returned version is changed in place; on a published entry without one, a new
    version is started, and the public content stays as it is until that version is approved.
    Saving never requires completeness, so the web form can autosave."""
    require(actor, "repository.edit_entry", entry)
    entry = lock(entry)
    version = working_version(entry)
    check_editable(entry, version)
    latest = None
    if version is None:
        version, latest = _next_version(entry)
    before = dict(version.data)
    version.data = clean_content(data, before)
    if version.pk is None and version.data == before and latest is not None:
        return latest  # nothing changed against the published version: do not start a new one
    started = version.pk is None
    version.author = _author(actor) or version.author
    version.save()
    if started:
        copy_images(latest, version)
    if not entry.is_public:
        # Not public yet: the Entry's own columns mirror the working draft (for owners' lists).
        apply_data(entry, version.data)
    changed = {k: v for k, v in version.data.items() if before.get(k) != v}
    if changed:
        audit.record(
            actor,
            "repository.entry.save_draft",
            entry,
            before={k: before.get(k) for k in changed},
            after=changed,
            version=version.number,
        )
    return version


@transaction.atomic
def submit_entry(actor, entry: Entry) -> EntryVersion:
    """Send the working version to moderation; it must be complete."""
    require(actor, "repository.submit_entry", entry)
    entry = lock(entry)
    version = working_version(entry)
    if version is None or version.state not in OPEN_STATES:
        raise ValidationError(_("There are no changes to submit."))
    check_complete(version.data, version_images(version))
    version.state = V.SUBMITTED
    version.submitted_at = timezone.now()
    version.save(update_fields=["state", "submitted_at", "updated_at"])
    if not entry.is_public:
        entry.state = Entry.State.SUBMITTED
        entry.save(update_fields=["state", "updated_at"])
    audit.record(actor, "repository.entry.submit", entry, version=version.number)
    return version


def _pending(entry: Entry) -> EntryVersion:
    version = working_version(entry)
    if version is None or version.state != V.SUBMITTED:
        raise ValidationError(_("No version of this entry is awaiting moderation."))
    return version


@transaction.atomic
def publish_entry(actor, entry: Entry, *, comment: str = "") -> EntryVersion:
    """Approve the submitted version: its content becomes the public entry."""
    require(actor, "repository.moderate_entry", entry)
    entry = lock(entry)
    version = _pending(entry)
    check_complete(version.data, version_images(version))  # rules may have tightened since the owner submitted
    before = {"state": entry.state, "version": entry.current_version.number if entry.current_version else None}
    now = timezone.now()
    entry.versions.filter(state=V.APPROVED).update(state=V.SUPERSEDED, updated_at=now)
    version.state = V.APPROVED
    version.decided_by, version.decided_at, version.moderator_comment = actor, now, comment.strip()
    version.save()
    apply_data(entry, version.data)
    entry.state = Entry.State.PUBLISHED
    if entry.published_at is None:
        entry.published_at = now
        entry.year = timezone.localdate(now).year
    entry.current_version = version
    entry.save()
    search.index_entry(entry)
    _notify(actor, entry, version, "publish")
    audit.record(
        actor, "repository.entry.publish", entry, before=before, after={"state": entry.state, "version": version.number}
    )
    return version


def _close_pending(actor, entry: Entry, version_state, entry_state, note: str) -> tuple[Entry, EntryVersion]:
    """Record a moderator's refusal of the pending version; a never-published entry takes the matching
    state, while a published one keeps its public content and state."""
    entry = lock(entry)
    version = _pending(entry)
    version.state = version_state
    version.decided_by, version.decided_at, version.moderator_comment = actor, timezone.now(), note
    version.save()
    if not entry.is_public:
        entry.state = entry_state
        entry.save(update_fields=["state", "updated_at"])
    return entry, version


@transaction.atomic
def return_entry(actor, entry: Entry, comment: str) -> EntryVersion:
    """Send the submitted version back to its owners with a comment saying what to change."""
    require(actor, "repository.moderate_entry", entry)
    if not (comment or "").strip():
        raise ValidationError({"comment": _("Tell the owners what to change before the entry can be published.")})
    entry, version = _close_pending(actor, entry, V.RETURNED, Entry.State.RETURNED, comment.strip())
    _notify(actor, entry, version, "return")
    audit.record(actor, "repository.entry.return", entry, version=version.number, comment=comment.strip())
    return version


@transaction.atomic
def reject_entry(actor, entry: Entry, reason: str) -> EntryVersion:
    """Refuse the submitted version. A never-published entry is closed; for a published entry only the
    edit is refused and the public content stays."""
    require(actor, "repository.moderate_entry", entry)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason for rejecting; the owners will see it.")})
    entry, version = _close_pending(actor, entry, V.REJECTED, Entry.State.REJECTED, reason.strip())
    _notify(actor, entry, version, "reject")
    audit.record(actor, "repository.entry.reject", entry, version=version.number, reason=reason.strip())
    return version


@transaction.atomic
def unpublish_entry(actor, entry: Entry, reason: str) -> Entry:
    """Take a published entry off the public repository (kept, with its history)."""
    require(actor, "repository.moderate_entry", entry)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason for taking the entry down.")})
    entry = lock(entry)
    if not entry.is_public:
        raise ValidationError(_("This entry is not published."))
    entry.state = Entry.State.REJECTED
    entry.save(update_fields=["state", "updated_at"])
    search.remove_entry(entry)
    audit.record(actor, "repository.entry.unpublish", entry, reason=reason.strip())
    return entry


def _notify(actor, entry: Entry, version: EntryVersion, decision: str) -> None:
    """Tell the version's author (or the entry's creator) about a moderator's decision, by mail
    queued in the same transaction and sent by the outbox worker."""
    person = version.author or entry.created_by
    if person is None or not person.email:
        return
    path = f"/entries/{entry.public_id}/" if decision == "publish" else f"/my/entries/{entry.public_id}/"
    outbox.queue_mail(
        kind="repository.decision",
        to=person.email,
        template="repository/mail/decision",
        context={
            "name": person.get_short_name(),
            "title": version.data.get("title") or entry.title,
            "number": version.number,
            "decision": decision,
            "comment": version.moderator_comment,
            "path": path,
        },
        language=person.language or settings.LANGUAGE_CODE,
        about=entry,
        dedupe_key=f"repository.decision:{version.public_id}:{decision}",
        actor=actor,
    )


def _author(actor):
    return actor if getattr(actor, "is_authenticated", False) else None
