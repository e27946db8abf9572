"""Counts of published entries by each dimension a report shows. Every function returns rows in a
fixed order that does not depend on the language or on the database's collation, so the same data
always gives the same tables and charts."""

from dataclasses import dataclass

from django.db.models import Count

from stocktake.accounts.models import Organisation
from stocktake.reports.queries.scope import Scope, published_entries
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, StakeholderType


@dataclass(frozen=True)
class Tally:
    key: str
    label: str
    count: int

    def share(self, total: int) -> float:
        return 100.0 * self.count / total if total else 0.0


def total_entries(scope: Scope) -> int:
    return published_entries(scope).count()


def count_organisations(scope: Scope) -> int:
    return Organisation.objects.filter(pk__in=published_entries(scope).values("organisation_id")).count()


def count_countries(scope: Scope) -> int:
    """Countries where at least one entry is implemented (inside the region for a regional report)."""
    qs = Entry.countries.through.objects.filter(entry_id__in=published_entries(scope).values("pk"))
    if scope.region:
        qs = qs.filter(country__region__code=scope.region)
    return qs.values("country_id").distinct().count()


def _tag_counts(relation, column: str, scope: Scope) -> dict[int, int]:
    through = getattr(Entry, relation).through
    rows = (
        through.objects.filter(entry_id__in=published_entries(scope).values("pk"))
        .values(column)
        .annotate(n=Count("entry_id", distinct=True))
    )
    return {row[column]: row["n"] for row in rows}


def entries_by_action_line(scope: Scope) -> list[Tally]:
    """Every action line and C7 sub-line in reading order. The C7 row counts each entry tagged with C7
    or with any of its sub-lines once."""
    lines = list(ActionLine.objects.order_by("sort_key"))
    counts = _tag_counts("action_lines", "actionline_id", scope)
    rows = []
    for line in lines:
        children = [c.pk for c in lines if c.parent_id == line.pk]
        if children:
            n = (
                Entry.action_lines.through.objects.filter(
                    entry_id__in=published_entries(scope).values("pk"), actionline_id__in=[line.pk, *children]
                )
                .values("entry_id")
                .distinct()
                .count()
            )
        else:
            n = counts.get(line.pk, 0)
        rows.append(Tally(line.code, line.label, n))
    return rows


def entries_by_sdg(scope: Scope) -> list[Tally]:
    counts = _tag_counts("sdgs", "sdg_id", scope)
    return [Tally(str(s.number), f"{s.number}. {s.name}", counts.get(s.pk, 0)) for s in SDG.objects.order_by("number")]


def entries_by_gdc_objective(scope: Scope) -> list[Tally]:
    counts = _tag_counts("gdc_objectives", "gdcobjective_id", scope)
    return [
        Tally(str(g.number), f"{g.number}. {g.name}", counts.get(g.pk, 0))
        for g in GDCObjective.objects.order_by("number")
    ]


def entries_by_region(scope: Scope) -> list[Tally]:
    """The six ITU regions, then International (entries of global scope)."""
    counts = _tag_counts("regions", "region_id", scope)
    return [Tally(r.code, r.name, counts.get(r.pk, 0)) for r in Region.objects.order_by("order")]


def entries_by_stakeholder_type(scope: Scope) -> list[Tally]:
    """By the stakeholder type of the organisation that submitted the entry."""
    rows = published_entries(scope).values("organisation__stakeholder_type_id").annotate(n=Count("pk"))
    counts = {row["organisation__stakeholder_type_id"]: row["n"] for row in rows}
    return [Tally(t.code, t.name, counts.get(t.pk, 0)) for t in StakeholderType.objects.order_by("order")]


def top_countries(scope: Scope, limit: int = 15) -> list[Tally]:
    """Countries with the most entries implemented there; ties broken by ISO code, not by name, so the
    order is the same in every language."""
    qs = Entry.countries.through.objects.filter(entry_id__in=published_entries(scope).values("pk"))
    if scope.region:
        qs = qs.filter(country__region__code=scope.region)
    rows = list(
        qs.values("country_id", "country__code")
        .annotate(n=Count("entry_id", distinct=True))
        .order_by("-n", "country__code")[:limit]
    )
    countries = Country.objects.in_bulk([row["country_id"] for row in rows])
    return [Tally(row["country__code"], countries[row["country_id"]].name, row["n"]) for row in rows]


def entries_by_status(scope: Scope) -> list[Tally]:
    rows = published_entries(scope).values("status").annotate(n=Count("pk"))
    counts = {row["status"]: row["n"] for row in rows}
    return [Tally(value, str(label), counts.get(value, 0)) for value, label in Entry.ProjectStatus.choices]


def entries_by_year(scope: Scope) -> list[Tally]:
    """Year-on-year: published entries of every year up to the report's year that has any."""
    rows = (
        published_entries(scope, any_year=True)
        .filter(year__isnull=False, year__lte=scope.year)
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("year")
    )
    return [Tally(str(row["year"]), str(row["year"]), row["n"]) for row in rows]
