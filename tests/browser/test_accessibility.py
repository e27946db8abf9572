"""axe-core in headless Chromium: no serious or critical violation on any listed page, in English
and in Arabic (right to left). Pages come from tests/browser/pages.py."""

import pytest

from tests.browser.helpers import assert_accessible, axe_violations
from tests.browser.pages import PAGES


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("listed", PAGES, ids=str)
def test_page_has_no_serious_accessibility_violations(site, pages, listed, language):
    page = pages.open(site, listed.path, language=language, user=listed.user, status=listed.status)
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page, f"{listed.path} ({language})", report_to=pages.screenshots.folder)


def test_login_form_with_errors_is_accessible(site, pages):
    """The invalid state matters most to screen-reader users: errors tied to their fields."""
    page = pages.open(site, "/accounts/login/")
    page.locator("input[name=login]").fill("member@example.org")
    page.locator("input[name=password]").fill("not the password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    pages.screenshots.take(page, "login-errors")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert_accessible(page, "login form with errors", report_to=pages.screenshots.folder)


def test_error_summary_links_to_the_invalid_field(site, pages):
    page = pages.open(site, "/accounts/signup/")
    page.locator("input[name=email]").fill("someone@example.org")
    page.locator("input[name=password1]").fill("a-long-enough-secret")
    page.locator("input[name=password2]").fill("a-different-secret")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    pages.screenshots.take(page, "signup-errors")
    invalid = page.locator("[aria-invalid=true]")
    assert invalid.count() == 1
    field_id = invalid.get_attribute("id")
    # The field's error message is tied to it for screen readers...
    described_by = invalid.get_attribute("aria-describedby").split()
    assert f"{field_id}_error" in described_by
    assert page.locator(f"#{field_id}_error").inner_text().strip()
    # ...and the summary's entry leads to it.
    link = page.locator(f'.error-summary a[href="#{field_id}"]')
    link.click()
    assert page.evaluate("document.activeElement.id") == field_id
    assert_accessible(page, "sign-up form with errors", report_to=pages.screenshots.folder)


def test_the_check_finds_real_violations(site, pages):
    """Guards the harness itself: a page broken on purpose must be reported."""
    page = pages.open(site, "/about/", screenshot=False)
    page.evaluate(
        """() => {
            const img = document.createElement('img'); img.src = '/static/stocktake/favicon.svg';
            const input = document.createElement('input'); input.type = 'text';
            document.querySelector('main').append(img, input);
        }"""
    )
    found = {v["id"] for v in axe_violations(page)}
    assert {"image-alt", "label"} <= found
