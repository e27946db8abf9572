"""Helpers for repository tests: complete content and entries driven through the real services."""

from stocktake.repository.services import entries as entry_services
from tests.factories import OrganisationFactory, member_of, user_with_role

DESCRIPTION = (
    "A network of community centres that trains young people and teachers in rural districts to use "
    "computers, build simple websites and keep their data safe. Volunteers from local universities run "
    "weekly sessions, and each centre shares its lesson plans openly with schools in the region."
)


def complete_data(**overrides) -> dict:
    data = {
        "title": "Rural digital skills centres",
        "description": DESCRIPTION,
        "entry_type": "project",
        "status": "ongoing",
        "start_date": "2024-01-15",
        "end_date": None,
        "is_international": False,
        "website": "https://skills.example.org",
        "partners": "Ministry of Education",
        "contact_name": "Amina Otieno",
        "contact_email": "amina@example.org",
        "language": "en",
        "countries": ["KE", "UG"],
        "action_lines": ["C4"],
        "subtopics": [],
        "sdgs": [4, 10],
        "gdc_objectives": [1],
    }
    return data | overrides


def owner_and_org():
    org = OrganisationFactory()
    return member_of(org), org


def published_entry(**overrides):
    """An entry taken through create → submit → publish; returns (entry, owner, moderator)."""
    owner, org = owner_and_org()
    moderator = user_with_role("moderator")
    entry = entry_services.create_entry(owner, org, complete_data(**overrides))
    entry_services.submit_entry(owner, entry)
    entry_services.publish_entry(moderator, entry)
    entry.refresh_from_db()
    return entry, owner, moderator


def photo(fmt="JPEG", size=(120, 90), colour=(200, 80, 40), exif=False, name=None):
    """An uploaded image file; with exif=True it carries a camera make and a GPS position."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    image = Image.new("RGB", size, colour)
    out = io.BytesIO()
    kwargs = {}
    if exif and fmt == "JPEG":
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        data[0x8825] = {2: (46.0, 12.0, 0.0)}  # GPS
        kwargs["exif"] = data.tobytes()
    image.save(out, fmt, **kwargs)
    return SimpleUploadedFile(name or f"photo.{fmt.lower()}", out.getvalue(), content_type=f"image/{fmt.lower()}")
