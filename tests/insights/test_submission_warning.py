"""Submitting a reworded copy of a project already in the repository warns the submitter at once."""

import json
from pathlib import Path

import pytest
from django.urls import reverse

from stocktake.contests.models import Submission
from tests.contests.factories import main_answers, make_edition, submitter
from tests.factories import EntryFactory

pytestmark = pytest.mark.django_db
EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "insights_eval.jsonl"


def _record(record_id: str) -> dict:
    return next(r for r in map(json.loads, EVAL.read_text().splitlines()) if r["id"] == record_id)


def test_reworded_copy_of_an_entry_is_flagged_after_submitting(client, load_models):
    original, reworded = _record("e0005"), _record("e0156")  # the same project, written twice (dup group d20)
    EntryFactory(title=original["title"], description=f"<p>{original['description']}</p>", year=2025)
    make_edition(2027)
    load_models()
    user, org = submitter()
    client.force_login(user)
    data = main_answers() | {
        "organisation": org.pk,
        "title": reworded["title"],
        "short_description": reworded["description"],
        "action": "submit",
    }
    response = client.post(reverse("contests:submission-new", args=[2027, "wsis-prizes"]), data, follow=True)
    assert Submission.objects.get().state == "submitted", response.content.decode()[:3000]
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert any(original["title"] in w for w in warnings), warnings


def test_an_unrelated_project_gets_no_warning(client, load_models):
    original = _record("e0005")
    EntryFactory(title=original["title"], description=f"<p>{original['description']}</p>", year=2025)
    make_edition(2027)
    load_models()
    user, org = submitter()
    client.force_login(user)
    data = main_answers() | {"organisation": org.pk, "action": "submit"}
    response = client.post(reverse("contests:submission-new", args=[2027, "wsis-prizes"]), data, follow=True)
    assert Submission.objects.get().state == "submitted"
    assert not [m for m in response.context["messages"] if m.level_tag == "warning"]
