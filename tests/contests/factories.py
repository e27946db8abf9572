"""Editions, tracks and submissions for tests, built through the services where it matters."""

from __future__ import annotations

import datetime

from django.utils import timezone

from stocktake.contests.models import Edition, Submission
from stocktake.contests.services import editions
from tests.factories import OrganisationFactory, member_of, user_with_role

DAY = datetime.timedelta(days=1)

PROSE = (
    "The programme connects rural schools to broadband and trains teachers to use open digital learning "
    "resources in their classrooms every week while local technicians maintain the equipment and "
    "report progress to the district education office with simple mobile dashboards"
)
WORDS = PROSE.split(" ")


def words(n: int, offset: int = 0) -> str:
    """n English words (a readable sentence stream)."""
    return " ".join(WORDS[(i + offset) % len(WORDS)] for i in range(n)) + "."


def phases_around(now: datetime.datetime | None = None, *, submission_open: bool = True) -> dict:
    now = now or timezone.now()
    sub = (now - 10 * DAY, now + 10 * DAY) if submission_open else (now - 40 * DAY, now - 20 * DAY)
    end = sub[1]
    return {
        "submission": sub,
        "nomination": (end + datetime.timedelta(seconds=1), end + 20 * DAY),
        "voting": (end + 21 * DAY, end + 50 * DAY),
        "selection": (end + 51 * DAY, end + 60 * DAY),
        "announcement": (end + 61 * DAY, end + 62 * DAY),
    }


def make_edition(year: int = 2027, *, phases: dict | None = None, submission_open: bool = True, **kw) -> Edition:
    secretariat = user_with_role("secretariat")
    edition = editions.create_edition(
        secretariat, year=year, phases=phases or phases_around(submission_open=submission_open), **kw
    )
    editions.publish_edition(secretariat, edition)
    return edition


def main_answers(offset: int = 0) -> dict:
    return {
        "title": f"Connected rural schools programme {offset}",
        "category": 4,
        "short_description": words(170, offset),
        "linkages": words(60, offset),
        "impact_qualitative": words(90, offset),
        "impact_quantitative": words(55, offset),
        "partnerships": words(45, offset),
        "challenges": words(55, offset),
        "goals": words(35, offset),
        "timeframe": words(20, offset),
        "added_value": words(35, offset),
        "results": words(55, offset),
        "sdgs": [4, 9],
        "gdc_objectives": [1],
        "countries": ["KE"],
    }


def submitter(organisation=None):
    organisation = organisation or OrganisationFactory()
    return member_of(organisation), organisation


def draft(edition: Edition, *, user=None, organisation=None, data=None, at=None) -> Submission:
    from stocktake.contests.services import submissions

    if user is None:
        user, organisation = submitter(organisation)
    track = edition.tracks.get(kind="main")
    return submissions.save_draft(user, track=track, organisation=organisation, data=data or main_answers(), at=at)
