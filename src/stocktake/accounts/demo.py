"""Demo users for every role and the demo organisations."""

from allauth.account.models import EmailAddress

from stocktake.accounts.models import Membership, Organisation, Role, RoleAssignment, User
from stocktake.demo import content
from stocktake.demo.runner import DEMO_PASSWORD
from stocktake.taxonomy.models import Country, StakeholderType

# (key, e-mail, name, role, country) – documented in the README.
DEMO_USERS = [
    ("secretariat", "secretariat@demo.stocktake.example", "Amina Secretariat", Role.SECRETARIAT, None),
    ("moderator", "moderator@demo.stocktake.example", "Marco Moderator", Role.MODERATOR, None),
    ("expert", "expert@demo.stocktake.example", "Elena Expert", Role.EXPERT, None),
    ("expert2", "expert2@demo.stocktake.example", "Kwame Reviewer", Role.EXPERT, None),
    ("focal_tr", "focal.tr@demo.stocktake.example", "Ayşe Yılmaz", Role.FOCAL_POINT, "TR"),
    ("submitter", "submitter@demo.stocktake.example", "Samuel Submitter", None, None),
    ("voter", "voter@demo.stocktake.example", "Valentina Voter", None, None),
]


def _user(email: str, name: str, *, superuser: bool = False) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(email=email, name=name, is_staff=superuser, is_superuser=superuser)
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def load(ctx) -> None:
    countries = {c.code: c for c in Country.objects.all()}
    types = {t.code: t for t in StakeholderType.objects.all()}

    for key, email, name, role, country in DEMO_USERS:
        user = _user(email, name, superuser=key == "secretariat")
        if role:
            RoleAssignment.objects.get_or_create(
                user=user, role=role, country=countries.get(country) if country else None
            )
        ctx.users[key] = user

    existing = {o.external_key: o for o in Organisation.objects.exclude(external_key="")}
    new = []
    all_orgs = content.organisations() + [{**o, "verified": True, "website": ""} for o in content.TURKIYE_ORGANISATIONS]
    focal = content.TURKIYE_FOCAL_POINT
    all_orgs.append(
        {
            "key": "tr-btk",
            "name": focal["org_name"],
            "stakeholder_type": "government",
            "country": "TR",
            "website": "",
            "verified": True,
        }
    )
    for org in all_orgs:
        if org["key"] in existing:
            continue
        new.append(
            Organisation(
                name=org["name"],
                slug=org["key"][:120],
                stakeholder_type=types[org["stakeholder_type"]],
                country=countries.get(org["country"]) if org.get("country") else None,
                website=org.get("website", ""),
                verified=org.get("verified", False),
                external_key=org["key"],
            )
        )
    Organisation.objects.bulk_create(new, batch_size=500)
    ctx.organisations.update({o.external_key: o for o in Organisation.objects.exclude(external_key="")})

    # The demo submitter administers one organisation; the Türkiye focal point belongs to BTK.
    first_org = ctx.organisations[content.organisations()[0]["key"]]
    Membership.objects.get_or_create(user=ctx.users["submitter"], organisation=first_org, defaults={"role": "admin"})
    Membership.objects.get_or_create(
        user=ctx.users["focal_tr"], organisation=ctx.organisations["tr-btk"], defaults={"role": "admin"}
    )
    ctx.log(f"{len(ctx.users)} demo users, {len(ctx.organisations)} organisations")
