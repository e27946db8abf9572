"""Demo: Türkiye's national campaign for the WSIS Prizes 2026.

The ICT regulator forwarded the call to 22 ministries and presidencies and asked them to apply by
the submission deadline. This loader builds that campaign with a realistic spread of outcomes: a few
never answered (one address bounced), some opened the link or created an account and stopped, some
left a draft, and the rest submitted; once the nominations are out five were nominated, and once the
vote is over one became a finalist. Dates follow the live 2026 edition (see stocktake.demo.timeline):
the campaign starts a few days after the call opens, and no outcome is shown before its phase ends.

It reuses the 2026 edition and main track when the contests loader made them, and otherwise creates
the few rows it needs with the same demo calendar (get_or_create, so running the loaders in any order
gives the same dates). Project titles and texts are invented for the demo."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password

from stocktake.accounts.models import Membership, Organisation, User
from stocktake.contests.models import Category, Edition, Phase, Submission, Track
from stocktake.coordination.models import Campaign, Invitation
from stocktake.demo import timeline
from stocktake.taxonomy.models import Country, PrizeCategory, StakeholderType

GENEVA = ZoneInfo("Europe/Zurich")
ISTANBUL = ZoneInfo("Europe/Istanbul")
FOCAL_EMAIL = "focal.tr@demo.stocktake.example"
FALLBACK_PASSWORD = "stocktake-demo-2026"  # noqa: S105 - the documented demo password

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
TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]

MESSAGE_TR = "\n\n".join(
    [
        "Değerli Kurum Temsilcimiz,",
        "Uluslararası Telekomünikasyon Birliği (ITU), Dünya Bilgi Toplumu Zirvesi (WSIS) Ödülleri 2026 için "
        "başvuru çağrısı yapmıştır. Bilgi ve iletişim teknolojileri alanında yürüttüğünüz ve tamamlanmış ya da "
        "önemli bir aşamasına gelmiş projelerinizle başvurmanızı rica ederiz.",
        "Başvuruların {deadline} tarihine kadar yapılması gerekmektedir. Aşağıdaki kişisel bağlantıyla kurumunuz "
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


def _edition_and_track(ctx):
    edition, _ = Edition.objects.get_or_create(
        year=timeline.LIVE_YEAR,
        defaults={"name": f"WSIS Prizes {timeline.LIVE_YEAR}", "time_zone": "Europe/Zurich", "is_published": True},
    )
    track = Track.objects.filter(edition=edition, kind=Track.Kind.MAIN).order_by("pk").first()
    if track is None:
        # Without the contests demo: the same calendar, marked as demo data like its edition would be.
        stage = getattr(ctx, "stage", None) or timeline.DEFAULT_STAGE
        track = Track.objects.create(
            edition=edition,
            kind=Track.Kind.MAIN,
            slug="wsis-prizes",
            names={"en": "WSIS Prizes", "tr": "WSIS Ödülleri"},
            settings={timeline.MARKER: {"stage": stage, "entries": 0, "seed": getattr(ctx, "seed", 2026)}},
        )
        for kind, (starts, ends) in timeline.live_phases(stage, getattr(ctx, "now", None)).items():
            Phase.objects.get_or_create(track=track, kind=kind, defaults={"starts_at": starts, "ends_at": ends})
    return edition, track


class _Clock:
    """The campaign's dates: it starts five days after the call opens; nothing happens after now or
    after the deadline, and an outcome shows only once its phase is over."""

    def __init__(self, track, now=None):
        self.now = now or datetime.datetime.now(datetime.UTC)
        phases = {p.kind: p for p in track.phases.all()}
        submission = phases[Phase.Kind.SUBMISSION]
        self.deadline = submission.ends_at
        self.start = submission.starts_at.astimezone(ISTANBUL).date() + datetime.timedelta(days=5)
        self.cutoff = min(self.deadline, self.now) - datetime.timedelta(hours=2)
        self.over = {kind: p.ends_at < self.now for kind, p in phases.items()}

    def at(self, days: float, hour=10) -> datetime.datetime:
        """`days` after the campaign started, at `hour` Istanbul time, but never after the cut-off."""
        day = self.start + datetime.timedelta(days=int(days))
        return min(datetime.datetime(day.year, day.month, day.day, hour, tzinfo=ISTANBUL), self.cutoff)

    def outcome(self, stage: str) -> str:
        if stage in ("nominated", "not_nominated", "finalist") and not self.over.get(Phase.Kind.NOMINATION):
            return "submitted"  # the experts have not decided yet
        if stage == "finalist" and not self.over.get(Phase.Kind.VOTING):
            return "nominated"
        return stage

    def last_reminder(self, days: list[int]):
        sent = [self.deadline - datetime.timedelta(days=d) for d in days]
        sent = [at for at in sent if at < self.now]
        return max(sent) if sent else None

    def deadline_tr(self) -> str:
        local = self.deadline.astimezone(GENEVA)
        return f"{local.day} {TR_MONTHS[local.month - 1]} {local.year}"


def load(ctx) -> None:
    turkiye = Country.objects.get(code="TR")
    government = StakeholderType.objects.get(code="government")
    _edition, track = _edition_and_track(ctx)
    clock = _Clock(track, getattr(ctx, "now", None))
    specs, focal = _specs()
    by_key = {spec["key"]: spec for spec in specs}
    focal_user = getattr(ctx, "users", {}).get("focal_tr") or User.objects.filter(email=FOCAL_EMAIL).first()

    campaign, created = Campaign.objects.get_or_create(
        country=turkiye,
        track=track,
        defaults={
            "title": f"WSIS Ödülleri {timeline.LIVE_YEAR} – kamu kurumlarının başvuruları",
            "message": MESSAGE_TR.format(deadline=clock.deadline_tr()),
            "language": "tr",
            "deadline": clock.deadline,
            "reminder_days": [14, 7, 2],
            "contact_name": focal.get("contact_name", "") or (focal_user.name if focal_user else ""),
            "contact_email": focal.get("email", "") or FOCAL_EMAIL,
            "created_by": focal_user,
        },
    )
    if not created:
        ctx.log("Türkiye 2026 campaign already there")
        return
    Campaign.objects.filter(pk=campaign.pk).update(
        created_at=clock.at(0), last_reminder_at=clock.last_reminder(campaign.reminder_days)
    )

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
        shown = clock.outcome(stage)
        stats[shown] = stats.get(shown, 0) + 1
        day = 1 + index % 3  # invitations went out over three days
        fields = {
            "created_at": clock.at(0),
            "sent_at": clock.at(day),
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
            fields |= {"state": Invitation.State.BOUNCED, "bounced_at": clock.at(day, 11)}
            fields["bounce_reason"] = "550 5.1.1 Recipient address rejected: user unknown"
        elif stage == "opened":
            fields |= {"state": Invitation.State.OPENED, "opened_at": clock.at(day + 3)}
        elif stage != "sent":
            user = _member(email, spec.get("contact_name", ""), password, organisation, joined=clock.at(day + 5))
            fields |= {
                "state": Invitation.State.ACCEPTED,
                "opened_at": clock.at(day + 4),
                "accepted_at": clock.at(day + 5),
                "accepted_by": user,
            }
            if category_number:
                _submission(track, categories, organisation, user, clock, stage, category_number, title, index)
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


def _submission(track, categories, organisation, user, clock, stage, number, title, index) -> None:
    if Submission.objects.filter(track=track, organisation=organisation).exists():
        return  # the contests demo (or an earlier run) already made this organisation's work
    stage = clock.outcome(stage)
    state = {"draft": Submission.State.DRAFT}.get(stage, stage)
    started = clock.at(14 + index % 20)
    submitted = None if stage == "draft" else max(started, clock.at(40 + index % 13, 16))
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
