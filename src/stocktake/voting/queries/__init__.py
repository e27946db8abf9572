"""Reads of the voting app. Contest data (phases, submissions) is read here through small
functions, so the rest of the app does not depend on how the contests app queries it."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from stocktake.common.context import keyed_hash
from stocktake.contests.models import Category, Phase, Submission, Track
from stocktake.voting.models import Vote

VALIDITY_ALL_CATEGORIES = "all_categories"
VALIDITY_EACH_VOTE = "each_vote"
# Default when a track does not say: every confirmed vote counts. Editions that follow the ITU's
# historical rule set Track.settings["vote_validity"] = "all_categories".
DEFAULT_VALIDITY = VALIDITY_EACH_VOTE
VALIDITY_RULES = (VALIDITY_ALL_CATEGORIES, VALIDITY_EACH_VOTE)


def validity_rule(track: Track) -> str:
    rule = (track.settings or {}).get("vote_validity", DEFAULT_VALIDITY)
    return rule if rule in VALIDITY_RULES else DEFAULT_VALIDITY


def voting_phase(track_or_id) -> Phase | None:
    track_id = getattr(track_or_id, "pk", track_or_id)
    return Phase.objects.filter(track_id=track_id, kind=Phase.Kind.VOTING).first()


@dataclass(frozen=True)
class BallotFacts:
    phase: Phase | None
    nominee_ids: frozenset[int]


_facts_cache: dict[tuple[int, int], tuple[float, BallotFacts]] = {}
_facts_lock = threading.Lock()


def ballot_facts(track_id: int, category_id: int) -> BallotFacts:
    """The voting phase of a track and the nominees of a category, as casting a vote needs them.

    Kept in process memory for VOTING_BALLOT_CACHE_SECONDS (a few seconds): during a vote these
    change rarely, and it saves two queries on every vote. Deadlines stay exact, because the
    time is compared on every vote; only an edit of the phase's dates or of the nominee list
    takes up to that long to reach every process."""
    ttl = settings.VOTING_BALLOT_CACHE_SECONDS
    key = (track_id, category_id)
    now = time.monotonic()
    hit = _facts_cache.get(key)
    if ttl > 0 and hit is not None and hit[0] > now:
        return hit[1]
    ids = Submission.objects.filter(category_id=category_id, state=Submission.State.NOMINATED).values_list(
        "pk", flat=True
    )
    facts = BallotFacts(phase=voting_phase(track_id), nominee_ids=frozenset(ids))
    if ttl > 0:
        with _facts_lock:
            _facts_cache[key] = (now + ttl, facts)
    return facts


_submission_cache: dict[str, tuple[float, Submission | None]] = {}


def submission_for_vote(public_id) -> Submission | None:
    """A submission by public id with only the fields a vote needs (state, track, category),
    cached like `ballot_facts`."""
    ttl = settings.VOTING_BALLOT_CACHE_SECONDS
    key = str(public_id)
    now = time.monotonic()
    hit = _submission_cache.get(key)
    if ttl > 0 and hit is not None and hit[0] > now:
        return hit[1]
    submission = Submission.objects.only("pk", "state", "track_id", "category_id").filter(public_id=public_id).first()
    if ttl > 0:
        with _facts_lock:
            if len(_submission_cache) > 50_000:
                _submission_cache.clear()
            _submission_cache[key] = (now + ttl, submission)
    return submission


def phase_state(phase: Phase | None, now=None) -> str:
    """'none', 'upcoming', 'open' or 'closed'."""
    if phase is None:
        return "none"
    now = now or timezone.now()
    if now < phase.starts_at:
        return "upcoming"
    if now > phase.ends_at:
        return "closed"
    return "open"


def get_track(year: int, slug: str) -> Track | None:
    return Track.objects.select_related("edition").filter(edition__year=year, slug=slug).first()


def voting_tracks():
    """Tracks that have a voting phase, newest first, each with `.voting_phase` set."""
    phases = Phase.objects.filter(kind=Phase.Kind.VOTING).select_related("track__edition")
    tracks = []
    for phase in sorted(phases, key=lambda p: (-p.track.edition.year, p.track_id)):
        phase.track.voting_phase = phase
        tracks.append(phase.track)
    return tracks


def categories(track: Track):
    return Category.objects.filter(track=track).select_related("prize_category").order_by("number")


def nominees(category: Category):
    """Submissions on the ballot of a category (state "nominated")."""
    return Submission.objects.filter(category=category, state=Submission.State.NOMINATED).select_related(
        "organisation__country"
    )


def order_key(voter_id: int, category_id: int, submission_id: int) -> str:
    return keyed_hash(f"{voter_id}:{category_id}:{submission_id}", "ballot-order")


def in_voter_order(voter_id: int, category_id: int, submissions) -> list:
    """The ballot order for one voter: random-looking, different per voter and category, and the
    same on every reload (a keyed hash of voter, category and submission)."""
    return sorted(submissions, key=lambda s: order_key(voter_id, category_id, s.pk))


def position_in_order(voter_id: int, category_id: int, submission_id: int, nominee_ids) -> int | None:
    if submission_id not in nominee_ids:
        return None
    mine = order_key(voter_id, category_id, submission_id)
    return sum(1 for other in nominee_ids if order_key(voter_id, category_id, other) < mine)


@dataclass
class CategoryProgress:
    category: Category
    vote: Vote | None

    @property
    def voted(self) -> bool:
        return self.vote is not None


@dataclass
class Progress:
    track: Track
    rows: list[CategoryProgress]

    @property
    def voted(self) -> int:
        return sum(1 for r in self.rows if r.voted)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.voted == self.total

    @property
    def remaining(self) -> int:
        return self.total - self.voted


def progress(user, track: Track) -> Progress:
    """ "My votes": every category of the track with this voter's vote in it, if any (2 queries)."""
    cats = list(categories(track))
    votes = {}
    if getattr(user, "is_authenticated", False):
        votes = {
            v.category_id: v
            for v in Vote.objects.filter(voter=user, category__track=track).select_related("submission")
        }
    return Progress(track=track, rows=[CategoryProgress(c, votes.get(c.pk)) for c in cats])
