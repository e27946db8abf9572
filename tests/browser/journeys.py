"""Steps that people's journeys through the site are made of, for the end-to-end tests.

Each step drives the real pages the way a person does (labels, buttons, links in e-mails) and
asserts that the step worked, so a journey test reads as a list of steps. The journeys still to
come with the domain apps build on these:

- a submitter: `new_confirmed_person`, then the entry form, moderation by `log_in_as(..., "moderator")`
  and the prize submission;
- a voter: `new_confirmed_person`, then one vote per category;
- a moderator and a national focal point: `log_in_as` with a seeded account (seed.USERS);
- a visitor searching with facets and exporting: `download`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.browser.helpers import DESKTOP, Pages, log_in
from tests.browser.seed import USERS
from tests.browser.server import LiveServer

CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/[^\s/]+/")


@dataclass
class Person:
    email: str
    password: str


def register(page, server: LiveServer, person: Person) -> None:
    """Fill in and send the sign-up form; the site then asks the person to confirm the address."""
    page.goto(server.url("/"))
    page.locator(".site-header").get_by_role("link", name="Register").click()
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password", exact=False).first.fill(person.password)
    page.locator("input[name=password2]").fill(person.password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/confirm-email/")
    assert page.locator("main h1").inner_text().strip(), "the confirmation notice has a heading"


def confirmation_link(inbox, email: str) -> str:
    """The confirmation link in the newest e-mail to `email` (waits for it to arrive over SMTP)."""
    message = inbox.wait_for(email)
    body = message.get_body(preferencelist=("plain",)).get_content()
    match = CONFIRMATION_LINK.search(body)
    assert match, f"no confirmation link in the e-mail:\n{body}"
    return match.group(0)


def confirm_email(page, link: str) -> None:
    """Open the link from the e-mail and press the confirmation button."""
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def new_confirmed_person(pages: Pages, server: LiveServer, inbox, person: Person):
    """Register and confirm in one browser, as most people do; returns the page, signed in."""
    page = pages.new_page(width=DESKTOP)
    register(page, server, person)
    confirm_email(page, confirmation_link(inbox, person.email))
    assert is_signed_in(page)
    return page


def log_in_as(pages: Pages, server: LiveServer, user: str, *, width: int = DESKTOP):
    """A fresh browser signed in as a seeded account (a key of seed.USERS) or any e-mail address."""
    assert user in USERS or "@" in user, f"unknown seeded user {user!r}"
    page = pages.new_page(width=width)
    log_in(page, server, user)
    return page


def is_signed_in(page) -> bool:
    return page.locator(".site-header form[action$='/accounts/logout/']").count() == 1


def open_menu(page) -> None:
    """On a phone the header's links sit behind the Menu button; open it if it is closed."""
    toggle = page.locator(".menu-toggle")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def log_out(page) -> None:
    open_menu(page)
    page.locator(".site-header form[action$='/accounts/logout/'] button").click()
    page.wait_for_load_state()
    assert not is_signed_in(page)


def switch_language(page, code: str) -> None:
    """Pick a language in the header (opening the menu first on a phone); the page reloads in it."""
    open_menu(page)
    with page.expect_navigation():
        page.locator("#language-select").select_option(code)
    assert page.locator("html").get_attribute("lang") == code


def download(page, trigger) -> tuple[str, bytes]:
    """Run `trigger()` (a click on an export link, say) and return the downloaded file's name and bytes."""
    with page.expect_download() as info:
        trigger()
    result = info.value
    return result.suggested_filename, result.path().read_bytes()
