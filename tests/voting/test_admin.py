import pytest

from stocktake.voting.services.votes import cast_vote
from tests.voting.factories import make_voter, voting_track

pytestmark = pytest.mark.django_db


def test_admin_lists_votes_and_ledger_read_only(client):
    from stocktake.accounts.models import User

    _track, ballot = voting_track()
    cast_vote(make_voter(), ballot[1][0])
    admin = User.objects.create_superuser("root@example.org", "x" * 12)
    client.force_login(admin)
    for path in ["/admin/voting/vote/", "/admin/voting/invalidationentry/", "/admin/voting/voter/"]:
        assert client.get(path).status_code == 200
    assert client.get("/admin/voting/vote/add/").status_code == 403
