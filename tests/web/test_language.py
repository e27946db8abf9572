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
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    user.refresh_from_db()
    assert user.language == "fr"


def test_an_outside_address_is_not_followed(client):
    response = client.post("/language/", {"language": "es", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_the_switch_only_accepts_post(client):
    assert client.get("/language/?language=ar").status_code == 405
