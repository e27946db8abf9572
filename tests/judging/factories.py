"""An edition whose submission phase has closed and whose review phase is open, with submissions."""

from __future__ import annotations

import datetime

from django.utils import timezone

from stocktake.contests.models import Submission
from stocktake.judging.services import panel
from tests.contests.factories import main_answers, make_edition
from tests.factories import OrganisationFactory, UserFactory, member_of, user_with_role

DAY = datetime.timedelta(days=1)


def review_edition(year: int = 2027, **kwargs):
    now = timezone.now()
    phases = {
        "submission": (now - 30 * DAY, now - 2 * DAY),
        "nomination": (now - 2 * DAY + datetime.timedelta(seconds=1), now + 20 * DAY),
        "voting": (now + 21 * DAY, now + 40 * DAY),
    }
    return make_edition(year, phases=phases, **kwargs)


def submitted(edition, *, category: int = 4, organisation=None, title=None, n: int = 0) -> Submission:
    track = edition.tracks.get(kind="main")
    answers = main_answers(n)
    organisation = organisation or OrganisationFactory()
    return Submission.objects.create(
        submitted_by=member_of(organisation),
        track=track,
        category=track.categories.get(number=category),
        organisation=organisation,
        title=title or f"Submitted project {n}",
        short_description=answers["short_description"],
        answers=answers,
        state="submitted",
        submitted_at=timezone.now() - 3 * DAY,
    )


def active_reviewer(edition, user=None, secretariat=None, **kwargs):
    secretariat = secretariat or user_with_role("secretariat")
    user = user or UserFactory()
    reviewer = panel.invite_reviewer(secretariat, edition, user, **kwargs)
    return panel.respond_to_invitation(user, reviewer, accept=True)


def full_scores(value: int = 7) -> dict:
    return {key: value for key, _names, _w in panel.DEFAULT_CRITERIA}
