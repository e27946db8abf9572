"""The journeys of issue #9, end to end in Chromium against a real server that sends real e-mail:
a submitter, a voter, a moderator, a national focal point and a visitor. Each drives the pages as
its person does (links, labels, buttons, the links in e-mails); where a journey needs a second
person (the moderator who publishes, the ministry that submits) that person works in a browser of
their own. Screenshots of every step land in test-output/browser/<test>/."""

from __future__ import annotations

import csv
import io
import re

from playwright.sync_api import expect

from tests.browser.journeys import (
    Person,
    fill_entry_form,
    fill_questionnaire,
    log_in_as,
    moderate,
    new_confirmed_person,
    open_menu,
    open_questionnaire,
    prose,
    register_organisation,
    submit_entry_for_moderation,
    submit_questionnaire,
)
from tests.browser.seed import CAMPAIGN_ID, MAIN_TRACK, PRIZES_YEAR, SUBMITTED_ENTRY, VOTING_YEAR

CLINIC_SENTENCES = [
    "The cooperative connects farming villages to affordable broadband through community-owned wireless towers.",
    "Young technicians from each village install the equipment and keep it running for their neighbours.",
    "Farmers use the connection to check market prices, order seeds and receive weather warnings on their phones.",
    "Schools share the network in the mornings, and a small monthly fee from households pays for maintenance.",
]
MINISTRY_SENTENCES = [
    "The ministry built a single mobile application that shows live timetables for buses, ferries and trains.",
    "Travellers with disabilities can book assistance at any station, and the service answers in plain language.",
    "Open data from the application helps city planners move stops closer to where people actually travel.",
    "Regional transport offices maintain the data and publish monthly reports on punctuality and accessibility.",
]
WORD_MINIMUMS = {
    "linkages": 40,
    "impact_qualitative": 50,
    "impact_quantitative": 30,
    "partnerships": 30,
    "challenges": 40,
    "goals": 30,
    "timeframe": 10,
    "added_value": 30,
    "results": 40,
}


def questionnaire_texts(sentences: list[str]) -> dict:
    """A 170-word short description and every answer a little above its minimum length."""
    texts = {"short_description": prose(sentences, 170)}
    for i, (name, minimum) in enumerate(WORD_MINIMUMS.items()):
        texts[name] = prose(sentences[i % len(sentences) :] + sentences[: i % len(sentences)], minimum + 5)
    return texts


def heading_count(page) -> int:
    """The number in the search results' heading ("5 entries")."""
    return int(re.match(r"\d+", page.locator("#results-heading").inner_text().strip()).group(0))


def test_submitter_registers_adds_an_entry_and_submits_it_to_the_prizes(mail_site, smtp_inbox, pages):
    shots = pages.screenshots
    person = Person("submitter@village-net.example.org", "a-long-enough-secret")

    # Register, confirm the address from the e-mail: signed in, on the dashboard.
    page = new_confirmed_person(pages, mail_site, smtp_inbox, person)
    shots.take(page, "confirmed-dashboard")

    # The product requires an organisation before any entry: register one from the dashboard.
    page.goto(mail_site.url("/dashboard/"))
    register_organisation(
        page, name="Village Net Cooperative", stakeholder="Civil Society", country="Kenya", website="village-net.example"
    )
    shots.take(page, "organisation-registered")

    # Repository → Add an entry → fill in the form → save a draft → submit it for moderation.
    open_menu(page)
    page.locator(".main-nav").get_by_role("link", name="Repository").click()
    page.get_by_role("link", name="Add an entry").click()
    title = "Community broadband cooperative for farming villages"
    fill_entry_form(
        page,
        {
            "title": title,
            "description": prose(CLINIC_SENTENCES, 80),
            "type": "project",
            "status": "ongoing",
            "start_date": "2023-05-02",
            "countries": ["KE"],
            "action_lines": ["C2"],
            "sdgs": [9],
            "website": "https://village-net.example/broadband",
            "contact_name": "Wanjiru Kamau",
            "contact_email": person.email,
        },
    )
    shots.take(page, "entry-form")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url("**/my/entries/*/")
    assert page.locator(".message", has_text="Draft saved").count() == 1
    submit_entry_for_moderation(page)
    expect(page.locator("tbody tr", has_text=title)).to_contain_text("Awaiting moderation")
    shots.take(page, "entry-submitted")

    # A moderator, in a browser of their own, approves and publishes it.
    moderator = log_in_as(pages, mail_site, "moderator")
    moderate(moderator, mail_site, title, "Approve and publish")
    assert moderator.locator(".message", has_text="Published.").count() == 1
    shots.take(moderator, "moderator-published")

    # Back to the submitter: Prizes → this year's edition → Submit a project, reusing the entry.
    open_questionnaire(page, mail_site, PRIZES_YEAR)
    shots.take(page, "questionnaire")
    fill_questionnaire(
        page,
        {
            "category": 2,
            "entry": title,
            "title": title,
            "texts": questionnaire_texts(CLINIC_SENTENCES),
            "sdgs": [9],
            "gdc_objectives": [1],
        },
    )
    shots.take(page, "questionnaire-filled")
    submit_questionnaire(page)
    expect(page.locator("tbody tr", has_text=title)).to_contain_text("Submitted")
    shots.take(page, "my-submissions")

    # The dashboard says so too.
    page.goto(mail_site.url("/dashboard/"))
    panel = page.get_by_role("region", name="My prize submissions")
    expect(panel).to_contain_text(title)
    expect(panel).to_contain_text("Submitted")
    shots.take(page, "dashboard-submitted")

    # The receipt arrives by e-mail once the worker delivers the outbox.
    mail_site.deliver_outbox()
    receipt = smtp_inbox.wait_for(person.email, subject="We received your submission")
    body = receipt.get_body(preferencelist=("plain",)).get_content()
    assert title in body and "category 2" in body
    assert mail_site.url("/prizes/my-submissions/") in body
