"""Entry images: checked (type, size, dimensions), re-encoded so no metadata (GPS, camera serials)
survives, and given a thumbnail. Images belong to the entry, not to a version."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.repository.models import Entry, EntryImage

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


@transaction.atomic
def add_image(actor, entry: Entry, upload, alt_text: str = "") -> EntryImage:
    require(actor, "repository.edit_entry", entry)
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    count = entry.images.count()
    if count >= settings.REPOSITORY_MAX_IMAGES:
        raise ValidationError(
            {"image": _("An entry can have at most %(max)d images.") % {"max": settings.REPOSITORY_MAX_IMAGES}}
        )
    image = _decode(upload)
    img = EntryImage(entry=entry, alt_text=(alt_text or "").strip()[:300], order=count)
    img.image.save("image.jpg", ContentFile(_jpeg(image, (MAX_SIDE, MAX_SIDE))), save=False)
    img.thumbnail.save(f"{img.public_id}.jpg", ContentFile(_jpeg(image, THUMBNAIL_SIZE)), save=False)
    img.save()
    audit.record(actor, "repository.image.add", entry, image=str(img.public_id), alt_text=img.alt_text)
    return img


@transaction.atomic
def remove_image(actor, image: EntryImage) -> None:
    require(actor, "repository.edit_entry", image.entry)
    entry, public_id = image.entry, str(image.public_id)
    files = [image.image, image.thumbnail]
    image.delete()
    transaction.on_commit(lambda: [f.storage.delete(f.name) for f in files if f.name])
    audit.record(actor, "repository.image.remove", entry, image=public_id)
