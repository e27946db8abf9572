import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from stocktake.repository.services import images
from tests.factories import OrganisationFactory, member_of
from tests.repository.factories import published_entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def photo(fmt="JPEG", size=(1600, 1200), exif=True) -> SimpleUploadedFile:
    image = Image.new("RGB", size, (200, 80, 40))
    out = io.BytesIO()
    kwargs = {}
    if exif and fmt == "JPEG":
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        data[0x8825] = {2: (46.0, 12.0, 0.0)}  # GPS
        kwargs["exif"] = data.tobytes()
    image.save(out, fmt, **kwargs)
    return SimpleUploadedFile(f"photo.{fmt.lower()}", out.getvalue(), content_type=f"image/{fmt.lower()}")


def test_image_is_reencoded_without_metadata_and_thumbnailed():
    entry, owner, _ = published_entry()
    upload = photo()
    assert b"SecretCam" in upload.read()
    img = images.add_image(owner, entry, upload, "Learners at a centre")
    with img.image.open("rb") as f:
        raw = f.read()
    assert b"SecretCam" not in raw
    stored = Image.open(io.BytesIO(raw))
    assert stored.format == "JPEG" and not stored.getexif()
    thumb = Image.open(img.thumbnail.path)
    assert max(thumb.size) <= 480


def test_png_with_transparency_is_accepted():
    entry, owner, _ = published_entry()
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 0, 0)).save(out, "PNG")
    img = images.add_image(owner, entry, SimpleUploadedFile("a.png", out.getvalue()))
    assert Image.open(img.image.path).mode == "RGB"


def test_not_an_image_is_refused():
    entry, owner, _ = published_entry()
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, SimpleUploadedFile("x.jpg", b"<?php echo 1; ?>"))
    assert "image" in err.value.message_dict


def test_too_large_and_too_many(settings):
    entry, owner, _ = published_entry()
    settings.REPOSITORY_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, photo())
    assert "MB" in err.value.message_dict["image"][0]
    settings.REPOSITORY_IMAGE_MAX_BYTES = 5_000_000
    settings.REPOSITORY_MAX_IMAGES = 1
    images.add_image(owner, entry, photo(size=(100, 100)))
    with pytest.raises(ValidationError):
        images.add_image(owner, entry, photo(size=(100, 100)))


def test_other_organisation_cannot_add_or_remove():
    entry, owner, _ = published_entry()
    stranger = member_of(OrganisationFactory())
    with pytest.raises(PermissionDenied):
        images.add_image(stranger, entry, photo(size=(100, 100)))
    img = images.add_image(owner, entry, photo(size=(100, 100)))
    with pytest.raises(PermissionDenied):
        images.remove_image(stranger, img)
    images.remove_image(owner, img)
    assert entry.images.count() == 0
