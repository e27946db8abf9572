"""The small, deterministic data set the browser tests run against.

`python -m tests.browser.seed` runs every function in SEEDERS, in order, inside one transaction,
against the database the environment points at (tests/browser/server.py calls it once per test
session). A domain app whose pages need data adds one function here (or imports one from
tests/<app>/) and appends it to SEEDERS; the function gets the shared `SeedContext` and may add
to it, so later seeders can use earlier ones' users and organisations.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

# Accounts every browser test can log in as: key -> (e-mail, name). All use PASSWORD.
PASSWORD = "correct-horse-battery-staple"
USERS = {
    "member": ("member@example.org", "Rana Haddad"),
    "moderator": ("moderator@example.org", "Marco Rossi"),
    "secretariat": ("secretariat@example.org", "Amina Diallo"),
    "focal_point": ("focal.tr@example.org", "Ayşe Yılmaz"),
    # A ministry invited to the Turkish campaign (seed_campaign); a member of that ministry.
    "ministry": ("digital.office@ministry.example.tr", "Mehmet Demir"),
}
# Platform roles of those accounts: key -> (role, country code of a focal point).
ROLES = {
    "moderator": ("moderator", None),
    "secretariat": ("secretariat", None),
    "focal_point": ("focal_point", "TR"),
}


# Fixed addresses of seeded pages (pages.py lists them; the journeys start from some).
ENTRY_ID = uuid.UUID("5eed0000-0000-4000-8000-000000000001")  # "Community digital skills centres"
CAMPAIGN_ID = uuid.UUID("5eed0000-0000-4000-8000-0000000000c1")  # the Turkish campaign of PRIZES_YEAR
PRIZES_YEAR = 2026  # its main track is open for submissions
CAMPAIGN_TITLE = f"WSIS Ödülleri {PRIZES_YEAR}: kamu kurumlarının başvuruları"
MINISTRY = "Ministry of Transport and Infrastructure"  # invited to the campaign; USERS["ministry"] is its member
VOTING_YEAR = 2025  # its main track is in its public vote
MAIN_TRACK = "wsis-prizes"
VOTING_CATEGORIES = 3
# The entry a member submitted, waiting for a moderator (the moderator's journey).
SUBMITTED_ENTRY = "Village health record books on tablets"


@dataclass
class SeedContext:
    users: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    tracks: dict = field(default_factory=dict)


def seed_people(ctx: SeedContext) -> None:
    from allauth.account.models import EmailAddress

    from stocktake.accounts.models import Membership, Organisation, RoleAssignment, User
    from stocktake.taxonomy.models import Country, StakeholderType

    for key, (email, name) in USERS.items():
        user = User.objects.create_user(email, PASSWORD, name=name, language="en")
        EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
        ctx.users[key] = user
        if key in ROLES:
            role, country = ROLES[key]
            RoleAssignment.objects.create(
                user=user, role=role, country=Country.objects.get(code=country) if country else None
            )
    org = Organisation.objects.create(
        name="Nairobi Digital Skills Trust",
        slug="nairobi-digital-skills-trust",
        stakeholder_type=StakeholderType.objects.get(code="civil-society"),
        country=Country.objects.get(code="KE"),
        website="https://skills.example.org",
        verified=True,
    )
    ctx.organisations["skills-trust"] = org
    Membership.objects.create(user=ctx.users["member"], organisation=org, role=Membership.OrgRole.ADMIN)


def seed_entries(ctx: SeedContext) -> None:
    from tests.factories import EntryFactory

    org = ctx.organisations["skills-trust"]
    EntryFactory(
        organisation=org,
        public_id=ENTRY_ID,
        title="Community digital skills centres",
        tags={"countries": ["KE"], "action_lines": ["C4"]},
        year=2026,
    )
    for title, country in [
        ("Coding clubs for girls in secondary schools", "KE"),
        ("Solar-powered rural connectivity kiosks", "UG"),
    ]:
        EntryFactory(organisation=org, title=title, tags={"countries": [country], "action_lines": ["C4"]}, year=2026)
    # More variety for the facets of the search journey: Kenya ∧ SDG 4 narrows Kenya's five to two.
    for title, tags in [
        ("County budget open data portal", {"countries": ["KE"], "action_lines": ["C7.1"], "sdgs": [16]}),
        ("Mobile money for smallholder cooperatives", {"countries": ["KE"], "action_lines": ["C7.2"], "sdgs": [1]}),
        ("Telemedicine vans for lake islands", {"countries": ["KE", "UG"], "action_lines": ["C7.4"], "sdgs": [3]}),
        ("Cyber-safety lessons for primary pupils", {"countries": ["TZ"], "action_lines": ["C5"], "sdgs": [4]}),
    ]:
        EntryFactory(organisation=org, title=title, tags=tags, year=2025)


def seed_moderation(ctx: SeedContext) -> None:
    """An entry the member submitted, in the moderation queue, through the real services."""
    from stocktake.repository.services import entries
    from tests.repository.factories import complete_data

    member = ctx.users["member"]
    entry = entries.create_entry(
        member,
        ctx.organisations["skills-trust"],
        complete_data(
            title=SUBMITTED_ENTRY,
            description=(
                "Community health workers in twelve villages record every home visit, vaccination and "
                "referral on shared tablets. The records sync with the district clinic whenever a tablet "
                "comes within range of the mobile network, so nurses see the history before a patient arrives."
            ),
            action_lines=["C7.4"],
            sdgs=[3],
        ),
    )
    entries.submit_entry(member, entry)


def seed_prizes(ctx: SeedContext) -> None:
    """The PRIZES_YEAR edition, published, its submission phase open for ten more days."""
    from django.utils import timezone

    from stocktake.contests.services import editions

    now = timezone.now()
    end = now + timedelta(days=10)
    phases = {
        "submission": (now - timedelta(days=20), end),
        "nomination": (end + timedelta(seconds=1), end + timedelta(days=20)),
        "voting": (end + timedelta(days=21), end + timedelta(days=50)),
        "selection": (end + timedelta(days=51), end + timedelta(days=60)),
        "announcement": (end + timedelta(days=61), end + timedelta(days=62)),
    }
    secretariat = ctx.users["secretariat"]
    edition = editions.create_edition(secretariat, year=PRIZES_YEAR, phases=phases)
    editions.publish_edition(secretariat, edition)
    ctx.tracks["prizes"] = edition.tracks.get(slug=MAIN_TRACK)


def seed_voting(ctx: SeedContext) -> None:
    """The VOTING_YEAR main track in its public vote: VOTING_CATEGORIES categories, three nominees each."""
    from django.utils import timezone

    from stocktake.accounts.models import Organisation
    from stocktake.contests.models import Category, Edition, Phase, Submission, Track
    from stocktake.taxonomy.models import Country, PrizeCategory, StakeholderType

    now = timezone.now()
    edition = Edition.objects.create(year=VOTING_YEAR, name=f"WSIS Prizes {VOTING_YEAR}", is_published=True)
    track = Track.objects.create(
        edition=edition,
        kind="main",
        slug=MAIN_TRACK,
        names={"en": "WSIS Prizes"},
        settings={"vote_validity": "all_categories"},
    )
    voting = (now - timedelta(days=2), now + timedelta(days=30))
    Phase.objects.create(track=track, kind="voting", starts_at=voting[0], ends_at=voting[1])
    government = StakeholderType.objects.get(code="government")
    nominators = [
        Organisation.objects.create(
            name=name, slug=slug, stakeholder_type=government, country=Country.objects.get(code=code), verified=True
        )
        for name, slug, code in [
            ("Ghana Digital Centres Agency", "ghana-digital-centres", "GH"),
            ("Jordan Ministry of Digital Economy", "jordan-digital-economy", "JO"),
            ("Colombia Connectivity Fund", "colombia-connectivity-fund", "CO"),
        ]
    ]
    projects = [
        "Public Wi-Fi in market squares",
        "One-stop portal for business permits",
        "Broadband for rural health posts",
    ]
    for number in range(1, VOTING_CATEGORIES + 1):
        category = Category.objects.create(
            track=track, number=number, prize_category=PrizeCategory.objects.get(number=number)
        )
        for org, project in zip(nominators, projects, strict=True):
            Submission.objects.create(
                track=track,
                category=category,
                organisation=org,
                state="nominated",
                title=f"{project} ({number})",
                short_description=f"{org.name} runs this project: {project.lower()}, open to everyone.",
                submitted_at=now - timedelta(days=60),
            )
    ctx.tracks["voting"] = track


def seed_campaign(ctx: SeedContext) -> None:
    """Türkiye's campaign for the PRIZES_YEAR call: two invited organisations, one of whose people
    (USERS["ministry"]) has joined; nobody has submitted yet."""
    from stocktake.accounts.models import Membership, Organisation, User
    from stocktake.coordination.models import Campaign
    from stocktake.coordination.services import campaigns, invitations
    from stocktake.taxonomy.models import Country, StakeholderType

    turkey = Country.objects.get(code="TR")
    government = StakeholderType.objects.get(code="government")
    ministry = Organisation.objects.create(
        name=MINISTRY,
        slug="tr-transport-infrastructure",
        stakeholder_type=government,
        country=turkey,
        verified=True,
    )
    office = Organisation.objects.create(
        name="Digital Transformation Office",
        slug="tr-digital-transformation-office",
        stakeholder_type=government,
        country=turkey,
        verified=True,
    )
    email, name = USERS["ministry"]
    person = User.objects.get(email=email)
    Membership.objects.create(user=person, organisation=ministry, role=Membership.OrgRole.ADMIN)
    ctx.organisations["ministry"] = ministry
    focal_point = ctx.users["focal_point"]
    campaign = campaigns.create_campaign(
        focal_point,
        country=turkey,
        track=ctx.tracks["prizes"],
        title=CAMPAIGN_TITLE,
        message="Kurumunuzun dijital projelerini bu yılki çağrıya başvurmaya davet ediyoruz.",
        language="tr",
        contact_name=USERS["focal_point"][1],
        contact_email=USERS["focal_point"][0],
    )
    Campaign.objects.filter(pk=campaign.pk).update(public_id=CAMPAIGN_ID)
    campaign.refresh_from_db()
    campaigns.invite_organisation(focal_point, campaign, organisation=ministry, email=email, contact_name=name)
    campaigns.invite_organisation(
        focal_point, campaign, organisation=office, email="contact@dto.example.tr", contact_name="Elif Kaya"
    )
    invitations.send_invitations(focal_point, campaign)


def seed_chart_years(ctx: SeedContext) -> None:
    """Entries in Ghana and Nigeria over several years, so the year charts have columns to draw and,
    in narrow screens, to thin out."""
    from tests.factories import EntryFactory

    org = ctx.organisations["skills-trust"]
    for title, country, lines, sdgs, year in [
        ("Telemedicine links for district hospitals", "GH", ["C7.4"], [3], 2019),
        ("Open budget data portal", "NG", ["C1", "C3"], [16], 2021),
        ("Community radio sound archive", "GH", ["C9", "C8"], [4], 2023),
        ("Market price alerts by text message", "NG", ["C7.7"], [2], 2025),
    ]:
        EntryFactory(
            organisation=org,
            title=title,
            description=f"<p>{title}: a sample project for the chart checks.</p>",
            tags={"countries": [country], "action_lines": lines, "sdgs": sdgs},
            year=year,
        )


def seed_search_index(ctx: SeedContext) -> None:
    """Index every published entry, as `stocktake search_index rebuild` does (factories bypass the
    services that index as they publish). Keep it last."""
    from stocktake.repository.search import indexer

    indexer.rebuild()


# Run in this order; other apps append theirs before seed_search_index.
SEEDERS = [
    seed_people,
    seed_entries,
    seed_moderation,
    seed_prizes,
    seed_voting,
    seed_campaign,
    seed_chart_years,
    seed_search_index,
]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")
    import django

    django.setup()
    import factory.random
    from django.db import transaction

    factory.random.reseed_random("stocktake-browser-tests")
    ctx = SeedContext()
    with transaction.atomic():
        for seeder in SEEDERS:
            seeder(ctx)


if __name__ == "__main__":
    main()
