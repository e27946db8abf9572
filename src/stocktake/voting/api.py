"""Voting API (under /api/v1/voting/).

POST votes/                                   cast a vote (token or session auth)
GET  {year}/{track}/ballot/                   the caller's ballot: nominees in their order, their votes
GET  {year}/{track}/results/                  published results with valid / invalidated counts
"""

from __future__ import annotations

import datetime
import json
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError, connection
from django.http import Http404, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from stocktake.accounts.models import User
from stocktake.api.problems import PROBLEM_CONTENT_TYPE, problem
from stocktake.common.db import fetch_prepared
from stocktake.contests.models import Submission
from stocktake.voting import evidence as ev
from stocktake.voting import queries, ratelimit
from stocktake.voting.models import Voter
from stocktake.voting.queries import results as result_queries
from stocktake.voting.services import votes as vote_services

_STATUS_BY_CODE = {vote_services.ALREADY_VOTED: 409}


_VOTER_SQL = """
    SELECT u.id, u.email, u.is_active, u.is_superuser, u.date_joined,
           EXISTS (SELECT 1 FROM account_emailaddress e
                   WHERE e.user_id = u.id AND e.verified AND UPPER(e.email) = UPPER(u.email)),
           v.id, v.email_hash, v.email_domain, v.confirmed_at
    FROM authtoken_token t
    JOIN accounts_user u ON u.id = t.user_id
    LEFT JOIN voting_voter v ON v.user_id = u.id
    WHERE t.key = %s
"""


def _aware(value):
    """Raw SQLite rows hold naive UTC datetimes (or strings); PostgreSQL gives aware ones."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def _fetch_voter_row(key: str):
    return fetch_prepared(_VOTER_SQL, [key])


def _voter_row(key: str):
    """Run the token query; it doubles as the connection health check.

    With CONN_HEALTH_CHECKS Django sends `SELECT 1` before the first query of every request on a
    reused connection: a whole round trip per vote. Here the token query takes its place: it is a
    read, so if the reused connection turns out to be dead it is closed and the query runs once
    more on a new one, which is what the health check would have done."""
    if (
        connection.connection is None
        or not connection.health_check_enabled
        or connection.health_check_done
        or connection.in_atomic_block
    ):
        return _fetch_voter_row(key)
    connection.health_check_done = True
    try:
        return _fetch_voter_row(key)
    except (OperationalError, InterfaceError):
        connection.close()
        return _fetch_voter_row(key)


def _voter_from_token(key: str):
    """The user behind an API token, with what casting a vote needs (confirmed e-mail, voter
    record) loaded in the same single query."""
    row = _voter_row(key)
    if row is None or not row[2]:
        return None
    user_id, email, is_active, is_superuser, date_joined, confirmed, voter_id, email_hash, domain, confirmed_at = row
    user = User(
        id=user_id,
        email=email,
        is_active=bool(is_active),
        is_superuser=bool(is_superuser),
        date_joined=_aware(date_joined),
    )
    user._state.adding = False
    user._state.db = connection.alias
    user._stocktake_confirmed = bool(confirmed)
    if voter_id is not None:
        user._stocktake_voter = Voter(
            id=voter_id, user_id=user_id, email_hash=email_hash, email_domain=domain, confirmed_at=_aware(confirmed_at)
        )
    return user


def _problem(status_code: int, detail: str, **extra) -> JsonResponse:
    return JsonResponse(problem(status_code, detail, **extra), status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def server_error() -> JsonResponse:
    return _problem(500, _("Something went wrong on our side. The error has been logged."))


def _refusal(exc: ValidationError) -> JsonResponse:
    code = ""
    messages = []
    for errors in exc.error_dict.values() if hasattr(exc, "error_dict") else [exc.error_list]:
        for error in errors:
            code = code or (error.code or "")
            messages.extend(error.messages)
    http_status = _STATUS_BY_CODE.get(code, 400)
    return _problem(http_status, " ".join(messages), code=code, errors={"submission": messages})


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason


@csrf_exempt  # token requests need no CSRF token; session requests are checked below
def cast_vote_view(request):
    """POST /api/v1/voting/votes/ {"submission": "<public id>", "ticket": "<optional ballot ticket>"}

    A plain Django view rather than a DRF one: it carries the whole public vote (1–2 million
    votes, in bursts), and with a token a vote costs two queries, authentication and the insert.
    Refusals are problem+json with a `code` (see the OpenAPI description of this endpoint)."""
    if request.method != "POST":
        return _problem(405, _("Use POST to cast a vote."))
    auth = request.META.get("HTTP_AUTHORIZATION", "")
    if auth.startswith("Token "):
        user = _voter_from_token(auth[6:].strip())
        if user is None:
            return _problem(401, _("Invalid token."))
    else:
        user = request.user
        if not user.is_authenticated:
            return _problem(401, _("Log in or send an API token to vote."))
        if reason := _CsrfCheck(lambda r: None).process_view(request, None, (), {}):
            return _problem(403, _("CSRF check failed: %(reason)s") % {"reason": reason})
    try:
        data = json.loads(request.body or b"{}")
        public_id = uuid.UUID(str(data.get("submission", "")))
        ticket = str(data.get("ticket") or "")[:200]
    except (ValueError, AttributeError, TypeError):
        return _problem(
            400,
            _("The request has invalid fields."),
            errors={"submission": [_("Send the public id of a nominated submission as JSON.")]},
        )
    if not ratelimit.allow("cast_vote", user_id=user.pk, ip=request.META.get("REMOTE_ADDR", "")):
        message = _("Too many votes from your account or network in a short time. Wait a minute and try again.")
        return _problem(429, message, code="rate_limited")
    submission = queries.submission_for_vote(public_id)
    if submission is None:
        return _problem(404, _("No such submission."))
    try:
        vote = vote_services.cast_vote(
            user, submission, ev.Evidence.from_request(request, channel="api", ticket=ticket)
        )
    except ValidationError as exc:
        return _refusal(exc)
    except PermissionDenied as exc:
        return _problem(403, str(exc), code=vote_services.NOT_CONFIRMED)
    return JsonResponse(
        {"id": vote.pk, "category": submission.category_id, "created_at": vote.created_at.isoformat()}, status=201
    )


def _track_or_404(year: int, slug: str):
    track = queries.get_track(year, slug)
    if track is None or queries.voting_phase(track) is None:
        raise Http404
    return track


class BallotView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="My ballot: nominees in my order, my votes, progress", responses={200: dict})
    def get(self, request, year: int, slug: str):
        track = _track_or_404(year, slug)
        progress = queries.progress(request.user, track)
        nominees_by_category: dict[int, list] = {}
        for s in Submission.objects.filter(track=track, state=Submission.State.NOMINATED).select_related(
            "organisation__country"
        ):
            nominees_by_category.setdefault(s.category_id, []).append(s)
        categories = []
        for row in progress.rows:
            ordered = queries.in_voter_order(
                request.user.pk, row.category.pk, nominees_by_category.get(row.category.pk, [])
            )
            categories.append(
                {
                    "number": row.category.number,
                    "name": row.category.name,
                    "my_vote": str(row.vote.submission.public_id) if row.vote else None,
                    "ticket": ev.ballot_ticket(row.category.pk),
                    "nominees": [
                        {
                            "id": str(s.public_id),
                            "title": s.title,
                            "organisation": s.entrant_name,
                            "country": s.country.code if s.country else None,
                            "short_description": s.short_description,
                        }
                        for s in ordered
                    ],
                }
            )
        return Response(
            {
                "edition": track.edition.year,
                "track": track.slug,
                "phase": queries.phase_state(queries.voting_phase(track)),
                "validity_rule": queries.validity_rule(track),
                "voted": progress.voted,
                "categories_total": progress.total,
                "complete": progress.complete,
                "categories": categories,
            }
        )


class ResultsView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(summary="Published results of a track's public vote", responses={200: dict})
    def get(self, request, year: int, slug: str):
        track = _track_or_404(year, slug)
        rows = list(result_queries.published(track))
        if not rows:
            body = problem(404, _("The results of this vote have not been published yet."))
            return Response(body, status=404, content_type=PROBLEM_CONTENT_TYPE)
        by_category: dict[int, dict] = {}
        reasons_total: dict[str, int] = {}
        for r in rows:
            cat = by_category.setdefault(
                r.category_id,
                {"number": r.category.number, "name": r.category.name, "valid": 0, "invalidated": 0, "results": []},
            )
            cat["valid"] += r.valid_votes
            cat["invalidated"] += r.invalidated_votes
            for code, n in r.invalid_reasons.items():
                reasons_total[code] = reasons_total.get(code, 0) + n
            cat["results"].append(
                {
                    "rank": r.rank,
                    "submission": str(r.submission.public_id),
                    "title": r.submission.title,
                    "organisation": r.submission.entrant_name,
                    "valid_votes": r.valid_votes,
                    "invalidated_votes": r.invalidated_votes,
                    "invalid_reasons": r.invalid_reasons,
                    "finalist": r.is_finalist,
                    "outcome": r.submission.state
                    if r.submission.state in ("winner", "champion", "finalist")
                    else "nominated",
                }
            )
        categories = sorted(by_category.values(), key=lambda c: c["number"])
        return Response(
            {
                "edition": track.edition.year,
                "track": track.slug,
                "validity_rule": queries.validity_rule(track),
                "published_at": rows[0].published_at,
                "valid": sum(c["valid"] for c in categories),
                "invalidated": sum(c["invalidated"] for c in categories),
                "reasons": [
                    {"code": code, "label": result_queries.reason_label(code), "votes": n}
                    for code, n in sorted(reasons_total.items(), key=lambda kv: -kv[1])
                ],
                "categories": categories,
            }
        )
