"""The public HTML reports on the site."""

from django.urls import reverse

from stocktake.reports import queries
from stocktake.reports.queries import Scope


def test_index_lists_the_years_and_reports(report_data, client):
    html = client.get(reverse("reports:index")).content.decode()
    assert reverse("reports:global", args=[2026]) in html
    assert reverse("reports:global", args=[2025]) in html
    assert reverse("reports:regional", args=[2026, "afr"]) in html
    assert reverse("reports:success_stories", args=[2026]) in html
    assert reverse("reports:success_stories", args=[2025]) not in html  # no prize edition that year


def test_global_report_page(report_data, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(60):
        response = client.get(reverse("reports:global", args=[2026]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>WSIS Stocktaking Report 2026</h1>" in html
    assert 'href="#line-c7-3"' in html
    assert "数字乡村平台" in html
    for tally in queries.entries_by_region(Scope(2026)):
        assert f'<th scope="row">{tally.label}</th><td class="num">{tally.count}</td>' in html


def test_page_query_count_does_not_grow_with_entries(report_data, client, django_assert_max_num_queries):
    from tests.reports import factories as f

    org = f.organisation("Many Projects Org", "BR")
    for i in range(30):
        f.entry(f"Extra project {i}", org, countries=["BR"], lines=["C3"], sdgs=[10])
    with django_assert_max_num_queries(60):
        assert client.get(reverse("reports:global", args=[2026])).status_code == 200


def test_regional_pages(report_data, client):
    html = client.get(reverse("reports:regional", args=[2026, "afr"])).content.decode()
    assert "Regional report: Africa" in html
    assert "<h4>Kenya</h4>" in html
    empty = client.get(reverse("reports:regional", args=[2026, "cis"]))
    assert empty.status_code == 200
    assert "No published entries were recorded for CIS in 2026" in empty.content.decode()
    assert client.get(reverse("reports:regional", args=[2026, "int"])).status_code == 404
    assert client.get(reverse("reports:regional", args=[2026, "xyz"])).status_code == 404
    assert client.get(reverse("reports:global", args=[1999])).status_code == 404


def test_success_stories_page_and_language(report_data, client):
    html = client.get(reverse("reports:success_stories", args=[2026])).content.decode()
    assert "Forty thousand people trained." in html
    assert "Open school platform" not in html
    assert (
        "Open school platform"
        in client.get(reverse("reports:success_stories", args=[2026]) + "?champions=1").content.decode()
    )
    client.cookies["django_language"] = "ar"
    html = client.get(reverse("reports:global", args=[2026]), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html
    assert "أفريقيا" in html


def test_report_page_is_cached_until_the_data_changes(report_data, client, django_assert_max_num_queries):
    url = reverse("reports:global", args=[2026])
    client.get(url)
    with django_assert_max_num_queries(8):
        html = client.get(url).content.decode()
    assert "Open school platform" in html
    entry = report_data["entries"]["elearn"]
    entry.title = "Open school platform for every district"
    entry.save()
    assert "Open school platform for every district" in client.get(url).content.decode()
