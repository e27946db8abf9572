import csv
import io
import json

import pytest
from openpyxl import load_workbook
from rest_framework.authtoken.models import Token

from stocktake.repository.models import Entry
from stocktake.repository.search import indexer
from stocktake.repository.services import entries as svc
from tests.factories import EntryFactory, OrganisationFactory, member_of
from tests.repository.factories import complete_data, owner_and_org, published_entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warm_reference_cache():
    from stocktake.repository.search.facets import describe

    describe("sdg_1")


@pytest.fixture
def many_entries():
    entries = [
        EntryFactory(title=f"Open data portal {i}", tags={"countries": ["KE", "BR"][i % 2 :][:1], "sdgs": [9, 16]})
        for i in range(30)
    ]
    entries[0].title = "=HYPERLINK(evil)"
    entries[0].save()
    indexer.index_entries([e.pk for e in entries])
    return entries


def token_client(api_client, user):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return api_client


def test_list_with_facets_and_paging(api_client, many_entries, django_assert_max_num_queries):
    api_client.get("/api/v1/entries/", {"q": "warm"})  # per-process facet bitmaps are built once
    with django_assert_max_num_queries(6):
        body = api_client.get("/api/v1/entries/", {"q": "portal", "country": "BR", "page_size": 10}).json()
    assert body["count"] == 15 and body["pages"] == 2 and len(body["results"]) == 10
    assert body["next"].endswith("page=2") or "page=2" in body["next"]
    # The filtered facet counts as if it were not filtered (so KE shows what switching would give);
    # the other facets count the 15 results.
    countries = {f["value"]: (f["count"], f["selected"]) for f in body["facets"]["country"]}
    assert countries == {"BR": (15, True), "KE": (14, False)}
    assert {f["value"]: f["count"] for f in body["facets"]["sdg"]} == {"9": 15, "16": 15}
    assert "<mark>" in body["results"][0]["snippet_html"] or body["results"][0]["title"].startswith("Open data")


def test_detail_public_and_hidden(api_client):
    entry, owner, _ = published_entry()
    body = api_client.get(f"/api/v1/entries/{entry.public_id}/").json()
    assert body["title"] == entry.title and body["sdgs"] == [4, 10] and "working_version" not in body
    draft = svc.create_entry(owner, entry.organisation, {"title": "Hidden"})
    response = api_client.get(f"/api/v1/entries/{draft.public_id}/")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/problem+json")


def test_owner_creates_patches_submits_with_token(api_client):
    owner, _org = owner_and_org()
    client = token_client(api_client, owner)
    response = client.post("/api/v1/entries/", {"title": "API entry"}, format="json")
    assert response.status_code == 201, response.json()
    public_id = response.json()["id"]
    response = client.patch(f"/api/v1/entries/{public_id}/", {"sdgs": [99]}, format="json")
    assert response.status_code == 400
    problem = response.json()
    assert response["Content-Type"].startswith("application/problem+json") and "sdgs" in problem["errors"]
    response = client.post(f"/api/v1/entries/{public_id}/submit/")
    assert response.status_code == 400 and "description" in response.json()["errors"]
    data = complete_data()
    response = client.patch(f"/api/v1/entries/{public_id}/", data, format="json")
    assert response.status_code == 200
    assert response.json()["working_version"]["content"]["countries"] == ["KE", "UG"]
    response = client.post(f"/api/v1/entries/{public_id}/submit/")
    assert response.status_code == 200 and response.json()["working_version"]["state"] == "submitted"


def test_api_writes_are_scoped_to_own_organisations(api_client):
    owner, org = owner_and_org()
    entry = svc.create_entry(owner, org, complete_data())
    stranger = member_of(OrganisationFactory())
    client = token_client(api_client, stranger)
    assert client.post("/api/v1/entries/", {"organisation": org.slug, "title": "x"}, format="json").status_code == 403
    assert client.patch(f"/api/v1/entries/{entry.public_id}/", {"title": "x"}, format="json").status_code == 404
    assert client.post(f"/api/v1/entries/{entry.public_id}/submit/").status_code == 404
    api_client.credentials()
    assert api_client.post("/api/v1/entries/", {"title": "x"}, format="json").status_code in (401, 403)
    assert Entry.objects.count() == 1


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_exports_stream_the_same_result(api_client, many_entries, django_assert_max_num_queries):
    params = {"country": "KE", "sort": "title"}
    with django_assert_max_num_queries(16):
        response = api_client.get("/api/v1/entries/export.csv", params)
        rows = list(csv.DictReader(io.StringIO(_body(response).decode("utf-8-sig"))))
    assert response["Content-Disposition"].startswith("attachment")
    assert len(rows) == 15 and rows[0]["countries"] == "KE"
    assert rows[0]["title"].startswith("'=")  # formula injection defused
    data = json.loads(_body(api_client.get("/api/v1/entries/export.json", params)))
    assert [d["title"] for d in data][1:] == [r["title"] for r in rows][1:]
    xlsx = api_client.get("/api/v1/entries/export.xlsx", params)
    book = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)), read_only=True)
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert len(sheet_rows) == 16 and sheet_rows[0][0] == "id"
    assert api_client.get("/api/v1/entries/export.pdf").status_code == 404
