import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.contests.models import Submission
from stocktake.voting import evidence as ev
from stocktake.voting import queries
from stocktake.voting.models import Vote, Voter
from stocktake.voting.services.votes import cast_vote
from tests.voting.factories import make_voter, voting_track

pytestmark = pytest.mark.django_db


def _code(exc_info) -> str:
    return exc_info.value.error_dict["submission"][0].code


def test_a_confirmed_voter_votes_once_per_category():
    _track, ballot = voting_track()
    voter = make_voter()
    vote = cast_vote(voter, ballot[1][0], ev.Evidence(ip="203.0.113.7", user_agent="Mozilla/5.0 Firefox/140.0"))
    assert Vote.objects.get() == vote
    assert vote.category_id == ballot[1][0].category_id
    assert vote.user_agent_family == "Firefox"
    assert len(vote.ip_hash) == 32 and "203.0" not in vote.ip_hash
    assert vote.network_hash == ev.ip_hashes("203.0.113.200")[1]  # same /24
    assert vote.network_hash != ev.ip_hashes("203.0.114.7")[1]
    assert vote.position is not None and 0 <= vote.position < 4
    # A vote in another category is fine.
    cast_vote(voter, ballot[2][1])
    assert Vote.objects.filter(voter=voter).count() == 2
    assert Voter.objects.get(user=voter).email_hash


def test_second_vote_in_a_category_is_refused():
    _track, ballot = voting_track()
    voter = make_voter()
    cast_vote(voter, ballot[1][0])
    with pytest.raises(ValidationError) as exc:
        cast_vote(voter, ballot[1][1])
    assert _code(exc) == "already_voted"
    assert "already voted in this category" in str(exc.value)
    assert Vote.objects.filter(voter=voter).count() == 1


def test_unconfirmed_account_is_refused():
    _track, ballot = voting_track()
    with pytest.raises(PermissionDenied, match="confirmed e-mail address"):
        cast_vote(make_voter(confirmed=False), ballot[1][0])
    assert not Vote.objects.exists()


@pytest.mark.parametrize(
    ("state", "code", "message"),
    [("upcoming", "not_open_yet", "has not started yet"), ("closed", "closed", "Voting closed on")],
)
def test_vote_outside_the_voting_phase_is_refused(state, code, message):
    _track, ballot = voting_track(state=state)
    with pytest.raises(ValidationError) as exc:
        cast_vote(make_voter(), ballot[1][0])
    assert _code(exc) == code
    assert message in str(exc.value)
    assert not Vote.objects.exists()


def test_non_nominated_project_is_refused():
    _track, ballot = voting_track()
    submission = ballot[1][0]
    Submission.objects.filter(pk=submission.pk).update(state="not_nominated")
    submission.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        cast_vote(make_voter(), submission)
    assert _code(exc) == "not_nominated"
    assert "only nominated projects" in str(exc.value)


def test_votes_are_final():
    _track, ballot = voting_track()
    vote = cast_vote(make_voter(), ballot[1][0])
    with pytest.raises(TypeError):
        vote.save()
    with pytest.raises(TypeError):
        Vote.objects.all().delete()
    with pytest.raises(TypeError):
        Vote.objects.update(submission=ballot[1][1])


def test_the_vote_row_is_the_audit_record_of_a_vote():
    """The documented exception to "every write is audit-logged" (DEVELOPERS.md): a vote writes
    no audit row, and the vote row itself says who, what, when and from where."""
    from stocktake.common.models import AuditLog
    from stocktake.voting.evidence import Evidence

    _track, ballot = voting_track()
    voter = make_voter()
    before = AuditLog.objects.count()
    vote = cast_vote(voter, ballot[1][0], Evidence(ip="203.0.113.7", user_agent="Mozilla/5.0 Firefox/140.0"))
    assert AuditLog.objects.count() == before
    stored = Vote.objects.get(pk=vote.pk)
    assert (stored.voter_id, stored.category_id, stored.submission_id) == (
        voter.pk,
        ballot[1][0].category_id,
        ballot[1][0].pk,
    )
    assert stored.created_at is not None and stored.channel == "web"
    assert stored.ip_hash and stored.network_hash and stored.user_agent_family == "Firefox"


def test_ballot_order_is_random_per_voter_and_stable():
    _track, ballot = voting_track(nominees=12)
    category = ballot[1][0].category
    a, b = make_voter(), make_voter()
    order_a = [s.pk for s in queries.in_voter_order(a.pk, category.pk, ballot[1])]
    assert order_a == [s.pk for s in queries.in_voter_order(a.pk, category.pk, list(reversed(ballot[1])))]
    assert order_a != [s.pk for s in queries.in_voter_order(b.pk, category.pk, ballot[1])]
    assert order_a != [s.pk for s in ballot[1]] or order_a != sorted(order_a, reverse=True)
    # The stored position is the place of the chosen card in that voter's order.
    chosen = ballot[1][5]
    vote = cast_vote(a, chosen)
    assert vote.position == order_a.index(chosen.pk)


def test_time_on_ballot_comes_from_a_signed_ticket():
    _track, ballot = voting_track()
    category_id = ballot[1][0].category_id
    ticket = ev.ballot_ticket(category_id)
    assert ev.shown_ms(ticket, category_id) is not None
    assert ev.shown_ms(ticket, category_id + 1) is None  # a ticket from another category
    assert ev.shown_ms(ticket[:-2] + "xx", category_id) is None  # forged
    vote = cast_vote(make_voter(), ballot[1][0], ev.Evidence(ticket=ticket))
    assert vote.shown_ms is not None and vote.shown_ms < 60_000


def test_confirmation_time_is_recorded_for_the_delay_signal(client):
    from allauth.account.models import EmailAddress
    from allauth.account.signals import email_confirmed

    _track, ballot = voting_track()
    voter = make_voter(confirmed=False)
    address = EmailAddress.objects.get(user=voter)
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    vote = cast_vote(voter, ballot[1][0])
    assert vote.since_confirmation_s is not None and vote.since_confirmation_s < 60


def test_user_agent_families():
    assert ev.user_agent_family("") == "none"
    assert ev.user_agent_family("python-requests/2.32") == "script"
    assert ev.user_agent_family("Mozilla/5.0 HeadlessChrome/120.0") == "headless"
    assert ev.user_agent_family("Mozilla/5.0 Chrome/120.0 Safari/537.36 Edg/120.0") == "Edge"
    assert ev.user_agent_family("Mozilla/5.0 (Macintosh) Version/17.0 Safari/605.1.15") == "Safari"
    assert ev.network_of("2001:db8:abcd:12::1") == "2001:db8:abcd::/48"
    assert ev.network_of("::ffff:198.51.100.9") == "198.51.100.0/24"
