"""Voting API (under /api/v1/voting/).

POST votes/                                   cast a vote (token or session auth)
GET  {year}/{track}/ballot/                   the caller's ballot: nominees in their order, their votes
GET  {year}/{track}/results/                  published results with valid / invalidated counts
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from stocktake.api.problems import PROBLEM_CONTENT_TYPE, problem
from stocktake.contests.models import Submission
from stocktake.voting import evidence as ev
from stocktake.voting import queries, ratelimit
from stocktake.voting.queries import results as result_queries
from stocktake.voting.services import votes as vote_services

_STATUS_BY_CODE = {vote_services.ALREADY_VOTED: status.HTTP_409_CONFLICT}


class CastVoteSerializer(serializers.Serializer):
    submission = serializers.UUIDField(help_text="public id of a nominated submission")
    ticket = serializers.CharField(required=False, allow_blank=True, max_length=200)


def _refusal(exc: ValidationError) -> Response:
    code = ""
    messages = []
    for errors in exc.error_dict.values() if hasattr(exc, "error_dict") else [exc.error_list]:
        for error in errors:
            code = code or (error.code or "")
            messages.extend(error.messages)
    http_status = _STATUS_BY_CODE.get(code, status.HTTP_400_BAD_REQUEST)
    body = problem(http_status, " ".join(messages), code=code, errors={"submission": messages})
    return Response(body, status=http_status, content_type=PROBLEM_CONTENT_TYPE)


class CastVoteView(APIView):
    """Kept lean: it carries the whole public vote (1–2 million votes, in bursts)."""

    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser]

    @extend_schema(
        request=CastVoteSerializer,
        responses={
            201: inline_serializer(
                "CastVote", {"id": serializers.IntegerField(), "category": serializers.IntegerField()}
            )
        },
        summary="Cast a vote",
        description="One vote per voter and category, final once cast. Refusals are problem+json with a `code`: "
        "not_confirmed (403), not_nominated, no_voting, not_open_yet, closed (400), already_voted (409), "
        "rate_limited (429).",
    )
    def post(self, request):
        data = CastVoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ip = request.META.get("REMOTE_ADDR", "")
        if not ratelimit.allow("cast_vote", user_id=request.user.pk, ip=ip):
            body = problem(429, str(_rate_limited_message()), code="rate_limited")
            return Response(body, status=429, content_type=PROBLEM_CONTENT_TYPE)
        submission = (
            Submission.objects.only("pk", "state", "track_id", "category_id")
            .filter(public_id=data.validated_data["submission"])
            .first()
        )
        if submission is None:
            raise Http404
        evidence = ev.Evidence.from_request(request, channel="api", ticket=data.validated_data.get("ticket", ""))
        try:
            vote = vote_services.cast_vote(request.user, submission, evidence)
        except ValidationError as exc:
            return _refusal(exc)
        except PermissionDenied as exc:
            body = problem(403, str(exc), code=vote_services.NOT_CONFIRMED)
            return Response(body, status=403, content_type=PROBLEM_CONTENT_TYPE)
        return Response(
            {"id": vote.pk, "category": submission.category_id, "created_at": vote.created_at},
            status=status.HTTP_201_CREATED,
        )


def _rate_limited_message():
    from django.utils.translation import gettext as _

    return _("Too many votes from your account or network in a short time. Wait a minute and try again.")


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
                            "organisation": s.organisation.name,
                            "country": s.organisation.country.code if s.organisation.country_id else None,
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
            body = problem(404, "The results of this vote have not been published yet.")
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
                    "organisation": r.submission.organisation.name,
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
