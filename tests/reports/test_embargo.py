"""Prize results stay confidential until the announcement: public reports leave them out, builds
made for the ceremony are for the secretariat only until then."""

from django.urls import reverse

from stocktake.reports.document import assemble
from stocktake.reports.models import ReportBuild
from stocktake.reports.queries import results_announced, results_embargoed
from stocktake.reports.services import builds
from tests.factories import user_with_role
from tests.reports import factories as f


def test_results_count_as_announced_once_the_phase_starts(report_data):
    assert results_announced(2026)  # no announcement phase: history
    phase = f.announcement(report_data["track"], days_from_now=3)
    assert not results_announced(2026)
    phase.starts_at = phase.starts_at.replace(year=2020)
    phase.save()
    assert results_announced(2026)
    assert not results_announced(2024)  # no edition at all
    assert not results_embargoed(2024)  # … and so nothing to hold back


def test_public_reports_leave_out_unannounced_results(report_data, client):
    f.announcement(report_data["track"], days_from_now=3)
    report = assemble("global", 2026)
    assert report.prizes_withheld and report.prizes == []
    assert report.prize_totals["received"] == 4 and report.prize_totals["winners"] is None
    assert all(not e.prize for c in report.chapters for e in c.examples)
    assert assemble("success-stories", 2026).stories == []
    html = client.get(reverse("reports:global", args=[2026])).content.decode()
    assert "Prize winner" not in html and "Cairo classroom tablets" not in html
    assert "have not been announced yet" in html
    stories = client.get(reverse("reports:success_stories", args=[2026])).content.decode()
    assert "Forty thousand people trained." not in stories
    # The secretariat may still prepare the book.
    assert assemble("success-stories", 2026, include_unannounced=True).stories


def test_build_before_the_announcement_is_for_the_secretariat(report_data, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    phase = f.announcement(report_data["track"], days_from_now=3)
    secretariat = user_with_role("secretariat")
    build = builds.request_build(secretariat, kind="success-stories", year=2026, fmt="html")
    build = builds.run_build(build.pk)
    assert build.state == ReportBuild.State.DONE and build.embargoed
    assert "Forty thousand people trained." in build.file.read().decode()
    url = reverse("reports:download", args=[build.public_id])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(user_with_role("moderator"))
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    assert client.get(url).status_code == 200
    client.logout()
    phase.starts_at = phase.starts_at.replace(year=2020)
    phase.save()
    assert client.get(url).status_code == 200  # announced: public like any report
