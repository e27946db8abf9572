import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("/api/v1/categories/", 18),
        ("/api/v1/sdgs/", 17),
        ("/api/v1/gdc-objectives/", 5),
        ("/api/v1/regions/", 7),
        ("/api/v1/action-lines/", 19),
    ],
)
def test_taxonomy_lists(api_client, path, count):
    response = api_client.get(path)
    assert response.status_code == 200
    assert len(response.json()) == count


def test_regions_are_the_six_itu_regions_plus_international(api_client):
    regions = api_client.get("/api/v1/regions/").json()
    itu = [r["code"] for r in regions if r["is_itu_region"]]
    assert sorted(itu) == ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]
    assert [r["code"] for r in regions if not r["is_itu_region"]] == ["INT"]


def test_countries_each_have_a_region(api_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        countries = api_client.get("/api/v1/countries/").json()
    assert len(countries) >= 193
    assert all(c["region"] for c in countries)


def test_names_follow_the_request_language(api_client):
    sdg = api_client.get("/api/v1/sdgs/4/", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert sdg["name"] == sdg["names"]["fr"]
    assert sdg["name"] != sdg["names"]["en"]


def test_unknown_resource_is_problem_json(api_client):
    response = api_client.get("/api/v1/categories/99/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == 404


def test_unknown_api_url_is_problem_json(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")


def test_writes_to_taxonomy_are_refused(api_client):
    response = api_client.post("/api/v1/categories/", {"number": 19})
    assert response.status_code in (401, 403, 405)
    assert response["Content-Type"].startswith("application/problem+json")


def test_openapi_schema_and_docs(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert "/api/v1/categories/" in schema.json()["paths"]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
