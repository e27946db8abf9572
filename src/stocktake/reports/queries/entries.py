"""Entries as reports list them: one light record per entry (loaded once for the whole report),
and the deterministic choice of project examples for each action-line chapter."""

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from stocktake.common.i18n import localized
from stocktake.reports.queries.scope import Scope, published_entries
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective

# Completed work has evidence of results, so it makes the better example.
STATUS_ORDER = {"completed": 0, "ongoing": 1, "planned": 2}


@dataclass
class EntryDigest:
    id: int
    public_id: str
    title: str
    organisation: str
    organisation_country: str
    stakeholder_type: str
    status: str
    status_label: str
    published_at: datetime | None
    countries: list[tuple[str, str, str]] = field(default_factory=list)  # (ISO code, name, region code)
    regions: set[str] = field(default_factory=set)
    action_lines: list[str] = field(default_factory=list)  # codes in reading order
    sdgs: list[int] = field(default_factory=list)
    gdc_objectives: list[int] = field(default_factory=list)
    is_international: bool = False

    @property
    def country_names(self) -> str:
        return ", ".join(name for _code, name, _region in self.countries)

    @property
    def tags(self) -> str:
        parts = list(self.action_lines)
        parts += [_("SDG %(number)s") % {"number": n} for n in self.sdgs]
        parts += [_("GDC %(number)s") % {"number": n} for n in self.gdc_objectives]
        return ", ".join(parts)


def _sort_key(d: EntryDigest):
    return (d.title.casefold(), d.public_id)


def entry_digests(scope: Scope) -> list[EntryDigest]:
    """Every entry in the scope, sorted by title: six queries whatever the number of entries."""
    entries = published_entries(scope)
    status_labels = dict(Entry.ProjectStatus.choices)
    digests: dict[int, EntryDigest] = {}
    rows = entries.values_list(
        "pk",
        "public_id",
        "title",
        "organisation__name",
        "organisation__country_id",
        "organisation__stakeholder_type__names",
        "status",
        "published_at",
        "is_international",
    )
    countries = {c.pk: c for c in Country.objects.select_related("region")}
    for pk, public_id, title, org, org_country, st_names, status, published_at, international in rows:
        digests[pk] = EntryDigest(
            id=pk,
            public_id=str(public_id),
            title=title,
            organisation=org,
            organisation_country=countries[org_country].name if org_country else "",
            stakeholder_type=localized(st_names),
            status=status,
            status_label=str(status_labels.get(status, status)),
            published_at=published_at,
            is_international=international,
        )
    ids = entries.values("pk")
    for entry_id, country_id in Entry.countries.through.objects.filter(entry_id__in=ids).values_list(
        "entry_id", "country_id"
    ):
        country = countries[country_id]
        digests[entry_id].countries.append((country.code, country.name, country.region.code))
        digests[entry_id].regions.add(country.region.code)
    lines = {a.pk: a for a in ActionLine.objects.all()}
    for entry_id, line_id in Entry.action_lines.through.objects.filter(entry_id__in=ids).values_list(
        "entry_id", "actionline_id"
    ):
        digests[entry_id].action_lines.append(line_id)
    sdgs = dict(SDG.objects.values_list("pk", "number"))
    for entry_id, sdg_id in Entry.sdgs.through.objects.filter(entry_id__in=ids).values_list("entry_id", "sdg_id"):
        digests[entry_id].sdgs.append(sdgs[sdg_id])
    gdcs = dict(GDCObjective.objects.values_list("pk", "number"))
    for entry_id, gdc_id in Entry.gdc_objectives.through.objects.filter(entry_id__in=ids).values_list(
        "entry_id", "gdcobjective_id"
    ):
        digests[entry_id].gdc_objectives.append(gdcs[gdc_id])
    for d in digests.values():
        d.countries.sort()
        d.action_lines = [lines[i].code for i in sorted(d.action_lines, key=lambda i: lines[i].sort_key)]
        d.sdgs.sort()
        d.gdc_objectives.sort()
    return sorted(digests.values(), key=_sort_key)


def annex_entries(scope: Scope) -> list[EntryDigest]:
    """The annex lists every entry of the scope, by title."""
    return entry_digests(scope)


def _example_key(d: EntryDigest, ranks: dict[int, int]):
    # Prize results first, then completed work, then the earliest published; the public id settles ties.
    return (ranks.get(d.id, 9), STATUS_ORDER.get(d.status, 9), d.published_at or datetime.max, d.public_id)


def _in_lines(d: EntryDigest, line_codes: set[str]) -> bool:
    return any(code in line_codes for code in d.action_lines)


def select_examples(
    digests: list[EntryDigest], line_codes: set[str], ranks: dict[int, int], limit: int
) -> list[EntryDigest]:
    """The project examples of one action-line chapter: the best-ranked entries, at most one per
    organisation while others are left, so a chapter shows a range of actors."""
    candidates = sorted((d for d in digests if _in_lines(d, line_codes)), key=lambda d: _example_key(d, ranks))
    chosen, organisations = [], set()
    for d in candidates:
        if len(chosen) == limit:
            break
        if d.organisation not in organisations:
            chosen.append(d)
            organisations.add(d.organisation)
    for d in candidates:
        if len(chosen) == limit:
            break
        if d not in chosen:
            chosen.append(d)
    return chosen


def select_examples_by_country(
    digests: list[EntryDigest],
    line_codes: set[str],
    region: str,
    ranks: dict[int, int],
    per_country: int,
    *,
    crowded: int = 15,
) -> list[tuple[str, str, list[EntryDigest]]]:
    """Examples of one action line in a regional report, as (ISO code, country name, examples) for
    each country of the region where such work exists, countries by name. Up to `per_country`
    examples a country, one when more than `crowded` countries have some, so a chapter stays
    readable; an entry carried out in several countries of the region appears under the first."""
    by_country: dict[tuple[str, str], list[EntryDigest]] = defaultdict(list)
    for d in sorted((d for d in digests if _in_lines(d, line_codes)), key=lambda d: _example_key(d, ranks)):
        in_region = [(code, name) for code, name, country_region in d.countries if country_region == region]
        if in_region:
            by_country[in_region[0]].append(d)
    limit = 1 if len(by_country) > crowded else per_country
    return [
        (code, name, items[:limit])
        for (code, name), items in sorted(by_country.items(), key=lambda kv: (kv[0][1].casefold(), kv[0][0]))
    ]


def plain_text(value: str, max_words: int | None = None) -> str:
    """Text of a sanitized HTML description, optionally cut at a word limit."""
    text = html.unescape(strip_tags(value.replace("</p>", "</p>\n").replace("<br>", "\n")))
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if max_words:
        words = text.split(" ")
        if len(words) > max_words:
            text = " ".join(words[:max_words]).rstrip(",;:.") + " …"
    return text


def entry_descriptions(ids: list[int], max_words: int | None = 90) -> dict[int, str]:
    return {
        pk: plain_text(description, max_words)
        for pk, description in Entry.objects.filter(pk__in=ids).values_list("pk", "description")
    }
