import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from openpyxl import Workbook

from stocktake.repository.models import Entry
from stocktake.repository.search.engine import SearchQuery, search
from stocktake.repository.services.imports import import_entries as run_import
from stocktake.repository.services.imports import read_rows
from tests.factories import OrganisationFactory, member_of, user_with_role
from tests.repository.factories import DESCRIPTION

pytestmark = pytest.mark.django_db

HEADER = "external_key,organisation,title,description,entry_type,status,start_date,countries,action_lines,sdgs\n"


def csv_file(org, rows: list[str]) -> bytes:
    lines = [HEADER]
    for i, extra in enumerate(rows):
        lines.append(f'key-{i},{org.slug},Project {i},"{DESCRIPTION}",project,ongoing,2024-01-01,{extra}\n')
    return "".join(lines).encode()


def test_bad_row_means_nothing_is_imported_and_every_error_is_reported():
    org = OrganisationFactory()
    rows = read_rows(io.BytesIO(csv_file(org, ["KE,C4,4", '"KE,XX",C99,4', "GH,C2,3", ",C1,"])), "f.csv")
    report = run_import(user_with_role("secretariat"), rows)
    assert not report.applied and Entry.objects.count() == 0
    assert [r.line for r in report.invalid] == [3, 5]
    assert set(report.invalid[0].errors) == {"countries", "action_lines"}
    assert set(report.invalid[1].errors) == {"countries", "sdgs"}


def test_valid_file_imports_once_and_is_idempotent():
    org = OrganisationFactory()
    secretariat = user_with_role("secretariat")
    data = csv_file(org, ["KE,C4,4", "GH,C2,3"])
    dry = run_import(secretariat, read_rows(io.BytesIO(data), "f.csv"), dry_run=True)
    assert dry.ok and not dry.applied and Entry.objects.count() == 0
    report = run_import(secretariat, read_rows(io.BytesIO(data), "f.csv"))
    assert report.applied and report.summary()["create"] == 2
    assert search(SearchQuery(q="project", filters={"country": ["GH"]})).total == 1
    again = run_import(secretariat, read_rows(io.BytesIO(data), "f.csv"))
    assert again.summary()["unchanged"] == 2 and Entry.objects.count() == 2
    changed = data.replace(b"Project 1,", b"Project one,")
    report = run_import(secretariat, read_rows(io.BytesIO(changed), "f.csv"))
    assert report.summary()["update"] == 1
    entry = Entry.objects.get(external_key="key-1")
    assert entry.title == "Project one" and entry.current_version.number == 2
    assert search(SearchQuery(q="one")).total == 1


def test_only_secretariat_imports():
    org = OrganisationFactory()
    with pytest.raises(PermissionDenied):
        run_import(member_of(org), read_rows(io.BytesIO(csv_file(org, ["KE,C4,4"])), "f.csv"))


def test_xlsx_and_command(tmp_path, capsys):
    org = OrganisationFactory()
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["x-1", org.slug, "Sheet project", DESCRIPTION, "project", "ongoing", "2024-01-01", "KE", "C4", "4"])
    path = tmp_path / "entries.xlsx"
    book.save(path)
    user_with_role("secretariat", email="sec@example.org")
    call_command("import", str(path), "--dry-run", "--as", "sec@example.org")
    assert Entry.objects.count() == 0
    call_command("import", str(path), "--as", "sec@example.org")
    assert Entry.objects.get().title == "Sheet project"


def test_command_exits_non_zero_on_errors(tmp_path):
    org = OrganisationFactory()
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_file(org, ["XX,C4,4"]))
    user_with_role("secretariat", email="sec@example.org")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import", str(path), "--as", "sec@example.org")
    assert exit_info.value.code == 1


def test_upload_page(client):
    org = OrganisationFactory()
    client.force_login(user_with_role("secretariat"))
    upload = io.BytesIO(csv_file(org, ["KE,C4,4", "XX,C4,4"]))
    upload.name = "entries.csv"
    html = client.post(reverse("repository:import"), {"file": upload}).content.decode()
    assert "Nothing imported" in html and "Unknown country codes: XX" in html
    upload = io.BytesIO(csv_file(org, ["KE,C4,4"]))
    upload.name = "entries.csv"
    client.post(reverse("repository:import"), {"file": upload, "apply": "on"})
    assert Entry.objects.count() == 1
    client.force_login(member_of(org))
    assert client.get(reverse("repository:import")).status_code == 403


def test_opendata_dump(tmp_path):
    org = OrganisationFactory()
    run_import(user_with_role("secretariat"), read_rows(io.BytesIO(csv_file(org, ["KE,C4,4", "GH,C2,3"])), "f.csv"))
    call_command("opendata", "dump", "--out", str(tmp_path))
    assert (tmp_path / "entries.json").exists() and (tmp_path / "entries.csv").read_text().count("\n") == 3
