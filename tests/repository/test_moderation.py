import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.repository.models import Entry, EntryVersion
from stocktake.repository.queries.entries import version_diff
from stocktake.repository.services import entries as svc
from tests.factories import OrganisationFactory, member_of, user_with_role
from tests.repository.factories import complete_data, owner_and_org, published_entry

pytestmark = pytest.mark.django_db


def actor(kind, entry):
    return {
        "owner": lambda: member_of(entry.organisation, role="member"),
        "other_org": lambda: member_of(OrganisationFactory()),
        "moderator": lambda: user_with_role("moderator"),
        "anonymous": AnonymousUser,
    }[kind]()


@pytest.fixture
def draft():
    owner, org = owner_and_org()
    return svc.create_entry(owner, org, complete_data()), owner


def test_full_cycle_submit_return_fix_publish(draft):
    entry, owner = draft
    moderator = user_with_role("moderator")
    svc.submit_entry(owner, entry)
    entry.refresh_from_db()
    assert entry.state == Entry.State.SUBMITTED
    svc.return_entry(moderator, entry, "Please add the end date of the pilot phase.")
    entry.refresh_from_db()
    assert entry.state == Entry.State.RETURNED
    version = entry.versions.get()
    assert version.state == "returned" and "pilot" in version.moderator_comment
    svc.update_draft(owner, entry, {"title": "Rural digital skills centres (phase 2)"})
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    entry.refresh_from_db()
    assert entry.state == Entry.State.PUBLISHED and entry.is_public
    assert entry.title == "Rural digital skills centres (phase 2)"
    assert entry.published_at is not None and entry.year == entry.published_at.year
    assert entry.current_version.number == 1 and entry.current_version.state == "approved"


def test_submit_requires_completeness_with_field_messages(draft):
    entry, owner = draft
    svc.update_draft(owner, entry, {"description": "Too short.", "action_lines": [], "countries": [], "sdgs": []})
    with pytest.raises(ValidationError) as err:
        svc.submit_entry(owner, entry)
    assert {"description", "action_lines", "countries", "sdgs"} <= set(err.value.message_dict)
    svc.update_draft(owner, entry, {"is_international": True, "countries": []})
    with pytest.raises(ValidationError) as err:
        svc.submit_entry(owner, entry)
    assert "countries" not in err.value.message_dict
    entry.refresh_from_db()
    assert entry.state == Entry.State.DRAFT


def test_completed_entry_needs_end_date(draft):
    entry, owner = draft
    svc.update_draft(owner, entry, {"status": "completed", "end_date": None})
    with pytest.raises(ValidationError) as err:
        svc.submit_entry(owner, entry)
    assert "end_date" in err.value.message_dict


def test_edit_of_published_entry_is_a_pending_version():
    entry, owner, moderator = published_entry()
    version = svc.update_draft(owner, entry, {"title": "A better title"})
    assert version.number == 2 and version.state == "draft"
    entry.refresh_from_db()
    assert entry.title == "Rural digital skills centres" and entry.state == Entry.State.PUBLISHED
    svc.submit_entry(owner, entry)
    entry.refresh_from_db()
    assert entry.title == "Rural digital skills centres" and entry.state == Entry.State.PUBLISHED
    diff = version_diff(entry.current_version.data, entry.versions.get(number=2).data)
    assert [d["field"] for d in diff] == ["title"]
    assert "<ins>" in diff[0]["html"]
    svc.publish_entry(moderator, entry)
    entry.refresh_from_db()
    assert entry.title == "A better title" and entry.current_version.number == 2
    assert dict(entry.versions.values_list("number", "state")) == {1: "superseded", 2: "approved"}


def test_rejecting_an_edit_keeps_the_published_entry():
    entry, owner, moderator = published_entry()
    svc.update_draft(owner, entry, {"title": "Spam title"})
    svc.submit_entry(owner, entry)
    svc.reject_entry(moderator, entry, "Advertising is not allowed.")
    entry.refresh_from_db()
    assert entry.is_public and entry.title == "Rural digital skills centres"
    assert entry.versions.get(number=2).state == "rejected"
    # The owner can start a fresh edit after a rejected one.
    assert svc.update_draft(owner, entry, {"partners": "New partner"}).number == 3


def test_rejecting_a_new_entry_closes_it(draft):
    entry, owner = draft
    svc.submit_entry(owner, entry)
    with pytest.raises(ValidationError):
        svc.reject_entry(user_with_role("moderator"), entry, "   ")
    svc.reject_entry(user_with_role("moderator"), entry, "Not an ICT project.")
    entry.refresh_from_db()
    assert entry.state == Entry.State.REJECTED and not entry.is_public
    with pytest.raises(ValidationError):
        svc.update_draft(owner, entry, {"title": "Again"})


def test_return_needs_a_comment(draft):
    entry, owner = draft
    svc.submit_entry(owner, entry)
    with pytest.raises(ValidationError) as err:
        svc.return_entry(user_with_role("moderator"), entry, "")
    assert "comment" in err.value.message_dict


def test_submitted_version_cannot_be_edited(draft):
    entry, owner = draft
    svc.submit_entry(owner, entry)
    with pytest.raises(ValidationError):
        svc.update_draft(owner, entry, {"title": "Changed while waiting"})


@pytest.mark.parametrize("kind", ["other_org", "moderator", "anonymous"])
def test_only_owners_edit_and_submit(draft, kind):
    entry, _owner = draft
    user = actor(kind, entry)
    with pytest.raises(PermissionDenied):
        svc.update_draft(user, entry, {"title": "Hijacked"})
    with pytest.raises(PermissionDenied):
        svc.submit_entry(user, entry)
    assert entry.versions.get().data["title"] == "Rural digital skills centres"


def test_owner_of_any_role_may_edit(draft):
    entry, _owner = draft
    assert svc.update_draft(actor("owner", entry), entry, {"title": "Renamed"}).data["title"] == "Renamed"


@pytest.mark.parametrize("kind", ["owner", "other_org", "anonymous"])
@pytest.mark.parametrize("action", ["publish", "return", "reject"])
def test_only_moderators_decide(draft, kind, action):
    entry, owner = draft
    svc.submit_entry(owner, entry)
    user = actor(kind, entry)
    call = {
        "publish": lambda: svc.publish_entry(user, entry),
        "return": lambda: svc.return_entry(user, entry, "Fix it"),
        "reject": lambda: svc.reject_entry(user, entry, "No"),
    }[action]
    with pytest.raises(PermissionDenied):
        call()
    assert entry.versions.get().state == EntryVersion.State.SUBMITTED


def test_publish_needs_a_submitted_version(draft):
    entry, _owner = draft
    with pytest.raises(ValidationError):
        svc.publish_entry(user_with_role("moderator"), entry)


def test_secretariat_is_a_moderator(draft):
    entry, owner = draft
    svc.submit_entry(owner, entry)
    svc.publish_entry(user_with_role("secretariat"), entry)
    entry.refresh_from_db()
    assert entry.is_public


def test_unpublish_takes_entry_down():
    entry, _owner, moderator = published_entry()
    svc.unpublish_entry(moderator, entry, "Duplicate of another entry.")
    entry.refresh_from_db()
    assert not entry.is_public


def test_saving_unchanged_content_of_published_entry_starts_no_version():
    entry, owner, _moderator = published_entry()
    assert svc.update_draft(owner, entry, {"title": entry.title}).number == 1
    assert entry.versions.count() == 1


def test_owner_is_told_about_each_decision_by_mail(draft):
    from stocktake.common.models import OutboxMessage

    entry, owner = draft
    moderator = user_with_role("moderator")
    svc.submit_entry(owner, entry)
    svc.return_entry(moderator, entry, "Please name the partner universities.")
    message = OutboxMessage.objects.get(kind="repository.decision")
    assert message.to_email == owner.email and "Changes requested" in message.subject
    assert "partner universities" in message.body_text and f"/my/entries/{entry.public_id}/" in message.body_text
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    assert OutboxMessage.objects.filter(kind="repository.decision", subject__startswith="Published").count() == 1
