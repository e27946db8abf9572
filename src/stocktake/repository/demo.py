"""Demo entries: published, with their first version approved. Bulk-inserted for speed."""

import datetime

from django.db import connection
from django.utils import timezone

from stocktake.demo import content
from stocktake.repository.content import sanitize_html
from stocktake.repository.models import Entry, EntryVersion
from stocktake.repository.search import indexer
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, Subtopic


def load(ctx) -> None:
    _load_published(ctx)
    _load_moderation_examples(ctx)


# A few entries of the demo submitter's organisation in every moderation state, so the owner's
# list, the moderation queue, the diff and the history have something to show.
_EXAMPLES = [
    ("demo-flow-draft", "Village broadband cooperatives", None),
    ("demo-flow-submitted", "Open school timetables app", "submit"),
    ("demo-flow-returned", "Coding clubs for girls in secondary schools", "return"),
]
_DESCRIPTION = (
    "Volunteers and local officials run the service together. People in remote districts use it "
    "from a basic phone, and staff in the district office follow up on each request within a week. "
    "The project publishes its figures every quarter and shares its training material openly."
)


def _load_moderation_examples(ctx) -> None:
    from stocktake.repository.services import entries as svc

    owner, moderator = ctx.users.get("submitter"), ctx.users.get("moderator")
    membership = owner.memberships.select_related("organisation").first() if owner else None
    if membership is None or moderator is None:
        return
    organisation = membership.organisation
    done = set(Entry.objects.filter(external_key__startswith="demo-flow-").values_list("external_key", flat=True))
    todo = [example for example in _EXAMPLES if example[0] not in done]
    for key, title, step in todo:
        data = {
            "title": title,
            "description": _DESCRIPTION,
            "entry_type": "project",
            "status": "ongoing",
            "start_date": "2024-03-01",
            "countries": [organisation.country.code] if organisation.country_id else [],
            "is_international": not organisation.country_id,
            "action_lines": ["C4"],
            "sdgs": [4],
        }
        entry = svc.create_entry(owner, organisation, data, external_key=key)
        if step is None:
            continue
        svc.submit_entry(owner, entry)
        if step == "return":
            svc.return_entry(moderator, entry, "Please add the number of schools and pupils reached so far.")
    # A pending edit of one of the organisation's published entries: the public page keeps the
    # approved text while the moderator sees the diff.
    published = Entry.objects.filter(organisation=organisation, state=Entry.State.PUBLISHED).order_by("pk").first()
    if published is not None and not published.versions.filter(number__gt=1).exists():
        svc.update_draft(owner, published, {"title": published.title + " (second phase)"})
        svc.submit_entry(owner, published)
        todo.append(published)
    if todo:
        ctx.log("moderation examples for the demo submitter: a draft, a submission, a return and a pending edit")


def _load_published(ctx) -> None:
    existing = set(
        Entry.objects.exclude(external_key="")
        .exclude(external_key__startswith="demo-flow-")
        .values_list("external_key", flat=True)
    )
    items = [e for e in content.entries(ctx.entries, seed=ctx.seed) if e["key"] not in existing]
    if not items:
        ctx.log(f"{len(existing)} entries already there")
        return
    countries = {c.code: c for c in Country.objects.all()}
    lines = {a.code: a for a in ActionLine.objects.all()}
    subtopics = {f"{s.action_line.code}/{s.slug}": s for s in Subtopic.objects.select_related("action_line")}
    sdgs = {s.number: s for s in SDG.objects.all()}
    gdcs = {g.number: g for g in GDCObjective.objects.all()}
    international = Region.objects.get(code="INT")
    moderator = ctx.users.get("moderator")

    entries = []
    for item in items:
        year = item["year"]
        published = timezone.make_aware(
            datetime.datetime(year, 1 + (hash_int(item["key"]) % 12), 1 + hash_int(item["key"]) % 27, 10)
        )
        entries.append(
            Entry(
                organisation=ctx.organisations[item["org_key"]],
                state=Entry.State.PUBLISHED,
                title=item["title"],
                description=sanitize_html(item["description"]),
                entry_type=item["entry_type"],
                status=item["status"],
                start_date=item["start_date"],
                end_date=item["end_date"],
                is_international=not item["countries"],
                website=item.get("website", ""),
                partners=item.get("partners", ""),
                language=item.get("language", "en"),
                published_at=published,
                year=year,
                external_key=item["key"],
            )
        )
    Entry.objects.bulk_create(entries, batch_size=500)
    saved = {e.external_key: e for e in Entry.objects.filter(external_key__in=[i["key"] for i in items])}

    through_rows = {
        name: [] for name in ["countries", "regions", "action_lines", "subtopics", "sdgs", "gdc_objectives"]
    }
    versions = []
    for item in items:
        entry = saved[item["key"]]
        entry_countries = [countries[c] for c in item["countries"] if c in countries]
        regions = {c.region_id for c in entry_countries} or {international.pk}
        for c in entry_countries:
            through_rows["countries"].append(Entry.countries.through(entry_id=entry.pk, country_id=c.pk))
        for r in regions:
            through_rows["regions"].append(Entry.regions.through(entry_id=entry.pk, region_id=r))
        for code in item["action_lines"]:
            through_rows["action_lines"].append(
                Entry.action_lines.through(entry_id=entry.pk, actionline_id=lines[code].pk)
            )
        for key in item.get("subtopics", []):
            if key in subtopics:
                through_rows["subtopics"].append(
                    Entry.subtopics.through(entry_id=entry.pk, subtopic_id=subtopics[key].pk)
                )
        for n in item["sdgs"]:
            through_rows["sdgs"].append(Entry.sdgs.through(entry_id=entry.pk, sdg_id=sdgs[n].pk))
        for n in item.get("gdc_objectives", []):
            through_rows["gdc_objectives"].append(
                Entry.gdc_objectives.through(entry_id=entry.pk, gdcobjective_id=gdcs[n].pk)
            )
        data = {
            k: item.get(k)
            for k in [
                "title",
                "entry_type",
                "status",
                "start_date",
                "end_date",
                "website",
                "partners",
                "language",
                "countries",
                "action_lines",
                "sdgs",
            ]
        }
        data |= {
            "description": entry.description,
            "is_international": entry.is_international,
            "subtopics": item.get("subtopics", []),
            "gdc_objectives": item.get("gdc_objectives", []),
            "contact_name": "",
            "contact_email": "",
        }
        versions.append(
            EntryVersion(
                entry=entry,
                number=1,
                data=data,
                state=EntryVersion.State.APPROVED,
                submitted_at=entry.published_at,
                decided_at=entry.published_at,
                decided_by=moderator,
            )
        )
    for name, rows in through_rows.items():
        getattr(Entry, name).through.objects.bulk_create(rows, batch_size=2000)
    EntryVersion.objects.bulk_create(versions, batch_size=500)
    # Point each entry at its approved version in one statement.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE repository_entry SET current_version_id = (SELECT v.id FROM repository_entryversion v "
            "WHERE v.entry_id = repository_entry.id AND v.number = 1) WHERE current_version_id IS NULL"
        )
    indexer.index_entries([saved[item["key"]].pk for item in items])
    indexer.optimise()
    ctx.log(f"{len(items)} entries published and indexed")


def hash_int(key: str) -> int:
    """A stable small integer from a key (Python's hash() is salted per process)."""
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
