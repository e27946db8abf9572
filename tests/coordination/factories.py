"""Factories for coordination tests: a contest edition with phases, submissions, campaigns."""

import datetime

import factory
from django.utils import timezone

from stocktake.contests.models import Category, Edition, Phase, Submission, Track
from stocktake.coordination.models import Campaign, Invitation
from stocktake.taxonomy.models import Country
from tests.factories import OrganisationFactory, user_with_role


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ("year",)

    year = 2026
    name = factory.LazyAttribute(lambda o: f"WSIS Prizes {o.year}")


class TrackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Track
        django_get_or_create = ("edition", "slug")

    edition = factory.SubFactory(EditionFactory)
    kind = "main"
    slug = "main"
    names = {"en": "WSIS Prizes"}


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("track", "number")

    track = factory.SubFactory(TrackFactory)
    number = 1
    names = {"en": "The role of public governance authorities"}


def add_phases(track, *, submission_end, now=None):
    """Submission ends at `submission_end`; nomination, voting, selection and announcement follow."""
    start = submission_end - datetime.timedelta(days=120)
    spans = [
        (Phase.Kind.SUBMISSION, start, submission_end),
        (Phase.Kind.NOMINATION, submission_end, submission_end + datetime.timedelta(days=30)),
        (Phase.Kind.VOTING, submission_end + datetime.timedelta(days=31), submission_end + datetime.timedelta(days=60)),
        (
            Phase.Kind.SELECTION,
            submission_end + datetime.timedelta(days=61),
            submission_end + datetime.timedelta(days=70),
        ),
        (
            Phase.Kind.ANNOUNCEMENT,
            submission_end + datetime.timedelta(days=110),
            submission_end + datetime.timedelta(days=111),
        ),
    ]
    for kind, starts, ends in spans:
        Phase.objects.update_or_create(track=track, kind=kind, defaults={"starts_at": starts, "ends_at": ends})


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    track = factory.LazyAttribute(lambda o: o.category.track)
    category = factory.SubFactory(CategoryFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"National e-services portal {n}")
    short_description = "A confidential draft description of the project."
    state = Submission.State.DRAFT
    submitted_at = factory.LazyAttribute(
        lambda o: None if o.state in ("draft", "withdrawn", "returned") else timezone.now()
    )


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    country = factory.LazyFunction(lambda: Country.objects.get(code="TR"))
    track = factory.SubFactory(TrackFactory)
    title = "WSIS Ödülleri 2026 – ulusal başvurular"
    message = "Değerli kurumumuz, WSIS Ödülleri 2026 çağrısına başvurmanızı rica ederiz."
    language = "tr"
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))
    contact_name = "Ayşe Yılmaz"
    contact_email = "ayse@btk.example"


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    campaign = factory.SubFactory(CampaignFactory)
    organisation = factory.SubFactory(
        OrganisationFactory, country=factory.LazyFunction(lambda: Country.objects.get(code="TR"))
    )
    email = factory.Sequence(lambda n: f"contact{n}@bakanlik.example")
    contact_name = factory.Faker("name")
    state = Invitation.State.SENT
    sent_at = factory.LazyFunction(timezone.now)


def tr_org(**kwargs):
    return OrganisationFactory(country=Country.objects.get(code="TR"), **kwargs)


def focal_point(country="TR", **kwargs):
    return user_with_role("focal_point", country, **kwargs)
