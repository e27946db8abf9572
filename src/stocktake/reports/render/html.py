"""HTML of a report: the same body on the site (inside the site layout) and as a standalone file
(its own page with the stylesheet inlined, so it opens anywhere and prints well)."""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from stocktake.reports.document import Report
from stocktake.reports.render.charts import draw_charts

CSS = Path(__file__).resolve().parent.parent / "static" / "reports" / "report.css"


def report_context(report: Report, *, charts: bool = True) -> dict:
    if charts:
        draw_charts(report)
    return {"report": report, "labels": report.labels}


def render_html(report: Report, *, charts: bool = True) -> str:
    """A self-contained HTML document of the report."""
    with translation.override(report.language):
        context = report_context(report, charts=charts) | {"inline_css": CSS.read_text(encoding="utf-8")}
        return render_to_string("reports/report_standalone.html", context)
