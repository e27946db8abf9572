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


def test_reworded_copy_submitted_as_a_repository_entry_is_flagged(client, load_models):
    from stocktake.accounts.models import Membership
    from stocktake.repository.models import Entry

    original, reworded = _record("e0005"), _record("e0156")
    EntryFactory(title=original["title"], description=f"<p>{original['description']}</p>", year=2025)
    load_models()
    user, org = submitter()
    assert Membership.objects.filter(user=user, organisation=org).exists()
    client.force_login(user)
    data = {
        "organisation": str(org.public_id),
        "title": reworded["title"],
        "description": reworded["description"],
        "entry_type": "project",
        "status": "ongoing",
        "start_date": "2024-01-01",
        "countries": ["KE"],
        "action_lines": ["C7.1"],
        "sdgs": ["1"],
        "language": "en",
        "save": "1",
    }
    client.post(reverse("repository:entry-create"), data)
    entry = Entry.objects.get(title=reworded["title"])
    response = client.post(reverse("repository:entry-submit", args=[entry.public_id]), follow=True)
    entry.refresh_from_db()
    assert entry.state == "submitted", [str(m) for m in response.context["messages"]]
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert any(original["title"] in w for w in warnings), warnings
