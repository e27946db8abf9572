import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from stocktake.contests.models import Submission
from stocktake.contests.services import submissions
from stocktake.judging.services import decisions
from tests.contests.factories import make_edition, submitter, words
from tests.factories import OrganisationFactory, member_of, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return make_edition(2027)


def _image(size=(1600, 1000), fmt="PNG", name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def _photo_data(**extra):
    return {
        "title": "Coding club on a river boat",
        "short_description": words(40),
        "photographer": "Ada Obi",
        "location": "Lagos, Nigeria",
        "age_confirmed": True,
        "rights_confirmed": True,
    } | extra


def test_photo_contest_validates_the_image_and_the_age_confirmation(edition):
    user, org = submitter()
    track = edition.tracks.get(kind="photo")
    assert track.winners_per_category == 3
    with pytest.raises(ValidationError) as exc:
        submissions.save_draft(
            user,
            track=track,
            organisation=org,
            data=_photo_data(),
            image=SimpleUploadedFile("photo.png", b"not an image at all", content_type="image/png"),
        )
    assert exc.value.message_dict["image"] == ["This file is not a JPEG or PNG image."]
    with pytest.raises(ValidationError, match="at least 1200 pixels"):
        submissions.save_draft(user, track=track, organisation=org, data=_photo_data(), image=_image((800, 600)))
    draft = submissions.save_draft(
        user, track=track, organisation=org, data=_photo_data(age_confirmed=False), image=_image()
    )
    assert draft.image.name.endswith(".jpg")
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, draft)
    assert exc.value.message_dict["age_confirmed"] == ["Please confirm: I confirm that I am 18 years old or older."]
    draft = submissions.save_draft(user, submission=draft, data={"age_confirmed": True})
    assert submissions.submit(user, draft).state == "submitted"
    assert draft.entry is None  # photos are not repository entries


def test_photo_upload_through_the_form(client, edition):
    user, org = submitter()
    client.force_login(user)
    url = reverse("contests:submission-new", args=[2027, "photo-contest"])
    data = _photo_data(organisation=org.pk, action="submit", age_confirmed="on", rights_confirmed="on")
    response = client.post(url, data | {"image": _image()})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Submission.objects.get().state == "submitted"


def test_healthy_ageing_one_project_per_entity(edition):
    user, org = submitter()
    track = edition.tracks.get(kind="healthy-ageing")
    data = {
        "title": "Falls alert for older people",
        "short_description": words(160),
        "solution": words(85),
        "older_people_impact": words(65),
        "evidence": words(45),
        "scalability": words(45),
        "sdgs": [3],
        "countries": ["BE"],
    }
    first = submissions.save_draft(user, track=track, organisation=org, data=data)
    submissions.submit(user, first)
    with pytest.raises(ValidationError) as exc:
        submissions.save_draft(user, track=track, organisation=org, data=data | {"title": "Another one"})
    assert "one project per entity" in exc.value.message_dict["category"][0]


def test_youth_prize_needs_a_video_link_or_an_image(edition):
    user, org = submitter()
    track = edition.tracks.get(kind="youth")
    data = {
        "title": "Girls code camp",
        "short_description": words(60),
        "team": words(25),
        "inclusion_impact": words(55),
        "age_confirmed": True,
    }
    draft = submissions.save_draft(user, track=track, organisation=org, data=data)
    with pytest.raises(ValidationError) as exc:
        submissions.submit(user, draft)
    assert exc.value.message_dict["video_url"] == ["Give a link to your video or upload an image or poster."]
    draft = submissions.save_draft(user, submission=draft, data={"video_url": "https://video.example/camp"})
    assert submissions.submit(user, draft).state == "submitted"


def test_special_track_shortlist_then_one_winner():
    from tests.judging.factories import review_edition

    edition = review_edition()
    secretariat = user_with_role("secretariat")
    track = edition.tracks.get(kind="service-design")
    category = track.categories.get()
    subs = []
    for i in range(3):
        org = OrganisationFactory()
        subs.append(
            Submission.objects.create(
                track=track,
                category=category,
                organisation=org,
                submitted_by=member_of(org),
                title=f"Service {i}",
                state="submitted",
            )
        )
    decisions.stage_decision(secretariat, subs[0], "nominate")
    decisions.stage_decision(secretariat, subs[1], "nominate")
    decisions.stage_decision(secretariat, subs[2], "not-nominate")
    decisions.apply_decisions(secretariat, track)
    states = [Submission.objects.get(pk=s.pk).state for s in subs]
    assert states == ["finalist", "finalist", "not_nominated"]  # the shortlist goes on to the pitch
    with pytest.raises(ValidationError, match="2 winners; it has 1"):
        decisions.select_winners(secretariat, track, subs[:2])
    with pytest.raises(ValidationError, match="is not a finalist"):
        decisions.select_winners(secretariat, track, [subs[2]])
    assert decisions.select_winners(secretariat, track, [subs[0]]) == 1
    assert Submission.objects.get(pk=subs[0].pk).state == "winner"
    assert Submission.objects.get(pk=subs[1].pk).state == "finalist"


def test_main_track_winner_makes_the_other_finalists_champions():
    from tests.judging.factories import review_edition, submitted

    edition = review_edition()
    secretariat = user_with_role("secretariat")
    track = edition.tracks.get(kind="main")
    five = [submitted(edition, n=i) for i in range(5)]
    Submission.objects.filter(pk__in=[s.pk for s in five]).update(state="finalist")
    # Ties happen (two winners in one category in 2025): allowed when confirmed.
    decisions.select_winners(secretariat, track, five[:2], allow_tie=True)
    states = sorted(Submission.objects.values_list("state", flat=True))
    assert states == ["champion", "champion", "champion", "winner", "winner"]
