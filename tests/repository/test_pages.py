import pytest
from django.urls import reverse

from stocktake.repository.models import Entry
from stocktake.repository.search import indexer
from stocktake.repository.services import entries as svc
from tests.factories import EntryFactory, OrganisationFactory, member_of, user_with_role
from tests.repository.factories import complete_data, owner_and_org, published_entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warm_reference_cache():
    """Facet labels come from reference data cached once per process; measure the steady state."""
    from stocktake.repository.search.facets import describe

    describe("sdg_1")


@pytest.fixture
def many_entries():
    entries = [
        EntryFactory(title=f"Digital inclusion hub {i}", tags={"countries": ["KE", "GH"][: 1 + i % 2], "sdgs": [4, 5]})
        for i in range(25)
    ]
    indexer.index_entries([e.pk for e in entries])
    return entries


def test_search_page_lists_filters_and_paginates(client, many_entries, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = client.get(reverse("repository:search"), {"q": "inclusion", "sdg": "4"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "25 entries" in html
    assert 'name="sdg" value="4"' in html and "checked" in html
    assert "<mark>" not in html or "inclusion" in html.lower()
    assert 'rel="next"' in html
    page2 = client.get(reverse("repository:search"), {"q": "inclusion", "sdg": "4", "page": 2}).content.decode()
    assert "Page 2 of 2" in page2


def test_search_page_query_count_does_not_grow(client, many_entries, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        client.get(reverse("repository:search"))
    with django_assert_max_num_queries(8):
        client.get(reverse("repository:search"), {"country": "GH", "sort": "title"})


def test_entry_page_shows_fields_and_tag_links(client):
    entry, _owner, _mod = published_entry()
    html = client.get(reverse("repository:entry", args=[entry.public_id])).content.decode()
    assert entry.title in html
    assert "?sdg=4" in html and "/countries/KE/" in html and "?action_line=C4" in html
    assert "History" not in html  # anonymous


def test_draft_is_not_visible_to_public_or_other_org(client):
    owner, org = owner_and_org()
    entry = svc.create_entry(owner, org, complete_data())
    url = reverse("repository:entry", args=[entry.public_id])
    assert client.get(url).status_code == 404
    client.force_login(member_of(OrganisationFactory()))
    assert client.get(url).status_code == 404
    client.force_login(owner)
    assert client.get(url).status_code == 200


def test_history_for_owner_and_moderator_only(client):
    entry, owner, moderator = published_entry()
    svc.update_draft(owner, entry, {"title": "Second title"})
    url = reverse("repository:entry-history", args=[entry.public_id])
    assert client.get(url).status_code == 404
    client.force_login(owner)
    html = client.get(url).content.decode()
    assert "Version 2" in html and "<ins>" in html
    client.force_login(moderator)
    assert client.get(url).status_code == 200


def test_owner_creates_edits_submits_through_pages(client):
    owner, org = owner_and_org()
    client.force_login(owner)
    form = complete_data()
    post = {k: v for k, v in form.items() if v not in (None, [], False)} | {"organisation": str(org.public_id)}
    response = client.post(reverse("repository:entry-create"), post)
    entry = Entry.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/my/entries/{entry.public_id}/")
    # Autosave keeps a half-typed change.
    response = client.post(reverse("repository:entry-autosave", args=[entry.public_id]), post | {"title": "Typing…"})
    assert response.json()["saved"] is True
    assert entry.versions.get().data["title"] == "Typing…"
    # Submitting an incomplete version shows field errors next to the fields.
    bad = post | {"description": "Too short", "submit": "1"}
    html = client.post(reverse("repository:entry-edit", args=[entry.public_id]), bad).content.decode()
    assert 'href="#field-description"' in html and 'aria-invalid="true"' in html
    assert 'aria-describedby="id_description-error"' in html  # the id repository/_field.html gives the message
    response = client.post(reverse("repository:entry-edit", args=[entry.public_id]), post | {"submit": "1"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.state == Entry.State.SUBMITTED
    my = client.get(reverse("repository:my-entries")).content.decode()
    assert "Awaiting moderation" in my


def test_other_org_cannot_open_edit_form(client):
    owner, org = owner_and_org()
    entry = svc.create_entry(owner, org, complete_data())
    client.force_login(member_of(OrganisationFactory()))
    assert client.get(reverse("repository:entry-edit", args=[entry.public_id])).status_code == 404
    assert client.post(reverse("repository:entry-autosave", args=[entry.public_id]), {"title": "x"}).status_code == 404


def test_moderator_reviews_diff_and_returns_then_publishes(client):
    entry, owner, moderator = published_entry()
    svc.update_draft(owner, entry, {"title": "Edited title"})
    version = svc.submit_entry(owner, entry)
    client.force_login(moderator)
    queue = client.get(reverse("repository:moderation")).content.decode()
    assert "Edited title" in queue
    url = reverse("repository:moderation-review", args=[version.public_id])
    html = client.get(url).content.decode()
    assert "<del>" in html and "<ins>" in html
    html = client.post(url, {"decision": "return", "comment": ""}).content.decode()
    assert "Tell the owners what to change" in html
    client.post(url, {"decision": "return", "comment": "Keep the old title."})
    version.refresh_from_db()
    assert version.state == "returned"
    entry.refresh_from_db()
    assert entry.title == "Rural digital skills centres"
    svc.submit_entry(owner, entry)
    client.post(url, {"decision": "publish"})
    entry.refresh_from_db()
    assert entry.title == "Edited title"


def test_rejecting_without_a_reason_shows_the_message_at_the_comment_field(client):
    entry, owner, moderator = published_entry()
    svc.update_draft(owner, entry, {"title": "Edited title"})
    version = svc.submit_entry(owner, entry)
    client.force_login(moderator)
    url = reverse("repository:moderation-review", args=[version.public_id])
    html = client.post(url, {"decision": "reject", "comment": ""}).content.decode()
    # The service names the field "reason"; the page's field for it is the comment.
    field = html.split('id="field-comment"', 1)[1].split("</div>", 1)[0]
    assert "Give the reason for rejecting" in field
    assert 'aria-invalid="true"' in field
    version.refresh_from_db()
    assert version.state == "submitted"


def test_moderation_pages_need_the_role(client):
    client.force_login(member_of(OrganisationFactory()))
    assert client.get(reverse("repository:moderation")).status_code == 403


def test_moderation_queue_query_count(client, django_assert_max_num_queries):
    moderator = user_with_role("moderator")
    for _ in range(6):
        owner, org = owner_and_org()
        svc.submit_entry(owner, svc.create_entry(owner, org, complete_data()))
    client.force_login(moderator)
    with django_assert_max_num_queries(10):
        html = client.get(reverse("repository:moderation")).content.decode()
    assert html.count("/moderation/") >= 6


def test_my_entries_query_count(client, django_assert_max_num_queries):
    owner, org = owner_and_org()
    for i in range(8):
        svc.create_entry(owner, org, complete_data(title=f"Draft {i}"))
    client.force_login(owner)
    with django_assert_max_num_queries(10):
        html = client.get(reverse("repository:my-entries")).content.decode()
    assert "Draft 7" in html


def test_organisation_country_and_region_pages(client, many_entries, django_assert_max_num_queries):
    org = many_entries[0].organisation
    assert many_entries[0].title in client.get(reverse("repository:organisation", args=[org.slug])).content.decode()
    html = client.get(reverse("repository:country", args=["GH"])).content.decode()
    assert "12 published entries" in html
    with django_assert_max_num_queries(10):
        html = client.get(reverse("repository:region", args=["AFR"])).content.decode()
    assert "25 published entries" in html and "/countries/KE/" in html
    assert "25" in client.get(reverse("repository:regions")).content.decode()


def test_admin_lists_entries_read_only(client):
    from tests.factories import UserFactory

    entry, _owner, _mod = published_entry()
    admin_user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    assert entry.title in client.get("/admin/repository/entry/").content.decode()
    page = client.get(f"/admin/repository/entry/{entry.pk}/change/").content.decode()
    assert entry.title in page and 'name="_save"' not in page


def test_demo_shows_every_moderation_state(client):
    from django.core.management import call_command

    from stocktake.accounts.models import User

    call_command("demo", entries=30, verbosity=0)
    states = dict(Entry.objects.filter(external_key__startswith="demo-flow-").values_list("external_key", "state"))
    assert states == {
        "demo-flow-draft": "draft",
        "demo-flow-submitted": "submitted",
        "demo-flow-returned": "returned",
    }
    organisation = Entry.objects.get(external_key="demo-flow-draft").organisation
    edited = Entry.objects.filter(organisation=organisation, state="published", versions__number=2).first()
    if Entry.objects.filter(organisation=organisation, state="published").exists():
        assert edited is not None and "(second phase)" not in edited.title  # public text unchanged
    client.force_login(User.objects.get(email="moderator@demo.stocktake.example"))
    queue = client.get(reverse("repository:moderation")).content.decode()
    assert "Open school timetables app" in queue
    assert ("(second phase)" in queue) == (edited is not None)


def test_entry_form_offers_tag_suggestions_without_matching_itself(client):
    owner, org = owner_and_org()
    client.force_login(owner)
    html = client.get(reverse("repository:entry-create")).content.decode()
    assert "data-insights-assist" in html and 'data-fields="action_line=action_lines,' in html
    entry = svc.create_entry(owner, org, complete_data())
    html = client.get(reverse("repository:entry-edit", args=[entry.public_id])).content.decode()
    assert f'data-exclude="entry:{entry.public_id}"' in html
