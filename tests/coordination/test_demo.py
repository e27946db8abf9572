import csv
import io
from collections import Counter
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from stocktake.contests.models import Submission
from stocktake.coordination import demo
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.queries import tracking
from tests.coordination.factories import focal_point

pytestmark = pytest.mark.django_db


def test_turkiye_2026_demo_campaign_has_a_realistic_mix_and_the_focal_point_exports_it(client):
    user = focal_point(email=demo.FOCAL_EMAIL)
    ctx = SimpleNamespace(users={"focal_tr": user}, organisations={}, log=lambda message: None)
    demo.load(ctx)
    demo.load(ctx)  # idempotent
    campaign = Campaign.objects.get(country__code="TR", track__edition__year=2026)
    assert campaign.invitations.count() == 22
    assert Submission.objects.filter(track=campaign.track).count() == 14

    # Built on its own, the call follows the demo's default stage: voting is open, so the nominations
    # are out but nobody is a finalist yet.
    stages = Counter(row.stage for row in tracking.campaign_progress(campaign))
    assert stages == {
        "invited": 5,
        "account": 3,
        "draft": 4,
        "submitted": 4,
        "nominated": 6,
    }
    deadline = campaign.track.phases.get(kind="submission").ends_at
    assert campaign.deadline == deadline < timezone.now()
    local = deadline.astimezone(ZoneInfo("Europe/Zurich"))
    assert f"{local.day} " in campaign.message and str(local.year) in campaign.message
    assert Invitation.objects.filter(campaign=campaign).exclude(sent_at__lt=deadline).count() == 0
    assert campaign.invitations.filter(state="bounced").count() == 1

    client.force_login(user)
    response = client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 23
    page = client.get(reverse("coordination:campaign", args=[campaign.public_id]), headers={"accept-language": "tr"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Taslak – paylaşılmadı" in html
    assert "Digital skills camps for young people" in html  # the one draft shared with the focal point
    assert "Farm registry with satellite crop monitoring" not in html  # a draft that is not shared


def test_the_full_demo_builds_the_campaign_on_the_accounts_organisations(client, tmp_path):
    from django.core.management import call_command

    from stocktake.accounts.models import Organisation, User

    call_command("demo", entries=20, verbosity=0)
    campaign = Campaign.objects.get(country__code="TR", track__edition__year=2026)
    invited = set(campaign.invitations.values_list("organisation__external_key", flat=True))
    assert len(invited) == 22 and all(key.startswith("tr-") for key in invited)
    assert Organisation.objects.filter(external_key__in=invited).count() == 22  # reused, not duplicated
    out = tmp_path / "tr.xlsx"
    call_command("campaign", "export", "--country", "TR", "--year", "2026", "--out", str(out))
    assert out.stat().st_size > 0
    client.force_login(User.objects.get(email=demo.FOCAL_EMAIL))
    response = client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "xlsx"]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("submission", {"submitted": 10}),
        ("nomination", {"submitted": 10}),
        ("complete", {"nominated": 5, "finalist": 1}),
    ],
)
def test_the_campaign_shows_no_outcome_before_its_phase_is_over(stage, expected):
    user = focal_point(email=demo.FOCAL_EMAIL)
    demo.load(SimpleNamespace(users={"focal_tr": user}, organisations={}, log=lambda message: None, stage=stage))
    campaign = Campaign.objects.get(country__code="TR", track__edition__year=2026)
    stages = Counter(row.stage for row in tracking.campaign_progress(campaign))
    assert {key: stages[key] for key in expected} == expected
    if stage in ("submission", "nomination"):
        assert stages["nominated"] == stages["finalist"] == 0
    if stage == "submission":
        now = timezone.now()
        assert campaign.deadline > now
        assert campaign.last_reminder_at is None or campaign.last_reminder_at < now
