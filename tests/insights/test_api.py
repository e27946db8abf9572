"""The API contract: POST /api/v1/insights/suggest and GET /api/v1/insights/similar/{entry}."""

import uuid

import pytest

from tests.insights.factories import (
    FARMING,
    FARMING_TITLE,
    REWORDED,
    REWORDED_TITLE,
    TELEMEDICINE,
    TELEMEDICINE_TITLE,
    published_entry,
)

pytestmark = pytest.mark.django_db

SUGGEST = "/api/v1/insights/suggest"


def test_suggest_returns_ranked_labels_with_names_scores_and_evidence(api_client, load_models):
    load_models()
    response = api_client.post(SUGGEST, {"title": TELEMEDICINE_TITLE, "description": TELEMEDICINE}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"model", "categories", "action_lines", "subtopics", "sdgs", "gdc_objectives"}
    top = body["categories"][0]
    assert top["number"] == 10 and top["key"] == 10
    assert top["name"] == "E-health" or "health" in top["name"].lower()
    assert 0 < top["score"] <= 1 and top["evidence"]
    assert body["action_lines"][0]["code"] == "C7.4" and body["action_lines"][0]["parent"] == "C7"
    assert 3 in [s["number"] for s in body["sdgs"]]
    assert len(body["categories"]) == 5
    for family in ["categories", "action_lines", "sdgs", "gdc_objectives"]:
        scores = [item["score"] for item in body[family]]
        assert scores == sorted(scores, reverse=True)


def test_suggest_is_deterministic(api_client, load_models):
    load_models()
    payload = {"title": FARMING_TITLE, "description": FARMING}
    first = api_client.post(SUGGEST, payload, format="json").json()
    second = api_client.post(SUGGEST, payload, format="json").json()
    assert first == second
    assert first["categories"][0]["number"] == 13


def test_suggest_names_follow_the_request_language(api_client, load_models):
    load_models()
    body = api_client.post(
        SUGGEST, {"title": TELEMEDICINE_TITLE, "description": TELEMEDICINE}, format="json", HTTP_ACCEPT_LANGUAGE="fr"
    ).json()
    assert body["sdgs"][0]["name"] == "Bonne santé et bien-être"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": "A title"}, "description"),
        ({"title": "A", "description": "two"}, "description"),
        ({"title": "x" * 251, "description": TELEMEDICINE}, "title"),
        ({"title": "A", "description": 42}, "description"),
        ({"title": "A", "description": TELEMEDICINE, "language": "xx"}, "language"),
    ],
)
def test_bad_input_is_problem_json(api_client, load_models, payload, field):
    load_models()
    response = api_client.post(SUGGEST, payload, format="json")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 400 and field in body["errors"]


def test_malformed_json_is_problem_json(api_client):
    response = api_client.post(SUGGEST, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")


def test_similar_finds_the_reworded_copy(api_client, load_models, django_assert_max_num_queries):
    original = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    copy = published_entry(REWORDED_TITLE, REWORDED)
    published_entry(FARMING_TITLE, FARMING, lines=["C7.7"], sdgs=[2])
    load_models()
    # The entry, and the catch-up read of rows changed since the index was loaded (constant).
    with django_assert_max_num_queries(8):
        response = api_client.get(f"/api/v1/insights/similar/{original.public_id}")
    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["public_id"] == str(copy.public_id)
    assert results[0]["kind"] == "entry" and results[0]["is_duplicate"] is True
    assert 0.4 <= results[0]["score"] <= 1
    assert str(original.public_id) not in [r["public_id"] for r in results]
    assert all(not r["is_duplicate"] for r in results[1:])


def test_similar_of_unknown_or_unpublished_entry_is_404(api_client, load_models):
    draft = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE, state="draft", published_at=None)
    load_models()
    for public_id in [uuid.uuid4(), draft.public_id]:
        response = api_client.get(f"/api/v1/insights/similar/{public_id}")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/problem+json")
    assert api_client.get("/api/v1/insights/similar/not-a-uuid").status_code == 404


def test_schema_documents_the_endpoints(api_client):
    schema = api_client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    text = schema.content.decode()
    assert "/api/v1/insights/suggest" in text and "/api/v1/insights/similar/{public_id}" in text
