"""Validating uploaded photos and posters: a real JPEG or PNG (decoded, not trusted by name),
within size limits, stored re-encoded as JPEG without its metadata (no GPS positions leak)."""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MIN_LONG_SIDE = {"photo": 1200}
DEFAULT_MIN_LONG_SIDE = 600


def validate_image(upload, track) -> ContentFile:
    if upload.size > MAX_BYTES:
        raise ValidationError({"image": _("The image is larger than 10 MB.")})
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            probe.verify()
        upload.seek(0)
        image = Image.open(upload)
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise ValidationError({"image": _("This file is not a JPEG or PNG image.")}) from None
    if image.format not in {"JPEG", "PNG"}:
        raise ValidationError({"image": _("This file is not a JPEG or PNG image.")})
    minimum = MIN_LONG_SIDE.get(track.kind, DEFAULT_MIN_LONG_SIDE)
    if max(image.size) < minimum:
        raise ValidationError(
            {"image": _("The image is too small: its longer side must be at least %(px)d pixels.") % {"px": minimum}}
        )
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=90)
    return ContentFile(out.getvalue(), name="upload.jpg")
