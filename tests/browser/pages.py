"""The pages every browser check visits: axe-core (test_accessibility.py) in English and Arabic, and
the layout checks (test_layout.py) in Arabic and Turkish at phone and desktop widths.

A domain app adds its pages here, one line each. `user` is a key of seed.USERS to log in as (the
page is then checked as that person sees it); data the page needs comes from tests/browser/seed.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.browser.seed import CAMPAIGN_ID, ENTRY_ID, MAIN_TRACK, PRIZES_YEAR, VOTING_YEAR


@dataclass(frozen=True)
class Page:
    path: str
    name: str
    user: str | None = None
    status: int = 200

    def __str__(self) -> str:  # readable test ids: test_axe[home-ar]
        return self.name.replace(" ", "-")


PAGES = [
    Page("/", "home"),
    Page("/about/", "about"),
    Page("/accounts/login/", "login"),
    Page("/accounts/signup/", "signup"),
    Page("/accounts/password/reset/", "password reset"),
    Page("/dashboard/", "dashboard", user="member"),
    Page("/dashboard/", "moderator dashboard", user="moderator"),
    Page("/dev/mailbox/", "demo mailbox"),
    Page("/dev/mailbox/welcome.log/", "demo mail message"),
    Page("/no-such-page/", "not found", status=404),
    # accounts
    Page("/organisations/new/", "organisation registration", user="member"),
    Page("/organisations/nairobi-digital-skills-trust/manage/", "organisation management", user="member"),
    Page("/me/api-token/", "api token", user="member"),
    # coordination
    Page("/coordination/", "campaigns", user="focal_point"),
    Page("/coordination/new/", "new campaign", user="focal_point"),
    Page(f"/coordination/{CAMPAIGN_ID}/", "campaign", user="focal_point"),
    # repository
    Page("/entries/", "entry search"),
    Page("/entries/?q=school&action_line=C4", "entry search with filters"),
    Page(f"/entries/{ENTRY_ID}/", "entry"),
    Page("/regions/", "regions"),
    Page("/regions/AFR/", "region"),
    Page("/countries/KE/", "country"),
    Page("/action-lines/", "action lines"),
    Page("/action-lines/C7/", "action line"),
    Page("/action-lines/C7.4/", "action sub-line"),
    Page("/my/entries/", "my entries", user="member"),
    Page("/my/entries/new/", "new entry", user="member"),
    Page("/moderation/", "moderation queue", user="moderator"),
    # prizes, voting, reports, insights
    Page("/prizes/", "prize editions"),
    Page(f"/prizes/{PRIZES_YEAR}/", "prize edition"),
    Page(f"/prizes/{PRIZES_YEAR}/{MAIN_TRACK}/submit/", "prize questionnaire", user="member"),
    Page("/prizes/my-submissions/", "my submissions", user="member"),
    Page("/women-in-technology/", "women in technology"),
    Page("/voting/", "voting"),
    Page(f"/voting/{VOTING_YEAR}/{MAIN_TRACK}/", "ballot", user="member"),
    Page(f"/voting/{VOTING_YEAR}/{MAIN_TRACK}/category/1/", "vote", user="member"),
    Page("/voting/policy/", "valid vote policy"),
    Page("/reports/", "reports"),
    Page("/insights/try/", "try suggestions"),
]
