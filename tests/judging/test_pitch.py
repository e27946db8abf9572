"""The pitch stage of the Digital Service Design Prize: the finalists pitch, judges score the
pitch with its own weighted rubric on the judging engine, and the secretariat confirms the winner
from the pitch scores."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from stocktake.accounts.models import Membership
from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.common.services import outbox
from stocktake.contests.models import Submission
from stocktake.judging import queries
from stocktake.judging.models import Assignment, Panel, Stage
from stocktake.judging.services import decisions, panel, reviews
from tests.contests.factories import make_edition
from tests.factories import OrganisationFactory, member_of, user_with_role
from tests.judging.factories import active_reviewer

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)
PITCH_KEYS = [key for key, _names, _weight in panel.DEFAULT_PITCH_CRITERIA]


def _pitch_scores(value: int, **overrides) -> dict:
    return {key: overrides.get(key.replace("-", "_"), value) for key in PITCH_KEYS}


@pytest.fixture
def secretariat():
    return user_with_role("secretariat")


@pytest.fixture
def edition():
    now = timezone.now()
    return make_edition(
        2027,
        phases={
            "submission": (now - 60 * DAY, now - 40 * DAY),
            "nomination": (now - 40 * DAY + datetime.timedelta(seconds=1), now - 20 * DAY),
            # The pitch runs while the main track votes (create_edition copies the window).
            "voting": (now - 2 * DAY, now + 10 * DAY),
        },
    )


@pytest.fixture
def track(edition):
    return edition.tracks.get(kind="service-design")


@pytest.fixture
def finalists(track):
    category = track.categories.get()
    result = []
    for i in range(3):
        org = OrganisationFactory()
        result.append(
            Submission.objects.create(
                track=track,
                category=category,
                organisation=org,
                submitted_by=member_of(org),
                title=f"Digital service {i}",
                state="finalist",
                submitted_at=timezone.now() - 50 * DAY,
            )
        )
    return result


@pytest.fixture
def judges(edition, secretariat, finalists):
    first = active_reviewer(edition, secretariat=secretariat)
    second = active_reviewer(edition, secretariat=secretariat)
    # The third judge works for the first finalist's organisation: never assigned its pitch.
    third = active_reviewer(edition, user=member_of(finalists[0].organisation), secretariat=secretariat)
    return [first, second, third]


def _score_all(judges, finalists, values):
    """values[i][j]: judge i's uniform score of finalist j (None: the judge has no such assignment)."""
    for i, judge in enumerate(judges):
        for j, sub in enumerate(finalists):
            assignment = Assignment.objects.filter(reviewer=judge, submission=sub, stage=Stage.PITCH).first()
            if assignment is not None:
                reviews.save_review(judge.user, assignment, _pitch_scores(values[i][j]))


def test_pitch_judges_are_assigned_to_every_finalist_without_conflicts(secretariat, track, finalists, judges):
    assert panel.assign_pitch_judges(secretariat, track) == 8
    assert not Assignment.objects.filter(reviewer=judges[2], submission=finalists[0]).exists()
    assert panel.assign_pitch_judges(secretariat, track) == 0  # idempotent
    # A review-stage assignment of the same pair (from the nomination round) lives beside the pitch one.
    Assignment.objects.create(reviewer=judges[0], submission=finalists[1], stage=Stage.REVIEW)
    assert Assignment.objects.filter(reviewer=judges[0], submission=finalists[1]).count() == 2
    assert panel.assign_pitch_judges(secretariat, track) == 0
    main = track.edition.tracks.get(kind="main")
    with pytest.raises(ValidationError, match="no pitch stage"):
        panel.assign_pitch_judges(secretariat, main)
    with pytest.raises(PermissionDenied):
        panel.assign_pitch_judges(judges[0].user, track)


def test_pitch_scores_use_the_pitch_rubric_and_window(secretariat, track, finalists, judges):
    panel.assign_pitch_judges(secretariat, track)
    assignment = Assignment.objects.get(reviewer=judges[0], submission=finalists[1], stage=Stage.PITCH)
    with pytest.raises(ValidationError, match="Unknown criteria"):
        reviews.save_review(judges[0].user, assignment, {"impact": 5} | _pitch_scores(5))
    pitch = track.phases.get(kind="pitch")
    with pytest.raises(ValidationError, match="Pitch scoring opens"):
        reviews.save_review(judges[0].user, assignment, _pitch_scores(5), at=pitch.starts_at - DAY)
    with pytest.raises(ValidationError, match="Pitch scoring closed"):
        reviews.save_review(judges[0].user, assignment, _pitch_scores(5), at=pitch.ends_at + DAY)
    reviews.save_review(judges[0].user, assignment, _pitch_scores(6))
    assert assignment.scores.count() == len(PITCH_KEYS)
    assert {s.criterion.stage for s in assignment.scores.select_related("criterion")} == {Stage.PITCH}
    # The review stage's ranking does not see pitch scores.
    review_rows = queries.ranking(track, track.categories.get())
    assert all(r.aggregate is None for r in review_rows)


def test_pitch_scores_are_hidden_from_other_judges_as_the_panel_says(secretariat, track, finalists, judges):
    panel.configure_panel(secretariat, track.edition, visibility=Panel.Visibility.AFTER_OWN)
    the_panel = Panel.objects.get(edition=track.edition)
    panel.assign_pitch_judges(secretariat, track)
    a0 = Assignment.objects.get(reviewer=judges[0], submission=finalists[1], stage=Stage.PITCH)
    a1 = Assignment.objects.get(reviewer=judges[1], submission=finalists[1], stage=Stage.PITCH)
    reviews.save_review(judges[0].user, a0, _pitch_scores(8))
    a1.refresh_from_db()
    assert queries.visible_assignments(judges[1].user, a1, the_panel) == [a1]
    reviews.save_review(judges[1].user, a1, _pitch_scores(4))
    a1.refresh_from_db()
    assert {a.pk for a in queries.visible_assignments(judges[1].user, a1, the_panel)} == {a0.pk, a1.pk}


def test_pitch_weights_decide_the_ranking(secretariat, track, finalists, judges):
    panel.assign_pitch_judges(secretariat, track)
    category = track.categories.get()
    for judge in judges[:2]:
        for sub, scores in [
            (finalists[1], _pitch_scores(5, user_value=10)),
            (finalists[2], _pitch_scores(5, delivery=10)),
        ]:
            assignment = Assignment.objects.get(reviewer=judge, submission=sub, stage=Stage.PITCH)
            reviews.save_review(judge.user, assignment, scores)
    rows = queries.ranking(track, category, stage=Stage.PITCH)
    assert rows[0] == finalists[1]
    panel.configure_panel(secretariat, track.edition, weights={"user-value": 1, "delivery": 6}, stage=Stage.PITCH)
    rows = queries.ranking(track, category, stage=Stage.PITCH)
    assert rows[0] == finalists[2]
    with pytest.raises(ValidationError, match="Unknown criterion"):
        panel.configure_panel(secretariat, track.edition, weights={"impact": 2}, stage=Stage.PITCH)


def test_the_winner_is_confirmed_from_the_pitch_scores(secretariat, track, finalists, judges):
    panel.assign_pitch_judges(secretariat, track)
    _score_all(judges[:2], finalists, [[6, 9, 4], [7, 8, 5]])
    # The third judge has not finished: no confirmation while the pitch phase is open.
    with pytest.raises(ValidationError, match="pitch reviews are still open"):
        decisions.confirm_pitch_winner(secretariat, finalists[1])
    _score_all(judges[2:], finalists, [[None, 9, 3]])
    # Another finalist than the highest score needs a reason; nothing changes meanwhile.
    with pytest.raises(ValidationError) as exc:
        decisions.confirm_pitch_winner(secretariat, finalists[0])
    assert "Digital service 1" in exc.value.message_dict["reason"][0]
    assert set(Submission.objects.values_list("state", flat=True)) == {"finalist"}
    assert not AuditLog.objects.filter(action="judging.pitch.confirm_winner").exists()
    assert not OutboxMessage.objects.filter(kind="contests.pitch_winner").exists()
    with pytest.raises(PermissionDenied):
        decisions.confirm_pitch_winner(judges[0].user, finalists[1])
    winner = decisions.confirm_pitch_winner(secretariat, finalists[1])
    assert winner.state == "winner"
    assert sorted(Submission.objects.values_list("state", flat=True)) == ["finalist", "finalist", "winner"]
    # The person who submitted the winning service is told (once the secretariat releases the mail).
    told = OutboxMessage.objects.filter(kind="contests.pitch_winner").values_list("to_email", "state")
    assert list(told) == [(finalists[1].submitted_by.email, "held")]
    log = AuditLog.objects.get(action="judging.pitch.confirm_winner")
    assert log.after["pitch_score"] == queries.ranking(track, track.categories.get(), stage=Stage.PITCH)[0].aggregate
    with pytest.raises(ValidationError, match="already has its winner"):
        decisions.confirm_pitch_winner(secretariat, finalists[2], reason="A second one")


def test_the_winners_contacts_are_told_once_in_their_own_language(secretariat, track, finalists, judges, smtp_server):
    category = track.categories.get()
    category.names = {
        "en": "Government services on shared infrastructure",
        "fr": "Services publics sur une infrastructure partagée",
    }
    category.save()
    winner = finalists[1]
    # The person who submitted has left: the organisation's administrators hear instead, each in
    # their own language; a plain member of the organisation does not.
    leaver = winner.submitted_by
    leaver.is_active = False
    leaver.save()
    directrice = member_of(winner.organisation, email="directrice@services.example", language="fr")
    head = member_of(winner.organisation, email="head@services.example")
    member_of(winner.organisation, role=Membership.OrgRole.MEMBER, email="clerk@services.example")
    panel.assign_pitch_judges(secretariat, track)
    _score_all(judges, finalists, [[6, 9, 4], [7, 8, 5], [None, 9, 3]])

    # Mail is written in the confirmation's transaction: if that rolls back, no mail is left.
    with pytest.raises(RuntimeError), transaction.atomic():
        decisions.confirm_pitch_winner(secretariat, winner)
        raise RuntimeError("the request failed after the confirmation")
    mails = OutboxMessage.objects.filter(kind="contests.pitch_winner")
    assert not mails.exists() and Submission.objects.get(pk=winner.pk).state == "finalist"

    decisions.confirm_pitch_winner(secretariat, winner)
    assert sorted(mails.values_list("to_email", flat=True)) == sorted([directrice.email, head.email])
    assert set(mails.values_list("state", flat=True)) == {"held"}  # like every decision, reviewed first
    # A correction sets the winner back and confirms it again: the dedupe key keeps it to one mail each.
    Submission.objects.filter(pk=winner.pk).update(state="finalist")
    decisions.confirm_pitch_winner(secretariat, winner)
    assert mails.count() == 2

    assert outbox.release(secretariat, list(mails)) == 2
    outbox.deliver_queued()  # what the worker's deliver_outbox task runs
    assert set(mails.values_list("state", flat=True)) == {"sent"}
    [english] = smtp_server.to(head.email)
    assert english["Subject"].strip() == "“Digital service 1” wins the WSIS Digital Service Design Prize 2027"
    body = english.get_body(("plain",)).get_content()
    assert "“Digital service 1” is the winner of the WSIS Digital Service Design Prize 2027" in body
    assert "category 1 (Government services on shared infrastructure)" in body
    assert str(winner.public_id) in body
    [french] = smtp_server.to(directrice.email)
    body = french.get_body(("plain",)).get_content()
    assert french["Subject"].strip() == "« Digital service 1 » remporte le WSIS Digital Service Design Prize 2027"
    assert "Services publics sur une infrastructure partagée" in body and "Félicitations" in body
    for nobody in [leaver.email, "clerk@services.example", finalists[0].submitted_by.email, judges[0].user.email]:
        assert not [m for m in smtp_server.to(nobody) if "Digital service 1" in m["Subject"]]
    assert outbox.deliver_queued()["sent"] == 0


def test_a_reasoned_choice_and_a_closed_phase(secretariat, track, finalists, judges):
    panel.assign_pitch_judges(secretariat, track)
    _score_all(judges[:1], finalists, [[6, 9, 4]])  # others never scored
    pitch = track.phases.get(kind="pitch")
    later = pitch.ends_at + DAY
    winner = decisions.confirm_pitch_winner(
        secretariat, finalists[0], reason="The judges' debrief found a licensing problem.", at=later
    )
    assert winner.state == "winner"
    assert AuditLog.objects.get(action="judging.pitch.confirm_winner").extra["reason"].startswith("The judges'")


def test_judge_and_secretariat_pages(client, secretariat, track, finalists, judges):
    client.force_login(secretariat)
    url = reverse("judging:pitch", args=[2027, track.slug])
    assert client.get(reverse("judging:console", args=[2027])).content.decode().count(url) == 1
    response = client.post(reverse("judging:pitch-assign", args=[2027, track.slug]), follow=True)
    assert "8 pitch assignments created." in response.content.decode()
    # A judge scores a pitch from the workspace.
    judge = judges[0]
    client.force_login(judge.user)
    review_url = reverse("judging:pitch-review", args=[finalists[1].public_id])
    assert review_url in client.get(reverse("judging:workspace")).content.decode()
    page = client.get(review_url).content.decode()
    assert "Use of digital public infrastructure and reusable building blocks" in page
    assert "Community empowerment" not in page  # the review rubric is not shown
    data = {f"score-{k}": 9 for k in PITCH_KEYS} | {"action": "final", "comment": "Clear pitch."}
    assert client.post(review_url, data).status_code == 302
    assert Assignment.objects.get(reviewer=judge, submission=finalists[1], stage=Stage.PITCH).submitted_at
    # The conflicted judge gets 404 for the finalist of their own organisation.
    client.force_login(judges[2].user)
    assert client.get(reverse("judging:pitch-review", args=[finalists[0].public_id])).status_code == 404
    # An expert cannot open the secretariat's page.
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    page = client.get(url).content.decode()
    assert "Digital service 1" in page and "7 pitch reviews are still open." in page
    response = client.post(
        reverse("judging:pitch-winner", args=[2027, track.slug]),
        {"submission": finalists[1].public_id, "reason": ""},
        follow=True,
    )
    assert "pitch reviews are still open" in response.content.decode()
    Assignment.objects.filter(stage=Stage.PITCH, submitted_at__isnull=True).delete()
    response = client.post(
        reverse("judging:pitch-winner", args=[2027, track.slug]), {"submission": finalists[1].public_id}, follow=True
    )
    assert "is confirmed as the winner. The e-mail to its contacts waits in the outbox" in response.content.decode()
    assert Submission.objects.get(pk=finalists[1].pk).state == "winner"
    response = client.post(
        reverse("judging:pitch-weights", args=[2027, track.slug]), {"weight-delivery": "4"}, follow=True
    )
    assert "weights were saved" in response.content.decode()
    assert queries.criteria(track.edition, Stage.PITCH)[-1].weight == 4


def test_a_track_without_pitch_has_no_pitch_page(client, secretariat, edition):
    client.force_login(secretariat)
    assert client.get(reverse("judging:pitch", args=[2027, "wsis-prizes"])).status_code == 404
