import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.contests.models import Submission
from stocktake.contests.queries import geneva_datetime
from stocktake.contests.services import submissions
from tests.contests.factories import DAY, draft, main_answers, make_edition, submitter, words
from tests.factories import EntryFactory, UserFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return make_edition(2027)


def _errors(excinfo) -> dict:
    return excinfo.value.message_dict


def test_a_complete_draft_is_submitted_creates_an_entry_and_queues_a_receipt(edition):
    user, org = submitter()
    sub = draft(edition, user=user, organisation=org)
    assert sub.state == "draft" and sub.entry is None
    sub = submissions.submit(user, sub)
    assert sub.state == "submitted" and sub.submitted_at
    entry = sub.entry
    assert entry.organisation == org and entry.state == "draft"
    assert list(entry.action_lines.values_list("code", flat=True)) == ["C4"]
    assert sorted(entry.sdgs.values_list("number", flat=True)) == [4, 9]
    assert entry.versions.count() == 1
    mail = OutboxMessage.objects.get(kind="contests.received")
    assert mail.to_email == user.email and mail.state == "queued" and "received" in mail.subject
    assert AuditLog.objects.filter(action="contests.submission.submit").exists()


def test_an_existing_entry_is_reused(edition):
    user, org = submitter()
    entry = EntryFactory(organisation=org)
    sub = draft(edition, user=user, organisation=org, data=main_answers() | {"entry": str(entry.public_id)})
    sub = submissions.submit(user, sub)
    assert sub.entry == entry


def test_someone_elses_entry_is_refused(edition):
    user, org = submitter()
    other = EntryFactory()
    with pytest.raises(ValidationError) as exc:
        draft(edition, user=user, organisation=org, data=main_answers() | {"entry": str(other.public_id)})
    assert "your organisation's own" in _errors(exc)["entry"][0]


def test_only_members_submit_for_an_organisation(edition):
    _user, org = submitter()
    with pytest.raises(PermissionDenied):
        submissions.save_draft(UserFactory(), track=edition.tracks.get(kind="main"), organisation=org, data={})


def test_exactly_one_category(edition):
    user, org = submitter()
    with pytest.raises(ValidationError) as exc:
        draft(edition, user=user, organisation=org, data=main_answers() | {"category": [3, 4]})
    assert _errors(exc)["category"] == ["Choose exactly one category: a project may enter only one."]


def test_short_description_must_be_150_to_200_words(edition):
    user, org = submitter()
    sub = draft(edition, user=user, organisation=org, data=main_answers() | {"short_description": words(149)})
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, sub)
    assert _errors(exc)["short_description"] == ["The short description must be 150–200 words long; it has 149."]
    sub = submissions.save_draft(user, submission=sub, data={"short_description": words(201)})
    with pytest.raises(ValidationError, match="it has 201"):
        submissions.submit(user, sub)
    submissions.save_draft(user, submission=sub, data={"short_description": words(200)})
    assert submissions.submit(user, sub).state == "submitted"


def test_every_answer_is_mandatory_with_a_minimum_word_count(edition):
    user, org = submitter()
    sub = draft(edition, user=user, organisation=org, data=main_answers() | {"partnerships": "", "results": words(10)})
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, sub)
    errors = _errors(exc)
    assert errors["partnerships"] == ["“Partnerships” is required."]
    assert errors["results"] == ["“Results” needs at least 40 words; it has 10."]
    assert Submission.objects.get(pk=sub.pk).state == "draft"


def test_english_only(edition):
    user, org = submitter()
    french = (
        "Le programme relie les écoles rurales au haut débit et forme les enseignants à utiliser des ressources "
        "numériques ouvertes dans leurs classes chaque semaine, tandis que des techniciens locaux entretiennent "
        "le matériel et rendent compte des progrès au bureau de l'éducation du district. "
    ) * 2
    sub = draft(edition, user=user, organisation=org, data=main_answers() | {"challenges": french})
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, sub)
    assert _errors(exc)["challenges"] == [
        "Please write this answer in English: submissions are accepted in English only."
    ]


def test_one_project_per_category_per_entity(edition):
    user, org = submitter()
    submissions.submit(user, draft(edition, user=user, organisation=org))
    with pytest.raises(ValidationError) as exc:
        draft(edition, user=user, organisation=org, data=main_answers(offset=7) | {"title": "Another project"})
    assert "Only one project per category per entity is allowed." in _errors(exc)["category"][0]
    # A different category is fine; the database refuses a second one in the same category too.
    other = draft(edition, user=user, organisation=org, data=main_answers(offset=7) | {"category": 5, "title": "X"})
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=other.pk).update(category=Submission.objects.exclude(pk=other.pk).get().category)


def test_a_withdrawn_submission_frees_the_category(edition):
    user, org = submitter()
    first = submissions.submit(user, draft(edition, user=user, organisation=org))
    assert submissions.withdraw(user, first).state == "withdrawn"
    assert draft(edition, user=user, organisation=org, data=main_answers(offset=3)).state == "draft"


def test_the_same_project_may_not_be_submitted_twice(edition):
    user, org = submitter()
    first = submissions.submit(user, draft(edition, user=user, organisation=org))
    # Same title in another category by another organisation.
    user2, org2 = submitter()
    copy = draft(edition, user=user2, organisation=org2, data=main_answers() | {"category": 9})
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user2, copy)
    assert _errors(exc)["__all__"] == [
        f"This project has already been submitted this year as “{first.title}” in category 4. "
        "The same project may not be submitted twice."
    ]
    # A near-identical description under a new title is the same project too.
    retitled = submissions.save_draft(user2, submission=copy, data={"title": "Completely different name"})
    with pytest.raises(ValidationError, match="may not be submitted twice"):
        submissions.submit(user2, retitled)
    # The same entry in another category.
    entry_copy = draft(
        edition,
        user=user,
        organisation=org,
        data=main_answers(offset=11) | {"category": 3, "title": "Other", "entry": str(first.entry.public_id)},
    )
    with pytest.raises(ValidationError, match="may not be submitted twice"):
        submissions.submit(user, entry_copy)


def test_previous_winners_are_not_eligible(edition):
    user, org = submitter()
    old = make_edition(2025, submission_open=False)
    won = Submission.objects.create(
        track=old.tracks.get(kind="main"),
        category=old.tracks.get(kind="main").categories.get(number=4),
        organisation=org,
        title="Connected Rural Schools Programme 0",
        state="winner",
    )
    sub = draft(edition, user=user, organisation=org)
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, sub)
    assert _errors(exc)["__all__"] == [
        f"This project won a WSIS Prize in 2025 (“{won.title}”); previous winners are not eligible."
    ]


def test_withdraw_only_before_the_deadline(edition):
    user, org = submitter()
    sub = submissions.submit(user, draft(edition, user=user, organisation=org))
    deadline = edition.tracks.get(kind="main").phases.get(kind="submission").ends_at
    with pytest.raises(ValidationError, match="withdrawn only before the deadline"):
        submissions.withdraw(user, sub, at=deadline + datetime.timedelta(seconds=1))


def test_returned_for_completion_can_be_resubmitted(edition):
    user, org = submitter()
    sub = submissions.submit(user, draft(edition, user=user, organisation=org))
    secretariat = user_with_role("secretariat")
    with pytest.raises(PermissionDenied):
        submissions.return_for_completion(user, sub, "x")
    sub = submissions.return_for_completion(secretariat, sub, "Please add figures with sources.")
    assert sub.state == "returned"
    mail = OutboxMessage.objects.get(kind="contests.returned")
    assert "Please add figures with sources." in mail.body_text
    sub = submissions.save_draft(user, submission=sub, data={"impact_quantitative": words(70)})
    assert submissions.submit(user, sub).state == "submitted"


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(28, 22), (29, 21)],  # 28 March 2026 is CET (UTC+1); on 29 March clocks go to CEST (UTC+2)
    ids=["before-DST-change", "after-DST-change"],
)
def test_deadline_edge_in_geneva_time_across_dst(day, utc_hour):
    deadline = geneva_datetime("Europe/Zurich", 2026, 3, day, 23)
    assert deadline.astimezone(datetime.UTC).hour == utc_hour
    phases = {
        "submission": (deadline - 30 * DAY, deadline),
        "nomination": (deadline + DAY, deadline + 10 * DAY),
    }
    edition = make_edition(2026, phases=phases)
    user, org = submitter()
    sub = draft(edition, user=user, organisation=org, at=deadline - DAY)
    # 23:00:01 Geneva time on the deadline day is refused, with the deadline in Geneva time.
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, sub, at=deadline + datetime.timedelta(seconds=1))
    zone = "CET" if day == 28 else "CEST"
    assert _errors(exc)["__all__"] == [
        f"The submission deadline has passed: it was {day} March 2026, 23:00 {zone} Geneva time."
    ]
    # One hour earlier in UTC terms would be wrong across DST: 22:59:59 Geneva is still accepted.
    assert submissions.submit(user, sub, at=deadline - datetime.timedelta(seconds=1)).state == "submitted"


def test_deadline_at_23_00_00_exactly_is_accepted():
    deadline = geneva_datetime("Europe/Zurich", 2026, 3, 15, 23)
    edition = make_edition(2026, phases={"submission": (deadline - 30 * DAY, deadline)})
    user, org = submitter()
    sub = draft(edition, user=user, organisation=org, at=deadline - DAY)
    assert submissions.submit(user, sub, at=deadline).state == "submitted"


def test_drafts_cannot_be_saved_after_the_deadline_or_before_opening():
    edition = make_edition(2027, submission_open=False)
    user, org = submitter()
    with pytest.raises(ValidationError, match="deadline has passed"):
        draft(edition, user=user, organisation=org)
    with pytest.raises(ValidationError, match="Submissions open on"):
        draft(edition, user=user, organisation=org, at=timezone.now() - 100 * DAY)


def test_an_unpublished_edition_takes_no_submissions():
    edition = make_edition(2028)
    edition.is_published = False
    edition.save()
    with pytest.raises(ValidationError, match="not open for submissions"):
        draft(edition)
