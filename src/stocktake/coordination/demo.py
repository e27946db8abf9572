"""Demo: Türkiye's national campaign for the WSIS Prizes 2026.

In early 2026 the ICT regulator forwarded the call to 22 ministries and presidencies and asked them to
apply by 15 March 2026. This loader builds that campaign with a realistic spread of outcomes: a few
never answered (one address bounced), some opened the link or created an account and stopped, some
left a draft, and the rest submitted; five were nominated and one became a finalist.

It reuses the 2026 edition and main track when the contests loader made them, and otherwise creates
the few rows it needs (get_or_create, so running the loaders in any order gives the same data).
Project titles and texts are invented for the demo."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password

from stocktake.accounts.models import Membership, Organisation, User
from stocktake.contests.models import Category, Edition, Phase, Submission, Track
from stocktake.coordination.models import Campaign, Invitation
from stocktake.taxonomy.models import Country, PrizeCategory, StakeholderType

GENEVA = ZoneInfo("Europe/Zurich")
ISTANBUL = ZoneInfo("Europe/Istanbul")
FOCAL_EMAIL = "focal.tr@demo.stocktake.example"
FALLBACK_PASSWORD = "stocktake-demo-2026"  # noqa: S105 - the documented demo password

# The call's phases (Geneva time), after the real 2026 calendar where known.
PHASES_2026 = {
    Phase.Kind.SUBMISSION: (datetime.datetime(2025, 11, 3, 9, 0), datetime.datetime(2026, 3, 15, 23, 0)),
    Phase.Kind.NOMINATION: (datetime.datetime(2026, 3, 16, 0, 0), datetime.datetime(2026, 4, 15, 23, 0)),
    Phase.Kind.VOTING: (datetime.datetime(2026, 4, 16, 9, 0), datetime.datetime(2026, 5, 15, 23, 0)),
    Phase.Kind.SELECTION: (datetime.datetime(2026, 5, 18, 9, 0), datetime.datetime(2026, 5, 31, 23, 0)),
    Phase.Kind.ANNOUNCEMENT: (datetime.datetime(2026, 7, 7, 9, 0), datetime.datetime(2026, 7, 7, 18, 0)),
}

# What happened to each recipient: (key suffix, stage, prize category, project title).
# Stages: sent, bounced, opened, account, draft, not_nominated, nominated, finalist.
SCENARIO = [
    ("ministry-of-justice", "not_nominated", 7, "Online court file access for citizens and lawyers"),
    ("ministry-of-family-and-social-services", "nominated", 3, "Social assistance applications from a phone"),
    ("ministry-of-labour-and-social-security", "draft", 11, "Job matching for people with disabilities"),
    ("ministry-of-environment-urbanisation-and-climate-change", "nominated", 12, "Zero-waste tracking for towns"),
    ("ministry-of-foreign-affairs", "sent", None, ""),
    ("ministry-of-energy-and-natural-resources", "account", None, ""),
    ("ministry-of-youth-and-sports", "draft", 4, "Digital skills camps for young people"),
    ("ministry-of-treasury-and-finance", "not_nominated", 8, "Electronic invoicing for small traders"),
    ("ministry-of-interior", "bounced", None, ""),
    ("ministry-of-culture-and-tourism", "nominated", 15, "Open digital library of historic manuscripts"),
    ("ministry-of-national-education", "finalist", 9, "A national e-learning platform for every school"),
    ("ministry-of-national-defence", "sent", None, ""),
    ("ministry-of-health", "nominated", 10, "One number for hospital appointments, online and by phone"),
    ("ministry-of-industry-and-technology", "not_nominated", 6, "One-stop portal for industrial incentives"),
    ("ministry-of-agriculture-and-forestry", "draft", 13, "Farm registry with satellite crop monitoring"),
    ("ministry-of-trade", "opened", None, ""),
    ("ministry-of-transport-and-infrastructure", "nominated", 2, "Broadband for villages along new roads"),
    ("presidency-of-cyber-security", "not_nominated", 5, "Nationwide cyber incident drills for public bodies"),
    ("presidency-of-strategy-and-budget", "account", None, ""),
    ("investment-and-finance-office", "opened", None, ""),
    ("directorate-of-communications", "account", None, ""),
    ("council-of-higher-education", "draft", 14, "Open repository of doctoral theses"),
]
SHARES_DRAFTS = {"ministry-of-youth-and-sports"}

MESSAGE_TR = "\n\n".join(
    [
        "Değerli Kurum Temsilcimiz,",
        "Uluslararası Telekomünikasyon Birliği (ITU), Dünya Bilgi Toplumu Zirvesi (WSIS) Ödülleri 2026 için "
        "başvuru çağrısı yapmıştır. Bilgi ve iletişim teknolojileri alanında yürüttüğünüz ve tamamlanmış ya da "
        "önemli bir aşamasına gelmiş projelerinizle başvurmanızı rica ederiz.",
        "Başvuruların 15 Mart 2026 tarihine kadar yapılması gerekmektedir. Aşağıdaki kişisel bağlantıyla kurumunuz "
        "adına hesap açabilir ve başvurunuzu hazırlayabilirsiniz; başvurularınız bu kampanyada kendiliğinden "
        "görüneceğinden ayrıca bildirmenize gerek yoktur.",
        "Saygılarımızla,\nBilgi Teknolojileri ve İletişim Kurumu",
    ]
)


def _content():
    try:
        from stocktake.demo import content
    except ImportError:
        return None
    return content


def _specs() -> tuple[list[dict], dict]:
    content = _content()
    orgs = getattr(content, "TURKIYE_ORGANISATIONS", None)
    focal = getattr(content, "TURKIYE_FOCAL_POINT", None)
    if orgs:
        return orgs, focal or {}
    # Without the shared demo content: the same keys, with placeholder contacts.
    fallback = [
        {
            "key": f"tr-{key}",
            "name": key.replace("-", " ").capitalize() + " (Türkiye)",
            "contact_name": "",
            "email": f"contact@{key}.gov.tr.example",
        }
        for key, *_rest in SCENARIO
    ]
    return fallback, {}


def _password() -> str:
    try:
        from stocktake.demo.runner import DEMO_PASSWORD
    except ImportError:
        return FALLBACK_PASSWORD
    return DEMO_PASSWORD


def _edition_and_track():
    edition, _ = Edition.objects.get_or_create(
        year=2026, defaults={"name": "WSIS Prizes 2026", "time_zone": "Europe/Zurich", "is_published": True}
    )
    track = Track.objects.filter(edition=edition, kind=Track.Kind.MAIN).order_by("pk").first()
    if track is None:
        track = Track.objects.create(
            edition=edition,
            kind=Track.Kind.MAIN,
            slug="wsis-prizes",
            names={"en": "WSIS Prizes", "tr": "WSIS Ödülleri"},
        )
    for kind, (starts, ends) in PHASES_2026.items():
        Phase.objects.get_or_create(
            track=track,
            kind=kind,
            defaults={"starts_at": starts.replace(tzinfo=GENEVA), "ends_at": ends.replace(tzinfo=GENEVA)},
        )
    return edition, track


def _at(month, day, hour=10) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=ISTANBUL)


def load(ctx) -> None:
    turkiye = Country.objects.get(code="TR")
    government = StakeholderType.objects.get(code="government")
    _edition, track = _edition_and_track()
    specs, focal = _specs()
    by_key = {spec["key"]: spec for spec in specs}
    focal_user = getattr(ctx, "users", {}).get("focal_tr") or User.objects.filter(email=FOCAL_EMAIL).first()

    campaign, _ = Campaign.objects.get_or_create(
        country=turkiye,
        track=track,
        defaults={
            "title": "WSIS Ödülleri 2026 – kamu kurumlarının başvuruları",
            "message": MESSAGE_TR,
            "language": "tr",
            "deadline": PHASES_2026[Phase.Kind.SUBMISSION][1].replace(tzinfo=GENEVA),
            "reminder_days": [14, 7, 2],
            "contact_name": focal.get("contact_name", "") or (focal_user.name if focal_user else ""),
            "contact_email": focal.get("email", "") or FOCAL_EMAIL,
            "created_by": focal_user,
        },
    )
    Campaign.objects.filter(pk=campaign.pk).update(created_at=_at(1, 19), last_reminder_at=_at(3, 13, 9))

    password = make_password(_password())
    categories = {}
    stats: dict[str, int] = {}
    for index, (suffix, stage, category_number, title) in enumerate(SCENARIO):
        key = f"tr-{suffix}"
        spec = by_key.get(key, {"key": key, "name": suffix, "email": f"contact@{suffix}.gov.tr.example"})
        organisation = Organisation.objects.filter(external_key=key).first()
        if organisation is None:
            organisation = Organisation.objects.create(
                name=spec["name"],
                slug=key[:120],
                stakeholder_type=government,
                country=turkiye,
                verified=True,
                external_key=key,
            )
        email = spec["email"].lower()
        invitation, _ = Invitation.objects.get_or_create(
            campaign=campaign,
            organisation=organisation,
            defaults={"email": email, "contact_name": spec.get("contact_name", "")},
        )
        stats[stage] = stats.get(stage, 0) + 1
        day = 20 + index % 3  # invitations went out on 20–22 January
        fields = {
            "created_at": _at(1, 19),
            "sent_at": _at(1, day),
            "send_count": 1,
            "state": Invitation.State.SENT,
            "opened_at": None,
            "accepted_at": None,
            "accepted_by": None,
            "bounced_at": None,
            "bounce_reason": "",
            "shares_drafts": suffix in SHARES_DRAFTS,
        }
        if stage == "bounced":
            fields |= {"state": Invitation.State.BOUNCED, "bounced_at": _at(1, day, 11)}
            fields["bounce_reason"] = "550 5.1.1 Recipient address rejected: user unknown"
        elif stage == "opened":
            fields |= {"state": Invitation.State.OPENED, "opened_at": _at(1, day + 3)}
        elif stage != "sent":
            user = _member(email, spec.get("contact_name", ""), password, organisation, joined=_at(1, day + 5))
            fields |= {
                "state": Invitation.State.ACCEPTED,
                "opened_at": _at(1, day + 4),
                "accepted_at": _at(1, day + 5),
                "accepted_by": user,
            }
            if category_number:
                _submission(track, categories, organisation, user, stage, category_number, title, index)
        Invitation.objects.filter(pk=invitation.pk).update(**fields)
    summary = ", ".join(f"{n} {stage}" for stage, n in stats.items())
    ctx.log(f"Türkiye 2026 campaign: {len(SCENARIO)} organisations ({summary})")


def _member(email, name, password, organisation, *, joined) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create(email=email, name=name, password=password, language="tr")
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    membership, _ = Membership.objects.get_or_create(user=user, organisation=organisation, defaults={"role": "admin"})
    Membership.objects.filter(pk=membership.pk).update(created_at=joined)
    return user


def _category(track, categories, number) -> Category:
    if number not in categories:
        categories[number], _ = Category.objects.get_or_create(
            track=track, number=number, defaults={"prize_category": PrizeCategory.objects.filter(number=number).first()}
        )
    return categories[number]


def _submission(track, categories, organisation, user, stage, number, title, index) -> None:
    if Submission.objects.filter(track=track, organisation=organisation).exists():
        return  # the contests demo (or an earlier run) already made this organisation's work
    state = {"draft": Submission.State.DRAFT}.get(stage, stage)
    started = _at(2, 2 + index % 20)
    submitted = None if stage == "draft" else _at(3, 1 + index % 13, 16)
    description = (
        f"{title}. The programme is run by {organisation.name} and serves people across Türkiye. "
        "It replaced paper forms and office visits with an online service that works on any phone, "
        "and it publishes its usage figures every quarter."
    )
    submission = Submission.objects.create(
        track=track,
        category=_category(track, categories, number),
        organisation=organisation,
        submitted_by=user if submitted else None,
        state=state,
        title=title,
        short_description=description,
        submitted_at=submitted,
    )
    Submission.objects.filter(pk=submission.pk).update(created_at=started)
