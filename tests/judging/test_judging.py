import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.contests.models import Submission
from stocktake.judging import queries
from stocktake.judging.models import Assignment, Conflict, Decision, Panel
from stocktake.judging.services import decisions, panel, reviews
from tests.factories import Membership, OrganisationFactory, UserFactory, user_with_role
from tests.judging.factories import active_reviewer, full_scores, review_edition, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat():
    return user_with_role("secretariat")


@pytest.fixture
def edition():
    return review_edition()


def test_automatic_assignment_is_balanced_and_respects_preferences_and_conflicts(edition, secretariat):
    track = edition.tracks.get(kind="main")
    subs = [submitted(edition, category=1 + (i % 3), n=i) for i in range(12)]
    reviewers = [active_reviewer(edition, secretariat=secretariat) for _ in range(4)]
    reviewers[0].preferred_categories.set([track.categories.get(number=1)])
    # Reviewer 1 works for the organisation of the first submission.
    Membership.objects.create(user=reviewers[1].user, organisation=subs[0].organisation)
    panel.configure_panel(secretariat, edition, reviewers_per_submission=2)
    created = panel.auto_assign(secretariat, edition)
    assert created == 24
    loads = sorted(Assignment.objects.filter(reviewer=r).count() for r in reviewers)
    assert loads[-1] - loads[0] <= 1  # balanced
    assert not Assignment.objects.filter(reviewer=reviewers[1], submission=subs[0]).exists()
    assert Conflict.objects.filter(reviewer=reviewers[1], submission=subs[0], source="organisation").exists()
    cat1 = [s for s in subs if s.category.number == 1]
    assert all(Assignment.objects.filter(reviewer=reviewers[0], submission=s).exists() for s in cat1)
    # Running again adds nothing: every submission has its reviewers.
    assert panel.auto_assign(secretariat, edition) == 0


def test_same_country_conflicts_only_when_the_edition_says_so(secretariat):
    edition = review_edition()
    edition.conflict_same_country = True
    edition.save()
    kenyan = submitted(edition, organisation=OrganisationFactory())  # factories default to Kenya
    from stocktake.taxonomy.models import Country

    reviewer = active_reviewer(edition, secretariat=secretariat, country=Country.objects.get(code="KE"))
    assert Conflict.objects.filter(reviewer=reviewer, submission=kenyan, source="country").exists()
    with pytest.raises(ValidationError, match="conflict of interest"):
        panel.assign(secretariat, reviewer, kenyan)


def test_declared_conflict_removes_the_assignment_and_blocks_scoring(edition, secretariat):
    sub = submitted(edition)
    reviewer = active_reviewer(edition, secretariat=secretariat)
    assignment = panel.assign(secretariat, reviewer, sub)
    panel.declare_conflict(reviewer.user, reviewer, sub, "I advised this project in 2024.")
    assert not Assignment.objects.filter(pk=assignment.pk).exists()
    assert queries.assignment_for_review(reviewer.user, sub.public_id) is None
    with pytest.raises(PermissionDenied):
        reviews.save_review(reviewer.user, assignment, full_scores())
    with pytest.raises(ValidationError, match="conflict of interest"):
        panel.assign(secretariat, reviewer, sub)


def test_scores_and_weighted_ranking(edition, secretariat):
    track = edition.tracks.get(kind="main")
    a, b = submitted(edition, n=1, title="Alpha"), submitted(edition, n=2, title="Beta")
    r1, r2 = active_reviewer(edition, secretariat=secretariat), active_reviewer(edition, secretariat=secretariat)
    for r in (r1, r2):
        for s in (a, b):
            panel.assign(secretariat, r, s)
    reviews.save_review(r1.user, Assignment.objects.get(reviewer=r1, submission=a), full_scores(9))
    reviews.save_review(r2.user, Assignment.objects.get(reviewer=r2, submission=a), full_scores(7))
    reviews.save_review(r1.user, Assignment.objects.get(reviewer=r1, submission=b), full_scores(6))
    rows = queries.ranking(track, a.category)
    assert [s.title for s in rows] == ["Alpha", "Beta"]
    assert rows[0].aggregate == 80.0 and rows[0].reviews_done == 2 and rows[1].aggregate == 60.0
    # Weights change the aggregate: only impact counts now.
    panel.configure_panel(secretariat, edition, weights=dict.fromkeys(full_scores(), 0) | {"impact": 1})
    scores = full_scores(2) | {"impact": 10}
    reviews.save_review(r2.user, Assignment.objects.get(reviewer=r2, submission=b), scores)
    rows = queries.ranking(track, a.category)
    assert {s.title: s.aggregate for s in rows} == {"Alpha": 80.0, "Beta": 80.0}


def test_review_messages(edition, secretariat):
    sub = submitted(edition)
    reviewer = active_reviewer(edition, secretariat=secretariat)
    assignment = panel.assign(secretariat, reviewer, sub)
    with pytest.raises(ValidationError) as exc:
        reviews.save_review(reviewer.user, assignment, full_scores() | {"impact": 11, "sdgs": ""})
    assert exc.value.message_dict["impact"] == ["Give a whole number from 0 to 10."]
    assert exc.value.message_dict["sdgs"] == ["Score “Relevance to the SDGs”."]
    with pytest.raises(PermissionDenied):
        reviews.save_review(UserFactory(), assignment, full_scores())


def test_score_visibility_follows_the_review_phase_setting(edition, secretariat):
    sub = submitted(edition)
    r1, r2 = active_reviewer(edition, secretariat=secretariat), active_reviewer(edition, secretariat=secretariat)
    a1, a2 = panel.assign(secretariat, r1, sub), panel.assign(secretariat, r2, sub)
    reviews.save_review(r2.user, a2, full_scores(5))
    the_panel = panel.ensure_panel(edition)
    assert queries.visible_assignments(r1.user, a1, the_panel) == [a1]
    panel.configure_panel(secretariat, edition, visibility=Panel.Visibility.AFTER_OWN)
    the_panel.refresh_from_db()
    assert queries.visible_assignments(r1.user, a1, the_panel) == [a1]
    a1 = reviews.save_review(r1.user, a1, full_scores(6))
    assert len(queries.visible_assignments(r1.user, a1, the_panel)) == 2


def test_staged_decisions_apply_atomically(edition, secretariat):
    track = edition.tracks.get(kind="main")
    panel.ensure_panel(edition)
    track.nominees_per_category = 2
    track.save()
    subs = [submitted(edition, n=i) for i in range(4)]
    decisions.stage_decision(secretariat, subs[0], "nominate")
    decisions.stage_decision(secretariat, subs[1], "nominate")
    decisions.stage_decision(secretariat, subs[2], "ineligible", "Previous winner (2024).")
    with pytest.raises(ValidationError, match="Give the reason"):
        decisions.stage_decision(secretariat, subs[3], "ineligible")
    decisions.stage_decision(secretariat, subs[3], "nominate")
    # Three nominees for a limit of two: the whole batch is refused and nothing changes.
    with pytest.raises(ValidationError) as exc:
        decisions.apply_decisions(secretariat, track)
    assert exc.value.message_dict["__all__"] == ["Category 4 would have 3 nominees; the limit is 2."]
    assert set(Submission.objects.values_list("state", flat=True)) == {"submitted"}
    assert not OutboxMessage.objects.filter(kind__startswith="contests.n").exists()
    decisions.stage_decision(secretariat, subs[3], "not-nominate")
    counts = decisions.apply_decisions(secretariat, track)
    assert counts == {"nominate": 2, "ineligible": 1, "not-nominate": 1}
    states = dict(Submission.objects.values_list("title", "state"))
    assert [states[s.title] for s in subs] == ["nominated", "nominated", "ineligible", "not_nominated"]
    assert Submission.objects.get(pk=subs[2].pk).decision_reason == "Previous winner (2024)."
    # Decision mail waits for the secretariat's review.
    held = OutboxMessage.objects.filter(
        kind__in=["contests.nominated", "contests.not_nominated", "contests.ineligible"]
    )
    assert held.count() == 4 and set(held.values_list("state", flat=True)) == {"held"}
    assert not Decision.objects.filter(applied_at__isnull=True).exists()
    assert AuditLog.objects.filter(action="judging.decision.apply").count() == 4
    with pytest.raises(ValidationError, match="no staged decisions"):
        decisions.apply_decisions(secretariat, track)


def test_a_submission_that_changed_state_blocks_the_batch(edition, secretariat):
    track = edition.tracks.get(kind="main")
    a, b = submitted(edition, n=1), submitted(edition, n=2)
    decisions.stage_decision(secretariat, a, "nominate")
    decisions.stage_decision(secretariat, b, "nominate")
    Submission.objects.filter(pk=b.pk).update(state="withdrawn")
    with pytest.raises(ValidationError, match="its decision cannot be applied"):
        decisions.apply_decisions(secretariat, track)
    assert Submission.objects.get(pk=a.pk).state == "submitted"


def test_only_the_secretariat_manages_the_panel(edition):
    with pytest.raises(PermissionDenied):
        panel.auto_assign(UserFactory(), edition)
    with pytest.raises(PermissionDenied):
        decisions.stage_decision(UserFactory(), submitted(edition), "nominate")


def test_joining_the_submitting_organisation_later_hides_the_submission_at_once(edition, secretariat):
    sub = submitted(edition)
    reviewer = active_reviewer(edition, secretariat=secretariat)
    assignment = panel.assign(secretariat, reviewer, sub)
    Membership.objects.create(user=reviewer.user, organisation=sub.organisation)
    assert queries.assignment_for_review(reviewer.user, sub.public_id) is None
    with pytest.raises(PermissionDenied):
        reviews.save_review(reviewer.user, assignment, full_scores())
