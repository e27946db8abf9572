"""Test data for reports: published entries with chosen tags, and a prize edition with results."""

import datetime

import factory
from django.utils import timezone

from stocktake.accounts.models import Organisation
from stocktake.contests.models import Category, Edition, Submission, Track
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, PrizeCategory, Region, StakeholderType
from tests.factories import OrganisationFactory


def organisation(name: str, country: str | None, stakeholder: str = "government") -> Organisation:
    return OrganisationFactory(
        name=name,
        stakeholder_type=StakeholderType.objects.get(code=stakeholder),
        country=Country.objects.get(code=country) if country else None,
    )


def entry(
    title: str,
    org: Organisation,
    *,
    countries=(),
    lines=("C4",),
    sdgs=(4,),
    gdcs=(),
    year: int = 2026,
    status: str = "ongoing",
    state: str = "published",
    day: int = 1,
    description: str = "<p>Digital services for people in rural districts.</p>",
) -> Entry:
    published = timezone.make_aware(datetime.datetime(year, 3, day, 10)) if state == Entry.State.PUBLISHED else None
    e = Entry.objects.create(
        organisation=org,
        title=title,
        description=description,
        state=state,
        status=status,
        year=year,
        published_at=published,
        is_international=not countries,
    )
    found = list(Country.objects.filter(code__in=countries))
    e.countries.set(found)
    e.regions.set(
        Region.objects.filter(pk__in={c.region_id for c in found}) if found else Region.objects.filter(code="INT")
    )
    e.action_lines.set(ActionLine.objects.filter(code__in=lines))
    e.sdgs.set(SDG.objects.filter(number__in=sdgs))
    e.gdc_objectives.set(GDCObjective.objects.filter(number__in=gdcs))
    return e


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ("year",)

    year = 2026
    name = factory.LazyAttribute(lambda o: f"WSIS Prizes {o.year}")


def main_track(year: int = 2026) -> Track:
    edition = EditionFactory(year=year)
    track, _ = Track.objects.get_or_create(edition=edition, slug="wsis-prizes", defaults={"kind": Track.Kind.MAIN})
    return track


def category(track: Track, number: int) -> Category:
    cat, _ = Category.objects.get_or_create(
        track=track, number=number, defaults={"prize_category": PrizeCategory.objects.get(number=number)}
    )
    return cat


def submission(track: Track, number: int, org: Organisation, state: str, title: str, *, entry=None, **kwargs):
    return Submission.objects.create(
        track=track,
        category=category(track, number),
        organisation=org,
        entry=entry,
        state=state,
        title=title,
        short_description=kwargs.pop("short_description", f"{title}: what it does and for whom."),
        **kwargs,
    )


def announcement(track: Track, days_from_now: int):
    """The announcement phase of a track, starting some days from now (negative: in the past)."""
    from stocktake.contests.models import Phase

    starts = timezone.now() + datetime.timedelta(days=days_from_now)
    return Phase.objects.create(
        track=track, kind=Phase.Kind.ANNOUNCEMENT, starts_at=starts, ends_at=starts + datetime.timedelta(days=1)
    )
