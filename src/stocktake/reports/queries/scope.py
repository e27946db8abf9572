"""What a report covers: the published entries of one stocktaking year, optionally one ITU region."""

from dataclasses import dataclass

from django.db.models import Count, Max, QuerySet

from stocktake.repository.models import Entry


@dataclass(frozen=True)
class Scope:
    year: int
    # An ITU region code (AFR, AMS, ARB, ASP, CIS, EUR); None for the global report.
    region: str | None = None
    collection: str = "stocktaking"

    def without_year(self) -> "Scope":
        return Scope(year=0, region=self.region, collection=self.collection)


def published_entries(scope: Scope, *, any_year: bool = False) -> QuerySet:
    """The published entries a report counts. An entry implemented in several regions counts in each."""
    qs = Entry.objects.filter(state=Entry.State.PUBLISHED, collection=scope.collection)
    if not any_year:
        qs = qs.filter(year=scope.year)
    if scope.region:
        # A subquery, not a join, so an entry in two countries of one region is still one row.
        qs = qs.filter(pk__in=Entry.regions.through.objects.filter(region__code=scope.region).values("entry_id"))
    return qs


def available_years(collection: str = "stocktaking") -> list[int]:
    """Years that have published entries, newest first."""
    return list(
        Entry.objects.filter(state=Entry.State.PUBLISHED, collection=collection, year__isnull=False)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def data_fingerprint(collection: str = "stocktaking") -> str:
    """Changes whenever an entry or a prize submission changes: a cache key for rendered reports."""
    from stocktake.contests.models import Submission

    entries = Entry.objects.filter(collection=collection).aggregate(n=Count("pk"), last=Max("updated_at"))
    submissions = Submission.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
    return f"{entries['n']}:{entries['last']}:{submissions['n']}:{submissions['last']}"
