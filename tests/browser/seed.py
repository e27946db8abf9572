"""The small, deterministic data set the browser tests run against.

`python -m tests.browser.seed` runs every function in SEEDERS, in order, inside one transaction,
against the database the environment points at (tests/browser/server.py calls it once per test
session). A domain app whose pages need data adds one function here (or imports one from
tests/<app>/) and appends it to SEEDERS; the function gets the shared `SeedContext` and may add
to it, so later seeders can use earlier ones' users and organisations.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# Accounts every browser test can log in as: key -> (e-mail, name). All use PASSWORD.
PASSWORD = "correct-horse-battery-staple"
USERS = {
    "member": ("member@example.org", "Rana Haddad"),
    "moderator": ("moderator@example.org", "Marco Rossi"),
    "secretariat": ("secretariat@example.org", "Amina Diallo"),
    "focal_point": ("focal.tr@example.org", "Ayşe Yılmaz"),
}
# Platform roles of those accounts: key -> (role, country code of a focal point).
ROLES = {
    "moderator": ("moderator", None),
    "secretariat": ("secretariat", None),
    "focal_point": ("focal_point", "TR"),
}


@dataclass
class SeedContext:
    users: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)


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
    for title, country in [
        ("Community digital skills centres", "KE"),
        ("Coding clubs for girls in secondary schools", "KE"),
        ("Solar-powered rural connectivity kiosks", "UG"),
    ]:
        EntryFactory(organisation=org, title=title, tags={"countries": [country], "action_lines": ["C4"]}, year=2026)


# The campaign whose dashboard (with its funnel chart) the page checks visit.
CHART_CAMPAIGN_ID = "7c0d6a8e-3f1b-4c55-9a2e-5b8f0e6d4a11"


def seed_chart_data(ctx: SeedContext) -> None:
    """Entries over several years (so the year charts have columns to draw and to thin out) and a
    national campaign in Türkiye with invited organisations at different stages."""
    import datetime
    import uuid

    from django.utils import timezone

    from stocktake.repository.search import indexer
    from tests.coordination.factories import (
        CampaignFactory,
        CategoryFactory,
        InvitationFactory,
        SubmissionFactory,
        add_phases,
    )
    from tests.factories import EntryFactory, member_of

    org = ctx.organisations["skills-trust"]
    samples = [
        ("Telemedicine links for district hospitals", "GH", ["C7.4"], [3], 2019),
        ("Open budget data portal", "NG", ["C1", "C3"], [16], 2021),
        ("Community radio sound archive", "GH", ["C9", "C8"], [4], 2023),
        ("Market price alerts by text message", "NG", ["C7.7"], [2], 2025),
    ]
    entries = [
        EntryFactory(
            organisation=org,
            title=title,
            description=f"<p>{title}: a sample project for the chart checks.</p>",
            tags={"countries": [country], "action_lines": lines, "sdgs": sdgs},
            year=year,
        )
        for title, country, lines, sdgs, year in samples
    ]
    indexer.index_entries([e.pk for e in entries])

    campaign = CampaignFactory(public_id=uuid.UUID(CHART_CAMPAIGN_ID))
    add_phases(campaign.track, submission_end=timezone.now() + datetime.timedelta(days=20))
    category = CategoryFactory(track=campaign.track)
    for i, state in enumerate([None, None, "draft", "submitted", "submitted"]):
        invitation = InvitationFactory(campaign=campaign, email=f"contact{i}@bakanlik.example")
        if i:
            member_of(invitation.organisation, email=f"staff{i}@bakanlik.example")
        if state:
            SubmissionFactory(category=category, organisation=invitation.organisation, state=state)


# Run in this order; other apps append theirs.
SEEDERS = [seed_people, seed_entries]
SEEDERS.append(seed_chart_data)


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
