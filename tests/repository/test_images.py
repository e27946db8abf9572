"""Entry images belong to versions: uploads are checked and cleaned, and every change goes through
moderation like a text edit."""

import datetime
import io
import os

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import RestrictedError
from PIL import Image

from stocktake.repository.models import Entry, EntryImage, EntryVersion, EntryVersionImage
from stocktake.repository.queries import entries as q
from stocktake.repository.services import entries as svc
from stocktake.repository.services import images
from tests.factories import OrganisationFactory, member_of, user_with_role
from tests.repository.factories import complete_data, owner_and_org, photo, published_entry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]
V = EntryVersion.State


def shown(entry) -> list[tuple[str, str]]:
    """What the public page shows: (file id, alt text) in order."""
    entry = q.entry_detail(entry.public_id)
    return [(str(p.image.public_id), p.alt_text) for p in q.shown_images(entry)]


def files_on_disk(media) -> set[str]:
    return {str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()} if media.exists() else set()


# --- Checking and cleaning uploads ----------------------------------------------------------------


def test_image_is_reencoded_without_metadata_and_thumbnailed():
    entry, owner, _ = published_entry()
    upload = photo(size=(1600, 1200), exif=True)
    assert b"SecretCam" in upload.read()
    placement = images.add_image(owner, entry, upload, "Learners at a centre", "Photo: the project team")
    stored = placement.image
    with stored.image.open("rb") as f:
        raw = f.read()
    assert b"SecretCam" not in raw
    decoded = Image.open(io.BytesIO(raw))
    assert decoded.format == "JPEG" and not decoded.getexif()
    assert (stored.width, stored.height) == decoded.size == (1600, 1200)
    assert max(Image.open(stored.thumbnail.path).size) <= 480
    assert (placement.alt_text, placement.caption, placement.position) == (
        "Learners at a centre",
        "Photo: the project team",
        0,
    )


def test_png_with_transparency_is_accepted():
    entry, owner, _ = published_entry()
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 0, 0)).save(out, "PNG")
    placement = images.add_image(owner, entry, SimpleUploadedFile("a.png", out.getvalue()), "A blank square")
    assert Image.open(placement.image.image.path).mode == "RGB"


def test_not_an_image_is_refused_and_nothing_is_written(media):
    entry, owner, _ = published_entry()
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, SimpleUploadedFile("x.jpg", b"<?php echo 1; ?>"), "Code")
    assert "image" in err.value.message_dict
    assert entry.versions.count() == 1  # no version was started for the failed upload
    assert not EntryImage.objects.exists() and files_on_disk(media) == set()


def test_too_large_and_too_many(settings):
    entry, owner, _ = published_entry()
    settings.REPOSITORY_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, photo(size=(1600, 1200)), "Big")
    assert "MB" in err.value.message_dict["image"][0]
    settings.REPOSITORY_IMAGE_MAX_BYTES = 5_000_000
    settings.REPOSITORY_MAX_IMAGES = 2
    images.add_image(owner, entry, photo(), "One")
    images.add_image(owner, entry, photo(), "Two")
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, photo(), "Three")
    assert "at most 2 images" in err.value.message_dict["image"][0]


def test_alt_text_is_required_with_a_clear_message():
    entry, owner, _ = published_entry()
    for blank in ["", "   "]:
        with pytest.raises(ValidationError) as err:
            images.add_image(owner, entry, photo(), blank)
        assert "text alternative" in err.value.message_dict["alt_text"][0]
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, photo(), "x" * 301)
    assert "alt_text" in err.value.message_dict
    placement = images.add_image(owner, entry, photo(), "  A  classroom ")
    assert placement.alt_text == "A classroom"
    with pytest.raises(ValidationError) as err:
        images.update_image(owner, entry, placement.public_id, alt_text="")
    assert "alt_text" in err.value.message_dict
    assert EntryVersionImage.objects.get(pk=placement.pk).alt_text == "A classroom"


def test_submit_refuses_an_image_without_text_alternative():
    """Images uploaded before alt text was required have none: the owner is told which one to fix."""
    owner, org = owner_and_org()
    entry = svc.create_entry(owner, org, complete_data())
    first = images.add_image(owner, entry, photo(), "Students at a laptop")
    images.add_image(owner, entry, photo(), "A map")
    EntryVersionImage.objects.filter(pk=first.pk).update(alt_text="")
    with pytest.raises(ValidationError) as err:
        svc.submit_entry(owner, entry)
    assert err.value.message_dict["images"] == [
        "Image 1 has no text alternative: describe what it shows for people who cannot see it."
    ]
    images.update_image(owner, entry, first.public_id, alt_text="Students at a laptop")
    assert svc.submit_entry(owner, entry).state == V.SUBMITTED


# --- Images go through moderation ---------------------------------------------------------------


def test_new_entry_images_are_published_with_it():
    owner, org = owner_and_org()
    moderator = user_with_role("moderator")
    entry = svc.create_entry(owner, org, complete_data())
    a = images.add_image(owner, entry, photo(), "First")
    b = images.add_image(owner, entry, photo(), "Second")
    assert entry.versions.count() == 1  # a draft changes in place
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    assert shown(entry) == [(str(a.public_id), "First"), (str(b.public_id), "Second")]


def test_image_changes_on_a_published_entry_wait_for_approval(media):
    owner, org = owner_and_org()
    moderator = user_with_role("moderator")
    entry = svc.create_entry(owner, org, complete_data())
    kept = images.add_image(owner, entry, photo(), "Kept")
    dropped = images.add_image(owner, entry, photo(), "Dropped")
    moved = images.add_image(owner, entry, photo(), "Moved")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    public = shown(entry)
    disk = files_on_disk(media)

    added = images.add_image(owner, entry, photo(), "Added")
    images.remove_image(owner, entry, dropped.public_id)
    images.move_image(owner, entry, moved.public_id, 0)
    images.update_image(owner, entry, kept.public_id, alt_text="Kept, described better", caption="Credit: team")

    # One new version holds all of it; the public page and the published version are untouched.
    assert entry.versions.count() == 2
    assert shown(entry) == public
    assert files_on_disk(media) == disk | {added.image.image.name, added.image.thumbnail.name}
    working = svc.working_version(entry)
    assert [(p.image_id, p.alt_text) for p in q.version_images(working)] == [
        (moved.image_id, "Moved"),
        (kept.image_id, "Kept, described better"),
        (added.image_id, "Added"),
    ]
    # The published version and the new one share the unchanged files: no bytes copied.
    assert EntryImage.objects.count() == 4

    svc.submit_entry(owner, entry)
    entry.refresh_from_db()
    diff = q.image_diff(q.version_images(entry.current_version), q.version_images(working))
    assert [p.alt_text for p in diff["added"]] == ["Added"]
    assert [p.alt_text for p in diff["removed"]] == ["Dropped"]
    assert [p.image_id for p in diff["reordered"]] == [moved.image_id, kept.image_id, added.image_id]
    assert [(row["image"].image_id, [str(c["label"]) for c in row["changes"]]) for row in diff["edited"]] == [
        (kept.image_id, ["Text alternative", "Caption or credit"])
    ]
    assert shown(entry) == public  # still, while it waits

    svc.publish_entry(moderator, entry)
    assert shown(entry) == [
        (str(moved.public_id), "Moved"),
        (str(kept.public_id), "Kept, described better"),
        (str(added.public_id), "Added"),
    ]
    # Version 1 still shows what it showed, so the dropped file stays.
    assert [p.alt_text for p in q.version_images(entry.versions.get(number=1))] == ["Kept", "Dropped", "Moved"]
    assert dropped.image.image.name in files_on_disk(media)


@pytest.mark.parametrize("decision", ["return", "reject"])
def test_returned_or_rejected_image_changes_leave_the_public_page(decision):
    entry, owner, moderator = published_entry()
    images.add_image(owner, entry, photo(), "Not yet approved")
    svc.submit_entry(owner, entry)
    if decision == "return":
        svc.return_entry(moderator, entry, "Use a photo of the centre itself.")
    else:
        svc.reject_entry(moderator, entry, "Not related to the project.")
    assert shown(entry) == []
    entry.refresh_from_db()
    assert entry.state == Entry.State.PUBLISHED and entry.current_version.number == 1


def test_returned_version_is_fixed_in_place():
    entry, owner, moderator = published_entry()
    wrong = images.add_image(owner, entry, photo(), "Wrong photo")
    svc.submit_entry(owner, entry)
    svc.return_entry(moderator, entry, "Use a photo of the centre itself.")
    images.remove_image(owner, entry, wrong.public_id)
    images.add_image(owner, entry, photo(), "The centre")
    assert entry.versions.count() == 2
    assert not EntryImage.objects.filter(pk=wrong.image_id).exists()  # no version shows it any more
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    assert [alt for _id, alt in shown(entry)] == ["The centre"]


def test_text_edit_after_image_edit_keeps_the_images_and_vice_versa():
    entry, owner, moderator = published_entry()
    first = images.add_image(owner, entry, photo(), "First")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    # A text edit starts version 3 from version 2: it carries the image along.
    svc.update_draft(owner, entry, {"title": "Rural digital skills centres, phase two"})
    version = svc.working_version(entry)
    assert version.number == 3
    assert [p.image_id for p in q.version_images(version)] == [first.image_id]


def test_unchanged_image_text_does_not_start_a_version():
    entry, owner, moderator = published_entry()
    first = images.add_image(owner, entry, photo(), "First")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    images.update_image(owner, entry, first.public_id, alt_text="First")
    images.move_image(owner, entry, first.public_id, 0)
    assert entry.versions.count() == 2 and svc.working_version(entry) is None


def test_no_image_changes_while_awaiting_moderation_or_after_rejection():
    entry, owner, moderator = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    svc.submit_entry(owner, entry)
    for change in [
        lambda: images.add_image(owner, entry, photo(), "Second"),
        lambda: images.remove_image(owner, entry, placement.public_id),
        lambda: images.update_image(owner, entry, placement.public_id, alt_text="Changed"),
    ]:
        with pytest.raises(ValidationError) as err:
            change()
        assert "awaiting moderation" in err.value.messages[0]
    svc.publish_entry(moderator, entry)
    svc.unpublish_entry(moderator, entry, "Duplicate of another entry.")
    with pytest.raises(ValidationError) as err:
        images.add_image(owner, entry, photo(), "Second")
    assert "rejected" in err.value.messages[0]


def test_an_image_of_another_entry_is_refused():
    entry, owner, _ = published_entry()
    other, other_owner, _ = published_entry()
    foreign = images.add_image(other_owner, other, photo(), "Theirs")
    with pytest.raises(ValidationError) as err:
        images.remove_image(owner, entry, foreign.public_id)
    assert "not part of the version" in err.value.message_dict["image"][0]
    assert entry.versions.count() == 1


def test_a_file_a_version_shows_cannot_be_deleted():
    entry, owner, _moderator = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    with pytest.raises(RestrictedError):
        placement.image.delete()
    # Deleting the whole entry still works: versions and files go together.
    Entry.objects.filter(pk=entry.pk).delete()
    assert not EntryImage.objects.exists()


# --- Permissions ------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["other_org", "moderator", "anonymous", "unconfirmed_member"])
def test_only_owners_change_images(who):
    entry, owner, moderator = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    actor = {
        "other_org": lambda: member_of(OrganisationFactory()),
        "moderator": lambda: moderator,
        "anonymous": AnonymousUser,
        "unconfirmed_member": lambda: member_of(entry.organisation, confirmed=False),
    }[who]()
    for change in [
        lambda: images.add_image(actor, entry, photo(), "Intruder"),
        lambda: images.remove_image(actor, entry, placement.public_id),
        lambda: images.update_image(actor, entry, placement.public_id, alt_text="Intruder"),
        lambda: images.move_image(actor, entry, placement.public_id, 0),
    ]:
        with pytest.raises(PermissionDenied):
            change()
    assert [p.alt_text for p in q.version_images(svc.working_version(entry))] == ["First"]


def test_secretariat_may_change_images():
    entry, _owner, _ = published_entry()
    secretariat = user_with_role("secretariat")
    assert images.add_image(secretariat, entry, photo(), "Added by the secretariat").version.number == 2


# --- Unused files ---------------------------------------------------------------------------------


def test_removing_from_a_draft_deletes_an_unused_file(media, django_capture_on_commit_callbacks):
    owner, org = owner_and_org()
    entry = svc.create_entry(owner, org, complete_data())
    placement = images.add_image(owner, entry, photo(), "First")
    names = {placement.image.image.name, placement.image.thumbnail.name}
    assert names <= files_on_disk(media)
    with django_capture_on_commit_callbacks(execute=True):
        images.remove_image(owner, entry, placement.public_id)
    assert not names & files_on_disk(media)
    assert not EntryImage.objects.exists()


def test_prune_command_deletes_strays_only(media, capsys, django_capture_on_commit_callbacks):
    entry, owner, _moderator = published_entry()
    used = images.add_image(owner, entry, photo(), "Used")
    stray = media / "entries" / str(entry.public_id) / "left-by-a-failed-upload.jpg"
    stray.write_bytes(b"not referenced")
    unused = EntryImage.objects.create(entry=entry, image="entries/x/unused.jpg")
    (media / "entries" / "x").mkdir()
    (media / "entries" / "x" / "unused.jpg").write_bytes(b"unused")
    old = datetime.datetime(2020, 1, 1).timestamp()
    for path in media.rglob("*.jpg"):
        os.utime(path, (old, old))
    EntryImage.objects.filter(pk=unused.pk).update(created_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))

    call_command("prune_entry_images", "--dry-run")
    assert "would delete 1 unused image rows and 1 stray files" in capsys.readouterr().out
    assert stray.exists()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("prune_entry_images")
    assert "deleted 1 unused image rows and 1 stray files" in capsys.readouterr().out
    assert not stray.exists() and not (media / "entries" / "x" / "unused.jpg").exists()
    assert not EntryImage.objects.filter(pk=unused.pk).exists()
    remaining = files_on_disk(media)
    assert {used.image.image.name, used.image.thumbnail.name} <= remaining


def test_prune_command_leaves_recent_files(media, capsys):
    entry, owner, _ = published_entry()
    images.add_image(owner, entry, photo(), "Used")
    fresh = media / "entries" / "fresh.jpg"
    fresh.write_bytes(b"an upload still committing")
    call_command("prune_entry_images")
    assert "deleted 0 unused image rows and 0 stray files" in capsys.readouterr().out
    assert fresh.exists()
