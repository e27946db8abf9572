import re

import pytest

from stocktake.common.models import AuditLog
from stocktake.voting.models import InvalidationEntry, Vote
from stocktake.voting.queries import results
from stocktake.voting.services.results import publish_results
from stocktake.voting.services.votes import cast_vote
from tests.factories import user_with_role
from tests.voting.factories import make_voter, set_phase, voting_track

pytestmark = pytest.mark.django_db


def _ballot_url(track):
    return f"/voting/{track.edition.year}/{track.slug}/"


def test_vote_in_every_category_without_javascript_then_voting_complete(client):
    track, ballot = voting_track(categories=2, nominees=3)
    voter = make_voter()
    client.force_login(voter)
    response = client.get(_ballot_url(track))
    assert "0 of 2 categories voted" in response.content.decode()
    for number in (1, 2):
        url = f"{_ballot_url(track)}category/{number}/"
        page = client.get(url).content.decode()
        assert page.count('type="radio"') == 3 and "<legend>" in page
        ticket = re.search(r'name="ticket" value="([^"]+)"', page).group(1)
        chosen = ballot[number][2]
        # Nothing chosen: an error summary that links to the first choice.
        missing = client.post(url, {"ticket": ticket, "step": "choose"})
        assert missing.status_code == 400 and b"error-summary" in missing.content
        confirm = client.post(url, {"ticket": ticket, "step": "choose", "submission": str(chosen.public_id)})
        assert "Confirm your vote" in confirm.content.decode()
        assert not Vote.objects.filter(voter=voter, category__number=number).exists()
        done = client.post(url, {"ticket": ticket, "step": "confirm", "submission": str(chosen.public_id)})
        assert done.status_code == 302
        vote = Vote.objects.get(voter=voter, category__number=number)
        assert vote.submission == chosen and vote.channel == "web" and vote.shown_ms is not None
    page = client.get(_ballot_url(track)).content.decode()
    assert "Voting complete." in page
    # A second attempt is refused with the reason, and stores nothing.
    url = f"{_ballot_url(track)}category/1/"
    client.post(url, {"step": "confirm", "submission": str(ballot[1][0].public_id)})
    assert "You voted for" in client.get(url).content.decode()
    assert Vote.objects.filter(voter=voter).count() == 2


def test_my_votes_page_query_count(client, django_assert_max_num_queries):
    track, ballot = voting_track(categories=18, nominees=2)
    voter = make_voter()
    for number in range(1, 10):
        cast_vote(voter, ballot[number][0])
    client.force_login(voter)
    with django_assert_max_num_queries(10):
        response = client.get(_ballot_url(track))
    assert "9 of 18 categories voted" in response.content.decode()


def test_vote_page_query_count(client, django_assert_max_num_queries):
    track, _ballot = voting_track(categories=2, nominees=20)
    client.force_login(make_voter())
    with django_assert_max_num_queries(12):
        response = client.get(f"{_ballot_url(track)}category/1/")
    assert response.content.decode().count('type="radio"') == 20


def test_anonymous_visitors_are_asked_to_register(client):
    track, _ballot = voting_track()
    assert b"Register" in client.get(_ballot_url(track)).content
    assert client.get(f"{_ballot_url(track)}category/1/").status_code == 302
    assert b"Which votes count" in client.get("/voting/").content
    policy = client.get("/voting/policy/").content.decode()
    assert "ledger" in policy and "confirmed" in policy


def test_results_page(client, django_assert_max_num_queries):
    track, ballot = voting_track(categories=3, nominees=6, state="open")
    for i in range(4):
        cast_vote(make_voter(), ballot[1][i % 2])
    set_phase(track, "closed")
    publish_results(user_with_role("secretariat"), track)
    with django_assert_max_num_queries(8):
        response = client.get(f"{_ballot_url(track)}results/")
    page = response.content.decode()
    assert "4 valid votes, 0 invalidated" in page
    assert page.count("Finalist") >= 2


def test_secretariat_reviews_signals_invalidates_and_reverses(client):
    track, ballot = voting_track(categories=1, nominees=3)
    track.settings = {"fraud_thresholds": {"burst_votes_per_minute": 3}}
    track.save()
    from stocktake.voting import evidence as ev

    burst = [cast_vote(make_voter(), ballot[1][0], ev.Evidence(ip=f"198.51.100.{i}")) for i in range(4)]
    cast_vote(make_voter(), ballot[1][1], ev.Evidence(ip="203.0.113.5"))
    secretariat = user_with_role("secretariat")
    url = f"{_ballot_url(track)}review/"

    client.force_login(make_voter())
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    page = client.get(url).content.decode()
    assert "Bursts from one network" in page and "4 votes from 4 voters in one minute" in page

    # A reason that is too short is refused, next to the field.
    prefix = "network_bursts-0"
    form = {
        "form": prefix,
        f"{prefix}-reason_code": "network_burst",
        f"{prefix}-reason": "short",
        f"{prefix}-vote_ids": ",".join(str(v.pk) for v in burst),
    }
    response = client.post(url, form)
    assert response.status_code == 400 and b"error-summary" in response.content
    form[f"{prefix}-reason"] = "Four accounts from one network within a minute, created that day."
    assert client.post(url, form).status_code == 302
    assert InvalidationEntry.objects.active().count() == 4
    assert results.summary(track) == {"valid": 1, "invalidated": 4, "reasons": {"network_burst": 4}}

    entry = InvalidationEntry.objects.filter(vote=burst[0]).get()
    client.post(f"{url}ledger/{entry.pk}/reverse/", {"reason": "This voter proved to be a real person."})
    assert results.summary(track)["valid"] == 2
    assert AuditLog.objects.filter(action="voting.vote.reinstate").count() == 1
    assert "reversed" in client.get(url).content.decode()


def test_web_votes_share_the_rate_limit(client, settings):
    from django.core.cache import cache

    cache.clear()
    settings.VOTING_RATE_LIMITS = {"cast_vote": "1/m/user"}
    track, ballot = voting_track(categories=2, nominees=2)
    voter = make_voter()
    client.force_login(voter)
    for number in (1, 2):
        url = f"{_ballot_url(track)}category/{number}/"
        client.post(url, {"step": "confirm", "submission": str(ballot[number][0].public_id)})
    assert Vote.objects.filter(voter=voter).count() == 1
    assert "Too many votes" in client.get(_ballot_url(track)).content.decode()


def test_a_new_user_registers_confirms_votes_everywhere_and_sees_voting_complete(client):
    from django.core import mail
    from django.core.cache import cache

    cache.clear()
    track, ballot = voting_track(categories=3, nominees=2)
    client.post(
        "/accounts/signup/",
        {"email": "new.voter@example.org", "password1": "a-long-enough-secret", "password2": "a-long-enough-secret"},
    )
    # Before confirming, the account cannot log in, so it cannot vote.
    assert client.get(f"{_ballot_url(track)}category/1/").status_code == 302
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client.post(path)  # confirms and logs in
    for number in (1, 2, 3):
        url = f"{_ballot_url(track)}category/{number}/"
        ticket = re.search(r'name="ticket" value="([^"]+)"', client.get(url).content.decode()).group(1)
        client.post(url, {"ticket": ticket, "step": "confirm", "submission": str(ballot[number][1].public_id)})
    assert "Voting complete." in client.get(_ballot_url(track)).content.decode()
    votes = Vote.objects.filter(voter__email="new.voter@example.org")
    assert votes.count() == 3
    assert all(v.since_confirmation_s is not None and v.since_confirmation_s < 600 for v in votes)
