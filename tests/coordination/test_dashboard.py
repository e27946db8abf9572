import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.charts import charts_on
from tests.coordination.factories import (
    CampaignFactory,
    CategoryFactory,
    InvitationFactory,
    SubmissionFactory,
    add_phases,
    focal_point,
)
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def _populate(campaign, n):
    category = CategoryFactory(track=campaign.track)
    states = ["draft", "submitted", "nominated", "finalist", "winner", None]
    for i in range(n):
        invitation = InvitationFactory(campaign=campaign)
        member_of(invitation.organisation)
        if states[i % len(states)]:
            SubmissionFactory(category=category, organisation=invitation.organisation, state=states[i % len(states)])


def test_dashboard_query_count_does_not_grow_with_organisations(client, django_assert_max_num_queries):
    campaign = CampaignFactory()
    add_phases(campaign.track, submission_end=timezone.now() - datetime.timedelta(days=100))
    _populate(campaign, 4)
    client.force_login(focal_point())
    url = reverse("coordination:campaign", args=[campaign.public_id])
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200
    _populate(campaign, 18)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.content.decode().count('class="stage"') >= 22


def test_dashboard_shows_counts_chart_and_nominees_without_vote_counts(client):
    campaign = CampaignFactory()
    # Submission closed 45 days ago: nomination is over and the public vote is open.
    add_phases(campaign.track, submission_end=timezone.now() - datetime.timedelta(days=45))
    _populate(campaign, 6)
    client.force_login(focal_point())
    html = client.get(reverse("coordination:campaign", args=[campaign.public_id])).content.decode()
    assert "The public vote is open until" in html
    funnel = charts_on(html)["chart-funnel"]
    assert funnel.svg_role == "img"
    # Six invited, all with an account, five with a draft, four submitted; the finalist and the
    # winner count as nominated while the vote is open (outcomes are not public yet).
    assert funnel.values() == {
        "Invited": "6 (100 %)",
        "Account created": "6 (100 %)",
        "Draft started": "5 (83 %)",
        "Submitted": "4 (67 %)",
        "Nominated": "3 (50 %)",
        "Finalist": "0 (0 %)",
        "Champion": "0 (0 %)",
        "Winner": "0 (0 %)",
    }
    assert funnel.summary == "Of 6 invited organisations, 6 have an account, 4 have submitted and 3 were nominated."
    # The finalist and the winner are shown as nominees while the vote is open.
    nominees = html.split('id="nominees-heading"')[1].split("</section>")[0]
    assert nominees.count("<li>") == 3 and "Finalist" not in nominees and "Winner" not in nominees


def test_dashboard_in_turkish(client):
    campaign = CampaignFactory()
    client.force_login(focal_point())
    html = client.get(
        reverse("coordination:campaign", args=[campaign.public_id]), headers={"accept-language": "tr"}
    ).content.decode()
    assert "Davet edilen kurumlar" in html and "Ülkenizden başvurular" in html


def test_export_csv_and_xlsx(client):
    campaign = CampaignFactory()
    # Long after the ceremony: every outcome is public.
    add_phases(campaign.track, submission_end=timezone.now() - datetime.timedelta(days=150))
    _populate(campaign, 6)
    client.force_login(focal_point())
    response = client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "csv"]))
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Organisation" and len(rows) == 7
    assert sorted(r[4] for r in rows[1:]) == sorted(
        ["Draft started", "Submitted", "Nominated", "Finalist", "Winner", "Account created"]
    )
    response = client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 7 and sheet["A1"].value == "Organisation"
    assert client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "pdf"])).status_code == 404


def test_export_from_the_command_line(tmp_path):
    campaign = CampaignFactory()
    _populate(campaign, 3)
    out = tmp_path / "tr.csv"
    call_command("campaign", "export", "--country", "tr", "--year", "2026", "--out", str(out))
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 4
    assert {r[2] for r in rows[1:]} == set(campaign.invitations.values_list("email", flat=True))
    with pytest.raises(Exception, match="No campaign"):
        call_command("campaign", "export", "--country", "KE", "--year", "2026", "--out", str(out))


def test_csv_cells_cannot_run_as_formulas(tmp_path):
    campaign = CampaignFactory()
    InvitationFactory(campaign=campaign, contact_name="=HYPERLINK(1)")
    out = tmp_path / "x.csv"
    call_command("campaign", "export", "--country", "TR", "--year", "2026", "--out", str(out))
    assert "'=HYPERLINK(1)" in out.read_text(encoding="utf-8-sig")
