import pytest

from stocktake.contests.models import Submission
from tests.contests.factories import draft, main_answers, make_edition, submitter, words
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return make_edition(2027)


def test_editions_list_and_detail(api_client, edition, django_assert_max_num_queries):
    listing = api_client.get("/api/v1/editions/")
    assert listing.status_code == 200 and listing.json()[0]["year"] == 2027
    with django_assert_max_num_queries(6):
        response = api_client.get("/api/v1/editions/2027/")
    assert response.status_code == 200
    body = response.json()
    main = next(t for t in body["tracks"] if t["kind"] == "main")
    assert len(main["categories"]) == 18 and main["categories"][9]["action_line"] == "C7.4"
    assert main["current_phase"] == "submission"
    sub = next(p for p in main["phases"] if p["kind"] == "submission")
    assert sub["is_open"] is True
    assert sub["ends_at"][-6:] in {"+01:00", "+02:00"}  # Geneva offset, DST-aware
    assert "CET" in sub["ends_at_label"] or "CEST" in sub["ends_at_label"]
    assert api_client.get("/api/v1/editions/1999/").status_code == 404


def test_create_update_submit_withdraw(api_client, edition):
    user, org = submitter()
    api_client.force_authenticate(user)
    data = main_answers() | {"edition": 2027, "track": "wsis-prizes", "organisation": str(org.public_id)}
    created = api_client.post("/api/v1/submissions/", data, format="json")
    assert created.status_code == 201, created.json()
    sid = created.json()["id"]
    assert created.json()["state"] == "draft"
    patched = api_client.patch(f"/api/v1/submissions/{sid}/", {"goals": words(40, 2)}, format="json")
    assert patched.status_code == 200 and patched.json()["answers"]["goals"].startswith("connects rural")
    submitted = api_client.post(f"/api/v1/submissions/{sid}/submit/")
    assert submitted.status_code == 200 and submitted.json()["state"] == "submitted"
    assert submitted.json()["entry"]
    withdrawn = api_client.post(f"/api/v1/submissions/{sid}/withdraw/")
    assert withdrawn.json()["state"] == "withdrawn"


def test_api_refuses_with_the_same_messages_as_the_web(api_client, edition):
    user, org = submitter()
    api_client.force_authenticate(user)
    data = main_answers() | {"edition": 2027, "organisation": str(org.public_id), "short_description": words(99)}
    sid = api_client.post("/api/v1/submissions/", data, format="json").json()["id"]
    response = api_client.post(f"/api/v1/submissions/{sid}/submit/")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["errors"]["short_description"] == [
        "The short description must be 150–200 words long; it has 99."
    ]
    two = api_client.post("/api/v1/submissions/", data | {"category": [1, 2]}, format="json")
    assert two.status_code == 400
    assert two.json()["errors"]["category"] == ["Choose exactly one category: a project may enter only one."]
    again = api_client.post("/api/v1/submissions/", data | {"title": "Other"}, format="json")
    assert "Only one project per category per entity is allowed." in again.json()["errors"]["category"][0]


def test_others_submissions_are_invisible(api_client, edition, django_assert_max_num_queries):
    sub = draft(edition)
    api_client.force_authenticate(UserFactory())
    assert api_client.get(f"/api/v1/submissions/{sub.public_id}/").status_code == 404
    assert api_client.post(f"/api/v1/submissions/{sub.public_id}/submit/").status_code == 404
    assert api_client.get("/api/v1/submissions/").json()["count"] == 0
    api_client.force_authenticate(None)
    assert api_client.get("/api/v1/submissions/").status_code in {401, 403}


def test_submission_list_query_count(api_client, edition, django_assert_max_num_queries):
    user, org = submitter()
    for i in range(6):
        draft(edition, user=user, organisation=org, data=main_answers(i) | {"category": i + 1, "title": f"T{i}"})
    api_client.force_authenticate(user)
    with django_assert_max_num_queries(8):
        response = api_client.get("/api/v1/submissions/")
    assert response.json()["count"] == 6
    assert Submission.objects.count() == 6


def test_photo_entry_with_an_image_through_the_api(api_client, edition):
    import io

    from PIL import Image

    user, org = submitter()
    api_client.force_authenticate(user)
    buffer = io.BytesIO()
    Image.new("RGB", (1500, 1000), (10, 90, 160)).save(buffer, "JPEG")
    buffer.name = "photo.jpg"
    buffer.seek(0)
    data = {
        "edition": 2027,
        "track": "photo-contest",
        "organisation": str(org.public_id),
        "title": "Signal on the ridge",
        "short_description": words(40),
        "photographer": "Sabina Gurung",
        "location": "Nepal",
        "age_confirmed": "true",
        "rights_confirmed": "true",
        "image": buffer,
    }
    created = api_client.post("/api/v1/submissions/", data, format="multipart")
    assert created.status_code == 201, created.json()
    submitted = api_client.post(f"/api/v1/submissions/{created.json()['id']}/submit/")
    assert submitted.status_code == 200 and submitted.json()["state"] == "submitted"
    assert submitted.json()["image"].endswith(".jpg")
