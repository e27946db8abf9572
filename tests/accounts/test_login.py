import re

import pytest
from django.core import mail

from stocktake.accounts.models import User
from stocktake.common.models import AuditLog
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_unconfirmed_email_cannot_log_in(client):
    user = UserFactory(confirmed=False)
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert not _is_logged_in(client)


def test_confirmed_email_logs_in(client):
    user = UserFactory()
    response = client.post("/accounts/login/", {"login": user.email.upper(), "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert _is_logged_in(client)


def test_wrong_password_shows_an_error_next_to_the_form(client):
    user = UserFactory()
    response = client.post("/accounts/login/", {"login": user.email, "password": "wrong password"})
    assert response.status_code == 200
    assert not _is_logged_in(client)
    assert b"aria-invalid" in response.content or b"errorlist" in response.content


def test_signup_confirm_then_login(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "New.Person@Example.org", "password1": "a-long-enough-secret", "password2": "a-long-enough-secret"},
    )
    assert response.status_code == 302
    user = User.objects.get(email="new.person@example.org")
    assert not _is_logged_in(client)
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200
    client.post("/" + path)
    assert user.emailaddress_set.get().verified
    assert AuditLog.objects.filter(action="accounts.email.confirm", object_id=str(user.public_id)).exists()
    assert AuditLog.objects.filter(action="accounts.user.sign_up").exists()


def test_passwords_are_hashed_with_argon2(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    user = UserFactory()
    assert user.password.startswith("argon2")


def test_password_reset_sends_mail(client):
    user = UserFactory()
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to
