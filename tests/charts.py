"""Reading the charts of a rendered page back (stocktake.common.charts via {% chart %}): tests check
the numbers a person sees, not the context passed to the template."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class ChartOnPage:
    id: str
    title: str = ""
    summary: str = ""
    svg_role: str = ""
    svg_labelledby: str = ""
    bars: list = None  # (label in the <title> of each SVG row, data-href or "")
    rows: list = None  # (label, shown value, href or "") from the table

    def values(self) -> dict[str, str]:
        return {label: value for label, value, _href in self.rows}

    def links(self) -> dict[str, str]:
        return {label: href for label, _value, href in self.rows if href}


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.charts: dict[str, ChartOnPage] = {}
        self.current: ChartOnPage | None = None
        self.depth = 0
        self.capture: str | None = None
        self.text = ""
        self.row: list | None = None
        self.href = ""
        self.bar_href = ""
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "figure" and "chart" in (a.get("class") or "").split():
            self.current = ChartOnPage(a["id"], bars=[], rows=[])
            self.charts[a["id"]] = self.current
            self.depth = 0
        if self.current is None:
            return
        if tag == "figure":
            self.depth += 1
        cid = self.current.id
        if a.get("id") == f"{cid}-title":
            self._start("title")
        elif a.get("id") == f"{cid}-summary":
            self._start("summary")
        elif tag == "svg":
            self.current.svg_role = a.get("role", "")
            self.current.svg_labelledby = a.get("aria-labelledby", "")
        elif tag == "g" and "chart-row" in (a.get("class") or ""):
            self.bar_href = a.get("data-href", "")
        elif tag == "title" and self.capture is None:
            self._start("bar")
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row = []
        elif tag in ("th", "td") and self.row is not None:
            self.href = ""
            self._start("cell")
        elif tag == "a" and self.capture == "cell":
            self.href = a.get("href", "")

    def _start(self, what):
        self.capture, self.text = what, ""

    def handle_data(self, data):
        if self.capture:
            self.text += data

    def handle_endtag(self, tag):
        if self.current is None:
            return
        text = " ".join(self.text.split())
        if self.capture == "title" and tag in ("h2", "h3", "h4"):
            self.current.title, self.capture = text, None
        elif self.capture == "summary" and tag == "p":
            self.current.summary, self.capture = text, None
        elif self.capture == "bar" and tag == "title":
            self.current.bars.append((text.rsplit(": ", 1)[0], self.bar_href))
            self.capture = None
        elif self.capture == "cell" and tag in ("th", "td"):
            self.row.append((text, self.href))
            self.capture = None
        elif tag == "tr" and self.row is not None:
            if len(self.row) == 2 and not self.in_head:
                self.current.rows.append((self.row[0][0], self.row[1][0], self.row[0][1]))
            self.row = None
        elif tag == "thead":
            self.in_head = False
        elif tag == "figure":
            self.depth -= 1
            if self.depth <= 0:
                self.current = None


def charts_on(html: str) -> dict[str, ChartOnPage]:
    """Every chart of a page by its id."""
    parser = _Parser()
    parser.feed(html)
    return parser.charts
