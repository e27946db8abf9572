"""Entry images on the web pages and the API: the owner's edit page, the public page, the moderator's
review and the history; permissions; query counts that do not grow with the number of images."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from stocktake.repository.models import EntryImage
from stocktake.repository.queries import entries as q
from stocktake.repository.services import entries as svc
from stocktake.repository.services import images
from tests.factories import EntryFactory, OrganisationFactory, member_of
from tests.repository.factories import photo, published_entry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


def edit_url(entry):
    return reverse("repository:entry-edit", args=[entry.public_id])


def public_html(client, entry) -> str:
    client.logout()
    return client.get(reverse("repository:entry", args=[entry.public_id])).content.decode()


def test_published_entry_image_edit_through_pages(client):
    entry, owner, moderator = published_entry()
    old = images.add_image(owner, entry, photo(), "The old photo")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    old_thumb = old.image.thumbnail.url
    assert old_thumb in public_html(client, entry)

    client.force_login(owner)
    response = client.post(
        reverse("repository:image-add", args=[entry.public_id]),
        {"image": photo(name="new.jpg"), "alt_text": "Trainees at the new centre", "caption": "Photo: J. Doe"},
    )
    added = EntryImage.objects.latest("id")
    assert response.status_code == 302 and response["Location"].endswith(f"#image-{added.public_id}")
    client.post(
        reverse("repository:image-update", args=[entry.public_id, old.public_id]),
        {"alt_text": "The old photo, described", "caption": ""},
    )
    client.post(reverse("repository:image-move", args=[entry.public_id, added.public_id]), {"position": 0})
    edit = client.get(edit_url(entry)).content.decode()
    assert edit.index(added.thumbnail.url) < edit.index(old_thumb)
    assert 'value="The old photo, described"' in edit and "Photo: J. Doe" in edit
    client.post(reverse("repository:entry-submit", args=[entry.public_id]))

    # The public page has not changed.
    html = public_html(client, entry)
    assert old_thumb in html and 'alt="The old photo"' in html
    assert added.thumbnail.url not in html and "Trainees" not in html

    # The moderator sees what changed, with thumbnails.
    client.force_login(moderator)
    pending = svc.working_version(entry)
    review = client.get(reverse("repository:moderation-review", args=[pending.public_id])).content.decode()
    assert "No changes in the content." not in review
    assert "Added" in review and added.thumbnail.url in review and 'alt="Trainees at the new centre"' in review
    assert "New order" in review
    assert "<del>photo</del>" in review or "<ins>described</ins>" in review  # alt text diff
    client.post(reverse("repository:moderation-review", args=[pending.public_id]), {"decision": "publish"})

    html = public_html(client, entry)
    assert html.index(added.thumbnail.url) < html.index(old_thumb)
    assert "<figcaption>Photo: J. Doe</figcaption>" in html and 'alt="The old photo, described"' in html


def test_returned_image_edit_keeps_the_public_page(client):
    entry, owner, moderator = published_entry()
    client.force_login(owner)
    client.post(
        reverse("repository:image-add", args=[entry.public_id]), {"image": photo(), "alt_text": "Unapproved photo"}
    )
    client.post(reverse("repository:entry-submit", args=[entry.public_id]))
    client.force_login(moderator)
    pending = svc.working_version(entry)
    client.post(
        reverse("repository:moderation-review", args=[pending.public_id]),
        {"decision": "return", "comment": "Show the project, not the logo."},
    )
    assert "Unapproved photo" not in public_html(client, entry)
    client.force_login(owner)
    assert 'value="Unapproved photo"' in client.get(edit_url(entry)).content.decode()


def test_missing_alt_text_is_explained_and_nothing_is_stored(client):
    entry, owner, _ = published_entry()
    client.force_login(owner)
    response = client.post(
        reverse("repository:image-add", args=[entry.public_id]), {"image": photo(), "alt_text": " "}, follow=True
    )
    assert "Describe what the image shows" in response.content.decode()
    assert not EntryImage.objects.exists() and svc.working_version(entry) is None


def test_edit_page_marks_an_image_without_alt_text(client):
    entry, owner, _ = published_entry()
    placement = images.add_image(owner, entry, photo(), "Legacy")
    type(placement).objects.filter(pk=placement.pk).update(alt_text="")
    client.force_login(owner)
    html = client.get(edit_url(entry)).content.decode()
    assert 'aria-invalid="true" aria-describedby="alt-' in html
    response = client.post(reverse("repository:entry-submit", args=[entry.public_id]), follow=True)
    assert "Images: Image 1 has no text alternative" in response.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "other_org", "moderator"])
def test_only_owners_may_upload_or_remove_on_the_web(client, who):
    entry, owner, moderator = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    if who == "other_org":
        client.force_login(member_of(OrganisationFactory()))
    elif who == "moderator":
        client.force_login(moderator)
    add = client.post(reverse("repository:image-add", args=[entry.public_id]), {"image": photo(), "alt_text": "x"})
    remove = client.post(reverse("repository:image-remove", args=[entry.public_id, placement.public_id]))
    if who == "anonymous":
        assert add.status_code == remove.status_code == 302 and "/login" in add["Location"]
    else:
        assert add.status_code == remove.status_code == 404
    assert [p.alt_text for p in q.version_images(svc.working_version(entry))] == ["First"]
    assert EntryImage.objects.count() == 1


def test_owner_removes_on_the_web(client):
    entry, owner, _ = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    client.force_login(owner)
    response = client.post(reverse("repository:image-remove", args=[entry.public_id, placement.public_id]))
    assert response.status_code == 302
    assert q.version_images(svc.working_version(entry)) == []
    unknown = client.post(reverse("repository:image-remove", args=[entry.public_id, EntryFactory().public_id]))
    assert unknown.status_code == 404


def test_history_shows_each_versions_images(client):
    entry, owner, moderator = published_entry()
    first = images.add_image(owner, entry, photo(), "First photo")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    images.remove_image(owner, entry, first.public_id)
    client.force_login(owner)
    html = client.get(reverse("repository:entry-history", args=[entry.public_id])).content.decode()
    assert html.count("<h4>Removed</h4>") == 1 and html.count("<h4>Added</h4>") == 1
    assert "The 1 image of this version" in html


# --- Query counts ---------------------------------------------------------------------------------


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_entry_page_queries_do_not_grow_with_images(client, settings, django_assert_max_num_queries):
    settings.REPOSITORY_MAX_IMAGES = 6
    one, owner_one, moderator = published_entry()
    many, owner_many, _ = published_entry()
    images.add_image(owner_one, one, photo(), "Only")
    for n in range(6):
        images.add_image(owner_many, many, photo(), f"Photo {n}")
    for entry, owner in [(one, owner_one), (many, owner_many)]:
        svc.submit_entry(owner, entry)
        svc.publish_entry(moderator, entry)
    counts = [_queries(client, reverse("repository:entry", args=[e.public_id])) for e in (one, many)]
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(12):
        client.get(reverse("repository:entry", args=[many.public_id]))
    api = [_queries(client, reverse("repository-entry-detail", args=[e.public_id])) for e in (one, many)]
    assert api[0] == api[1]
    edits = []
    for entry, owner in [(one, owner_one), (many, owner_many)]:
        client.force_login(owner)
        edits.append(_queries(client, edit_url(entry)))
    assert edits[0] == edits[1]


def test_history_queries_do_not_grow_with_versions(client):
    entry, owner, moderator = published_entry()
    client.force_login(owner)
    url = reverse("repository:entry-history", args=[entry.public_id])
    images.add_image(owner, entry, photo(), "v2")
    svc.submit_entry(owner, entry)
    svc.publish_entry(moderator, entry)
    two = _queries(client, url)
    for n in range(3):
        images.add_image(owner, entry, photo(), f"v{n + 3}")
        svc.submit_entry(owner, entry)
        svc.publish_entry(moderator, entry)
    assert _queries(client, url) == two


def test_list_pages_are_unaffected_by_images(client, django_assert_max_num_queries):
    entry, owner, moderator = published_entry()
    for n in range(3):
        images.add_image(owner, entry, photo(), f"Photo {n}")
    svc.submit_entry(owner, entry)
    client.force_login(owner)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("repository:my-entries")).status_code == 200
    client.force_login(moderator)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("repository:moderation")).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("repository:organisation", args=[entry.organisation.slug])).status_code == 200


# --- API --------------------------------------------------------------------------------------------


def token_client(api_client, user):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return api_client


def test_api_image_upload_goes_through_moderation(api_client):
    entry, owner, moderator = published_entry()
    detail = reverse("repository-entry-detail", args=[entry.public_id])
    assert api_client.get(detail).json()["images"] == []
    api = token_client(api_client, owner)
    response = api.post(
        reverse("repository-entry-images", args=[entry.public_id]),
        {"image": photo(), "alt_text": "A community centre", "caption": "Credit: the team"},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    working = response.json()["working_version"]
    assert working["number"] == 2
    [image] = working["images"]
    assert image["alt_text"] == "A community centre" and image["caption"] == "Credit: the team"
    assert image["position"] == 1 and image["url"].endswith(".jpg") and image["thumbnail_url"].endswith(".jpg")
    assert (image["width"], image["height"]) == (120, 90)
    assert response.json()["images"] == []  # the published images, unchanged

    second = api.post(
        reverse("repository-entry-images", args=[entry.public_id]),
        {"image": photo(), "alt_text": "A map of the districts"},
        format="multipart",
    ).json()["working_version"]["images"][1]
    moved = api.patch(
        reverse("repository-entry-image", args=[entry.public_id, second["id"]]),
        {"position": 1, "alt_text": "A map of the five districts"},
        format="json",
    )
    assert [(i["id"], i["alt_text"]) for i in moved.json()["working_version"]["images"]] == [
        (second["id"], "A map of the five districts"),
        (image["id"], "A community centre"),
    ]
    bad = api.patch(reverse("repository-entry-image", args=[entry.public_id, image["id"]]), {"alt_text": ""})
    assert bad.status_code == 400 and "alt_text" in bad.json()["errors"]
    removed = api.delete(reverse("repository-entry-image", args=[entry.public_id, image["id"]]))
    assert [i["id"] for i in removed.json()["working_version"]["images"]] == [second["id"]]

    api.post(reverse("repository-entry-submit", args=[entry.public_id]))
    api_client.credentials()
    assert api_client.get(detail).json()["images"] == []
    svc.publish_entry(moderator, entry)
    public = api_client.get(detail).json()
    assert [(i["id"], i["alt_text"]) for i in public["images"]] == [(second["id"], "A map of the five districts")]
    assert "working_version" not in public


def test_api_image_errors_and_permissions(api_client):
    entry, owner, moderator = published_entry()
    placement = images.add_image(owner, entry, photo(), "First")
    url = reverse("repository-entry-images", args=[entry.public_id])
    one = reverse("repository-entry-image", args=[entry.public_id, placement.public_id])
    assert api_client.post(url, {"image": photo(), "alt_text": "x"}, format="multipart").status_code in (401, 403)
    assert api_client.delete(one).status_code in (401, 403)
    for intruder in [member_of(OrganisationFactory()), moderator]:
        api = token_client(api_client, intruder)
        assert api.post(url, {"image": photo(), "alt_text": "x"}, format="multipart").status_code == 403
        assert api.delete(one).status_code == 403
        assert api.patch(one, {"alt_text": "x"}, format="json").status_code == 403
    api = token_client(api_client, owner)
    missing = api.post(url, {"alt_text": "No file"}, format="multipart")
    assert missing.status_code == 400 and "image" in missing.json()["errors"]
    no_alt = api.post(url, {"image": photo()}, format="multipart")
    assert no_alt.status_code == 400 and "alt_text" in no_alt.json()["errors"]
    junk = api.post(url, {"image": photo(fmt="PNG", name="x.png"), "alt_text": "ok", "caption": "c" * 301})
    assert junk.status_code == 400 and "caption" in junk.json()["errors"]
    assert api.patch(one, {}, format="json").status_code == 400
    assert api.patch(one, {"position": "first"}, format="json").status_code == 400
    assert [p.alt_text for p in q.version_images(svc.working_version(entry))] == ["First"]
