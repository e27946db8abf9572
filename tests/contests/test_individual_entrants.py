"""Individual entrants: a person without an organisation enters the Photo Contest or the Youth
Prize in their own name, with the same rules adapted (one entry per person, age confirmation)."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from stocktake.common.models import OutboxMessage
from stocktake.contests.models import Submission
from stocktake.contests.questionnaire import questions_for
from stocktake.contests.services import editions, submissions
from stocktake.judging.models import Conflict
from stocktake.taxonomy.models import Country
from tests.contests.factories import DAY, make_edition, submitter, words
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return make_edition(2027)


def _image(size=(1600, 1000)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, "PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def _photo(**extra):
    return {
        "title": "Grandmother reads the news on a tablet",
        "short_description": words(40),
        "photographer": "Amina Diallo",
        "location": "Dakar, Senegal",
        "age_confirmed": True,
        "rights_confirmed": True,
        "entrant_country": "SN",
    } | extra


def _youth(**extra):
    return {
        "title": "Coding after school",
        "short_description": words(60),
        "team": words(25),
        "inclusion_impact": words(55),
        "video_url": "https://video.example/after-school",
        "age_confirmed": True,
        "entrant_country": "KE",
    } | extra


def test_a_person_without_an_organisation_enters_the_photo_contest(edition):
    person = UserFactory()
    assert not person.memberships.exists()
    track = edition.tracks.get(kind="photo")
    draft = submissions.save_draft(
        person, track=track, as_individual=True, data=_photo(entrant_country=""), image=_image()
    )
    assert draft.organisation is None and draft.entrant == person and draft.is_individual
    with pytest.raises(ValidationError) as exc:
        submissions.submit(person, draft)
    assert exc.value.message_dict["entrant_country"] == ["Choose your country of residence."]
    draft = submissions.save_draft(person, submission=draft, data={"entrant_country": "sn", "age_confirmed": False})
    with pytest.raises(ValidationError) as exc:
        submissions.submit(person, draft)
    assert exc.value.message_dict["age_confirmed"] == ["Please confirm: I confirm that I am 18 years old or older."]
    draft = submissions.save_draft(person, submission=draft, data={"age_confirmed": True})
    done = submissions.submit(person, draft)
    assert done.state == "submitted" and done.entry is None
    assert done.entrant_name == person.name and done.country.code == "SN"
    # The receipt goes to the entrant.
    assert OutboxMessage.objects.filter(kind="contests.received", to_email=person.email).count() == 1


def test_one_entry_per_person_per_category(edition):
    person = UserFactory()
    track = edition.tracks.get(kind="photo")
    first = submissions.save_draft(person, track=track, as_individual=True, data=_photo(), image=_image())
    with pytest.raises(ValidationError) as exc:
        submissions.save_draft(person, track=track, as_individual=True, data=_photo(title="Another view"))
    assert "Only one entry per person per category" in exc.value.message_dict["category"][0]
    # Another person, and the same person through an organisation, are separate entrants.
    submissions.save_draft(UserFactory(), track=track, as_individual=True, data=_photo(title="Third"))
    member, org = submitter()
    submissions.save_draft(member, track=track, organisation=org, data=_photo(title="Fourth"))
    # Withdrawing frees the place.
    submissions.withdraw(person, first)
    assert submissions.save_draft(person, track=track, as_individual=True, data=_photo(title="Again")).pk


def test_the_database_enforces_one_entrant_and_one_entry_per_person(edition):
    person = UserFactory()
    _member, org = submitter()
    track = edition.tracks.get(kind="photo")
    category = track.categories.get()
    common = {"track": track, "category": category, "title": "x", "state": "submitted"}
    Submission.objects.create(entrant=person, **common)
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.create(entrant=person, **common)
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.create(entrant=person, organisation=org, **common | {"title": "both"})
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.create(**common | {"title": "neither"})
    # A withdrawn entry does not hold the place.
    Submission.objects.filter(entrant=person).update(state="withdrawn")
    Submission.objects.create(entrant=person, **common)


def test_tracks_for_organisations_refuse_individuals_and_unconfirmed_people(edition):
    main = edition.tracks.get(kind="main")
    with pytest.raises(ValidationError) as exc:
        submissions.save_draft(UserFactory(), track=main, as_individual=True, data={"title": "Mine"})
    assert "accepts entries from organisations only" in exc.value.message_dict["organisation"][0]
    with pytest.raises(PermissionDenied):
        submissions.save_draft(
            UserFactory(confirmed=False), track=edition.tracks.get(kind="photo"), as_individual=True, data=_photo()
        )
    assert not Submission.objects.exists()


def test_youth_prize_age_range_is_a_track_setting():
    now = timezone.now()
    # The submission phase has not opened: the track's settings may still change.
    edition = make_edition(2028, phases={"submission": (now + 10 * DAY, now + 20 * DAY)})
    track = edition.tracks.get(kind="youth")
    label = next(q.label for q in questions_for(track) if q.key == "age_confirmed")
    assert "between 18 and 29 years old" in label
    editions.update_track(user_with_role("secretariat"), track, settings={"entrant_age": [15, 24]})
    track.refresh_from_db()
    label = next(q.label for q in questions_for(track) if q.key == "age_confirmed")
    assert "between 15 and 24 years old" in label


def test_youth_entry_by_an_individual_needs_the_age_confirmation(edition):
    person = UserFactory()
    track = edition.tracks.get(kind="youth")
    draft = submissions.save_draft(person, track=track, as_individual=True, data=_youth(age_confirmed=False))
    with pytest.raises(ValidationError) as exc:
        submissions.submit(person, draft)
    assert list(exc.value.message_dict) == ["age_confirmed"]
    draft = submissions.save_draft(person, submission=draft, data={"age_confirmed": "on"})
    assert submissions.submit(person, draft).state == "submitted"


def test_the_form_lets_a_person_enter_in_their_own_name(client, edition):
    person = UserFactory()
    client.force_login(person)
    page = client.get(reverse("contests:my-submissions")).content.decode()
    assert reverse("contests:submission-new", args=[2027, "photo-contest"]) in page
    assert reverse("contests:submission-new", args=[2027, "wsis-prizes"]) not in page
    # The main prize still needs an organisation.
    response = client.get(reverse("contests:submission-new", args=[2027, "wsis-prizes"]))
    assert response.status_code == 302
    url = reverse("contests:submission-new", args=[2027, "photo-contest"])
    form_page = client.get(url).content.decode()
    assert 'name="entrant_country"' in form_page and 'name="organisation"' not in form_page
    data = _photo(age_confirmed="on", rights_confirmed="on", action="submit")
    response = client.post(url, data | {"image": _image()})
    assert response.status_code == 302, response.content.decode()[:3000]
    submission = Submission.objects.get()
    assert submission.entrant == person and submission.state == "submitted"
    listing = client.get(reverse("contests:my-submissions")).content.decode()
    assert submission.title in listing and "Myself (individual entry)" in listing
    # Nobody else sees it.
    client.force_login(UserFactory())
    assert client.get(reverse("contests:submission-edit", args=[submission.public_id])).status_code == 404


def test_a_member_of_an_organisation_may_still_enter_on_their_own(client, edition):
    member, org = submitter()
    client.force_login(member)
    url = reverse("contests:submission-new", args=[2027, "photo-contest"])
    page = client.get(url).content.decode()
    assert "Myself, as an individual" in page and org.name in page
    response = client.post(url, _photo(organisation="", action="save") | {"image": _image()})
    assert response.status_code == 302
    assert Submission.objects.get().entrant == member


def test_the_api_creates_an_individual_entry(api_client, edition):
    person = UserFactory()
    api_client.force_authenticate(person)
    data = _photo(edition=2027, track="photo-contest", age_confirmed="true", rights_confirmed="true")
    response = api_client.post("/api/v1/submissions/", data | {"image": _image()}, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["organisation"] is None
    assert body["entrant"] == {"type": "individual", "name": person.name, "country": "SN"}
    response = api_client.post(f"/api/v1/submissions/{body['id']}/submit/")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "submitted"
    assert [s["id"] for s in api_client.get("/api/v1/submissions/").json()["results"]] == [body["id"]]
    # Main prize: a person without an organisation gets a clear problem, not a 500.
    response = api_client.post(
        "/api/v1/submissions/", {"edition": 2027, "track": "wsis-prizes", "title": "x"}, format="json"
    )
    assert response.status_code == 400 and "organisation" in response.content.decode()
    # Someone else cannot read it.
    api_client.force_authenticate(UserFactory())
    assert api_client.get(f"/api/v1/submissions/{body['id']}/").status_code == 404


def test_conflicts_of_interest_for_individual_entries():
    from tests.judging.factories import active_reviewer, review_edition

    edition = review_edition()
    edition.conflict_same_country = True
    edition.save()
    track = edition.tracks.get(kind="photo")
    person = UserFactory()
    common = {"track": track, "category": track.categories.get(), "state": "submitted", "submitted_at": timezone.now()}
    own = Submission.objects.create(
        entrant=person, title="Own", entrant_country=Country.objects.get(code="SN"), **common
    )
    other = Submission.objects.create(
        entrant=UserFactory(), title="Other", entrant_country=Country.objects.get(code="FR"), **common
    )
    secretariat = user_with_role("secretariat")
    # The entrant is also an expert: their own entry is a conflict; a Senegalese expert is
    # conflicted for the Senegalese entry only.
    expert = active_reviewer(edition, user=person, secretariat=secretariat)
    assert Conflict.objects.filter(reviewer=expert, submission=own, source="own").exists()
    senegalese = active_reviewer(edition, secretariat=secretariat, country=Country.objects.get(code="SN"))
    assert Conflict.objects.filter(reviewer=senegalese, submission=own, source="country").exists()
    assert not Conflict.objects.filter(reviewer=senegalese, submission=other).exists()


def test_review_pages_and_export_show_individual_entrants(client):
    from stocktake.judging.services import panel
    from tests.judging.factories import active_reviewer, review_edition

    edition = review_edition()
    track = edition.tracks.get(kind="photo")
    person = UserFactory(name="Lina Haddad")
    sub = Submission.objects.create(
        entrant=person,
        track=track,
        category=track.categories.get(),
        title="Market by phone light",
        state="submitted",
        submitted_at=timezone.now(),
        entrant_country=Country.objects.get(code="JO"),
    )
    secretariat = user_with_role("secretariat")
    expert = active_reviewer(edition, secretariat=secretariat)
    panel.assign(secretariat, expert, sub)
    client.force_login(expert.user)
    page = client.get(reverse("judging:review", args=[sub.public_id])).content.decode()
    assert "Lina Haddad" in page and "Jordan" in page
    client.force_login(secretariat)
    page = client.get(reverse("judging:ranking", args=[2027, "photo-contest", 1])).content.decode()
    assert "Lina Haddad" in page
    csv = b"".join(client.get(reverse("judging:export", args=[2027])).streaming_content).decode()
    assert "Market by phone light,Lina Haddad,JO,submitted" in csv
