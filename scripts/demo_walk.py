"""Walk the README's two demo walk-throughs against a loaded demo database, through the web pages
(Django's test client, the documented users and password), and stop at the first step that fails.

    STOCKTAKE_DATA_DIR=var .venv/bin/python scripts/demo_walk.py [nomination] [voter]

It changes the demo data (it switches the 2026 edition's stage, submits, reviews, nominates and
votes), so run it on a demo you do not mind rebuilding."""

from __future__ import annotations

import os
import re
import sys
from html.parser import HTMLParser

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")

import django

django.setup()

from django.test import Client  # noqa: E402

from stocktake.demo.runner import DEMO_PASSWORD  # noqa: E402

PASSWORD = DEMO_PASSWORD
DEMO = "@demo.stocktake.example"


class Forms(HTMLParser):
    """Every form on a page: its action and the values its fields would send."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._textarea, self._select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": {}, "buttons": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["fields"].setdefault(a["name"], []).append(a.get("value", "on"))
            elif kind == "submit":
                self._form["buttons"].append((a["name"], a.get("value", "")))
            elif kind != "file":
                self._form["fields"][a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("name"):
            self._form["buttons"].append((a["name"], a.get("value", "")))
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self._form["fields"][a["name"]] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self._form["fields"].setdefault(self._select, []).append(a.get("value", ""))

    def handle_data(self, data):
        if self._textarea:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def forms_of(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


def step(title: str) -> None:
    print(f"- {title}")


def check(condition, message: str) -> None:
    if not condition:
        print(f"  FAILED: {message}")
        sys.exit(1)


def login(email: str) -> Client:
    client = Client()
    page = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    check(page.status_code == 302, f"{email} could not log in ({page.status_code})")
    return client


def html(response) -> str:
    return response.content.decode()


def mailbox_mail(client: Client, to: str, subject_part: str) -> str:
    """The body of the newest mail to `to` whose subject contains `subject_part` (demo mailbox)."""
    listing = html(client.get("/dev/mailbox/"))
    files = re.findall(r'href="(/dev/mailbox/[^"]+\.log/)"', listing)
    for path in files:
        page = html(client.get(path))
        if to in page and subject_part.lower() in page.lower():
            return page
    return ""


def deliver_outbox() -> None:
    """What the worker does in the background: send queued mail (to files, shown in the mailbox)."""
    from stocktake.common.services import outbox

    outbox.deliver_queued(limit=5000)


def walk_submission_to_nomination() -> None:
    print("Walk-through: 2026 from submission to nomination")
    secretariat = login(f"secretariat{DEMO}")
    step("secretariat switches the demo timeline to 'submission'")
    response = secretariat.post("/dev/timeline/", {"stage": "submission"}, follow=True)
    check("rebuilt" in html(response), "the demo timeline did not rebuild the edition")

    step("submitter opens the draft, fixes the short description and submits")
    submitter = login(f"submitter{DEMO}")
    mine = html(submitter.get("/prizes/my-submissions/"))
    links = re.findall(r'href="(/prizes/submissions/[0-9a-f-]{36}/)"', mine)
    check(links, "no draft listed on My submissions")
    edit_url = links[0]
    page = html(submitter.get(edit_url))
    form = next(f for f in forms_of(page) if "short_description" in f["fields"])
    data = form["fields"]
    words = data["short_description"].split()
    check(len(words) < 150, f"the draft's short description already has {len(words)} words")
    data["short_description"] = " ".join(words + words[: 165 - len(words)])
    data["action"] = "submit"
    response = submitter.post(edit_url, data, follow=True)
    check(response.status_code == 200, f"submitting answered {response.status_code}")
    from stocktake.contests.models import Submission

    sub = Submission.objects.get(public_id=edit_url.split("/")[-2])
    errors = re.findall(r'class="error[^>]*>([^<]+)', html(response))
    check(sub.state == "submitted", f"the draft is {sub.state}: {errors}")
    print(f"  submitted “{sub.title}” in category {sub.category.number}")

    step("secretariat closes submission and opens review (with confirmation)")
    manage = html(secretariat.get("/prizes/2026/manage/"))
    close_url = re.search(r'href="(/prizes/2026/manage/wsis-prizes/close-phase/)"', manage)
    check(close_url, "no 'close this phase' link on the manage page")
    confirm = html(secretariat.get(close_url.group(1)))
    check("Close this phase now and open the next one" in confirm, "no confirmation step")
    response = secretariat.post(close_url.group(1), {"phase": "submission", "reason": "demo walk"}, follow=True)
    check("is closed" in html(response), "closing submission failed")
    response = secretariat.post("/prizes/2026/console/auto-assign/", follow=True)
    check("assignments created" in html(response), "automatic assignment failed")

    step("expert scores the submission (and two more)")
    expert = login(f"expert{DEMO}")
    workspace = html(expert.get("/review/"))
    reviews = re.findall(r'href="(/review/submissions/[0-9a-f-]{36}/)"', workspace)
    target = f"/review/submissions/{sub.public_id}/"
    check(target in reviews, "the submission is not in the expert's workspace")
    for url in [target, *[u for u in reviews if u != target][:2]]:
        page = html(expert.get(url))
        form = next(
            f for f in forms_of(page) if any(k.startswith("score-") for k in f["fields"]) or "comment" in f["fields"]
        )
        fields = {k: v for k, v in form["fields"].items() if not isinstance(v, list)}
        keys = set(re.findall(r'name="(score-[a-z-]+)"', page))
        fields |= dict.fromkeys(keys, "9" if url == target else "6")
        fields["comment"] = "Clear results, well documented."
        fields["action"] = "final"
        response = expert.post(url, fields)
        check(response.status_code == 302, f"saving the review answered {response.status_code}")

    step("secretariat stages the best-scored as nominees and applies them")
    response = secretariat.post("/prizes/2026/console/wsis-prizes/stage-top/", follow=True)
    check("nominations staged" in html(response), "staging failed")
    response = secretariat.post("/prizes/2026/console/wsis-prizes/apply/", follow=True)
    check("decisions applied" in html(response), f"applying failed: {html(response)[:300]}")
    sub.refresh_from_db()
    check(sub.state == "nominated", f"the submission is {sub.state}")

    step("secretariat releases the held decision mails in the admin; the worker sends them")
    from stocktake.common.models import OutboxMessage

    held = list(OutboxMessage.objects.filter(state="held").values_list("pk", flat=True))
    check(held, "no decision mail waits in the outbox")
    response = secretariat.post(
        "/admin/common/outboxmessage/", {"action": "release_messages", "_selected_action": held}, follow=True
    )
    check(response.status_code == 200, "releasing failed")
    deliver_outbox()

    step("submitter sees the 'nominated' mail in the demo mailbox and on My submissions")
    mail = mailbox_mail(submitter, f"submitter{DEMO}", "nominated")
    check(mail, "no 'nominated' mail to the submitter in the demo mailbox")
    check("Nominated" in html(submitter.get("/prizes/my-submissions/")), "My submissions does not say Nominated")

    step("secretariat closes review: voting opens now")
    response = secretariat.post("/prizes/2026/manage/wsis-prizes/close-phase/", {"phase": "nomination"}, follow=True)
    check("is closed" in html(response), "opening voting failed")
    index = html(Client().get("/voting/"))
    check("/voting/2026/wsis-prizes/" in index, "the 2026 vote is not listed on /voting/")


def walk_new_voter() -> None:
    print("Walk-through: a new user votes in every category")
    secretariat = login(f"secretariat{DEMO}")
    step("secretariat switches the demo timeline to 'voting'")
    response = secretariat.post("/dev/timeline/", {"stage": "voting"}, follow=True)
    check("rebuilt" in html(response), "the demo timeline did not rebuild the edition")

    step("a new user registers at /accounts/signup/")
    import secrets

    email = f"walker.{secrets.token_hex(3)}@example.org"
    person = Client()
    page = html(person.get("/accounts/signup/"))
    form = next(f for f in forms_of(page) if "email" in f["fields"])
    data = form["fields"] | {"email": email, "password1": "a-long-walk-2026!", "password2": "a-long-walk-2026!"}
    if "name" in data:
        data["name"] = "Walker Voter"
    response = person.post("/accounts/signup/", data)
    check(response.status_code == 302, f"signup answered {response.status_code}: {html(response)[:400]}")
    deliver_outbox()

    step("the confirmation mail is in the demo mailbox; its link confirms the address")
    mail = mailbox_mail(person, email, "")
    check(mail, "no mail to the new user in the demo mailbox")
    link = re.search(r"https?://[^\s<\"]+/accounts/confirm-email/[^\s<\"]+", mail)
    check(link, "no confirmation link in the mail")
    path = "/" + link.group(0).split("/", 3)[3]
    page = person.get(path)
    form = next((f for f in forms_of(html(page)) if f["action"] or True), None)
    response = person.post(path, form["fields"] if form else {}, follow=True)
    from allauth.account.models import EmailAddress

    check(EmailAddress.objects.filter(email=email, verified=True).exists(), "the address is not confirmed")
    if not person.session.get("_auth_user_id"):
        person.post("/accounts/login/", {"login": email, "password": "a-long-walk-2026!"})

    step("the new user votes in every category")
    ballot = "/voting/2026/wsis-prizes/"
    page = html(person.get(ballot))
    numbers = sorted({int(n) for n in re.findall(r"/voting/2026/wsis-prizes/category/(\d+)/", page)})
    check(len(numbers) == 18, f"the ballot lists {len(numbers)} categories")
    for number in numbers:
        url = f"/voting/2026/wsis-prizes/category/{number}/"
        page = html(person.get(url))
        ticket = re.search(r'name="ticket" value="([^"]*)"', page)
        choice = re.search(r'name="submission"[^>]*value="([0-9a-f-]{36})"', page)
        check(ticket and choice, f"no ballot form in category {number}")
        first = person.post(url, {"submission": choice.group(1), "ticket": ticket.group(1)})
        check("confirm" in html(first).lower(), f"no confirmation step in category {number}")
        response = person.post(url, {"submission": choice.group(1), "ticket": ticket.group(1), "step": "confirm"})
        check(response.status_code == 302, f"voting in category {number} answered {response.status_code}")
    check("Voting complete." in html(person.get(ballot)), "'Voting complete' is not shown")
    print(f"  {email} voted in {len(numbers)} categories: voting complete")


if __name__ == "__main__":
    wanted = set(sys.argv[1:]) or {"nomination", "voter"}
    if "nomination" in wanted:
        walk_submission_to_nomination()
    if "voter" in wanted:
        walk_new_voter()
    print("Both walk-throughs work.")
