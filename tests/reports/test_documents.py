"""Reports rendered to PDF and HTML: the text a reader sees, checked against the database."""

import io
import re

from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader

from stocktake.reports import queries
from stocktake.reports.builder import produce
from stocktake.reports.document import assemble
from stocktake.reports.queries import Scope
from stocktake.reports.render.html import render_html
from stocktake.reports.render.pdf import render_pdf
from stocktake.repository.models import Entry


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_global_pdf_has_its_parts_and_the_database_totals(report_data):
    text = pdf_text(render_pdf(assemble("global", 2026), charts=False))
    for heading in ["Contents", "Summary", "Statistics", "Action lines and project examples", "WSIS Prizes results"]:
        assert heading in text
    assert "Annex: every project in this report" in text
    # One chapter for every action line and C7 sub-line.
    for code in ["C1 ", "C4 ", "C7 ", "C7.1 ", "C7.8 ", "C11 "]:
        assert code in text
    total = Entry.objects.filter(state="published", year=2026).count()
    assert f"brings together the {total} projects" in text
    assert "Published entries" in text
    # Every published entry of the year is in the annex; the draft is not.
    for e in Entry.objects.filter(state="published", year=2026):
        assert e.title in text or e.title[:6] in text  # RTL titles may come out reordered
    assert "Unpublished draft" not in text
    assert "Earlier school radio" not in text
    # Page numbers and the prize results.
    assert "Page 2" in text
    assert "Winner:" in text and "Cairo classroom tablets" in text


def test_pdf_region_counts_match_the_database(report_data):
    lines = pdf_text(render_pdf(assemble("global", 2026), charts=False)).splitlines()
    for tally in queries.entries_by_region(Scope(2026)):
        expected = Entry.objects.filter(state="published", year=2026, regions__code=tally.key).distinct().count()
        row = next(line for line in lines if line.startswith(tally.label + " ") and "%" in line)
        assert re.match(rf"{re.escape(tally.label)} {expected} ", row), row


def test_regional_pdf_groups_examples_by_country(report_data):
    text = pdf_text(render_pdf(assemble("regional", 2026, region="AFR"), charts=False))
    assert "Regional report: Africa" in text
    assert "brings together the 3 projects implemented in Africa" in text
    assert "Kenya" in text
    assert "Open school platform" not in text  # France is in Europe
    assert "Global spectrum toolkit" not in text  # international, no region


def test_region_without_entries_says_so(report_data):
    report = assemble("regional", 2026, region="CIS")
    assert report.total == 0
    text = pdf_text(render_pdf(report, charts=False))
    assert "No published entries were recorded for CIS in 2026" in text
    html = render_html(report, charts=False)
    assert "No published entries were recorded for CIS in 2026" in html


def test_success_stories_book(report_data):
    text = pdf_text(render_pdf(assemble("success-stories", 2026)))
    assert "Success Stories 2026" in text
    assert "Community digital skills centres" in text and "Forty thousand people trained." in text
    assert "About the project" in text and "Digital services for people in rural districts." in text
    assert "Open school platform" not in text  # a champion, not asked for
    with_champions = pdf_text(render_pdf(assemble("success-stories", 2026, include_champions=True)))
    assert "Open school platform" in with_champions


def test_same_data_gives_the_same_file_with_charts(report_data):
    first = produce("global", 2026, fmt="pdf").content
    assert produce("global", 2026, fmt="pdf").content == first
    # The charts are drawn as vector graphics into the statistics pages: more pages, more drawing.
    without = render_pdf(assemble("global", 2026), charts=False)
    assert len(PdfReader(io.BytesIO(first)).pages) > len(PdfReader(io.BytesIO(without)).pages)
    assert len(first) > len(without) + 20_000


def test_report_follows_the_requested_language(report_data):
    report = assemble("global", 2026, language="fr")
    assert report.rtl is False
    html = render_html(report, charts=False)
    assert 'lang="fr"' in html
    assert "Afrique" in html  # region names come from the taxonomy in the report's language
    assert "Table des matières" in html and "Rapport mondial" in html  # the report's own text
    # The PDF's own text comes from the French catalogue (the title may wrap onto two lines).
    text = " ".join(pdf_text(render_pdf(report, charts=False)).split())
    with translation.override("fr"):
        title = gettext("WSIS Stocktaking Report %(year)s") % {"year": 2026}
        by_region = gettext("Entries by region")
    assert title != "WSIS Stocktaking Report 2026" and by_region != "Entries by region"
    assert title in text and by_region in text
    assert "ODD 4" in text  # tags too
    arabic = assemble("global", 2026, language="ar")
    assert arabic.rtl is True
    assert 'dir="rtl"' in render_html(arabic, charts=False)
    text = pdf_text(render_pdf(arabic, charts=False))
    assert "أفريقيا" in text or "أفريقيا"[::-1] in text


def test_html_report_is_complete(report_data):
    html = render_html(assemble("global", 2026))
    assert html.startswith("<!doctype html>")
    assert 'id="line-c7-3"' in html
    # C7's sub-lines are nested under it in the contents.
    toc = html[html.index('id="report-toc-heading"') : html.index('id="summary"')]
    c7 = toc.index('href="#line-c7"')
    assert c7 < toc.index("<ol>", c7) < toc.index('href="#line-c7-1"') < toc.index('href="#line-c8"')
    assert "data:image/svg+xml;base64," in html  # charts embedded
    assert "数字乡村平台" in html and "مشروع الاتصال الريفي" in html
    assert "<caption" in html
    # Year on year: the change on the year before (2025: 1 entry, 2026: 6).
    assert "Change on the year before" in html and "+500.0 %" in html


def test_key_figures_come_from_the_queries(report_data):
    report = assemble("global", 2026)
    scope = Scope(2026)
    assert dict(report.key_figures) == {
        "Published entries": queries.total_entries(scope),
        "Organisations": queries.count_organisations(scope),
        "Countries": queries.count_countries(scope),
        "Action lines covered": 4,  # C2, C4, C7 and C11
        "WSIS Prizes submissions": queries.submission_totals(2026)["received"],
    }
    # No prize edition in 2025: no prize figure rather than a misleading zero.
    assert "WSIS Prizes submissions" not in dict(assemble("global", 2025).key_figures)
