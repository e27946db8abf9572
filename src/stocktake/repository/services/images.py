"""Entry images: checked (type, size, dimensions), re-encoded so no metadata (GPS, camera serials)
survives, and given a thumbnail.

Images belong to versions. An uploaded file (EntryImage) never changes; each version lists the
files it shows (EntryVersionImage) with their order, text alternative and caption. Every change
here goes to the entry's working version, exactly like a text edit (services.entries.open_version):
on a published entry the public page keeps the approved version's images until a moderator
approves the new version. Files no version refers to any more are deleted when the last
reference goes (`_forget_if_unused`); `stocktake prune_entry_images` removes strays (rows or files
left by an upload whose transaction failed). A file a version still shows is never deleted: the
database refuses it (on_delete=RESTRICT)."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.repository.models import Entry, EntryImage, EntryVersion, EntryVersionImage
from stocktake.repository.services import entries as entry_svc

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_PIXELS = 40_000_000
MAX_SIDE = 2400
THUMBNAIL_SIZE = (480, 360)


def _decode(upload) -> Image.Image:
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
    if size > settings.REPOSITORY_IMAGE_MAX_BYTES:
        raise ValidationError(
            {
                "image": _("The image is %(size).1f MB; the largest allowed is %(max).1f MB.")
                % {"size": size / 1048576, "max": settings.REPOSITORY_IMAGE_MAX_BYTES / 1048576}
            }
        )
    upload.seek(0)
    try:
        probe = Image.open(upload)
        kind = probe.format
        if kind not in ALLOWED_FORMATS:
            raise ValidationError({"image": _("Upload a JPEG, PNG, WebP or GIF image.")})
        if probe.width * probe.height > MAX_PIXELS:
            raise ValidationError({"image": _("The image has too many pixels; scale it down and try again.")})
        probe.verify()  # catches truncated or corrupt files
        upload.seek(0)
        image = Image.open(upload)
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError({"image": _("This file is not an image we can read.")}) from exc
    return image


def _jpeg(image: Image.Image, box: tuple[int, int]) -> bytes:
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera recorded, then drop EXIF
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.split()[-1])
        image = background
    image = image.copy()
    image.thumbnail(box, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)  # no exif=, icc_profile= → metadata stripped
    return out.getvalue()


ALT_TEXT_MAX = 300
CAPTION_MAX = 300


def _texts(alt_text, caption) -> tuple[str, str]:
    alt_text, caption = " ".join(str(alt_text or "").split()), " ".join(str(caption or "").split())
    errors = {}
    if not alt_text:
        errors["alt_text"] = _(
            "Describe what the image shows in a few words (its text alternative), for people who cannot see it."
        )
    elif len(alt_text) > ALT_TEXT_MAX:
        errors["alt_text"] = _("Keep the text alternative under %(max)d characters.") % {"max": ALT_TEXT_MAX}
    if len(caption) > CAPTION_MAX:
        errors["caption"] = _("Keep the caption under %(max)d characters.") % {"max": CAPTION_MAX}
    if errors:
        raise ValidationError(errors)
    return alt_text, caption


def _placement(version: EntryVersion | None, image_id) -> EntryVersionImage:
    found = (
        None if version is None else version.images.select_related("image").filter(image__public_id=image_id).first()
    )
    if found is None:
        raise ValidationError({"image": _("This image is not part of the version being edited.")})
    return found


def _renumber(version: EntryVersion, ordered: list[EntryVersionImage]) -> None:
    for position, placement in enumerate(ordered):
        placement.position = position
    EntryVersionImage.objects.bulk_update(ordered, ["position"])


def _base_version(entry: Entry) -> EntryVersion | None:
    """The version a change starts from: the working one, else the latest."""
    return entry_svc.working_version(entry) or entry.versions.order_by("-number").first()


@transaction.atomic
def add_image(actor, entry: Entry, upload, alt_text: str = "", caption: str = "") -> EntryVersionImage:
    """Store an uploaded image and add it at the end of the working version's gallery."""
    require(actor, "repository.edit_entry", entry)
    entry = entry_svc.lock(entry)
    alt_text, caption = _texts(alt_text, caption)
    entry_svc.check_editable(entry, entry_svc.working_version(entry))
    if len(entry_svc.version_images(_base_version(entry))) >= settings.REPOSITORY_MAX_IMAGES:
        raise ValidationError(
            {"image": _("An entry can have at most %(max)d images.") % {"max": settings.REPOSITORY_MAX_IMAGES}}
        )
    image = _decode(upload)
    version = entry_svc.open_version(actor, entry)
    stored = EntryImage(entry=entry, uploaded_by=actor if getattr(actor, "is_authenticated", False) else None)
    full = _jpeg(image, (MAX_SIDE, MAX_SIDE))
    stored.width, stored.height = Image.open(io.BytesIO(full)).size
    stored.image.save("image.jpg", ContentFile(full), save=False)
    stored.thumbnail.save(f"{stored.public_id}.jpg", ContentFile(_jpeg(image, THUMBNAIL_SIZE)), save=False)
    stored.save()
    last = version.images.aggregate(last=Max("position"))["last"]
    position = 0 if last is None else last + 1
    placement = EntryVersionImage.objects.create(
        version=version, image=stored, position=position, alt_text=alt_text, caption=caption
    )
    audit.record(
        actor,
        "repository.image.add",
        entry,
        image=str(stored.public_id),
        version=version.number,
        alt_text=alt_text,
        caption=caption,
    )
    return placement


@transaction.atomic
def update_image(actor, entry: Entry, image_id, alt_text: str | None = None, caption: str | None = None):
    """Change an image's text alternative or caption (None keeps it) in the working version."""
    require(actor, "repository.edit_entry", entry)
    entry = entry_svc.lock(entry)
    entry_svc.check_editable(entry, entry_svc.working_version(entry))
    current = _placement(_base_version(entry), image_id)
    alt_text, caption = _texts(
        current.alt_text if alt_text is None else alt_text, current.caption if caption is None else caption
    )
    if (current.alt_text, current.caption) == (alt_text, caption):
        return current  # nothing changed: do not start a new version of a published entry
    version = entry_svc.open_version(actor, entry)
    placement = _placement(version, image_id)
    before = {"alt_text": placement.alt_text, "caption": placement.caption}
    placement.alt_text, placement.caption = alt_text, caption
    placement.save(update_fields=["alt_text", "caption"])
    audit.record(
        actor,
        "repository.image.update",
        entry,
        before=before,
        after={"alt_text": alt_text, "caption": caption},
        image=str(image_id),
        version=version.number,
    )
    return placement


@transaction.atomic
def move_image(actor, entry: Entry, image_id, position: int) -> EntryVersionImage:
    """Put an image at `position` (0 = first) in the working version's gallery."""
    require(actor, "repository.edit_entry", entry)
    entry = entry_svc.lock(entry)
    entry_svc.check_editable(entry, entry_svc.working_version(entry))
    ordered = entry_svc.version_images(_base_version(entry))
    ids = [p.image.public_id for p in ordered]
    current = _placement(_base_version(entry), image_id)
    old_index = ids.index(current.image.public_id)
    new_index = max(0, min(int(position), len(ids) - 1))
    if new_index == old_index:
        return current
    version = entry_svc.open_version(actor, entry)
    ordered = entry_svc.version_images(version)
    moving = next(p for p in ordered if p.image.public_id == current.image.public_id)
    ordered.remove(moving)
    ordered.insert(new_index, moving)
    _renumber(version, ordered)
    audit.record(
        actor,
        "repository.image.move",
        entry,
        before={"position": old_index + 1},
        after={"position": new_index + 1},
        image=str(image_id),
        version=version.number,
    )
    return moving


@transaction.atomic
def remove_image(actor, entry: Entry, image_id) -> None:
    """Take an image out of the working version. Older versions keep showing it."""
    require(actor, "repository.edit_entry", entry)
    entry = entry_svc.lock(entry)
    entry_svc.check_editable(entry, entry_svc.working_version(entry))
    _placement(_base_version(entry), image_id)  # a clear message before any version is started
    version = entry_svc.open_version(actor, entry)
    placement = _placement(version, image_id)
    stored = placement.image
    placement.delete()
    _renumber(version, entry_svc.version_images(version))
    _forget_if_unused(stored)
    audit.record(actor, "repository.image.remove", entry, image=str(image_id), version=version.number)


def _forget_if_unused(stored: EntryImage) -> None:
    """Delete a file (row now, bytes after commit) once no version shows it any more."""
    if stored.placements.exists():
        return
    files = [(f.storage, f.name) for f in (stored.image, stored.thumbnail) if f.name]
    stored.delete()
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in files])


def prune_unused(*, older_than) -> tuple[int, int]:
    """Delete image rows no version refers to (created before `older_than`, so an upload in progress
    is left alone) and files under the entries' media folder that no row refers to.
    Returns (rows deleted, files deleted)."""
    files = _prune_files(older_than)  # first: the files of the rows deleted below go after commit
    rows = 0
    for stored in EntryImage.objects.filter(placements__isnull=True, created_at__lt=older_than).iterator():
        with transaction.atomic():
            locked = EntryImage.objects.select_for_update().filter(pk=stored.pk).first()
            if locked is not None and not locked.placements.exists():
                _forget_if_unused(locked)
                rows += 1
    return rows, files


def stray_files(older_than):
    """Names of files under the entries' media folder that no image row refers to."""
    known = set()
    for name, thumb in EntryImage.objects.values_list("image", "thumbnail").iterator():
        known.update(n for n in (name, thumb) if n)
    for name in _walk(default_storage, "entries"):
        if name in known:
            continue
        try:
            modified = default_storage.get_modified_time(name)
        except (NotImplementedError, OSError):
            continue
        if modified < older_than:  # a newer file may belong to an upload that has not committed yet
            yield name


def _prune_files(older_than) -> int:
    removed = 0
    for name in stray_files(older_than):
        # Re-check right before deleting: an upload may have committed since the listing.
        if not EntryImage.objects.filter(Q(image=name) | Q(thumbnail=name)).exists():
            default_storage.delete(name)
            removed += 1
    return removed


def _walk(storage, folder: str):
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}/{sub}")
