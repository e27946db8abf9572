"""One vote per voter and category under real concurrency: two app processes, 200 requests."""

import json
import sqlite3
import threading
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from rest_framework.authtoken.models import Token

from stocktake.voting.models import Vote
from tests.voting.factories import make_voter, voting_track
from tests.voting.servers import app_servers, database_url_for_subprocess

REQUESTS = 200


def _post(url: str, token: str, body: dict, barrier: threading.Barrier) -> tuple[str, int, dict]:
    request = urllib.request.Request(
        f"{url}/api/v1/voting/votes/",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
        method="POST",
    )
    barrier.wait()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return url, response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return url, error.code, json.loads(error.read())


@pytest.mark.django_db(transaction=True)
def test_200_identical_votes_across_two_processes_store_exactly_one(tmp_path):
    _track, ballot = voting_track(categories=2, nominees=3)
    voter = make_voter()
    token = Token.objects.create(user=voter).key
    submission = ballot[1][1]
    database_url, sqlite_file = database_url_for_subprocess(tmp_path)

    # The rate limit is switched off so that every request reaches the database constraint.
    with app_servers(2, database_url, tmp_path / "data", {"STOCKTAKE_VOTE_RATE_LIMITS": ""}) as urls:
        barrier = threading.Barrier(REQUESTS)
        with ThreadPoolExecutor(max_workers=REQUESTS) as pool:
            futures = [
                pool.submit(_post, urls[i % 2], token, {"submission": str(submission.public_id)}, barrier)
                for i in range(REQUESTS)
            ]
            results = [f.result() for f in futures]

    statuses = Counter(status for _url, status, _body in results)
    assert statuses == {201: 1, 409: REQUESTS - 1}, statuses
    assert {body.get("code") for _u, status, body in results if status == 409} == {"already_voted"}
    assert Counter(url for url, _s, _b in results) == {urls[0]: REQUESTS // 2, urls[1]: REQUESTS // 2}
    if sqlite_file:
        with sqlite3.connect(sqlite_file) as db:
            stored = db.execute(
                "SELECT COUNT(*), MIN(submission_id) FROM voting_vote WHERE voter_id = ? AND category_id = ?",
                [voter.pk, submission.category_id],
            ).fetchone()
        assert stored == (1, submission.pk)
    else:
        assert list(Vote.objects.filter(voter=voter).values_list("submission_id", flat=True)) == [submission.pk]
