"""Casting votes.

A vote is written once and never changed. The database's unique constraint on (voter, category)
is what guarantees one vote per voter per category: the service inserts and, if the insert
collides, reports the earlier vote. It never decides by reading first, so two app processes
racing for the same voter cannot both succeed.

Votes are not copied into the audit log, the one documented exception to that rule (see
DEVELOPERS.md): the vote row is itself an append-only record of who voted, when and from where
(hashed), and a second row per vote would more than double the write load of a 1–2-million-vote
edition. Everything done *to* votes (invalidation, reversal, results) is audited.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from stocktake.common.context import keyed_hash
from stocktake.common.db import fetch_prepared
from stocktake.contests.models import Submission
from stocktake.voting import evidence as ev
from stocktake.voting import queries
from stocktake.voting.models import Vote, Voter

# Error codes the API maps to HTTP statuses and clients can rely on.
NOT_CONFIRMED = "not_confirmed"
NOT_NOMINATED = "not_nominated"
NO_VOTING = "no_voting"
NOT_OPEN_YET = "not_open_yet"
CLOSED = "closed"
ALREADY_VOTED = "already_voted"


def _email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower() if "@" in email else ""


def ensure_voter(user, *, confirmed_at=None) -> Voter:
    """The voter record of a confirmed account (created on first need)."""
    voter = getattr(user, "_stocktake_voter", None)
    if voter is None:
        email = (user.email or "").lower()
        voter, _created = Voter.objects.get_or_create(
            user=user,
            defaults={
                "email_hash": keyed_hash(email, "voter-email"),
                "email_domain": _email_domain(email),
                "confirmed_at": confirmed_at,
            },
        )
        user._stocktake_voter = voter
    return voter


def check_can_vote(actor) -> None:
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Log in to vote."))
    if not actor.has_perm("voting.cast_vote"):
        raise PermissionDenied(
            _(
                "Only accounts with a confirmed e-mail address can vote. Open the confirmation link "
                "we sent to your address, then vote again."
            )
        )


def _refuse(message: str, code: str):
    raise ValidationError({"submission": ValidationError(message, code=code)})


def check_voting_open(phase, now) -> None:
    state = queries.phase_state(phase, now)
    if state == "none":
        _refuse(_("There is no public vote in this prize track."), NO_VOTING)
    if state == "upcoming":
        when = formats.date_format(timezone.localtime(phase.starts_at), "DATETIME_FORMAT")
        _refuse(_("Voting has not started yet. It opens on %(when)s.") % {"when": when}, NOT_OPEN_YET)
    if state == "closed":
        when = formats.date_format(timezone.localtime(phase.ends_at), "DATETIME_FORMAT")
        _refuse(_("Voting closed on %(when)s. Votes are no longer accepted.") % {"when": when}, CLOSED)


_INSERT_FIELDS = [
    "voter_id",
    "category_id",
    "submission_id",
    "created_at",
    "channel",
    "ip_hash",
    "network_hash",
    "user_agent_family",
    "account_age_s",
    "since_confirmation_s",
    "position",
    "shown_ms",
]
# Built from constants only (table name and column list above); values are always parameters.
_INSERT_SQL = "INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id".format(  # noqa: S608
    table=Vote._meta.db_table, columns=", ".join(_INSERT_FIELDS), values=", ".join(["%s"] * len(_INSERT_FIELDS))
)


def _insert(vote: Vote) -> None:
    """One INSERT ... RETURNING, built once and prepared on the server once per connection: the
    ORM's per-call SQL compilation and PostgreSQL's per-call planning are a large part of the cost
    of a vote, and this is the statement the whole public vote runs through."""
    params = [getattr(vote, name) for name in _INSERT_FIELDS]
    params[3] = connection.ops.adapt_datetimefield_value(vote.created_at)
    vote.pk = fetch_prepared(_INSERT_SQL, params)[0]
    vote._state.adding = False
    vote._state.db = connection.alias


def cast_vote(actor, submission: Submission, evidence: ev.Evidence | None = None, *, now=None) -> Vote:
    """Record `actor`'s vote for `submission` in its category; refuse with a clear reason otherwise."""
    check_can_vote(actor)
    now = now or timezone.now()
    if submission.state != Submission.State.NOMINATED:
        _refuse(_("This project is not on the ballot: only nominated projects can receive votes."), NOT_NOMINATED)
    facts = queries.ballot_facts(submission.track_id, submission.category_id)
    check_voting_open(facts.phase, now)

    evidence = evidence or ev.Evidence(channel="other")
    voter = ensure_voter(actor)
    ip_hash, network_hash = ev.ip_hashes(evidence.ip)
    vote = Vote(
        voter=actor,
        category_id=submission.category_id,
        submission=submission,
        created_at=now,
        channel=evidence.channel if evidence.channel in Vote.Channel.values else Vote.Channel.OTHER,
        ip_hash=ip_hash,
        network_hash=network_hash,
        user_agent_family=ev.user_agent_family(evidence.user_agent),
        account_age_s=max(0, int((now - actor.date_joined).total_seconds())) if actor.date_joined else None,
        since_confirmation_s=(max(0, int((now - voter.confirmed_at).total_seconds())) if voter.confirmed_at else None),
        position=queries.position_in_order(actor.pk, submission.category_id, submission.pk, facts.nominee_ids),
        shown_ms=ev.shown_ms(evidence.ticket, submission.category_id),
    )
    try:
        if connection.in_atomic_block:
            with transaction.atomic():  # a savepoint, so a collision leaves the caller's transaction usable
                _insert(vote)
        else:
            # A single INSERT in autocommit mode is its own transaction: no BEGIN/COMMIT round trips.
            _insert(vote)
    except IntegrityError:
        earlier = Vote.objects.filter(voter=actor, category_id=submission.category_id).first()
        if earlier is None:
            raise
        _refuse(
            _("You have already voted in this category. A vote is final once cast and cannot be changed."),
            ALREADY_VOTED,
        )
    return vote
