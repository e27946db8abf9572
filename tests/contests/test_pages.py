import pytest
from django.urls import reverse
from django.utils import timezone

from stocktake.contests.models import Submission
from tests.contests.factories import DAY, main_answers, make_edition, submitter, words
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return make_edition(2027)


def _post_data(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


def test_public_edition_page_shows_phases_in_geneva_time_and_a_countdown(
    client, edition, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = client.get(reverse("contests:edition-detail", args=[2027]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geneva time" in html and "data-countdown" in html
    assert "WSIS Photo Contest" in html and "Submit a project" in html
    assert "CET" in html or "CEST" in html


def test_unpublished_edition_is_hidden(client):
    edition = make_edition(2028)
    edition.is_published = False
    edition.save()
    assert client.get(reverse("contests:edition-detail", args=[2028])).status_code == 404


def test_submitter_saves_a_draft_then_submits_through_the_form(client, edition):
    user, org = submitter()
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "wsis-prizes"])
    page = client.get(url)
    assert page.status_code == 200 and 'data-words-min="150"' in page.content.decode()
    data = main_answers() | {"organisation": org.pk, "action": "save"}
    response = client.post(url, _post_data(data))
    assert response.status_code == 302
    sub = Submission.objects.get()
    assert sub.state == "draft"
    edit = reverse("contests:submission-edit", args=[sub.public_id])
    # Autosave takes a partial change.
    saved = client.post(
        reverse("contests:submission-autosave", args=[sub.public_id]),
        _post_data(main_answers() | {"goals": words(40, 3)}),
    )
    assert saved.status_code == 200 and saved.json()["saved"] is True
    response = client.post(edit, _post_data(main_answers() | {"action": "submit"}))
    assert response.status_code == 302
    sub.refresh_from_db()
    assert sub.state == "submitted"


def test_an_incomplete_submission_shows_the_rule_messages_on_the_fields(client, edition):
    user, org = submitter()
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "wsis-prizes"])
    data = main_answers() | {"organisation": org.pk, "action": "submit", "short_description": words(120)}
    response = client.post(url, _post_data(data))
    assert response.status_code == 400
    html = response.content.decode()
    assert "The short description must be 150–200 words long; it has 120." in html
    assert 'aria-invalid="true"' in html and 'href="#id_short_description"' in html
    # The draft itself was kept, so nothing typed is lost.
    assert Submission.objects.get().state == "draft"


def test_someone_else_cannot_open_a_submission(client, edition):
    from tests.contests.factories import draft

    sub = draft(edition)
    client.force_login(UserFactory())
    assert client.get(reverse("contests:submission-edit", args=[sub.public_id])).status_code == 404


def test_dashboard_lists_own_submissions_with_few_queries(client, edition, django_assert_max_num_queries):
    from tests.contests.factories import draft

    user, org = submitter()
    for i, number in enumerate([1, 2, 3, 4, 5]):
        draft(
            edition, user=user, organisation=org, data=main_answers(offset=i) | {"category": number, "title": f"P{i}"}
        )
    client.force_login(user)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("contests:my-submissions"))
    assert response.status_code == 200
    assert response.content.decode().count("/withdraw/") == 5
    assert all(f"P{i}" in response.content.decode() for i in range(5))


def test_withdraw_through_the_page(client, edition):
    from tests.contests.factories import draft

    user, org = submitter()
    sub = draft(edition, user=user, organisation=org)
    client.force_login(user)
    url = reverse("contests:submission-withdraw", args=[sub.public_id])
    assert client.get(url).status_code == 200
    assert client.post(url, {"confirm": "on"}).status_code == 302
    sub.refresh_from_db()
    assert sub.state == "withdrawn"


def test_secretariat_creates_an_edition_with_geneva_deadlines(client):
    from stocktake.contests.models import Edition
    from stocktake.contests.queries import format_local
    from tests.factories import user_with_role

    client.force_login(UserFactory())
    assert client.get(reverse("contests:edition-create")).status_code == 403
    client.force_login(user_with_role("secretariat"))
    response = client.post(
        reverse("contests:edition-create"),
        {
            "year": 2030,
            "submission_starts": "2029-10-01T00:00",
            "submission_ends": "2030-03-31T23:00",  # after the DST change on 31 March 2030
            "nomination_starts": "2030-04-01T00:00",
            "nomination_ends": "2030-04-20T23:00",
        },
    )
    assert response.status_code == 302
    edition = Edition.objects.get(year=2030)
    deadline = edition.tracks.get(kind="main").phases.get(kind="submission").ends_at
    assert format_local(deadline, edition) == "31 March 2030, 23:00 CEST"
    assert edition.tracks.count() == 5 and not edition.is_published
    manage = reverse("contests:edition-manage", args=[2030])
    assert client.get(manage).status_code == 200
    client.post(manage, {"publish": "yes"})
    edition.refresh_from_db()
    assert edition.is_published
    bad = client.post(reverse("contests:edition-create"), {"year": 2031, "submission_starts": "2030-10-01T00:00"})
    assert bad.status_code == 400 and "Give both the start and the end" in bad.content.decode()


def test_nominees_are_public_after_the_nomination_phase(client, django_assert_max_num_queries):
    from stocktake.contests.models import Submission
    from tests.contests.factories import phases_around

    now = timezone.now()
    phases = phases_around(now - 40 * DAY)  # submission and nomination are over
    edition = make_edition(2026, phases=phases)
    track = edition.tracks.get(kind="main")
    _user, org = submitter()
    Submission.objects.create(
        track=track,
        category=track.categories.get(number=4),
        organisation=org,
        title="Visible nominee",
        state="nominated",
    )
    Submission.objects.create(
        track=track,
        category=track.categories.get(number=5),
        organisation=org,
        title="Hidden one",
        state="not_nominated",
    )
    with django_assert_max_num_queries(8):
        html = client.get(reverse("contests:edition-detail", args=[2026])).content.decode()
    assert "Visible nominee" in html and "Hidden one" not in html


def test_submission_form_offers_tag_suggestions_without_matching_itself(client, edition):
    user, org = submitter()
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "wsis-prizes"])
    html = client.get(url).content.decode()
    assert "data-insights-assist" in html
    assert 'data-description-field="id_short_description"' in html
    client.post(url, _post_data(main_answers() | {"organisation": org.pk, "action": "save"}))
    sub = Submission.objects.get()
    html = client.get(reverse("contests:submission-edit", args=[sub.public_id])).content.decode()
    expected = f"submission:{sub.public_id}" + (f",entry:{sub.entry.public_id}" if sub.entry_id else "")
    assert f'data-exclude="{expected}"' in html


def test_a_new_submission_can_reuse_a_published_entry_of_the_organisation(client, edition):
    """The new-submission form lists the organisation's repository entries, so a submitter can enter
    a project that is already in the repository without first saving a draft."""
    from tests.factories import EntryFactory, OrganisationFactory

    user, org = submitter()
    entry = EntryFactory(organisation=org, title="Village broadband cooperative")
    EntryFactory(organisation=OrganisationFactory(), title="Someone else's project")
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "wsis-prizes"])
    html = client.get(url).content.decode()
    assert f'value="{entry.public_id}"' in html and "Village broadband cooperative" in html
    assert "Someone else&#x27;s project" not in html
    data = main_answers() | {"organisation": org.pk, "entry": str(entry.public_id), "countries": None}
    response = client.post(url, _post_data(data | {"action": "submit"}))
    assert response.status_code == 302
    submitted = Submission.objects.get()
    assert submitted.state == "submitted" and submitted.entry == entry


def test_an_entry_of_another_organisation_of_the_submitter_is_refused(client, edition):
    from tests.factories import EntryFactory, Membership, OrganisationFactory

    user, org = submitter()
    other = OrganisationFactory(name="Second organisation")
    Membership.objects.create(user=user, organisation=other, role=Membership.OrgRole.ADMIN)
    foreign = EntryFactory(organisation=other, title="Project of the second organisation")
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "wsis-prizes"])
    assert "Project of the second organisation (Second organisation)" in client.get(url).content.decode()
    data = main_answers() | {"organisation": org.pk, "entry": str(foreign.public_id), "action": "save"}
    response = client.post(url, _post_data(data))
    assert response.status_code == 400
    assert "Choose one of your organisation" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_dashboard_shows_the_submissions_of_my_organisations(client, edition):
    from tests.contests.factories import draft

    user, org = submitter()
    client.force_login(user)
    assert "My prize submissions" not in client.get(reverse("web:dashboard")).content.decode()
    submission = draft(edition, user=user, organisation=org)
    html = client.get(reverse("web:dashboard")).content.decode()
    assert "My prize submissions" in html and submission.title in html and "state-draft" in html
    assert reverse("contests:my-submissions") in html
