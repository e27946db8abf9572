"""Steps that people's journeys through the site are made of, for the end-to-end tests.

Each step drives the real pages the way a person does (labels, buttons, links in e-mails) and
asserts that the step worked, so a journey test reads as a list of steps (test_journeys.py,
test_role_journeys.py):

- a submitter: `new_confirmed_person`, `register_organisation`, `fill_entry_form`,
  `submit_entry_for_moderation`, `moderate` by `log_in_as(..., "moderator")`, `open_questionnaire`,
  `fill_questionnaire`, `submit_questionnaire`;
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


# --- Texts a person types ----------------------------------------------------------------------------
def prose(sentences: list[str], words: int) -> str:
    """Exactly `words` words of English, cycling through `sentences` (the prize rules count words and
    check the language, so the journeys type real sentences, not filler)."""
    stream = " ".join(sentences).split()
    chosen = [stream[i % len(stream)] for i in range(words)]
    return " ".join(chosen).rstrip(".,;") + "."


# --- Organisations and repository entries --------------------------------------------------------------
def register_organisation(page, *, name: str, stakeholder: str, country: str, website: str) -> None:
    """From the dashboard: "Register an organisation", fill in the form; the person becomes its admin."""
    page.get_by_role("link", name="Register an organisation").click()
    page.get_by_label("Name of the organisation").fill(name)
    page.get_by_label("Stakeholder type").select_option(label=stakeholder)
    page.get_by_label("Country").select_option(label=country)
    page.get_by_label("Website").fill(website)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/manage/")
    assert page.get_by_role("heading", level=1).inner_text().strip(), "the organisation page has a heading"


def fill_entry_form(page, entry: dict) -> None:
    """Type an entry into the repository's entry form, field by field."""
    page.get_by_label("Title", exact=True).fill(entry["title"])
    page.get_by_label("Description").fill(entry["description"])
    page.get_by_label("Type").select_option(entry["type"])
    page.locator(f"input[name=status][value={entry['status']}]").check()
    page.get_by_label("Start date").fill(entry["start_date"])
    page.get_by_label("Countries of implementation").select_option(entry["countries"])
    for code in entry["action_lines"]:
        page.locator(f"input[name=action_lines][value='{code}']").check()
    for number in entry["sdgs"]:
        page.locator(f"input[name=sdgs][value='{number}']").check()
    page.get_by_label("Website").fill(entry["website"])
    page.get_by_label("Contact person").fill(entry["contact_name"])
    page.get_by_label("Contact e-mail").fill(entry["contact_email"])
    page.get_by_label("Language of the text").select_option("en")


def submit_entry_for_moderation(page) -> None:
    page.get_by_role("button", name="Save and submit for moderation").click()
    page.wait_for_url("**/my/entries/")
    assert page.locator(".message", has_text="Submitted. A moderator will review it.").count() == 1


def moderate(page, server: LiveServer, title: str, decision: str, comment: str = "") -> None:
    """A moderator opens the queue from the repository page, picks the entry and records a decision
    ("Approve and publish", "Return" or "Reject")."""
    page.goto(server.url("/entries/"))
    page.get_by_role("link", name="Moderation queue").click()
    page.get_by_role("link", name=title, exact=True).click()
    page.get_by_role("radio", name=decision).check()
    if comment:
        page.get_by_label("Comment to the owners").fill(comment)
    page.get_by_role("button", name="Record decision").click()
    page.wait_for_url("**/moderation/")


# --- Prizes ------------------------------------------------------------------------------------------
def open_questionnaire(page, server: LiveServer, year: int) -> None:
    """Prizes → the edition → "Submit a project" on the main track."""
    page.goto(server.url("/"))
    open_menu(page)
    page.locator(".main-nav").get_by_role("link", name="Prizes").click()
    page.get_by_role("link", name=f"WSIS Prizes {year}", exact=True).click()
    page.get_by_role("region", name="WSIS Prizes", exact=True).get_by_role("link", name="Submit a project").click()
    page.wait_for_url("**/submit/")


def fill_questionnaire(page, answers: dict) -> None:
    """Answer every question of the main track's form. `answers` holds the category number, an
    optional repository entry title (else countries), the title, the texts by field name, SDGs and
    GDC objectives."""
    page.get_by_label("Category").select_option(str(answers["category"]))
    if answers.get("entry"):
        page.get_by_label("Repository entry").select_option(label=answers["entry"])
    else:
        page.get_by_label("Countries of implementation").select_option(answers["countries"])
    page.get_by_label("Project title").fill(answers["title"])
    for name, text in answers["texts"].items():
        page.locator(f"#id_{name}").fill(text)
    for number in answers["sdgs"]:
        page.locator(f"input[name=sdgs][value='{number}']").check()
    for number in answers["gdc_objectives"]:
        page.locator(f"input[name=gdc_objectives][value='{number}']").check()


def submit_questionnaire(page) -> None:
    page.get_by_role("button", name="Submit", exact=True).click()
    page.wait_for_url("**/prizes/my-submissions/")
    assert page.locator(".message", has_text="Your submission was received").count() == 1
