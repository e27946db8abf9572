"""Reads of the voting app. Contest data (phases, submissions) is read here through small
functions, so the rest of the app does not depend on how the contests app queries it."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from stocktake.common.context import keyed_hash, purpose_key
from stocktake.contests import questionnaire
from stocktake.contests.models import Category, Phase, Submission, Track
from stocktake.voting.models import Vote

VALIDITY_ALL_CATEGORIES = questionnaire.VOTE_VALIDITY_ALL_CATEGORIES
VALIDITY_EACH_VOTE = questionnaire.VOTE_VALIDITY_EACH_VOTE
VALIDITY_RULES = questionnaire.VOTE_VALIDITY_RULES
# For a track kind whose defaults do not name a rule: every confirmed vote counts.
DEFAULT_VALIDITY = VALIDITY_EACH_VOTE


def validity_rule(track: Track) -> str:
    """The track's vote validity rule: its own setting, else its kind's default (the main prizes
    track follows the historical all-categories rule, see contests/questionnaire.py)."""
    rule = questionnaire.settings_for(track).get("vote_validity", DEFAULT_VALIDITY)
    return rule if rule in VALIDITY_RULES else DEFAULT_VALIDITY


def voting_phase(track_or_id) -> Phase | None:
    track_id = getattr(track_or_id, "pk", track_or_id)
    return Phase.objects.filter(track_id=track_id, kind=Phase.Kind.VOTING).first()


@dataclass(frozen=True)
class BallotFacts:
    phase: Phase | None
    nominee_ids: frozenset[int]


@dataclass(frozen=True)
class _TrackBallot:
    expires: float
    phase: Phase | None
    nominees_by_category: dict[int, frozenset[int]]


# Per-process memory, shared by a worker's threads. Each value is replaced whole, never mutated.
_track_cache: dict[int, _TrackBallot] = {}
_submission_cache: dict[str, tuple[float, Submission | None]] = {}
_cache_lock = threading.Lock()


def forget_ballots() -> None:
    """Drop this process's ballot cache (after a phase or nominee change made in this process)."""
    with _cache_lock:
        _track_cache.clear()
        _submission_cache.clear()


def _load_track(track_id: int, ttl: float, now: float) -> _TrackBallot:
    """The voting phase and every nominee of a track, in two queries; with a TTL the nominees are
    also cached by public id, so that a whole ballot costs these two queries per TTL and process."""
    rows = list(
        Submission.objects.filter(track_id=track_id, state=Submission.State.NOMINATED).values_list(
            "pk", "public_id", "category_id"
        )
    )
    by_category: dict[int, set[int]] = {}
    for pk, _public_id, category_id in rows:
        by_category.setdefault(category_id, set()).add(pk)
    ballot = _TrackBallot(
        expires=now + ttl,
        phase=voting_phase(track_id),
        nominees_by_category={category: frozenset(ids) for category, ids in by_category.items()},
    )
    if ttl > 0:
        state = Submission.State.NOMINATED
        with _cache_lock:
            if len(_submission_cache) > 50_000:
                _submission_cache.clear()
            for pk, public_id, category_id in rows:
                submission = Submission(pk=pk, state=state, track_id=track_id, category_id=category_id)
                submission._state.adding = False
                _submission_cache[str(public_id)] = (ballot.expires, submission)
            _track_cache[track_id] = ballot
    return ballot


def ballot_facts(track_id: int, category_id: int) -> BallotFacts:
    """The voting phase of a track and the nominees of a category, as casting a vote needs them.

    Kept in process memory for VOTING_BALLOT_CACHE_SECONDS (a few seconds), loaded a whole track
    at a time: during a vote these change rarely, and it saves queries on every vote. Deadlines
    stay exact, because the time is compared with the phase's bounds on every vote; only an edit
    of the phase's dates or of the nominee list takes up to that long to reach every process
    (the process that makes such an edit forgets its cache at once, see receivers.py)."""
    ttl = settings.VOTING_BALLOT_CACHE_SECONDS
    now = time.monotonic()
    ballot = _track_cache.get(track_id)
    if ttl <= 0 or ballot is None or ballot.expires <= now:
        ballot = _load_track(track_id, ttl, now)
    return BallotFacts(phase=ballot.phase, nominee_ids=ballot.nominees_by_category.get(category_id, frozenset()))


def submission_for_vote(public_id) -> Submission | None:
    """A submission by public id with only the fields a vote needs (state, track, category),
    cached like `ballot_facts`: a miss for a nominee loads its whole track."""
    ttl = settings.VOTING_BALLOT_CACHE_SECONDS
    key = str(public_id)
    now = time.monotonic()
    hit = _submission_cache.get(key)
    if ttl > 0 and hit is not None and hit[0] > now:
        return hit[1]
    submission = Submission.objects.only("pk", "state", "track_id", "category_id").filter(public_id=public_id).first()
    if ttl > 0:
        if submission is not None and submission.state == Submission.State.NOMINATED:
            _load_track(submission.track_id, ttl, now)
            hit = _submission_cache.get(key)
        if hit is None or hit[0] <= now:  # not a nominee (or no longer one): cache the answer alone
            with _cache_lock:
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
    # The same keys as `order_key`, compared as raw digests (hex order is byte order), with the
    # HMAC key derived once: this runs for every nominee of the category on every vote.
    key, prefix = purpose_key("ballot-order"), f"{voter_id}:{category_id}:"
    mine = hmac.digest(key, f"{prefix}{submission_id}".encode(), hashlib.sha256)
    return sum(1 for other in nominee_ids if hmac.digest(key, f"{prefix}{other}".encode(), hashlib.sha256) < mine)


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
