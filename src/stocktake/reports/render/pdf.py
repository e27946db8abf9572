"""PDF through Typst (a self-contained wheel): the report's data goes to data.json, charts to SVG
files, and typst/report.typ lays them out with a table of contents and page numbers."""

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.utils import translation
from django.utils.formats import number_format

from stocktake.reports.document import Report
from stocktake.reports.render.charts import draw_charts

TEMPLATE = Path(__file__).resolve().parent.parent / "typst" / "report.typ"
# Typst memoises work between compilations in the same process and never gives that memory back, so
# a long-running worker would grow with every report. Each compilation runs in a short-lived child.
COMPILE = (
    "import sys, typst; "
    "typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], timestamp=int(sys.argv[4]), "
    "font_paths=sys.argv[5:])"
)
# Debian's Noto packages; Typst also finds other system fonts itself.
FONT_DIRS = [p for p in ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto") if Path(p).is_dir()]


def pdf_data(report: Report, chart_files: dict[str, str]) -> dict:
    lang = report.language.split("-")[0]
    labels = dict(report.labels)
    return {
        "kind": report.kind,
        "lang": lang,
        "rtl": report.rtl,
        "title": report.title,
        "subtitle": report.subtitle,
        "as_of_text": report.as_of_text,
        "labels": labels,
        "introduction": report.introduction,
        "empty_message": report.empty_message,
        "key_figures": [
            {"label": label, "value": number_format(v, force_grouping=True)} for label, v in report.key_figures
        ],
        "figures": [
            {
                "key": f.key,
                "title": f.title,
                "column": f.column,
                "third_column": f.third_column,
                "chart": chart_files.get(f.key),
                "rows": [
                    {
                        "label": r.label,
                        "count": number_format(r.count, force_grouping=True),
                        "share": third,
                    }
                    for r, third in f.table_rows
                ],
            }
            for f in report.figures
        ],
        "chapters": [
            {
                "code": c.code,
                "title": c.title,
                "count": number_format(c.count, force_grouping=True),
                "is_sub_line": c.is_sub_line,
                "examples": [vars(e) for e in c.examples],
                "groups": [{"name": g.name, "examples": [vars(e) for e in g.examples]} for g in c.groups],
            }
            for c in report.chapters
        ],
        "prize_totals": [
            {"label": labels[key], "value": str(report.prize_totals[key])}
            for key in ("received", "nominated", "finalists", "champions", "winners")
            if report.prize_totals.get(key) is not None
        ]
        if report.prize_totals
        else [],
        "prizes": [
            {
                "number": c.number,
                "name": c.name,
                "winners": [_winner(w) for w in c.winners],
                "champions": [_winner(w) for w in c.champions],
            }
            for c in report.prizes
            if c.winners or c.champions
        ],
        "stories": [
            _winner(w) | {"first_in_category": i == 0 or report.stories[i - 1].category_number != w.category_number}
            for i, w in enumerate(report.stories)
        ],
        "annex": [
            {
                "title": a.title,
                "organisation": a.organisation,
                "countries": a.country_names or labels["international"],
                "tags": a.tags,
            }
            for a in report.annex
        ],
    }


def _winner(w) -> dict:
    return {
        "title": w.title,
        "organisation": w.organisation,
        "country": w.country,
        "state_label": w.state_label,
        "category_number": w.category_number,
        "category": w.category,
        "short_description": w.short_description,
        "project_description": w.project_description,
        "answers": [{"label": label, "text": text} for label, text in w.answers],
    }


def render_pdf(report: Report, *, charts: bool = True) -> bytes:
    """The PDF; charts=False leaves the charts out (the tables stay), for quick previews and tests."""
    with translation.override(report.language):
        return _render_pdf(report, charts)


def _render_pdf(report: Report, charts: bool) -> bytes:
    if charts:
        draw_charts(report)
    with tempfile.TemporaryDirectory(prefix="stocktake-report-") as tmp:
        root = Path(tmp)
        shutil.copy(TEMPLATE, root / "report.typ")
        chart_files = {}
        for f in report.figures:
            if f.chart_svg and charts:
                name = f"chart-{f.key}.svg"
                (root / name).write_text(f.chart_svg, encoding="utf-8")
                chart_files[f.key] = name
        data = pdf_data(report, chart_files)
        (root / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        # The PDF's creation date is the report's data date, so the same data gives the same file.
        stamp = datetime(report.as_of.year, report.as_of.month, report.as_of.day, tzinfo=UTC).timestamp()
        out = root / "report.pdf"
        args = [str(root / "report.typ"), str(out), str(root), str(int(stamp)), *FONT_DIRS]
        done = subprocess.run([sys.executable, "-c", COMPILE, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError("Typst could not lay out the report: " + done.stderr.strip()[-2000:])
        return out.read_bytes()
