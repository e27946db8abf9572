import pytest
from django.conf import settings

from stocktake.common.models import AuditLog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_switching_language_is_remembered_in_the_browser_and_on_the_account(client):
    user = UserFactory(language="en")
    client.force_login(user)
    response = client.post("/language/", {"language": "ar", "next": "/about/"})
    assert response.status_code == 302 and response["Location"] == "/about/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    user.refresh_from_db()
    assert user.language == "ar"
    record = AuditLog.objects.get(action="accounts.user.set_language")
    assert record.before == {"language": "en"} and record.after == {"language": "ar"}
    assert 'lang="ar" dir="rtl"' in client.get("/about/").content.decode()


def test_picking_the_same_language_again_writes_nothing(client):
    user = UserFactory(language="tr")
    client.force_login(user)
    client.post("/language/", {"language": "tr", "next": "/"})
    assert not AuditLog.objects.filter(action="accounts.user.set_language").exists()


def test_visitors_switch_by_cookie_only(client):
    response = client.post("/language/", {"language": "zh-hans", "next": "/"})
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert not AuditLog.objects.filter(action="accounts.user.set_language").exists()
    assert 'lang="zh-hans"' in client.get("/").content.decode()


def test_an_unknown_language_changes_nothing(client):
    user = UserFactory(language="fr")
    client.force_login(user)
    response = client.post("/language/", {"language": "xx", "next": "/"})
    assert response.status_code == 302
    # The browser had no choice yet, so the account's language is set, not the unknown one.
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    user.refresh_from_db()
    assert user.language == "fr"


def test_an_outside_address_is_not_followed(client):
    response = client.post("/language/", {"language": "es", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_the_switch_only_accepts_post(client):
    assert client.get("/language/?language=ar").status_code == 405


def test_the_account_language_applies_in_a_browser_that_has_not_chosen(client):
    client.force_login(UserFactory(language="ar"))
    response = client.get("/about/")
    assert 'lang="ar" dir="rtl"' in response.content.decode()
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"


def test_the_browser_choice_wins_over_the_account(client):
    client.force_login(UserFactory(language="ar"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "tr"
    response = client.get("/about/")
    assert 'lang="tr"' in response.content.decode()
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_visitors_get_their_browser_language(client):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="es")
    assert 'lang="es"' in response.content.decode()
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
