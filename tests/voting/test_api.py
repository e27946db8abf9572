import json

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token

from stocktake.contests.models import Submission
from stocktake.voting import queries
from stocktake.voting.models import Vote
from stocktake.voting.services.ledger import invalidate_voter
from stocktake.voting.services.results import publish_results
from stocktake.voting.services.votes import cast_vote
from tests.factories import user_with_role
from tests.voting.factories import make_voter, set_phase, voting_track

pytestmark = pytest.mark.django_db
URL = "/api/v1/voting/votes/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def _vote(client, submission, token=None, body=None, **meta):
    if token:
        meta["HTTP_AUTHORIZATION"] = f"Token {token}"
    payload = {"submission": str(submission.public_id), **(body or {})}
    return client.post(URL, json.dumps(payload), content_type="application/json", **meta)


def test_cast_with_a_token_in_two_queries(client, django_assert_max_num_queries, settings):
    settings.VOTING_BALLOT_CACHE_SECONDS = 5
    _track, ballot = voting_track()
    voter = make_voter()
    token = Token.objects.create(user=voter).key
    _vote(client, ballot[2][0], token)  # creates the voter record
    _vote(client, ballot[1][0], Token.objects.create(user=make_voter()).key)  # warms the ballot cache
    # Authentication and the insert; the savepoint pair is there only because the test runs in a transaction.
    with django_assert_max_num_queries(4):
        response = _vote(client, ballot[1][0], token, body={"ticket": ""})
    assert response.status_code == 201, response.content
    assert response.json()["id"] == Vote.objects.get(voter=voter, category=ballot[1][0].category).pk
    vote = Vote.objects.get(pk=response.json()["id"])
    assert vote.channel == "api" and vote.ip_hash


@pytest.mark.parametrize(
    ("setup", "status", "code"),
    [
        ("second_vote", 409, "already_voted"),
        ("closed", 400, "closed"),
        ("upcoming", 400, "not_open_yet"),
        ("not_nominated", 400, "not_nominated"),
        ("unconfirmed", 403, "not_confirmed"),
    ],
)
def test_refusals_are_problem_details_with_a_code(client, setup, status, code):
    track, ballot = voting_track()
    voter = make_voter(confirmed=setup != "unconfirmed")
    token = Token.objects.create(user=voter).key
    submission = ballot[1][0]
    if setup == "second_vote":
        assert _vote(client, ballot[1][1], token).status_code == 201
    elif setup in ("closed", "upcoming"):
        set_phase(track, setup)
    elif setup == "not_nominated":
        Submission.objects.filter(pk=submission.pk).update(state="ineligible")
    response = _vote(client, submission, token)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code and body["detail"]
    assert Vote.objects.filter(voter=voter).count() == (1 if setup == "second_vote" else 0)


def test_authentication_is_required(client):
    _track, ballot = voting_track()
    assert _vote(client, ballot[1][0]).status_code == 401
    assert _vote(client, ballot[1][0], token="not-a-token").status_code == 401
    bad = client.post(URL, "{not json", content_type="application/json", HTTP_AUTHORIZATION="Token x")
    assert bad.status_code == 401
    token = Token.objects.create(user=make_voter()).key
    bad = client.post(URL, json.dumps({"submission": "nope"}), content_type="application/json",
                      HTTP_AUTHORIZATION=f"Token {token}")  # fmt: skip
    assert bad.status_code == 400 and "submission" in bad.json()["errors"]


def test_session_votes_need_the_csrf_token():
    _track, ballot = voting_track()
    voter = make_voter()
    client = Client(enforce_csrf_checks=True)
    client.force_login(voter)
    assert _vote(client, ballot[1][0]).status_code == 403
    client.get("/voting/")  # sets the CSRF cookie
    csrf = client.cookies["csrftoken"].value
    response = client.post(
        URL,
        json.dumps({"submission": str(ballot[1][0].public_id)}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert response.status_code == 201, response.content


def test_vote_casting_is_rate_limited_per_account(client, settings):
    settings.VOTING_RATE_LIMITS = {"cast_vote": "2/m/user"}
    _track, ballot = voting_track(categories=3)
    token = Token.objects.create(user=make_voter()).key
    assert _vote(client, ballot[1][0], token).status_code == 201
    assert _vote(client, ballot[2][0], token).status_code == 201
    response = _vote(client, ballot[3][0], token)
    assert response.status_code == 429 and response.json()["code"] == "rate_limited"
    # Another account is not affected.
    assert _vote(client, ballot[3][0], Token.objects.create(user=make_voter()).key).status_code == 201


def test_vote_casting_is_rate_limited_per_address(client, settings):
    settings.VOTING_RATE_LIMITS = {"cast_vote": "2/m/ip"}
    _track, ballot = voting_track()
    statuses = [_vote(client, ballot[1][0], Token.objects.create(user=make_voter()).key).status_code for _ in range(3)]
    assert statuses == [201, 201, 429]
    other = _vote(client, ballot[1][0], Token.objects.create(user=make_voter()).key, REMOTE_ADDR="198.51.100.1")
    assert other.status_code == 201


def test_ballot_api_gives_my_order_and_progress(api_client, django_assert_max_num_queries):
    track, ballot = voting_track(categories=3, nominees=6)
    voter = make_voter()
    cast_vote(voter, ballot[2][3])
    api_client.force_authenticate(voter)
    with django_assert_max_num_queries(8):
        response = api_client.get(f"/api/v1/voting/{track.edition.year}/{track.slug}/ballot/")
    assert response.status_code == 200
    body = response.json()
    assert body["voted"] == 1 and body["categories_total"] == 3 and not body["complete"]
    cat2 = body["categories"][1]
    assert cat2["my_vote"] == str(ballot[2][3].public_id)
    expected = [str(s.public_id) for s in queries.in_voter_order(voter.pk, ballot[2][0].category_id, ballot[2])]
    assert [n["id"] for n in cat2["nominees"]] == expected
    assert cat2["ticket"]


def test_results_api_publishes_counts_and_reasons(api_client, django_assert_max_num_queries):
    track, ballot = voting_track(categories=2, nominees=3)
    secretariat = user_with_role("secretariat")
    voters = [make_voter() for _ in range(3)]
    for v in voters:
        cast_vote(v, ballot[1][0])
    cast_vote(voters[0], ballot[2][1])
    url = f"/api/v1/voting/{track.edition.year}/{track.slug}/results/"
    assert api_client.get(url).status_code == 404
    invalidate_voter(secretariat, track, voters[2], "disposable_email", "Address at a throw-away mail service.")
    set_phase(track, "closed")
    publish_results(secretariat, track)
    with django_assert_max_num_queries(4):
        body = api_client.get(url).json()
    assert (body["valid"], body["invalidated"]) == (3, 1)
    assert body["reasons"] == [{"code": "disposable_email", "label": "Disposable e-mail address", "votes": 1}]
    first = body["categories"][0]["results"][0]
    assert first["submission"] == str(ballot[1][0].public_id)
    assert (first["valid_votes"], first["invalidated_votes"], first["finalist"]) == (2, 1, True)
