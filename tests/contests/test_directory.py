import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from stocktake.contests.models import TechWomanProfile
from stocktake.contests.services import directory
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db

DATA = {
    "name": "Amina Diallo",
    "title": "Chief Technology Officer",
    "organisation": "Sahel Connect",
    "country": "SN",
    "expertise": "broadband, community networks",
    "bio": "Builds community networks in rural Senegal.",
    "links": "https://sahel.example/amina",
}


def test_profile_is_public_only_after_consent_and_moderation(client):
    owner, secretariat = UserFactory(), user_with_role("secretariat")
    profile = directory.save_profile(owner, DATA)
    assert profile.expertise == ["broadband", "community networks"] and profile.country.code == "SN"
    with pytest.raises(ValidationError, match="consent"):
        directory.submit_profile(owner, profile)
    profile = directory.save_profile(owner, {"consent_to_publish": True}, profile)
    directory.submit_profile(owner, profile)
    assert client.get(reverse("contests:directory-detail", args=[profile.public_id])).status_code == 404
    with pytest.raises(PermissionDenied):
        directory.moderate_profile(owner, profile, publish=True)
    directory.moderate_profile(secretariat, profile, publish=True)
    listing = client.get(reverse("contests:directory"), {"country": "SN"})
    assert "Amina Diallo" in listing.content.decode()
    pledge = directory.add_pledge(
        owner, profile, "I will mentor ten young women engineers in network operations every year."
    )
    detail = client.get(reverse("contests:directory-detail", args=[profile.public_id]))
    assert "mentor ten young women" not in detail.content.decode()  # not moderated yet
    directory.moderate_pledge(secretariat, pledge, publish=True)
    detail = client.get(reverse("contests:directory-detail", args=[profile.public_id]))
    assert "mentor ten young women" in detail.content.decode()
    # Withdrawing consent removes the profile from the directory at once.
    directory.save_profile(owner, {"consent_to_publish": False}, profile)
    assert client.get(reverse("contests:directory-detail", args=[profile.public_id])).status_code == 404


def test_a_published_profile_without_consent_is_impossible():
    profile = directory.save_profile(UserFactory(), DATA)
    with pytest.raises(IntegrityError), transaction.atomic():
        TechWomanProfile.objects.filter(pk=profile.pk).update(state="published")


def test_only_the_owner_edits_and_links_are_checked():
    profile = directory.save_profile(UserFactory(), DATA)
    with pytest.raises(PermissionDenied):
        directory.save_profile(UserFactory(), {"name": "X"}, profile)
    with pytest.raises(ValidationError, match="is not a web address"):
        directory.save_profile(profile.owner, {"links": "not a link"}, profile)


def test_directory_list_query_count(client, django_assert_max_num_queries):
    secretariat = user_with_role("secretariat")
    for i in range(12):
        owner = UserFactory()
        p = directory.save_profile(owner, DATA | {"name": f"Person {i}", "consent_to_publish": True})
        directory.submit_profile(owner, p)
        directory.moderate_profile(secretariat, p, publish=True)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("contests:directory"))
    assert response.content.decode().count("/women-in-technology/") >= 12


def test_profile_form_page(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("contests:my-profile"), DATA | {"consent_to_publish": "on", "action": "submit"})
    assert response.status_code == 302
    assert TechWomanProfile.objects.get(owner=user).state == "submitted"
