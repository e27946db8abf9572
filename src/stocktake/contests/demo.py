"""Demo prizes: the 2026 edition, complete up to its nominees (submission closed 15 March 2026 at
23:00 Geneva time), with its Photo Contest; the 2027 edition, whose submission phase is open on the
demo's date so a demo user can submit; and the Women in Technology directory. Main-track
submissions reuse the demo repository entries, their answers from demo.content.prize_submission.
Bulk-inserted for speed; idempotent (keyed on year and entry)."""

from __future__ import annotations

import datetime
import io
import zlib
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from stocktake.accounts.models import Organisation
from stocktake.contests.models import Edition, Pledge, Submission, TechWomanProfile, Track
from stocktake.contests.services import editions
from stocktake.demo import content
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import Country, PrizeCategory

GENEVA = ZoneInfo("Europe/Zurich")
PER_CATEGORY_2026 = 20
PER_CATEGORY_2027 = 3
# The demo has about 20 submissions a category rather than the real ~55, so it nominates 10.
DEMO_NOMINEES_PER_CATEGORY = 10


def _at(y, m, d, hh=0, mm=0, ss=0) -> datetime.datetime:
    return datetime.datetime(y, m, d, hh, mm, ss, tzinfo=GENEVA)


PHASES = {
    2026: {
        "submission": (_at(2025, 10, 1), _at(2026, 3, 15, 23)),
        "nomination": (_at(2026, 3, 15, 23, 0, 1), _at(2026, 4, 12, 23)),
        "voting": (_at(2026, 4, 13), _at(2026, 5, 12, 23)),
        "selection": (_at(2026, 5, 13), _at(2026, 6, 5, 23)),
        "announcement": (_at(2026, 7, 7, 9), _at(2026, 7, 10, 18)),
    },
    2027: {
        "submission": (_at(2026, 10, 1), _at(2027, 2, 15, 23)),
        "nomination": (_at(2027, 2, 15, 23, 0, 1), _at(2027, 3, 14, 23)),
        "voting": (_at(2027, 3, 15), _at(2027, 4, 14, 23)),
        "selection": (_at(2027, 4, 15), _at(2027, 5, 5, 23)),
        "announcement": (_at(2027, 7, 5, 9), _at(2027, 7, 9, 18)),
    },
}


def _edition(ctx, year: int) -> Edition:
    edition = Edition.objects.filter(year=year).first()
    if edition is None:
        secretariat = ctx.users["secretariat"]
        edition = editions.create_edition(secretariat, year=year, phases=PHASES[year])
        editions.publish_edition(secretariat, edition)
        Track.objects.filter(edition=edition, kind=Track.Kind.MAIN).update(
            nominees_per_category=DEMO_NOMINEES_PER_CATEGORY
        )
    return edition


def _answers(item: dict, seed: int) -> dict:
    answers = content.prize_submission(item, seed)
    # The form asks "challenges and future perspectives" in one answer.
    if answers.get("future"):
        answers["challenges"] = f"{answers.get('challenges', '')}\n\n{answers.pop('future')}".strip()
    answers["sdgs"] = item.get("sdgs") or []
    answers["gdc_objectives"] = item.get("gdc_objectives") or [1]
    answers["countries"] = item.get("countries") or []
    answers["is_international"] = not item.get("countries")
    answers["website"] = item.get("website", "")
    return answers


def _stable(key: str) -> int:
    return zlib.crc32(key.encode())


def load(ctx) -> None:
    e2026, e2027 = _edition(ctx, 2026), _edition(ctx, 2027)
    _women_in_technology(ctx)
    if Submission.objects.filter(track__edition__in=[e2026, e2027]).exists():
        ctx.log("prize submissions already there")
        return
    category_of_line = {pc.action_line.code: pc.number for pc in PrizeCategory.objects.select_related("action_line")}
    entries = {e.external_key: e for e in Entry.objects.filter(state=Entry.State.PUBLISHED).exclude(external_key="")}
    items = [i for i in content.entries(ctx.entries, seed=ctx.seed) if i["key"] in entries]

    plans = {2026: PER_CATEGORY_2026, 2027: PER_CATEGORY_2027}
    chosen = {year: {n: [] for n in range(1, 19)} for year in plans}
    used_entries, used_orgs = set(), {year: set() for year in plans}
    for item in items:
        number = next((category_of_line[c] for c in item["action_lines"] if c in category_of_line), None)
        if number is None or item["key"] in used_entries:
            continue
        for year, wanted in plans.items():
            if len(chosen[year][number]) < wanted and (number, item["org_key"]) not in used_orgs[year]:
                chosen[year][number].append(item)
                used_orgs[year].add((number, item["org_key"]))
                used_entries.add(item["key"])
                break

    rows = []
    for year, edition in ((2026, e2026), (2027, e2027)):
        track = edition.tracks.get(kind=Track.Kind.MAIN)
        categories = {c.number: c for c in track.categories.all()}
        opens, closes = PHASES[year]["submission"]
        span = (min(closes, timezone.now()) - opens).total_seconds()
        for number, picked in chosen[year].items():
            for index, item in enumerate(picked):
                entry = entries[item["key"]]
                answers = _answers(item, ctx.seed)
                h = _stable(item["key"])
                withdrawn = year == 2026 and index == len(picked) - 1 and len(picked) > 5
                submitted_at = opens + datetime.timedelta(seconds=h % int(span))
                rows.append(
                    Submission(
                        track=track,
                        category=categories[number],
                        organisation=entry.organisation,
                        entry=entry,
                        title=entry.title,
                        short_description=answers.pop("short_description"),
                        answers=answers,
                        state=Submission.State.WITHDRAWN if withdrawn else Submission.State.SUBMITTED,
                        submitted_at=submitted_at,
                        withdrawn_at=submitted_at + datetime.timedelta(days=3) if withdrawn else None,
                    )
                )
    Submission.objects.bulk_create(rows, batch_size=500)
    _photo_contest(ctx, e2026)
    _submitter_draft(ctx, e2027, category_of_line, entries, items)
    ctx.log(f"prize editions 2026 and 2027 with {len(rows)} submissions")


def _submitter_draft(ctx, edition, category_of_line, entries, items) -> None:
    """The demo submitter's organisation gets an almost finished 2027 draft: the short description
    is a little short, so submitting shows the rule's message and the live word count."""
    user = ctx.users.get("submitter")
    membership = user.memberships.select_related("organisation").first() if user else None
    if membership is None:
        return
    org = membership.organisation
    track = edition.tracks.get(kind=Track.Kind.MAIN)
    taken = set(Submission.objects.filter(track=track, organisation=org).values_list("category__number", flat=True))
    used_2027 = set(Submission.objects.filter(track=track).exclude(entry=None).values_list("entry_id", flat=True))
    own = [i for i in items if entries[i["key"]].organisation_id == org.pk and entries[i["key"]].pk not in used_2027]
    # Without an entry of its own in the demo set, the draft will create a new entry on submission.
    item = own[0] if own else next(iter(items), None)
    if item is None:
        return
    number = next((category_of_line[c] for c in item["action_lines"] if c in category_of_line), 4)
    if number in taken:
        number = next(n for n in range(1, 19) if n not in taken)
    answers = _answers(item, ctx.seed)
    short = " ".join(answers.pop("short_description").split()[:135])
    Submission.objects.create(
        track=track,
        category=track.categories.get(number=number),
        organisation=org,
        entry=entries[item["key"]] if own else None,
        submitted_by=user,
        title=entries[item["key"]].title if own else f"{org.name}: community digital skills programme",
        short_description=short,
        answers=answers,
    )


def _women_in_technology(ctx) -> None:
    if TechWomanProfile.objects.exclude(external_key="").exists():
        return
    countries = {c.code: c for c in Country.objects.all()}
    published = _at(2025, 3, 8, 9)  # International Women's Day
    profiles = []
    for p in content.women_in_tech_profiles():
        profiles.append(
            TechWomanProfile(
                name=p["name"],
                title=p["title"],
                organisation=p["organisation"],
                country=countries.get(p.get("country") or ""),
                expertise=list(p.get("expertise") or []),
                bio=p["bio"],
                consent_to_publish=True,
                consent_at=published,
                state=TechWomanProfile.State.PUBLISHED,
                published_at=published,
                external_key=p["key"],
            )
        )
    TechWomanProfile.objects.bulk_create(profiles)
    saved = {p.external_key: p for p in TechWomanProfile.objects.exclude(external_key="")}
    Pledge.objects.bulk_create(
        [
            Pledge(profile=saved[p["key"]], text=p["pledge"], year=2025, state=Pledge.State.PUBLISHED)
            for p in content.women_in_tech_profiles()
            if p.get("pledge")
        ]
    )


def _photo(key: str) -> ContentFile:
    """A placeholder picture (the demo ships no photographs): a two-colour landscape, 1600×1000."""
    h = _stable(key)
    sky = (80 + h % 120, 120 + (h >> 8) % 100, 180 + (h >> 16) % 70)
    land = (40 + (h >> 4) % 80, 110 + (h >> 12) % 90, 50 + (h >> 20) % 60)
    image = Image.new("RGB", (1600, 1000), sky)
    ImageDraw.Draw(image).polygon([(0, 1000), (0, 620), (500, 480), (1000, 650), (1600, 520), (1600, 1000)], land)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return ContentFile(out.getvalue(), name=f"{key}.jpg")


def _photo_contest(ctx, edition) -> None:
    """The 2026 Photo Contest: twelve entries, a shortlist of finalists and three winners."""
    track = edition.tracks.get(kind=Track.Kind.PHOTO)
    category = track.categories.get()
    orgs = list(Organisation.objects.exclude(external_key="").select_related("country").order_by("pk"))
    by_country = {}
    for org in orgs:
        by_country.setdefault(org.country.code if org.country_id else "", org)
    opens = PHASES[2026]["submission"][0]
    used = set()
    for i, p in enumerate(content.photo_contest_entries()):
        org = by_country.get(p["country"])
        if org is None or org.pk in used:
            org = next(o for o in orgs if o.pk not in used)
        used.add(org.pk)
        state = (
            Submission.State.WINNER
            if i < 3
            else (Submission.State.FINALIST if i < 8 else Submission.State.NOT_NOMINATED)
        )
        submission = Submission(
            track=track,
            category=category,
            organisation=org,
            title=p["title"],
            short_description=p["caption"],
            answers={
                "photographer": p["photographer"],
                "location": p["country"],
                "age_confirmed": True,
                "rights_confirmed": True,
            },
            state=state,
            submitted_at=opens + datetime.timedelta(days=10 + i * 9),
        )
        submission.image.save(f"{p['key']}.jpg", _photo(p["key"]), save=False)
        submission.save()
