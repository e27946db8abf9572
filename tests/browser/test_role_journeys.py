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
    download,
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
from tests.browser.seed import (
    CAMPAIGN_ID,
    CAMPAIGN_TITLE,
    MAIN_TRACK,
    MINISTRY,
    PRIZES_YEAR,
    SUBMITTED_ENTRY,
    VOTING_CATEGORIES,
    VOTING_YEAR,
)

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
        page,
        name="Village Net Cooperative",
        stakeholder="Civil Society",
        country="Kenya",
        website="village-net.example",
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


def test_voter_registers_confirms_and_votes_in_every_category(mail_site, smtp_inbox, pages):
    shots = pages.screenshots
    page = new_confirmed_person(pages, mail_site, smtp_inbox, Person("voter@example.net", "a-long-enough-secret"))

    # Vote (header) → the open public vote → "My votes", nothing voted yet.
    open_menu(page)
    page.locator(".main-nav").get_by_role("link", name="Vote").click()
    shots.take(page, "public-vote")
    page.locator("main").get_by_role("link", name="Vote", exact=True).click()
    page.wait_for_url(f"**/voting/{VOTING_YEAR}/{MAIN_TRACK}/")
    expect(page.locator("main")).to_contain_text(f"0 of {VOTING_CATEGORIES} categories voted")
    shots.take(page, "ballot-empty")
    page.get_by_role("link", name="Vote in the next category").click()

    # One vote per category: choose, continue, confirm; the site moves on to the next category.
    chosen = []
    for number in range(1, VOTING_CATEGORIES + 1):
        page.wait_for_url(f"**/category/{number}/")
        choice = page.get_by_role("radio").nth(number - 1)  # not always the first one on the list
        title = page.locator(f"label[for='{choice.get_attribute('id')}']").inner_text().strip()
        choice.check()
        shots.take(page, f"category-{number}-chosen")
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your vote")
        page.get_by_role("button", name="Confirm my vote").click()
        expect(page.locator(".message-success").first).to_contain_text(
            f"Your vote for “{title}” in category {number} is recorded."
        )
        chosen.append(title)

    # Back on "My votes": voting complete, every vote listed.
    page.wait_for_url(f"**/voting/{VOTING_YEAR}/{MAIN_TRACK}/")
    done = page.locator(".message-success", has_text="Voting complete.")
    expect(done).to_contain_text(f"You have voted in all {VOTING_CATEGORIES} categories. Thank you!")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(VOTING_CATEGORIES)
    for row, title in zip(rows.all(), chosen, strict=True):
        expect(row).to_contain_text(f"✓ {title}")
    assert page.get_by_role("link", name="Vote in the next category").count() == 0
    shots.take(page, "voting-complete")


def test_moderator_returns_an_entry_then_publishes_the_corrected_version(mail_site, pages):
    shots = pages.screenshots
    comment = "Please say how many villages and patients the project reaches today."
    added = "Today the project serves twelve villages and about 4,300 patients."

    # The moderator returns the member's entry with a comment.
    moderator = log_in_as(pages, mail_site, "moderator")
    moderator.goto(mail_site.url("/moderation/"))
    shots.take(moderator, "queue")
    moderate(moderator, mail_site, SUBMITTED_ENTRY, "Return", comment)
    expect(moderator.locator(".message", has_text="Returned to the owners.")).to_have_count(1)
    expect(moderator.get_by_role("link", name=SUBMITTED_ENTRY, exact=True)).to_have_count(0)
    shots.take(moderator, "returned")

    # The owner, in a browser of their own, sees why, fixes the description and submits again.
    owner = log_in_as(pages, mail_site, "member")
    owner.goto(mail_site.url("/entries/"))
    owner.get_by_role("link", name="My entries").click()
    row = owner.locator("tbody tr", has_text=SUBMITTED_ENTRY)
    expect(row).to_contain_text("Returned")
    shots.take(owner, "my-entries-returned")
    row.get_by_role("link", name=SUBMITTED_ENTRY).click()
    expect(owner.locator(".message", has_text="Returned by the moderator:")).to_contain_text(comment)
    description = owner.get_by_label("Description")
    description.fill(description.input_value() + "\n\n" + added)
    shots.take(owner, "fixed")
    submit_entry_for_moderation(owner)

    # The moderator publishes the new version.
    moderate(moderator, mail_site, SUBMITTED_ENTRY, "Approve and publish")
    expect(moderator.locator(".message", has_text="Published.")).to_have_count(1)
    shots.take(moderator, "published")

    # Anyone can now find the entry and read the change.
    visitor = pages.new_page()
    visitor.goto(mail_site.url("/entries/"))
    visitor.get_by_label("Search entries").fill("village health record books")
    visitor.get_by_role("button", name="Search", exact=True).click()
    visitor.locator(".hit-title").get_by_role("link", name=SUBMITTED_ENTRY).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(SUBMITTED_ENTRY)
    expect(visitor.locator("main")).to_contain_text(added)
    shots.take(visitor, "public-entry")


def test_focal_point_sees_a_ministry_submission_appear_in_the_campaign(mail_site, pages):
    shots = pages.screenshots

    # The focal point opens the campaign: the ministry has joined but not submitted.
    focal = log_in_as(pages, mail_site, "focal_point")
    open_menu(focal)
    focal.locator(".main-nav").get_by_role("link", name="National campaigns").click()
    focal.get_by_role("link", name=CAMPAIGN_TITLE).click()
    focal.wait_for_url(f"**/coordination/{CAMPAIGN_ID}/")
    ministry_row = focal.get_by_role("region", name="Invited organisations").locator("tbody tr", has_text=MINISTRY)
    expect(ministry_row).to_contain_text("Account created")
    expect(focal.get_by_role("region", name="Submissions from your country")).to_contain_text(
        "No submission from your country yet."
    )
    shots.take(focal, "campaign-before")

    # The ministry's person, in their own browser, submits a project to the call.
    ministry = log_in_as(pages, mail_site, "ministry")
    open_questionnaire(ministry, mail_site, PRIZES_YEAR)
    title = "Accessible travel information for every passenger"
    fill_questionnaire(
        ministry,
        {
            "category": 7,
            "countries": ["TR"],
            "title": title,
            "texts": questionnaire_texts(MINISTRY_SENTENCES),
            "sdgs": [9, 11],
            "gdc_objectives": [1],
        },
    )
    submit_questionnaire(ministry)
    shots.take(ministry, "ministry-submitted")

    # The campaign dashboard now shows the ministry as submitted, with its project.
    focal.reload()
    expect(ministry_row).to_contain_text("Submitted")
    submissions = focal.get_by_role("region", name="Submissions from your country").locator("tbody tr")
    expect(submissions).to_have_count(1)
    expect(submissions).to_contain_text(MINISTRY)
    expect(submissions).to_contain_text(title)
    shots.take(focal, "campaign-after")
    focal.get_by_role("navigation", name="Show").get_by_role("link", name="Submitted", exact=True).click()
    rows = focal.get_by_role("region", name="Invited organisations").locator("tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(MINISTRY)
    shots.take(focal, "campaign-submitted-only")


def test_visitor_searches_with_two_facets_and_exports_the_result_as_csv(site, pages):
    shots = pages.screenshots
    page = pages.new_page()
    page.goto(site.url("/"))
    open_menu(page)
    page.locator(".main-nav").get_by_role("link", name="Repository").click()
    everything = heading_count(page)
    shots.take(page, "all-entries")

    # Ticking a filter applies it at once (the page reloads with it).
    with page.expect_navigation():
        page.get_by_role("checkbox", name=re.compile(r"^Kenya \(")).check()
    in_kenya = heading_count(page)
    assert 0 < in_kenya < everything
    shots.take(page, "kenya")
    with page.expect_navigation():
        page.get_by_role("checkbox", name=re.compile(r"^4\. Quality Education \(")).check()
    both = heading_count(page)
    assert 0 < both < in_kenya
    active = page.get_by_role("list", name="Active filters")
    expect(active).to_contain_text("Country: Kenya")
    expect(active).to_contain_text("Sustainable Development Goal: 4. Quality Education")
    titles = sorted(t.strip() for t in page.locator(".hit-title").all_inner_texts())
    assert len(titles) == both
    shots.take(page, "kenya-and-sdg-4")

    # "Download these results: CSV" gives exactly the filtered entries.
    name, data = download(page, lambda: page.locator(".exports").get_by_role("link", name="CSV").click())
    assert name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == both
    assert sorted(row["title"] for row in rows) == titles
    assert all("KE" in row["countries"] for row in rows), rows[0]
