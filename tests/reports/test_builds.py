"""Report builds: the secretariat starts one from the web, the worker task builds it, anyone with
the link downloads it; the CLI builds the same files."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from stocktake.common.models import AuditLog
from stocktake.reports.models import ReportBuild
from stocktake.reports.services import builds
from tests.factories import UserFactory, user_with_role

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def secretariat(db):
    return user_with_role("secretariat")


def test_only_the_secretariat_may_build(report_data):
    with pytest.raises(PermissionDenied):
        builds.request_build(UserFactory(), kind="global", year=2026)
    with pytest.raises(PermissionDenied):
        builds.request_build(None, kind="global", year=2026)
    assert not ReportBuild.objects.exists()


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"kind": "regional", "year": 2026}, "region"),
        ({"kind": "regional", "year": 2026, "region": "INT"}, "region"),
        ({"kind": "global", "year": 2026, "region": "AFR"}, "region"),
        ({"kind": "global", "year": 1999}, "year"),
        ({"kind": "success-stories", "year": 2025}, "year"),
        ({"kind": "global", "year": 2026, "fmt": "docx"}, "format"),
        ({"kind": "global", "year": 2026, "language": "xx"}, "language"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(report_data, secretariat, options, field):
    with pytest.raises(ValidationError) as exc:
        builds.request_build(secretariat, **options)
    assert field in exc.value.message_dict
    assert not ReportBuild.objects.exists()


def test_build_runs_in_the_task_and_is_audited(
    report_data, secretariat, settings, django_capture_on_commit_callbacks, tmp_path
):
    settings.TASKS = IMMEDIATE
    settings.MEDIA_ROOT = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        build = builds.request_build(secretariat, kind="regional", year=2026, region="afr", language="fr")
    build.refresh_from_db()
    assert build.state == ReportBuild.State.DONE, build.error
    assert build.region == "AFR"
    assert build.task_id
    assert build.file.name.endswith("wsis-stocktaking-regional-2026-afr-fr.pdf")
    with build.file.open("rb") as handle:
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages)
    assert "Afrique" in text
    assert build.size > 10_000 and len(build.sha256) == 64
    actions = list(AuditLog.objects.filter(object_id=str(build.public_id)).values_list("action", flat=True))
    assert sorted(actions) == ["reports.build.finished", "reports.build.requested"]


def test_worker_function_builds_a_queued_build_once(report_data, secretariat, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    build = builds.request_build(secretariat, kind="success-stories", year=2026, fmt="html", include_champions=True)
    assert build.state == ReportBuild.State.QUEUED
    done = builds.run_build(build.pk)
    assert done.state == ReportBuild.State.DONE
    content = done.file.read().decode()
    assert "Open school platform" in content  # a champion
    finished_at = done.finished_at
    again = builds.run_build(build.pk)  # a second worker finds it taken and does nothing
    assert again.finished_at == finished_at


def test_a_failing_build_is_marked_failed(report_data, secretariat, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    build = builds.request_build(secretariat, kind="global", year=2026)
    ReportBuild.objects.filter(pk=build.pk).update(year=1999)  # its data is gone by the time it runs
    failed = builds.run_build(build.pk)
    assert failed.state == ReportBuild.State.FAILED
    assert "1999" in failed.error
    assert AuditLog.objects.filter(action="reports.build.failed", object_id=str(build.public_id)).exists()


def test_cli_builds_pdf_and_html(report_data, tmp_path):
    out = tmp_path / "global.pdf"
    call_command("report", "global", "--year", "2026", "--out", str(out), "--no-progress", stdout=io.StringIO())
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "WSIS Stocktaking Report 2026" in text and "Global report" in text
    html = tmp_path / "cis.html"
    call_command(
        "report", "regional", "--year", "2026", "--region", "cis", "--out", str(html), "--no-progress",
        stdout=io.StringIO(),
    )  # fmt: skip
    assert "No published entries were recorded for CIS in 2026" in html.read_text()


def test_cli_explains_a_bad_request(report_data, tmp_path):
    with pytest.raises(CommandError, match="region"):
        call_command("report", "regional", "--year", "2026", "--out", str(tmp_path / "x.pdf"), "--no-progress")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_shows_a_progress_bar(report_data, tmp_path):
    err = io.StringIO()
    call_command(
        "report", "success-stories", "--year", "2026", "--out", str(tmp_path / "s.pdf"), stdout=io.StringIO(),
        stderr=err,
    )  # fmt: skip
    assert "success-stories 2026" in err.getvalue() and "100%" in err.getvalue()


# --- Web pages -----------------------------------------------------------------------------------


def test_build_page_is_for_the_secretariat(report_data, client):
    url = reverse("reports:builds")
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403


def test_build_page_lists_builds_in_few_queries(
    report_data, secretariat, client, django_assert_max_num_queries, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    for region in ["AFR", "EUR", "CIS"]:
        builds.request_build(secretariat, kind="regional", year=2026, region=region, fmt="html")
    builds.run_build(ReportBuild.objects.get(region="AFR").pk)
    client.force_login(secretariat)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("reports:builds"))
    html = response.content.decode()
    assert html.count("<tr>") == 4  # header + three builds
    assert "Ready" in html and "Queued" in html
    done = ReportBuild.objects.get(region="AFR")
    assert reverse("reports:download", args=[done.public_id]) in html


def test_build_form_starts_a_build(report_data, secretariat, client, settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports:builds"), {"kind": "global", "year": "2026", "format": "pdf", "language": "en"}
        )
    assert response.status_code == 302
    build = ReportBuild.objects.get()
    assert (build.kind, build.year, build.requested_by) == ("global", 2026, secretariat)


def test_build_form_shows_errors_next_to_fields(report_data, secretariat, client):
    client.force_login(secretariat)
    response = client.post(
        reverse("reports:builds"), {"kind": "regional", "year": "2026", "format": "pdf", "language": "en"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html and 'href="#id_region"' in html
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_region-error id_region-help"' in html
    assert not ReportBuild.objects.exists()


def test_download_of_a_finished_build(report_data, secretariat, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    build = builds.request_build(secretariat, kind="global", year=2026)
    url = reverse("reports:download", args=[build.public_id])
    assert client.get(url).status_code == 404  # not built yet
    builds.run_build(build.pk)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_admin_lists_builds_read_only(report_data, secretariat, client):
    builds.request_build(secretariat, kind="global", year=2026)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:reports_reportbuild_changelist"))
    assert response.status_code == 200
    assert "Global report 2026" in response.content.decode()
    assert client.get(reverse("admin:reports_reportbuild_add")).status_code == 403


def test_a_failed_build_can_be_started_again(report_data, secretariat, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    build = builds.request_build(secretariat, kind="global", year=2026, fmt="html")
    ReportBuild.objects.filter(pk=build.pk).update(state=ReportBuild.State.FAILED, error="RuntimeError: killed")
    client.force_login(secretariat)
    assert "Try again" in client.get(reverse("reports:builds")).content.decode()
    response = client.post(reverse("reports:retry", args=[build.public_id]))
    assert response.status_code == 302
    new = ReportBuild.objects.exclude(pk=build.pk).get()
    assert (new.kind, new.year, new.format, new.state) == ("global", 2026, "html", "queued")
    # Only failed builds, and only by the secretariat.
    with pytest.raises(ValidationError):
        builds.retry_build(secretariat, new)
    client.force_login(UserFactory())
    assert client.post(reverse("reports:retry", args=[build.public_id])).status_code == 403
    assert ReportBuild.objects.count() == 2


def test_a_stalled_build_can_be_started_again(report_data, secretariat):
    build = builds.request_build(secretariat, kind="global", year=2026)
    started = timezone.now() - datetime.timedelta(minutes=5)
    ReportBuild.objects.filter(pk=build.pk).update(state=ReportBuild.State.RUNNING, started_at=started)
    build.refresh_from_db()
    with pytest.raises(ValidationError):
        builds.retry_build(secretariat, build)  # still working, perhaps
    ReportBuild.objects.filter(pk=build.pk).update(started_at=started - datetime.timedelta(hours=2))
    build.refresh_from_db()
    assert build.is_stale
    new = builds.retry_build(secretariat, build)
    build.refresh_from_db()
    assert build.state == ReportBuild.State.FAILED and "worker stopped" in build.error
    assert new.state == ReportBuild.State.QUEUED
