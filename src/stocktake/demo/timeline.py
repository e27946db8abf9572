"""The demo's calendar: a complete past edition (2025) with fixed dates, and a live edition (2026)
whose phases are placed around the moment the demo is loaded, according to a *stage*:

- ``submission``: submission open, closing in ten days; experts invited;
- ``nomination``: review open: assignments made, part of the scores in, no decision applied;
- ``voting``: public voting open for three more weeks, nominees in every category;
- ``complete``: every phase over, results published, winners chosen.

Deadlines fall at 23:00 Geneva time on whole days, so the dates read like a real call's. The live
edition's main track remembers the stage it was built for (``Track.settings["demo"]``): that marks
it as demo data, which the demo timeline page (and ``stocktake demo --stage``) may rebuild.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

GENEVA = ZoneInfo("Europe/Zurich")
PAST_YEAR = 2025
LIVE_YEAR = 2026
STAGES = ("submission", "nomination", "voting", "complete")
DEFAULT_STAGE = "voting"
MARKER = "demo"  # key in the live main track's settings

# Days from the loading day (day 0) on which each phase starts and ends, per stage. Submission
# opens at 09:00, a phase ends at 23:00, review starts the second after the submission deadline,
# voting and selection start at midnight, the announcement runs 09:00–18:00.
OFFSETS = {
    "submission": {
        "submission": (-75, 10),
        "nomination": (10, 38),
        "voting": (39, 66),
        "selection": (67, 87),
        "announcement": (95, 98),
    },
    "nomination": {
        "submission": (-110, -4),
        "nomination": (-4, 21),
        "voting": (22, 50),
        "selection": (51, 71),
        "announcement": (80, 83),
    },
    "voting": {
        "submission": (-140, -45),
        "nomination": (-45, -8),
        "voting": (-7, 21),
        "selection": (22, 42),
        "announcement": (50, 53),
    },
    "complete": {
        "submission": (-230, -140),
        "nomination": (-140, -105),
        "voting": (-104, -75),
        "selection": (-74, -50),
        "announcement": (-30, -27),
    },
}


def _at(day: datetime.date, hour=0, minute=0, second=0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=GENEVA)


def past_phases() -> dict:
    """The 2025 edition, after the real calendar (submission to 10 February, nominees on 14 March,
    voting until 14 April, the ceremony at the WSIS Forum in July)."""
    d = datetime.date
    return {
        "submission": (_at(d(2024, 10, 3), 9), _at(d(2025, 2, 10), 23)),
        "nomination": (_at(d(2025, 2, 10), 23, 0, 1), _at(d(2025, 3, 13), 23)),
        "voting": (_at(d(2025, 3, 14)), _at(d(2025, 4, 14), 23)),
        "selection": (_at(d(2025, 4, 15)), _at(d(2025, 5, 9), 23)),
        "announcement": (_at(d(2025, 7, 8), 9), _at(d(2025, 7, 11), 18)),
    }


def live_phases(stage: str, now: datetime.datetime | None = None) -> dict:
    """The live edition's phases (aware datetimes in Geneva time) for `stage`, around `now`."""
    if stage not in STAGES:
        raise ValueError(f"unknown demo stage {stage!r}; choose one of {', '.join(STAGES)}")
    today = (now or timezone.now()).astimezone(GENEVA).date()

    def day(offset: int) -> datetime.date:
        return today + datetime.timedelta(days=offset)

    o = OFFSETS[stage]
    submission_end = _at(day(o["submission"][1]), 23)
    return {
        "submission": (_at(day(o["submission"][0]), 9), submission_end),
        "nomination": (submission_end + datetime.timedelta(seconds=1), _at(day(o["nomination"][1]), 23)),
        "voting": (_at(day(o["voting"][0])), _at(day(o["voting"][1]), 23)),
        "selection": (_at(day(o["selection"][0])), _at(day(o["selection"][1]), 23)),
        "announcement": (_at(day(o["announcement"][0]), 9), _at(day(o["announcement"][1]), 18)),
    }


def stage_of(track) -> str | None:
    """The stage a demo-built live track was built for (None for a track the demo did not build)."""
    return ((track.settings or {}).get(MARKER) or {}).get("stage") if track is not None else None


def remove_edition(edition) -> dict:
    """Delete a demo-built edition with everything hanging off it: votes, the invalidation ledger,
    published counts, reviews and decisions, national campaigns, mail still waiting in the outbox,
    and the voter accounts the demo made for it. Callers check that the edition is demo data.

    Votes are final and the ledger append-only for the platform; removing a whole demo edition is
    the one exception, so both go through their models' base managers, not the guarded ones."""
    from stocktake.accounts.models import User
    from stocktake.common.models import OutboxMessage
    from stocktake.contests.models import Submission
    from stocktake.coordination.models import Campaign
    from stocktake.judging.models import Reviewer
    from stocktake.voting.demo import voter_emails
    from stocktake.voting.models import InvalidationEntry, ResultRow, Vote

    tracks = list(edition.tracks.all())
    marker = next(((t.settings or {}).get(MARKER) for t in tracks if (t.settings or {}).get(MARKER)), None) or {}
    ledger = InvalidationEntry._base_manager.filter(track__in=tracks)
    ledger.filter(reverses__isnull=False).delete()  # reversals first: they protect what they reverse
    counts = {"ledger": ledger.delete()[0]}
    counts["results"] = ResultRow.objects.filter(track__in=tracks).delete()[0]
    counts["votes"] = Vote._base_manager.filter(category__track__in=tracks).delete()[0]
    counts["campaigns"] = Campaign.objects.filter(track__in=tracks).delete()[0]
    submission_ids = [str(p) for p in Submission.objects.filter(track__in=tracks).values_list("public_id", flat=True)]
    reviewer_ids = [str(p) for p in Reviewer.objects.filter(edition=edition).values_list("public_id", flat=True)]
    pending = [OutboxMessage.State.HELD, OutboxMessage.State.QUEUED, OutboxMessage.State.FAILED]
    counts["mail"] = OutboxMessage.objects.filter(
        state__in=pending, object_id__in=submission_ids + reviewer_ids
    ).delete()[0]
    counts["submissions"] = Submission.objects.filter(track__in=tracks).delete()[0]
    emails = voter_emails(edition.year, marker.get("seed", 2026))
    counts["voters"] = User.objects.filter(email__in=emails, votes__isnull=True).delete()[0]
    edition.delete()
    return counts


def live_edition_and_stage():
    """The live edition and the stage the demo built it for (None, None without one)."""
    from stocktake.contests.models import Edition

    edition = Edition.objects.filter(year=LIVE_YEAR).first()
    track = edition.tracks.filter(kind="main").first() if edition else None
    return edition, stage_of(track)


def switch_stage(actor, stage: str, *, now: datetime.datetime | None = None, log=None):
    """Rebuild the live demo edition at `stage`, its dates placed around `now`: the edition and all
    its submissions, reviews, votes and campaign are removed, then the demo loaders build it again.
    Only the secretariat, only where the demo timeline is switched on (never in production), and
    only for an edition the demo built. Choosing the current stage starts it afresh.

    The loaders write in bulk, which sends no signals, and deleted submissions leave nothing for
    the insights index to read back: once the switch commits, the index drops the removed
    submissions and takes in the new ones (and stores itself, so every process follows)."""
    from django.conf import settings
    from django.core.exceptions import PermissionDenied, ValidationError
    from django.db import transaction
    from django.utils.translation import gettext as _

    from stocktake.accounts import demo as accounts_demo
    from stocktake.common.permissions import require
    from stocktake.common.services import audit
    from stocktake.contests import demo as contests_demo
    from stocktake.contests.models import Submission
    from stocktake.coordination import demo as coordination_demo
    from stocktake.demo.runner import DemoContext
    from stocktake.insights.services import sync_submissions
    from stocktake.judging import demo as judging_demo
    from stocktake.voting import demo as voting_demo

    # Checked here too: superusers pass every named rule, and this must stay off whoever asks.
    if not settings.DEMO_TIMELINE:
        raise PermissionDenied(_("The demo timeline is switched off on this site."))
    require(actor, "contests.switch_demo_stage")
    if stage not in STAGES:
        raise ValidationError({"stage": _("Choose one of the demo stages.")})
    with transaction.atomic():
        edition, current = live_edition_and_stage()
        if current is None:
            raise ValidationError(
                {
                    "stage": _("The %(year)s edition was not made by the demo; it is left as it is.")
                    % {"year": LIVE_YEAR}
                }
            )
        marker = (edition.tracks.get(kind="main").settings or {})[MARKER]
        ctx = DemoContext(
            entries=marker.get("entries", 0),
            seed=marker.get("seed", 2026),
            stage=stage,
            now=now or timezone.now(),
            log=log or (lambda message: None),
        )
        accounts_demo.load(ctx)  # the demo users, as the loaders expect them in ctx.users
        removed_ids = list(Submission.objects.filter(track__edition=edition).values_list("public_id", flat=True))
        removed = remove_edition(edition)
        contests_demo.load_live(ctx)
        for module in (judging_demo, voting_demo, coordination_demo):
            module.load(ctx)
        edition, _stage = live_edition_and_stage()
        rebuilt = Submission.objects.filter(track__edition=edition)
        transaction.on_commit(lambda: sync_submissions(removed=removed_ids, current=rebuilt), robust=True)
        audit.record(
            actor, "demo.stage.switch", edition, before={"stage": current}, after={"stage": stage}, removed=removed
        )
    return edition
