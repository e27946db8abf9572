"""The widget's endpoint, the try page, and the secretariat's pages."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from stocktake.insights.services import indexing
from stocktake.repository.models import Entry
from tests.factories import UserFactory, user_with_role
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


def test_assist_fragment_offers_suggestions_with_use_buttons(client, load_models):
    load_models()
    response = client.post(
        "/insights/assist/",
        {
            "title": TELEMEDICINE_TITLE,
            "description": TELEMEDICINE,
            "fields": "action_line=action_lines,sdg=sdgs,bogus=x,category=cat'><script>",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-field="action_lines" data-value="C7.4"' in html
    assert 'data-field="sdgs" data-value="3"' in html
    assert "<script>" not in html  # unsafe field names are dropped, not echoed
    assert "E-health" in html
    assert "already on the platform" not in html


def test_assist_warns_about_a_reworded_copy_of_an_entry(client, load_models):
    original = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    load_models()
    response = client.post("/insights/assist/", {"title": REWORDED_TITLE, "description": REWORDED})
    html = response.content.decode()
    assert "already on the platform" in html and TELEMEDICINE_TITLE in html
    # The entry being edited is not its own duplicate.
    response = client.post(
        "/insights/assist/",
        {"title": REWORDED_TITLE, "description": REWORDED, "exclude": f"entry:{original.public_id}"},
    )
    assert "already on the platform" not in response.content.decode()


def test_assist_rejects_empty_text_and_get(client, load_models):
    load_models()
    response = client.post("/insights/assist/", {"title": "", "description": "hi"})
    assert response.status_code == 400 and "at least a few words" in response.content.decode()
    assert client.get("/insights/assist/").status_code == 405


def test_widget_include_renders_accessibly():
    request = RequestFactory().get("/")
    html = render_to_string(
        "insights/_assist.html",
        {"title_field": "id_name", "fields": "sdg=sdgs", "exclude": "entry:abc", "year": 2026},
        request=request,
    )
    assert 'data-title-field="id_name"' in html and 'data-fields="sdg=sdgs"' in html
    assert 'aria-live="polite"' in html and 'type="button"' in html
    assert "insights/assist.js" in html


def test_try_page_works_without_javascript(client, load_models):
    load_models()
    assert client.get("/insights/try/").status_code == 200
    response = client.post("/insights/try/", {"title": FARMING_TITLE, "description": FARMING})
    assert response.status_code == 200 and "E-agriculture" in response.content.decode()
    response = client.post("/insights/try/", {"title": "", "description": ""})
    html = response.content.decode()
    assert response.status_code == 400 and 'aria-invalid="true"' in html and 'href="#id_description"' in html


@pytest.mark.parametrize("path", ["/insights/disagreements/", "/insights/duplicates/"])
def test_reports_are_for_the_secretariat(client, path):
    assert client.get(path).status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert client.get(path).status_code == 403
    client.force_login(user_with_role("secretariat"))
    assert client.get(path).status_code == 200


def test_disagreements_page_lists_mistagged_entries(client, load_models, django_assert_max_num_queries):
    models = load_models()
    for i in range(3):
        published_entry(f"{TELEMEDICINE_TITLE} {i}", TELEMEDICINE, lines=["C9"])
    published_entry(FARMING_TITLE, FARMING, lines=["C7.7"], sdgs=[2])
    indexing.store_entry_suggestions(models, Entry.objects.all())
    client.force_login(user_with_role("secretariat"))
    with django_assert_max_num_queries(8):
        response = client.get("/insights/disagreements/")
    html = response.content.decode()
    assert html.count(TELEMEDICINE_TITLE) == 3 and FARMING_TITLE not in html


def test_duplicates_page_shows_clusters_for_a_year(client, load_models):
    published_entry(TELEMEDICINE_TITLE, TELEMEDICINE, year=2025)
    published_entry(REWORDED_TITLE, REWORDED, year=2026)
    published_entry(FARMING_TITLE, FARMING, lines=["C7.7"], sdgs=[2], year=2026)
    load_models()
    client.force_login(user_with_role("secretariat"))
    html = client.get("/insights/duplicates/?year=2026").content.decode()
    assert TELEMEDICINE_TITLE in html and REWORDED_TITLE in html and FARMING_TITLE not in html
    assert "1 cluster" in html


def test_admin_lists_entry_suggestions_read_only(client, load_models):
    models = load_models()
    published_entry(TELEMEDICINE_TITLE, TELEMEDICINE, lines=["C9"])
    indexing.store_entry_suggestions(models, Entry.objects.all())
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/admin/insights/entrysuggestion/")
    assert response.status_code == 200 and TELEMEDICINE_TITLE in response.content.decode()
    assert client.get("/admin/insights/entrysuggestion/add/").status_code == 403
