import importlib

import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.common.models import AuditLog
from stocktake.contests.models import Submission
from stocktake.contests.services import editions
from stocktake.voting import queries
from stocktake.voting.models import InvalidationEntry, ResultRow
from stocktake.voting.queries import results
from stocktake.voting.services import ledger
from stocktake.voting.services.results import publish_results, select_winners
from stocktake.voting.services.votes import cast_vote
from tests.factories import user_with_role
from tests.voting.factories import make_organisation, make_voter, set_phase, voting_track

pytestmark = pytest.mark.django_db


def _counts(track, category_number=1):
    counts = results.tally(track)
    category = track.categories.get(number=category_number)
    return {r.submission_id: (r.valid, r.invalid) for r in counts[category.pk].rows}


def test_validity_rule_changes_the_counted_totals():
    track, ballot = voting_track(categories=3, nominees=2)
    complete, partial = make_voter(), make_voter()
    for number in (1, 2, 3):
        cast_vote(complete, ballot[number][0])
    cast_vote(partial, ballot[1][1])
    a, b = ballot[1][0].pk, ballot[1][1].pk

    # Default: every vote counts.
    assert _counts(track) == {a: (1, 0), b: (1, 0)}
    assert results.summary(track) == {"valid": 4, "invalidated": 0, "reasons": {}}

    # ITU's historical rule: only voters who voted in every category count.
    track.settings = {"vote_validity": "all_categories"}
    track.save()
    assert _counts(track) == {a: (1, 0), b: (0, 1)}
    assert results.summary(track) == {"valid": 3, "invalidated": 1, "reasons": {"incomplete_ballot": 1}}
    # Once the partial voter completes the ballot, their vote counts.
    cast_vote(partial, ballot[2][1])
    cast_vote(partial, ballot[3][1])
    assert _counts(track) == {a: (1, 0), b: (1, 0)}


def test_invalidation_and_reversal_change_results_and_leave_ledger_and_audit():
    track, ballot = voting_track(categories=1, nominees=2)
    secretariat = user_with_role("secretariat")
    voters = [make_voter() for _ in range(3)]
    votes = [cast_vote(v, ballot[1][0]) for v in voters[:2]] + [cast_vote(voters[2], ballot[1][1])]
    a, b = ballot[1][0].pk, ballot[1][1].pk
    assert _counts(track) == {a: (2, 0), b: (1, 0)}

    entry = ledger.invalidate_vote(
        secretariat, votes[0], "network_burst", "40 votes from one office network in a minute."
    )
    voter_entry = ledger.invalidate_voter(
        secretariat, track, voters[2], "disposable_email", "Throw-away address domain."
    )
    assert _counts(track) == {a: (1, 1), b: (0, 1)}
    assert results.summary(track)["reasons"] == {"network_burst": 1, "disposable_email": 1}

    reversal = ledger.reverse_entry(secretariat, entry, "The office is a real ministry; votes are genuine.")
    assert _counts(track) == {a: (2, 0), b: (0, 1)}
    assert reversal.reverses == entry and entry.reversal == reversal
    with pytest.raises(ValidationError, match="already been reversed"):
        ledger.reverse_entry(secretariat, entry, "Trying to reverse a second time.")
    # Invalidate again after a reversal: a new entry, the history stays.
    ledger.invalidate_vote(secretariat, votes[0], "other", "New evidence: the account was sold.")
    assert _counts(track) == {a: (1, 1), b: (0, 1)}
    assert InvalidationEntry.objects.filter(track=track).count() == 4
    assert InvalidationEntry.objects.active().count() == 2
    assert voter_entry in InvalidationEntry.objects.active()

    actions = list(AuditLog.objects.filter(action__startswith="voting.").values_list("action", flat=True))
    assert sorted(actions) == sorted(
        ["voting.vote.invalidate", "voting.voter.invalidate", "voting.vote.reinstate", "voting.vote.invalidate"]
    )
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        InvalidationEntry.objects.all().update(reason="changed")


def test_invalidation_needs_the_secretariat_and_a_written_reason():
    _track, ballot = voting_track(categories=1)
    vote = cast_vote(make_voter(), ballot[1][0])
    with pytest.raises(PermissionDenied):
        ledger.invalidate_vote(make_voter(), vote, "other", "A long enough reason.")
    with pytest.raises(ValidationError) as exc:
        ledger.invalidate_vote(user_with_role("secretariat"), vote, "nonsense", "short")
    assert set(exc.value.error_dict) == {"reason_code", "reason"}
    assert not InvalidationEntry.objects.exists()


def test_finalists_are_top_five_with_ties_at_the_border_included():
    track, ballot = voting_track(categories=1, nominees=8)
    subs = ballot[1]
    # Votes per submission: 6, 5, 4, 3, 2, 2, 1, 0 -> the tie at 5th place admits both.
    for sub, n in zip(subs, [6, 5, 4, 3, 2, 2, 1, 0], strict=True):
        for _ in range(n):
            cast_vote(make_voter(), sub)
    category_count = results.tally(track)[subs[0].category_id]
    assert category_count.finalist_ids == {s.pk for s in subs[:6]}
    assert [r.valid for r in category_count.rows] == [6, 5, 4, 3, 2, 2, 1, 0]


def test_publish_select_winners_and_published_counts_always_match_the_ledger(django_assert_max_num_queries):
    track, ballot = voting_track(categories=2, nominees=6, finalists=5)
    secretariat, expert = user_with_role("secretariat"), user_with_role("expert")
    voters = [make_voter() for _ in range(7)]
    for i, person in enumerate(voters):
        cast_vote(person, ballot[1][i % 6])
        cast_vote(person, ballot[2][0])
    with pytest.raises(ValidationError, match="after voting has closed"):
        publish_results(secretariat, track)
    set_phase(track, "closed")
    with pytest.raises(ValidationError, match="Voting closed on"):
        cast_vote(make_voter(), ballot[1][0])

    ledger.invalidate_voter(secretariat, track, voters[6], "scripted_timing", "Identical click timing on all votes.")
    totals = publish_results(secretariat, track)
    assert totals == {"valid": 12, "invalidated": 2, "reasons": {"scripted_timing": 2}}
    assert results.verify(track) == []
    first = ballot[1][0]
    first.refresh_from_db()
    assert first.state == "finalist"  # 1 valid vote: all six tie at 1 -> all finalists by the tie rule
    assert Submission.objects.filter(category=ballot[2][0].category, state="finalist").count() == 1

    # A later invalidation makes the published counts stale: verify says so, republishing fixes it.
    ledger.invalidate_vote(secretariat, voters[0].votes.get(category=ballot[2][0].category), "other", "Bought vote.")
    assert results.verify(track) != []
    publish_results(secretariat, track)
    assert results.verify(track) == []
    assert ResultRow.objects.get(submission=ballot[2][0]).invalidated_votes == 2

    with pytest.raises(PermissionDenied):
        select_winners(make_voter(), ballot[1][0].category, [ballot[1][0]])
    with pytest.raises(ValidationError, match="from the finalists"):
        select_winners(expert, ballot[2][0].category, [ballot[2][1]])
    select_winners(expert, ballot[1][0].category, [ballot[1][0], ballot[1][1]])  # two winners: allowed
    states = dict(Submission.objects.filter(category=ballot[1][0].category).values_list("pk", "state"))
    assert [states[s.pk] for s in ballot[1]] == ["winner", "winner", "champion", "champion", "champion", "champion"]
    with pytest.raises(ValidationError, match="Winners have already been selected"):
        publish_results(secretariat, track)
    assert AuditLog.objects.filter(action="voting.winners.select").count() == 1
    assert AuditLog.objects.filter(action="voting.results.publish").count() == 2
    assert results.verify(track) == []


def test_a_nominee_added_after_publication_without_votes_changes_no_count():
    track, ballot = voting_track(categories=1, nominees=2, state="open")
    cast_vote(make_voter(), ballot[1][0])
    set_phase(track, "closed")
    publish_results(user_with_role("secretariat"), track)
    Submission.objects.create(
        track=track,
        category=ballot[1][0].category,
        organisation=make_organisation(),
        state="nominated",
        title="Late",
    )
    assert results.verify(track) == []


def test_one_validity_setting_defaulted_by_the_track_kind_and_frozen_once_voting_opens():
    main, _ballot = voting_track(validity=None)  # the main track's default: the historical rule
    assert queries.validity_rule(main) == "all_categories"
    main.kind = "photo"
    assert queries.validity_rule(main) == "each_vote"
    main.kind = "main"
    secretariat = user_with_role("secretariat")
    with pytest.raises(ValidationError, match="frozen"):
        editions.update_track(secretariat, main, settings={"vote_validity": "each_vote"})
    upcoming, _ballot = voting_track(validity=None, state="upcoming")
    with pytest.raises(ValidationError, match="each_vote"):
        editions.update_track(secretariat, upcoming, settings={"vote_validity": "most_votes"})
    editions.update_track(secretariat, upcoming, settings={"vote_validity": "each_vote"})
    upcoming.refresh_from_db()
    assert queries.validity_rule(upcoming) == "each_vote"


def test_the_data_migration_moves_the_old_setting_and_keeps_frozen_rules():
    migration = importlib.import_module("stocktake.contests.migrations.0006_vote_validity_setting")
    old_true, _b = voting_track(validity=None, state="upcoming")
    old_false, _b = voting_track(validity=None, state="upcoming")
    both, _b = voting_track(validity="each_vote", state="upcoming")
    opened_unset, _b = voting_track(validity=None, state="open")
    upcoming_unset, _b = voting_track(validity=None, state="upcoming")
    old_true.settings = {"voting_requires_all_categories": True, "english_only": True}
    old_false.settings = {"voting_requires_all_categories": False}
    both.settings = {"voting_requires_all_categories": True, "vote_validity": "each_vote"}
    for track in (old_true, old_false, both):
        track.save()

    migration.forwards(apps, None)

    def settings_of(track):
        track.refresh_from_db()
        return track.settings

    assert settings_of(old_true) == {"vote_validity": "all_categories", "english_only": True}
    assert settings_of(old_false) == {"vote_validity": "each_vote"}
    assert settings_of(both) == {"vote_validity": "each_vote"}
    # Counted under "each_vote" before the default changed, and frozen since voting opened.
    assert settings_of(opened_unset) == {"vote_validity": "each_vote"}
    assert settings_of(upcoming_unset) == {}


def test_policy_page_states_each_votes_rule(client):
    historical, _b = voting_track(validity=None)
    each, _b = voting_track(validity="each_vote", year=2025)
    page = client.get("/voting/policy/").content.decode()
    assert f'id="rule-{historical.edition.year}-{historical.slug}" data-rule="all_categories"' in page
    assert f'id="rule-{each.edition.year}-{each.slug}" data-rule="each_vote"' in page
    assert "once the voter has voted in every category" in page and "counts on its own" in page
