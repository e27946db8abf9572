"""Factories for tests. Reference data (countries, stakeholder types…) comes from the migrations."""

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone
from django.utils.text import slugify

from stocktake.accounts.models import Membership, Organisation, RoleAssignment, User
from stocktake.taxonomy.models import Country, StakeholderType

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def confirmed(self, create, extracted, **kwargs):
        """Users have a confirmed e-mail unless built with confirmed=False."""
        if create:
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=extracted is not False)
            self.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    stakeholder_type = factory.LazyFunction(lambda: StakeholderType.objects.get(code="government"))
    country = factory.LazyFunction(lambda: Country.objects.get(code="KE"))
    website = "https://org.example"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.OrgRole.ADMIN


def user_with_role(role: str, country_code: str | None = None, **kwargs) -> User:
    user = UserFactory(**kwargs)
    RoleAssignment.objects.create(
        user=user, role=role, country=Country.objects.get(code=country_code) if country_code else None
    )
    return user


def member_of(organisation: Organisation, role: str = Membership.OrgRole.ADMIN, **kwargs) -> User:
    user = UserFactory(**kwargs)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


class EntryFactory(factory.django.DjangoModelFactory):
    """A published entry in Kenya under C4 and SDG 4 unless told otherwise."""

    class Meta:
        model = "repository.Entry"
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Community digital skills centre {n}")
    description = "<p>Training for young people and teachers in rural districts.</p>"
    state = "published"
    published_at = factory.LazyFunction(timezone.now)
    year = 2026

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if not create:
            return
        from stocktake.taxonomy.models import SDG, ActionLine, Region

        spec = {"countries": ["KE"], "action_lines": ["C4"], "sdgs": [4]} | (extracted or {})
        countries = list(Country.objects.filter(code__in=spec["countries"]))
        self.countries.set(countries)
        self.regions.set(
            Region.objects.filter(pk__in={c.region_id for c in countries})
            if countries
            else Region.objects.filter(code="INT")
        )
        self.action_lines.set(ActionLine.objects.filter(code__in=spec["action_lines"]))
        self.sdgs.set(SDG.objects.filter(number__in=spec["sdgs"]))
