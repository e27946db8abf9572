import subprocess
import sys

import pytest

from tests.factories import EntryFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_home_shows_live_counts(client, django_assert_max_num_queries):
    orgs = OrganisationFactory.create_batch(3)
    for i, org in enumerate(orgs):
        EntryFactory(organisation=org, state="published" if i < 2 else "draft")
    with django_assert_max_num_queries(6):
        response = client.get("/")
    assert response.status_code == 200
    assert response.context["figures"]["entries"] == 2
    assert response.context["figures"]["organisations"] == 2
    assert response.context["figures"]["countries"] == 1
    html = response.content.decode()
    assert 'lang="en"' in html and 'dir="ltr"' in html
    assert 'href="#main"' in html


def test_home_in_arabic_is_right_to_left(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert 'dir="rtl"' in response.content.decode()


def test_language_switch_is_remembered(client):
    client.post("/i18n/setlang/", {"language": "tr", "next": "/"})
    response = client.get("/")
    assert 'lang="tr"' in response.content.decode()


def test_login_and_signup_pages_use_the_site_layout(client):
    for path in ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert b'class="skip-link"' in response.content


def test_dashboard_needs_login(client):
    assert client.get("/dashboard/").status_code == 302
    client.force_login(UserFactory())
    assert client.get("/dashboard/").status_code == 200


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404


def test_admin_is_enabled(client):
    assert client.get("/admin/login/").status_code == 200


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "stocktake.settings.production",
        "STOCKTAKE_SECRET_KEY": "k" * 20 + "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5",
        "STOCKTAKE_DATA_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "stocktake.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_dashboard_shows_organisations_roles_and_account(client, settings, django_assert_max_num_queries):
    from tests.factories import MembershipFactory, user_with_role

    user = user_with_role("focal_point", "TR", language="tr")
    MembershipFactory(user=user, organisation__name="Digital Bridges Association")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # this browser chose English
    with django_assert_max_num_queries(8):
        html = client.get("/dashboard/").content.decode()
    assert "Digital Bridges Association" in html
    assert "National focal point" in html and "Türkiye" in html
    assert user.email in html and "Turkish" in html  # the account's language, named in English


def test_apps_add_dashboard_panels(client, monkeypatch):
    from stocktake.web import dashboard

    panels = list(dashboard._PANELS)
    monkeypatch.setattr(dashboard, "_PANELS", panels)
    dashboard.register(dashboard.Panel("web/dashboard/_roles.html", lambda request: {"assignments": []}, order=1))
    dashboard.register(dashboard.Panel("web/dashboard/_roles.html", lambda request: None, order=2))
    client.force_login(UserFactory())
    html = client.get("/dashboard/").content.decode()
    assert html.count("My roles") == 1  # the first shows (first of all panels), the second is left out
    assert html.index("My roles") < html.index("My organisations")


def test_dashboard_leaves_out_roles_nobody_holds(client):
    client.force_login(UserFactory())
    html = client.get("/dashboard/").content.decode()
    assert "My roles" not in html and "You do not belong to any organisation yet." in html
    assert 'href="/accounts/email/"' in html and 'href="/accounts/password/change/"' in html


def test_demo_mailbox_can_be_switched_off(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.DEMO_MAILBOX = True
    assert client.get("/dev/mailbox/").status_code == 200
    settings.DEMO_MAILBOX = False
    assert client.get("/dev/mailbox/").status_code == 404
    assert b"/dev/mailbox/" not in client.get("/").content


def test_production_settings_hide_the_demo_mailbox(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "stocktake.settings.production",
        "STOCKTAKE_SECRET_KEY": "k" * 60,
        "STOCKTAKE_DATA_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEMO_MAILBOX)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
