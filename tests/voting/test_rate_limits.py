"""Voters' accounts: registration, confirmation and login are rate-limited per IP address and
per e-mail address (django-allauth's limits, counted in the cache; Redis when configured)."""

import pytest
from django.core import mail
from django.core.cache import cache

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def _signup(client, email, ip):
    data = {"email": email, "password1": "a-long-enough-secret", "password2": "a-long-enough-secret"}
    return client.post("/accounts/signup/", data, REMOTE_ADDR=ip)


def test_registration_is_limited_per_ip(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"signup": "2/m/ip"}
    assert _signup(client, "a@example.org", "192.0.2.1").status_code == 302
    client.logout()
    assert _signup(client, "b@example.org", "192.0.2.1").status_code == 302
    client.logout()
    assert _signup(client, "c@example.org", "192.0.2.1").status_code == 429
    assert _signup(client, "c@example.org", "192.0.2.99").status_code == 302


def test_failed_logins_are_limited_per_email_across_addresses(client):
    user = UserFactory()
    for i in range(5):
        response = client.post(
            "/accounts/login/", {"login": user.email, "password": "wrong"}, REMOTE_ADDR=f"192.0.2.{i}"
        )
        assert response.status_code == 200
    # The sixth try is refused even with the right password, from yet another address.
    response = client.post(
        "/accounts/login/",
        {"login": user.email, "password": "correct-horse-battery-staple"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_logins_are_limited_per_ip(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"login": "3/m/ip"}
    statuses = [
        client.post(
            "/accounts/login/", {"login": f"nobody{i}@example.org", "password": "x"}, REMOTE_ADDR="192.0.2.5"
        ).status_code
        for i in range(4)
    ]
    assert statuses[-1] == 429


def test_confirmation_mail_is_limited_per_email(client):
    assert _signup(client, "new@example.org", "192.0.2.1").status_code == 302
    assert len(mail.outbox) == 1
    client.logout()
    # Asking again at once (from another address) sends nothing more.
    client.post(
        "/accounts/login/", {"login": "new@example.org", "password": "a-long-enough-secret"}, REMOTE_ADDR="192.0.2.2"
    )
    assert len(mail.outbox) == 1
