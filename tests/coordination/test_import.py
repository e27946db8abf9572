import io

import pytest
from openpyxl import Workbook

from stocktake.accounts.models import Organisation
from stocktake.common.models import AuditLog
from stocktake.coordination.models import Invitation
from stocktake.coordination.services import campaigns
from tests.coordination.factories import CampaignFactory, focal_point, tr_org

pytestmark = pytest.mark.django_db

GOOD = (
    "name,e-mail,contact person\n"
    "Adalet Bakanlığı,bilgi@adalet.example,Mehmet Kaya\n"
    "Sağlık Bakanlığı,bilgi@saglik.example,\n"
).encode()


def test_a_file_with_bad_rows_reports_each_and_imports_nothing():
    campaign = CampaignFactory()
    orgs_before = Organisation.objects.count()
    data = (
        "name;e-mail;contact person\n"
        "Adalet Bakanlığı;bilgi@adalet.example;Mehmet Kaya\n"
        ";bilgi@aile.example;Ali\n"
        "Ticaret Bakanlığı;not-an-address;\n"
        "Adalet Bakanlığı;baska@adalet.example;\n"
        "\n"
        "Sağlık Bakanlığı;bilgi@adalet.example;\n"
    ).encode()
    report = campaigns.import_invitations(focal_point(), campaign, data, "davet.csv")
    assert not report.ok and report.imported == 0
    errors = {row.number: row.errors for row in report.error_rows}
    assert set(errors) == {3, 4, 5, 7}
    assert "name" in errors[3][0]
    assert "not-an-address" in errors[4][0]
    assert "row 2" in errors[5][0]
    assert "row 2" in errors[7][0]
    assert not Invitation.objects.exists()
    assert Organisation.objects.count() == orgs_before
    assert not AuditLog.objects.filter(action__startswith="coordination.").exists()


def test_a_correct_file_imports_every_row_and_reuses_existing_organisations():
    campaign = CampaignFactory()
    existing = tr_org(name="Sağlık Bakanlığı")
    dry = campaigns.import_invitations(focal_point(), campaign, GOOD, "davet.csv", dry_run=True)
    assert dry.ok and dry.imported == 0 and not Invitation.objects.exists()
    report = campaigns.import_invitations(focal_point(), campaign, GOOD, "davet.csv")
    assert report.ok and report.imported == 2
    assert set(campaign.invitations.values_list("organisation__name", flat=True)) == {
        "Adalet Bakanlığı",
        "Sağlık Bakanlığı",
    }
    assert campaign.invitations.get(organisation=existing).email == "bilgi@saglik.example"
    # Importing the same file again: every row is already invited, so nothing happens.
    again = campaigns.import_invitations(focal_point(), campaign, GOOD, "davet.csv")
    assert not again.ok and campaign.invitations.count() == 2


def test_xlsx_with_turkish_headers():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kurum", "E-posta", "İlgili kişi"])
    sheet.append(["Enerji ve Tabii Kaynaklar Bakanlığı", "bilgi@enerji.example", "Can Öztürk"])
    sheet.append(["Gençlik ve Spor Bakanlığı", None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    campaign = CampaignFactory()
    report = campaigns.import_invitations(focal_point(), campaign, buffer.getvalue(), "liste.xlsx")
    assert [r.number for r in report.error_rows] == [3]
    assert not Invitation.objects.exists()


def test_unreadable_files_are_reported():
    campaign = CampaignFactory()
    assert campaigns.import_invitations(focal_point(), campaign, b"\x00garbage", "x.xlsx").file_errors
    assert campaigns.import_invitations(focal_point(), campaign, b"a,b\n1,2\n", "x.csv").file_errors
    assert campaigns.import_invitations(focal_point(), campaign, b"", "x.csv").file_errors
    assert campaigns.import_invitations(focal_point(), campaign, GOOD, "x.pdf").file_errors


def test_import_page_shows_row_errors(client):
    campaign = CampaignFactory()
    client.force_login(focal_point())
    bad = io.BytesIO(b"name,email\nAdalet,broken\n")
    bad.name = "list.csv"
    response = client.post(f"/coordination/{campaign.public_id}/import/", {"file": bad, "import": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing was imported" in html and 'href="#row-2"' in html and 'id="row-2"' in html
    good = io.BytesIO(GOOD)
    good.name = "list.csv"
    response = client.post(f"/coordination/{campaign.public_id}/import/", {"file": good, "import": "1"})
    assert response.status_code == 302 and campaign.invitations.count() == 2
