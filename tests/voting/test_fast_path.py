"""The short way through the middleware for token votes, the merged connection health check and
the per-process ballot cache: same checks, same answers, fewer layers and queries."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from rest_framework.authtoken.models import Token

from stocktake.common.context import keyed_hash
from stocktake.contests.models import Submission
from stocktake.voting import queries
from stocktake.voting.models import Vote
from stocktake.voting.services import votes as vote_services
from stocktake.web.middleware import AccountLanguageMiddleware
from tests.voting.factories import make_voter, voting_track

URL = "/api/v1/voting/votes/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    queries.forget_ballots()
    yield
    queries.forget_ballots()


def _vote(client, submission, token, **meta):
    body = json.dumps({"submission": str(submission.public_id)})
    return client.post(URL, body, content_type="application/json", HTTP_AUTHORIZATION=f"Token {token}", **meta)


@pytest.mark.django_db
def test_token_votes_skip_the_session_layers_and_session_votes_do_not(client, monkeypatch):
    calls = []
    original = AccountLanguageMiddleware.__call__

    def spy(self, request):
        calls.append(request.path)
        return original(self, request)

    monkeypatch.setattr(AccountLanguageMiddleware, "__call__", spy)
    _track, ballot = voting_track()
    voter = make_voter()
    response = _vote(client, ballot[1][0], Token.objects.create(user=voter).key)
    assert response.status_code == 201, response.content
    assert calls == []
    assert response["X-Frame-Options"] == "DENY" and response["Content-Language"] == "en"
    assert int(response["Content-Length"]) == len(response.content)
    vote = Vote.objects.get(pk=response.json()["id"])
    assert vote.channel == "api" and vote.ip_hash == keyed_hash("127.0.0.1", "vote-ip")[:32]

    session = Client()
    session.force_login(voter)
    response = session.post(URL, json.dumps({"submission": str(ballot[2][0].public_id)}), "application/json")
    assert response.status_code == 201 and calls == [URL]


@pytest.mark.django_db
def test_refusals_on_the_short_way_speak_the_callers_language(client):
    _track, ballot = voting_track()
    token = Token.objects.create(user=make_voter()).key
    assert _vote(client, ballot[1][0], token).status_code == 201
    response = _vote(client, ballot[1][1], token, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 409 and response["Content-Type"] == "application/problem+json"
    assert response["Content-Language"] == "fr"
    assert response.json()["detail"].startswith("Vous avez déjà voté")


@pytest.mark.django_db
def test_the_short_way_still_checks_the_host():
    _track, ballot = voting_track()
    token = Token.objects.create(user=make_voter()).key
    response = _vote(Client(), ballot[1][0], token, HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_an_error_on_the_short_way_is_a_problem_document(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(vote_services, "cast_vote", broken)
    _track, ballot = voting_track()
    response = _vote(client, ballot[1][0], Token.objects.create(user=make_voter()).key)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json" and response.json()["status"] == 500


@pytest.mark.django_db(transaction=True)
def test_a_dead_database_connection_is_replaced_without_losing_the_vote(client):
    _track, ballot = voting_track()
    voter = make_voter()
    token = Token.objects.create(user=voter).key
    assert _vote(client, ballot[1][0], token).status_code == 201
    if connection.vendor == "postgresql":
        assert connection.health_check_enabled
        # The server drops the kept-alive connection (restart, failover, idle timeout) ...
        with connection.cursor() as cursor:
            pid = cursor.connection.info.backend_pid
        other = connection.copy()
        try:
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        finally:
            other.close()
        # ... and the next request starts (the test client does not send request_started).
        connection.health_check_done = False
    response = _vote(client, ballot[2][0], token)
    assert response.status_code == 201, response.content
    assert Vote.objects.filter(voter=voter).count() == 2


@pytest.mark.django_db
def test_one_miss_caches_the_whole_track_and_a_local_change_is_seen_at_once(
    client, settings, django_assert_num_queries
):
    settings.VOTING_BALLOT_CACHE_SECONDS = 60
    _track, ballot = voting_track(categories=3, nominees=4)
    token = Token.objects.create(user=make_voter()).key
    assert _vote(client, ballot[1][0], token).status_code == 201  # loads the track
    # Other categories and nominees are cache hits: the token query and the insert (the
    # savepoint pair is there because the test runs inside a transaction).
    with django_assert_num_queries(4):
        assert _vote(client, ballot[3][2], token).status_code == 201
    withdrawn = ballot[2][1]
    withdrawn.state = Submission.State.WITHDRAWN
    withdrawn.save()
    response = _vote(client, withdrawn, token)
    assert response.status_code == 400 and response.json()["code"] == "not_nominated"


@pytest.mark.django_db
def test_position_of_the_chosen_card_matches_the_shown_order():
    _track, ballot = voting_track(categories=1, nominees=12)
    voter = make_voter()
    nominees = ballot[1]
    ids = frozenset(s.pk for s in nominees)
    shown = queries.in_voter_order(voter.pk, nominees[0].category_id, nominees)
    for place, submission in enumerate(shown):
        assert queries.position_in_order(voter.pk, submission.category_id, submission.pk, ids) == place


@pytest.mark.django_db
def test_the_vote_statements_are_prepared_on_postgresql_unless_turned_off(client):
    _track, ballot = voting_track()
    token = Token.objects.create(user=make_voter()).key

    def prepared():
        if connection.vendor != "postgresql":
            return ""
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            return " ".join(row[0] for row in cursor.fetchall())

    assert _vote(client, ballot[1][0], token).status_code == 201
    if connection.vendor == "postgresql":
        assert "INSERT INTO voting_vote" in prepared() and "authtoken_token" in prepared()
    # A collision on the prepared insert is still "already voted", not a server error.
    assert _vote(client, ballot[1][1], token).status_code == 409

    threshold = connection.settings_dict["OPTIONS"].pop("prepare_threshold", None)
    try:
        with connection.cursor() as cursor:
            cursor.execute("DEALLOCATE ALL" if connection.vendor == "postgresql" else "SELECT 1")
        assert _vote(client, ballot[2][0], token).status_code == 201
        assert "voting_vote" not in prepared()
    finally:
        if threshold is not None:
            connection.settings_dict["OPTIONS"]["prepare_threshold"] = threshold
    assert Vote.objects.count() == 2
