"""The data migration that moves images from entries to versions, run for real: back to the schema
where images belonged to the entry, old-style rows written, then forward again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("repository", "0004_search_title_vector")]
AFTER = [("repository", "0007_version_images_cleanup")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


# Not serialized_rollback: after another transactional test's flush the content types are re-created
# with new ids, and restoring the serialized copy would then clash with them.
@pytest.mark.django_db(transaction=True)
def test_existing_images_are_attached_to_published_and_pending_versions():
    old = _migrate(BEFORE)
    Organisation = old.get_model("accounts", "Organisation")
    StakeholderType = old.get_model("taxonomy", "StakeholderType")
    Entry = old.get_model("repository", "Entry")
    EntryVersion = old.get_model("repository", "EntryVersion")
    EntryImage = old.get_model("repository", "EntryImage")

    kind = StakeholderType.objects.first() or StakeholderType.objects.create(
        code="gov", names={"en": "Government"}, order=99
    )
    org = Organisation.objects.create(name="Migration test org", slug="migration-test-org", stakeholder_type=kind)

    def entry_with(states, current=None):
        entry = Entry.objects.create(organisation=org, title="t", description="d", state="published")
        versions = [
            EntryVersion.objects.create(entry=entry, number=n, data={}, state=state)
            for n, state in enumerate(states, start=1)
        ]
        if current:
            entry.current_version = versions[current - 1]
            entry.save()
        return entry, versions

    # Published with a pending edit; published only; a draft never published; a rejected one.
    edited, edited_versions = entry_with(["superseded", "approved", "submitted"], current=2)
    plain, plain_versions = entry_with(["approved"], current=1)
    draft, draft_versions = entry_with(["draft"])
    rejected, rejected_versions = entry_with(["rejected"])
    for entry in (edited, plain, draft, rejected):
        EntryImage.objects.create(entry=entry, image=f"entries/{entry.pk}/b.jpg", alt_text="Second", order=1)
        EntryImage.objects.create(entry=entry, image=f"entries/{entry.pk}/a.jpg", alt_text="First", order=0)

    new = _migrate(AFTER)
    Placement = new.get_model("repository", "EntryVersionImage")

    def gallery(version):
        return [
            (p.image.image.name.rsplit("/", 1)[-1], p.alt_text, p.position)
            for p in Placement.objects.filter(version_id=version.pk).select_related("image").order_by("position")
        ]

    expected = [("a.jpg", "First", 0), ("b.jpg", "Second", 1)]
    assert gallery(edited_versions[1]) == expected  # published
    assert gallery(edited_versions[2]) == expected  # pending edit
    assert gallery(edited_versions[0]) == []  # superseded history had no record of its images
    assert gallery(plain_versions[0]) == expected
    assert gallery(draft_versions[0]) == expected
    assert gallery(rejected_versions[0]) == expected  # no file is left without a version
    # Files are shared between versions, not copied.
    assert new.get_model("repository", "EntryImage").objects.filter(entry_id=edited.pk).count() == 2
