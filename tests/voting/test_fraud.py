import time
from datetime import timedelta

import pytest
from django.utils import timezone

from stocktake.voting import evidence as ev
from stocktake.voting import queries
from stocktake.voting.models import Voter
from stocktake.voting.queries import fraud
from stocktake.voting.services.votes import cast_vote, ensure_voter
from tests.voting.factories import make_voter, voting_track

pytestmark = pytest.mark.django_db


def _voters_flagged(signal) -> set[int]:
    return {v for row in signal.rows for v in row.voter_ids}


def test_network_burst():
    track, ballot = voting_track(categories=1, nominees=2)
    track.settings = {"fraud_thresholds": {"burst_votes_per_minute": 3}}
    office = [make_voter() for _ in range(3)]
    for i, person in enumerate(office):
        cast_vote(person, ballot[1][0], ev.Evidence(ip=f"192.0.2.{10 + i}"))
    elsewhere = make_voter()
    cast_vote(elsewhere, ballot[1][0], ev.Evidence(ip="198.51.100.1"))
    signal = fraud.network_bursts(track)
    assert len(signal.rows) == 1
    assert set(signal.rows[0].voter_ids) == {p.pk for p in office}
    assert len(signal.rows[0].vote_ids) == 3


def test_many_accounts_from_one_domain_and_disposable_domains():
    track, ballot = voting_track(categories=1, nominees=2)
    track.settings = {"fraud_thresholds": {"domain_accounts": 3}}
    ministry = [make_voter(email=f"staff{i}@ministry.example.gov") for i in range(3)]
    webmail = [make_voter(email=f"fan{i}@gmail.com") for i in range(3)]
    throwaway = make_voter(email="x1@mailinator.com")
    sub_throwaway = make_voter(email="x2@eu.yopmail.com")
    for person in [*ministry, *webmail, throwaway, sub_throwaway]:
        cast_vote(person, ballot[1][0])
    domains = fraud.email_domains(track)
    assert [row.label for row in domains.rows] == ["ministry.example.gov"]  # gmail.com is a public service
    assert _voters_flagged(domains) == {p.pk for p in ministry}
    assert _voters_flagged(fraud.disposable_email(track)) == {throwaway.pk, sub_throwaway.pk}


def test_votes_within_seconds_of_confirmation():
    track, ballot = voting_track(categories=1, nominees=2)
    quick, patient = make_voter(), make_voter()
    ensure_voter(quick)
    ensure_voter(patient)
    Voter.objects.filter(user=quick).update(confirmed_at=timezone.now() - timedelta(seconds=3))
    Voter.objects.filter(user=patient).update(confirmed_at=timezone.now() - timedelta(hours=2))
    for person in (quick, patient):
        del person._stocktake_voter  # re-read the confirmation time set above
        cast_vote(person, ballot[1][0])
    assert _voters_flagged(fraud.fast_after_confirmation(track)) == {quick.pk}


def test_identical_click_timing_and_scripted_clients():
    track, ballot = voting_track(categories=5, nominees=2)
    robot, human, script = make_voter(), make_voter(), make_voter()
    now_ms = int(time.time() * 1000)
    for number in range(1, 6):
        category_id = ballot[number][0].category_id
        # Shown 1.5 s before each vote, to the millisecond (measured from now, so a slow machine cannot blur it).
        robot_ticket = ev.signing.dumps([category_id, int(time.time() * 1000) - 1500], salt=ev.TICKET_SALT)
        human_ticket = ev.signing.dumps([category_id, now_ms - number * 4000], salt=ev.TICKET_SALT)
        # The same time on every ballot (± a few ms) for the robot; seconds apart for the human.
        robot_vote = cast_vote(
            robot, ballot[number][0], ev.Evidence(ticket=robot_ticket, user_agent="Mozilla Firefox/1")
        )
        cast_vote(human, ballot[number][1], ev.Evidence(ticket=human_ticket, user_agent="Mozilla Chrome/1"))
        cast_vote(script, ballot[number][1], ev.Evidence(user_agent="python-requests/2.32"))
    assert robot_vote.shown_ms is not None
    flagged = _voters_flagged(fraud.identical_timing(track))
    assert robot.pk in flagged and script.pk in flagged and human.pk not in flagged


def test_filler_votes_first_card_in_every_other_category():
    track, ballot = voting_track(categories=6, nominees=5)
    filler, honest = make_voter(), make_voter()
    for number in range(1, 7):
        category_id = ballot[number][0].category_id
        first = queries.in_voter_order(filler.pk, category_id, ballot[number])[0]
        favourite = queries.in_voter_order(filler.pk, category_id, ballot[number])[3]
        cast_vote(filler, favourite if number == 1 else first)
        cast_vote(honest, queries.in_voter_order(honest.pk, category_id, ballot[number])[number % 3 + 1])
    assert _voters_flagged(fraud.filler_votes(track)) == {filler.pk}


def test_all_signals_query_count(django_assert_max_num_queries):
    track, ballot = voting_track(categories=2, nominees=2)
    for _ in range(3):
        cast_vote(make_voter(), ballot[1][0], ev.Evidence(ip="192.0.2.1"))
    with django_assert_max_num_queries(10):
        signals = fraud.all_signals(track)
    assert [s.key for s in signals] == [
        "network_bursts",
        "email_domains",
        "disposable_email",
        "fast_after_confirmation",
        "identical_timing",
        "filler_votes",
    ]
