"""People's journeys through the site, end to end, in a real browser against a real server that
sends real e-mail (over SMTP to a local server in this process)."""

from tests.browser.helpers import PHONE
from tests.browser.journeys import (
    Person,
    confirm_email,
    confirmation_link,
    is_signed_in,
    log_in,
    log_in_as,
    log_out,
    register,
    switch_language,
)


def test_visitor_registers_confirms_logs_in_and_switches_language(mail_site, smtp_inbox, pages):
    shots = pages.screenshots
    person = Person("new.visitor@example.org", "a-long-enough-secret")

    page = pages.new_page()
    register(page, mail_site, person)
    shots.take(page, "asked-to-confirm")
    assert not is_signed_in(page)

    # The e-mail arrives over SMTP; the person opens its link later, in another browser.
    link = confirmation_link(smtp_inbox, person.email)
    assert link.startswith(mail_site.base_url)
    other = pages.new_page(width=PHONE)
    other.goto(link)
    shots.take(other, "confirmation-page")
    confirm_email(other, link)
    shots.take(other, "confirmed")

    # Confirmed, the address now logs in, and lands on the dashboard.
    log_in(other, mail_site, person.email, person.password)
    assert other.url.endswith("/dashboard/")
    assert other.get_by_role("heading", level=1).inner_text() == "My dashboard"
    shots.take(other, "dashboard")

    # Arabic, right to left, and the choice holds on the next page.
    switch_language(other, "ar")
    assert other.locator("html").get_attribute("dir") == "rtl"
    shots.take(other, "dashboard-ar")
    other.goto(mail_site.url("/about/"))
    assert other.locator("html").get_attribute("lang") == "ar"
    shots.take(other, "about-ar")

    # Signing in on another device, the account's choice applies there too.
    laptop = pages.new_page()
    log_in(laptop, mail_site, person.email, person.password)
    assert laptop.locator("html").get_attribute("lang") == "ar"
    shots.take(laptop, "other-device-ar")

    # Back to English; after logging out, this browser stays in English.
    switch_language(other, "en")
    assert other.locator("html").get_attribute("dir") == "ltr"
    log_out(other)
    other.goto(mail_site.url("/"))
    assert other.locator("html").get_attribute("lang") == "en"
    shots.take(other, "home-en")


def test_an_unconfirmed_address_cannot_log_in(mail_site, smtp_inbox, pages):
    person = Person("not.yet@example.org", "a-long-enough-secret")
    page = pages.new_page()
    register(page, mail_site, person)
    fresh = pages.new_page()
    fresh.goto(mail_site.url("/accounts/login/"))
    fresh.locator("input[name=login]").fill(person.email)
    fresh.locator("input[name=password]").fill(person.password)
    fresh.locator("main form button[type=submit]").click()
    fresh.wait_for_url("**/accounts/confirm-email/")
    assert not is_signed_in(fresh)
    pages.screenshots.take(fresh, "asked-to-confirm-again")
    # The reminder went out by e-mail as well, with a working link.
    confirm_email(fresh, confirmation_link(smtp_inbox, person.email))
    assert is_signed_in(fresh) or "/accounts/login/" in fresh.url


def test_seeded_roles_sign_in_and_see_what_their_role_allows(site, pages):
    """The accounts the role journeys start from: the secretariat sees the administration link."""
    secretariat = log_in_as(pages, site, "secretariat")
    assert secretariat.locator(".main-nav").get_by_role("link", name="Administration").count() == 1
    pages.screenshots.take(secretariat, "secretariat-dashboard")
    focal_point = log_in_as(pages, site, "focal_point", width=PHONE)
    assert focal_point.url.endswith("/dashboard/")
    assert focal_point.locator(".main-nav").get_by_role("link", name="Administration").count() == 0
    pages.screenshots.take(focal_point, "focal-point-dashboard")
