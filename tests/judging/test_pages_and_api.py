import datetime

import pytest
from django.urls import reverse

from stocktake.contests.queries import local_time
from stocktake.judging.models import Assignment, Decision
from stocktake.judging.services import panel
from tests.contests.factories import make_edition
from tests.factories import UserFactory, user_with_role
from tests.judging.factories import active_reviewer, full_scores, review_edition, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat():
    return user_with_role("secretariat")


@pytest.fixture
def setup(secretariat):
    edition = review_edition()
    sub = submitted(edition)
    reviewer = active_reviewer(edition, secretariat=secretariat)
    panel.assign(secretariat, reviewer, sub)
    return edition, sub, reviewer


def test_reviewer_opens_and_scores_an_assigned_submission_on_the_web(client, setup):
    _edition, sub, reviewer = setup
    client.force_login(reviewer.user)
    workspace = client.get(reverse("judging:workspace"))
    assert sub.title in workspace.content.decode()
    url = reverse("judging:review", args=[sub.public_id])
    page = client.get(url)
    assert page.status_code == 200 and "Results and impact" in page.content.decode()
    form = {f"score-{k}": v for k, v in full_scores(8).items()} | {"comment": "Strong", "action": "final"}
    assert client.post(url, form).status_code == 302
    assert Assignment.objects.get().submitted_at is not None
    bad = client.post(url, {"score-impact": "8", "action": "final"})
    assert bad.status_code == 400 and "Score “Sustainability”." in bad.content.decode()


def test_conflicted_reviewer_cannot_open_the_submission_web_or_api(client, api_client, setup):
    _edition, sub, reviewer = setup
    client.force_login(reviewer.user)
    url = reverse("judging:review", args=[sub.public_id])
    assert (
        client.post(
            reverse("judging:declare-conflict", args=[sub.public_id]), {"reason": "Former employer"}
        ).status_code
        == 302
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {f"score-{k}": v for k, v in full_scores().items()}).status_code == 404
    assert sub.title not in client.get(reverse("judging:workspace")).content.decode()
    api_client.force_authenticate(reviewer.user)
    assert api_client.get(f"/api/v1/reviews/{sub.public_id}/").status_code == 404
    assert (
        api_client.post(f"/api/v1/reviews/{sub.public_id}/score/", {"scores": full_scores()}, format="json").status_code
        == 404
    )
    assert api_client.get("/api/v1/reviews/").json()["count"] == 0
    # And someone with no assignment at all gets the same answer.
    api_client.force_authenticate(UserFactory())
    assert api_client.get(f"/api/v1/reviews/{sub.public_id}/").status_code == 404


def test_reviewer_scores_through_the_api(api_client, setup):
    _edition, sub, reviewer = setup
    api_client.force_authenticate(reviewer.user)
    listing = api_client.get("/api/v1/reviews/")
    assert listing.json()["results"][0]["title"] == sub.title
    bad = api_client.post(f"/api/v1/reviews/{sub.public_id}/score/", {"scores": {"impact": 12}}, format="json")
    assert bad.status_code == 400 and bad.json()["errors"]["impact"] == ["Give a whole number from 0 to 10."]
    ok = api_client.post(f"/api/v1/reviews/{sub.public_id}/score/", {"scores": full_scores(6)}, format="json")
    assert ok.status_code == 200 and ok.json()["scores"]["impact"] == 6 and ok.json()["submitted_at"]


def test_console_and_ranking_for_the_secretariat_only(client, secretariat, setup, django_assert_max_num_queries):
    edition, sub, _reviewer = setup
    for i in range(1, 8):
        submitted(edition, n=i, category=1 + i % 4)
    client.force_login(UserFactory())
    assert client.get(reverse("judging:console", args=[edition.year])).status_code == 403
    client.force_login(secretariat)
    panel.ensure_panel(edition)
    with django_assert_max_num_queries(18):
        console = client.get(reverse("judging:console", args=[edition.year]))
    assert console.status_code == 200
    ranking_url = reverse("judging:ranking", args=[edition.year, "wsis-prizes", 4])
    with django_assert_max_num_queries(12):
        page = client.get(ranking_url)
    assert sub.title in page.content.decode()
    stage = reverse("judging:stage", args=[edition.year, sub.public_id])
    assert client.post(stage, {"outcome": "nominate"}).status_code == 302
    assert Decision.objects.get().outcome == "nominate"
    assert client.post(reverse("judging:apply", args=[edition.year, "wsis-prizes"])).status_code == 302
    sub.refresh_from_db()
    assert sub.state == "nominated"


def test_auto_assign_from_the_console(client, secretariat):
    edition = review_edition()
    for i in range(3):
        submitted(edition, n=i)
    for _ in range(3):
        active_reviewer(edition, secretariat=secretariat)
    client.force_login(secretariat)
    client.post(reverse("judging:auto-assign", args=[edition.year]))
    assert Assignment.objects.count() == 9


def test_secretariat_extends_a_deadline_in_geneva_time_from_the_console(client, secretariat):
    edition = make_edition(2027)
    client.force_login(secretariat)
    phase = edition.tracks.get(kind="main").phases.get(kind="submission")
    new_local = local_time(phase.ends_at, edition).replace(hour=23, minute=0, second=0, microsecond=0)
    new_local = new_local + datetime.timedelta(days=2)
    response = client.post(
        reverse("judging:extend", args=[2027, "wsis-prizes"]),
        {"ends_at": new_local.strftime("%Y-%m-%dT%H:%M"), "reason": "Requests from many ministries"},
    )
    assert response.status_code == 302
    phase.refresh_from_db()
    assert local_time(phase.ends_at, edition).strftime("%H:%M") == "23:00"
    assert phase.original_ends_at is not None
    assert "extended" in client.get(reverse("judging:console", args=[2027])).content.decode()


def test_secretariat_returns_a_submission_for_completion(client, secretariat, setup):
    edition, sub, _reviewer = setup
    client.force_login(secretariat)
    response = client.post(reverse("judging:return", args=[edition.year, sub.public_id]), {"reason": "Add figures."})
    assert response.status_code == 302
    sub.refresh_from_db()
    assert sub.state == "returned" and sub.decision_reason == "Add figures."


def test_invitation_from_the_console_and_acceptance_in_the_workspace(client, secretariat):
    from stocktake.judging.models import Reviewer

    edition = review_edition()
    expert = UserFactory()
    client.force_login(secretariat)
    client.post(reverse("judging:invite", args=[edition.year]), {"email": expert.email.upper()})
    reviewer = Reviewer.objects.get(user=expert)
    assert reviewer.state == "invited"
    client.force_login(expert)
    assert edition.name in client.get(reverse("judging:workspace")).content.decode()
    client.post(reverse("judging:respond", args=[reviewer.public_id]), {"accept": "yes"})
    reviewer.refresh_from_db()
    assert reviewer.state == "active"


def test_workspace_query_count(client, secretariat, django_assert_max_num_queries):
    edition = review_edition()
    reviewer = active_reviewer(edition, secretariat=secretariat)
    for i in range(8):
        panel.assign(secretariat, reviewer, submitted(edition, n=i, category=1 + i))
    client.force_login(reviewer.user)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("judging:workspace"))
    assert response.content.decode().count("/review/submissions/") >= 8


def test_secretariat_downloads_the_submissions_as_csv(client, secretariat, setup):
    edition, sub, reviewer = setup
    client.force_login(reviewer.user)
    assert client.get(reverse("judging:export", args=[edition.year])).status_code == 403
    client.force_login(secretariat)
    response = client.get(reverse("judging:export", args=[edition.year]))
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert lines[0].startswith("id,track,category,title")
    assert any(str(sub.public_id) in line and "submitted" in line for line in lines[1:])


def test_secretariat_ranks_stages_and_applies_through_the_api(
    api_client, secretariat, setup, django_assert_max_num_queries
):
    edition, sub, reviewer = setup
    base = f"/api/v1/editions/{edition.year}/tracks/wsis-prizes"
    api_client.force_authenticate(reviewer.user)
    assert api_client.get(f"{base}/categories/4/ranking/").status_code == 403
    api_client.force_authenticate(secretariat)
    with django_assert_max_num_queries(8):
        ranking = api_client.get(f"{base}/categories/4/ranking/")
    assert ranking.json()[0]["submission"] == str(sub.public_id)
    bad = api_client.post(
        f"{base}/decisions/", {"submission": str(sub.public_id), "outcome": "ineligible"}, format="json"
    )
    assert bad.status_code == 400
    assert bad.json()["errors"]["reason"] == ["Give the reason why the submission is not eligible."]
    ok = api_client.post(f"{base}/decisions/", {"submission": str(sub.public_id), "outcome": "nominate"}, format="json")
    assert ok.status_code == 200
    applied = api_client.post(f"{base}/decisions/apply/")
    assert applied.json() == {"applied": {"nominate": 1}}
    sub.refresh_from_db()
    assert sub.state == "nominated"
