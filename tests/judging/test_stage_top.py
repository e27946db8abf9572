"""Staging the best-scored submissions of every category as nominees in one step."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from stocktake.contests.models import Submission
from stocktake.judging.models import Assignment, Decision
from stocktake.judging.services import decisions, panel, reviews
from tests.factories import user_with_role
from tests.judging.factories import active_reviewer, full_scores, review_edition, submitted

pytestmark = pytest.mark.django_db


def test_stage_top_ranked_fills_each_category_up_to_the_limit_and_keeps_manual_choices(client):
    edition = review_edition()
    track = edition.tracks.get(kind="main")
    track.nominees_per_category = 2
    track.save()
    secretariat = user_with_role("secretariat")
    reviewer = active_reviewer(edition, secretariat=secretariat)
    in4 = [submitted(edition, category=4, n=i) for i in range(4)]
    in9 = [submitted(edition, category=9, n=10 + i) for i in range(2)]
    unscored = submitted(edition, category=9, n=20)
    panel.auto_assign(secretariat, edition)
    for value, s in zip([5, 9, 7, 8], in4, strict=True):
        reviews.save_review(reviewer.user, Assignment.objects.get(reviewer=reviewer, submission=s), full_scores(value))
    for s in in9:
        reviews.save_review(reviewer.user, Assignment.objects.get(reviewer=reviewer, submission=s), full_scores(6))
    # The secretariat already picked the weakest of category 4 by hand.
    decisions.stage_decision(secretariat, in4[0], "nominate")

    with pytest.raises(PermissionDenied):
        decisions.stage_top_ranked(reviewer.user, track)
    client.force_login(secretariat)
    response = client.post(reverse("judging:stage-top", args=[edition.year, track.slug]), follow=True)
    assert "3 nominations staged" in response.content.decode()

    staged = set(Decision.objects.filter(applied_at=None, outcome="nominate").values_list("submission_id", flat=True))
    assert staged == {in4[0].pk, in4[1].pk, in9[0].pk, in9[1].pk}  # 9 beat 8 and 7; never the unscored one
    assert unscored.pk not in staged
    assert decisions.stage_top_ranked(secretariat, track) == 0  # nothing left to fill
    decisions.apply_decisions(secretariat, track)
    assert Submission.objects.filter(track=track, state="nominated").count() == 4
