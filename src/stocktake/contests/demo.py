"""Demo prizes: a complete past edition (2025: submission closed 10 February 2025 at 23:00 Geneva
time, with its Photo Contest and winners) and the live 2026 edition, whose phases sit around the
moment the demo is loaded, according to the demo stage (see stocktake.demo.timeline): open for
submission (the demo submitter has a nearly finished draft), in review, in public voting, or complete.
Also the Women in Technology directory. Main-track submissions reuse the demo repository entries,
their answers from demo.content.prize_submission. Bulk-inserted for speed; idempotent (keyed on year
and entry; the live edition is rebuilt only when the requested stage differs from its own)."""

from __future__ import annotations

import datetime
import io
import zlib

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from stocktake.accounts.models import Organisation
from stocktake.contests.models import Edition, Pledge, Submission, TechWomanProfile, Track
from stocktake.contests.services import editions
from stocktake.demo import content, timeline
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import Country, PrizeCategory

GENEVA = timeline.GENEVA
PAST_YEAR, LIVE_YEAR = timeline.PAST_YEAR, timeline.LIVE_YEAR
PER_CATEGORY = {PAST_YEAR: 20, LIVE_YEAR: 20}
# The demo has about 20 submissions a category rather than the real ~55, so it nominates 10.
DEMO_NOMINEES_PER_CATEGORY = 10


def _at(y, m, d, hh=0, mm=0, ss=0) -> datetime.datetime:
    return datetime.datetime(y, m, d, hh, mm, ss, tzinfo=GENEVA)


def _edition(ctx, year: int, phases: dict) -> Edition:
    edition = Edition.objects.filter(year=year).first()
    if edition is None:
        secretariat = ctx.users["secretariat"]
        edition = editions.create_edition(secretariat, year=year, phases=phases)
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


class _Plan:
    """Which demo entries each edition's main track gets, per category: the same for every run, so
    the live edition can be rebuilt without touching the past one."""

    def __init__(self, ctx):
        self.category_of_line = {
            pc.action_line.code: pc.number for pc in PrizeCategory.objects.select_related("action_line")
        }
        self.entries = {
            e.external_key: e for e in Entry.objects.filter(state=Entry.State.PUBLISHED).exclude(external_key="")
        }
        self.items = [i for i in content.entries(ctx.entries, seed=ctx.seed) if i["key"] in self.entries]
        self.chosen = {year: {n: [] for n in range(1, 19)} for year in PER_CATEGORY}
        used_entries, used_orgs = set(), {year: set() for year in PER_CATEGORY}
        for item in self.items:
            number = self.category(item)
            if number is None or item["key"] in used_entries:
                continue
            # Take turns (the edition with fewer in this category first), so a small demo fills both.
            for year in sorted(PER_CATEGORY, key=lambda y: len(self.chosen[y][number])):
                if (
                    len(self.chosen[year][number]) < PER_CATEGORY[year]
                    and (number, item["org_key"]) not in used_orgs[year]
                ):
                    self.chosen[year][number].append(item)
                    used_orgs[year].add((number, item["org_key"]))
                    used_entries.add(item["key"])
                    break

    def category(self, item) -> int | None:
        return next((self.category_of_line[c] for c in item["action_lines"] if c in self.category_of_line), None)


def load(ctx) -> None:
    _women_in_technology(ctx)
    plan = _Plan(ctx)
    past = _edition(ctx, PAST_YEAR, timeline.past_phases())
    if Submission.objects.filter(track__edition=past).exists():
        ctx.log(f"prize edition {PAST_YEAR} already there")
    else:
        count = _submissions(
            ctx, past, plan, until=past.tracks.get(kind=Track.Kind.MAIN).phases.get(kind="submission").ends_at
        )
        _photo_contest(ctx, past)
        ctx.log(f"prize edition {PAST_YEAR} with {count} submissions")
    load_live(ctx, plan)


def load_live(ctx, plan: _Plan | None = None) -> None:
    """The live edition at `ctx.stage`. An edition built by the demo for another stage is removed
    first (with its reviews, votes and campaign); one the demo did not build is left alone."""
    edition = Edition.objects.filter(year=LIVE_YEAR).first()
    built_for = timeline.stage_of(edition.tracks.filter(kind=Track.Kind.MAIN).first()) if edition else None
    stage = getattr(ctx, "stage", None) or built_for or timeline.DEFAULT_STAGE
    ctx.stage = stage
    if edition is not None:
        if built_for == stage:
            ctx.log(f"prize edition {LIVE_YEAR} already at the {stage} stage")
            return
        if built_for is None:
            ctx.log(f"prize edition {LIVE_YEAR} was not made by the demo: left as it is")
            return
        timeline.remove_edition(edition)
    plan = plan or _Plan(ctx)
    now = getattr(ctx, "now", None) or timezone.now()
    edition = _edition(ctx, LIVE_YEAR, timeline.live_phases(stage, now))
    track = edition.tracks.get(kind=Track.Kind.MAIN)
    marker = {"stage": stage, "entries": ctx.entries, "seed": ctx.seed, "loaded_at": now.isoformat()}
    Track.objects.filter(pk=track.pk).update(settings={**(track.settings or {}), timeline.MARKER: marker})
    deadline = track.phases.get(kind="submission").ends_at
    # Work submitted while the call is open arrived up to an hour ago.
    count = _submissions(ctx, edition, plan, until=min(deadline, now - datetime.timedelta(hours=1)))
    if stage == "submission":
        _submitter_draft(ctx, edition, plan)
    ctx.log(f"prize edition {LIVE_YEAR} at the {stage} stage with {count} submissions")


def _submissions(ctx, edition, plan: _Plan, *, until: datetime.datetime) -> int:
    """The edition's main-track submissions, submitted between the opening and `until`; the last
    one of a well-filled category was withdrawn."""
    track = edition.tracks.get(kind=Track.Kind.MAIN)
    categories = {c.number: c for c in track.categories.all()}
    opens = track.phases.get(kind="submission").starts_at
    span = max(3600, int((until - opens).total_seconds()))
    rows = []
    for number, picked in plan.chosen[edition.year].items():
        for index, item in enumerate(picked):
            entry = plan.entries[item["key"]]
            answers = _answers(item, ctx.seed)
            withdrawn = index == len(picked) - 1 and len(picked) > 5
            submitted_at = opens + datetime.timedelta(seconds=_stable(f"{edition.year}:{item['key']}") % span)
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
    return len(rows)


def _submitter_draft(ctx, edition, plan: _Plan) -> None:
    """The demo submitter's organisation gets an almost finished draft: the short description is a
    little short, so submitting shows the rule's message and the live word count."""
    user = ctx.users.get("submitter")
    membership = user.memberships.select_related("organisation").first() if user else None
    if membership is None:
        return
    org = membership.organisation
    track = edition.tracks.get(kind=Track.Kind.MAIN)
    taken = set(Submission.objects.filter(track=track, organisation=org).values_list("category__number", flat=True))
    # An entry no edition has seen, so the duplicate and previous-winner rules do not stop it.
    used = set(Submission.objects.exclude(entry=None).values_list("entry_id", flat=True))
    own = [
        i
        for i in plan.items
        if plan.entries[i["key"]].organisation_id == org.pk and plan.entries[i["key"]].pk not in used
    ]
    # Without an entry of its own in the demo set, the draft will create a new entry on submission.
    item = own[0] if own else next(iter(plan.items), None)
    if item is None:
        return
    number = plan.category(item) or 4
    if number in taken:
        number = next(n for n in range(1, 19) if n not in taken)
    answers = _answers(item, ctx.seed)
    short = " ".join(answers.pop("short_description").split()[:135])
    Submission.objects.create(
        track=track,
        category=track.categories.get(number=number),
        organisation=org,
        entry=plan.entries[item["key"]] if own else None,
        submitted_by=user,
        title=plan.entries[item["key"]].title if own else f"{org.name}: community digital skills programme",
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
    """The past edition's Photo Contest: twelve entries, a shortlist of finalists and three winners."""
    track = edition.tracks.get(kind=Track.Kind.PHOTO)
    category = track.categories.get()
    orgs = list(Organisation.objects.exclude(external_key="").select_related("country").order_by("pk"))
    by_country = {}
    for org in orgs:
        by_country.setdefault(org.country.code if org.country_id else "", org)
    opens = track.phases.get(kind="submission").starts_at
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
