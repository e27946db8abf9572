"""Small charts for web pages, drawn on the server as inline SVG: no charting library, no script.

A chart is a `Chart` of `Bar`s; `render_svg()` draws it and the `{% chart %}` tag
(web/templatetags/stocktake_web.py) wraps it in a figure with its title, a one-sentence summary and
the same figures as a table (in a <details>, for screen readers, keyboard and no-JS use; its rows
carry the links). Two kinds:

- "bars": horizontal bars, one labelled row each (categories with long names: action lines, regions).
- "columns": vertical columns along a time axis (entries per year).

Horizontal positions are percentages of the SVG's width and text sizes are pixels, so the chart
stretches to any screen while its text stays readable (a viewBox would shrink the text on phones).
In right-to-left languages everything is mirrored: bars grow from the right, years run from the
right. Every bar carries its value as text, so nothing depends on colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

BARS = "bars"
COLUMNS = "columns"

# Horizontal bars: each row is a label line over a bar (pixels).
ROW_HEIGHT = 40
LABEL_BASELINE = 14
BAR_TOP, BAR_HEIGHT = 20, 14
BAR_VALUE_BASELINE = 31
# The longest bar takes this share of the width; the rest holds its value label.
MAX_BAR_SHARE = 82.0
MIN_BAR_SHARE = 0.4  # a non-zero value stays visible however small
LABEL_MAX_CHARS = 64  # longer labels are shortened in the picture; the table has them in full

# Columns: values above the columns, axis labels below (pixels).
COLUMN_TOP = 22
COLUMN_PLOT = 150
COLUMN_AXIS = 24
COLUMN_GAP_SHARE = 0.3  # of each column's slot
# A column's labels need about this many pixels; with less room, labels are thinned out by CSS
# container queries (see site.css) at these container widths (rem), keeping the latest one.
COLUMN_LABEL_PX = 40
BREAKPOINTS_REM = (15, 20, 30, 40, 50, 60, 72)
REM_PX = 16


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str = ""  # the filtered search behind this bar, if any
    value_label: str = ""  # shown instead of the bare number, e.g. "12 (60 %)"

    @property
    def shown_value(self) -> str:
        return self.value_label or formats.number_format(self.value, force_grouping=True)


@dataclass
class Chart:
    id: str  # unique on the page; ids of the title, summary and table derive from it
    title: str
    bars: list[Bar]
    kind: str = BARS
    label_heading: str = ""  # table column headings
    value_heading: str = ""
    summary: str = ""  # one sentence; written from the data when not given
    note: str = ""  # e.g. "An entry can have several action lines."
    extra_classes: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.kind not in (BARS, COLUMNS):
            raise ValueError(f"unknown chart kind {self.kind!r}")
        self.bars = list(self.bars)
        if not self.summary:
            self.summary = describe(self)

    @property
    def has_data(self) -> bool:
        return any(bar.value > 0 for bar in self.bars)

    @property
    def maximum(self) -> int:
        return max((bar.value for bar in self.bars), default=0)


def describe(chart: Chart) -> str:
    """A one-sentence text equivalent of what the picture shows at a glance."""
    bars = chart.bars
    if not chart.has_data:
        return _("No figures to show yet.")
    if chart.kind == COLUMNS:
        first, last = bars[0], bars[-1]
        peak = max(bars, key=lambda bar: bar.value)
        text = _(
            "From %(first)s to %(last)s: %(first_value)s, then %(last_value)s; highest in %(peak)s (%(peak_value)s)."
        )
        return text % {
            "first": first.label,
            "last": last.label,
            "first_value": first.shown_value,
            "last_value": last.shown_value,
            "peak": peak.label,
            "peak_value": peak.shown_value,
        }
    ranked = sorted(bars, key=lambda bar: -bar.value)
    top = ranked[0]
    if len(bars) == 1:
        return _("%(label)s: %(value)s.") % {"label": top.label, "value": top.shown_value}
    low = ranked[-1]
    if top.value == low.value:
        return _("All %(count)s are equal: %(value)s each.") % {"count": len(bars), "value": top.shown_value}
    return _("Highest: %(top)s (%(top_value)s); lowest: %(low)s (%(low_value)s).") % {
        "top": top.label,
        "top_value": top.shown_value,
        "low": low.label,
        "low_value": low.shown_value,
    }


def bar_share(value: int, maximum: int, full: float = MAX_BAR_SHARE) -> float:
    """Length of a bar as a percentage of the chart's width."""
    if value <= 0 or maximum <= 0:
        return 0.0
    return round(max(MIN_BAR_SHARE, full * value / maximum), 2)


def shorten(label: str, limit: int = LABEL_MAX_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _pct(value: float) -> str:
    return f"{value:g}%"


def render_svg(chart: Chart, *, rtl: bool = False) -> SafeString:
    """The chart as an inline <svg role="img"> named by the chart's title and summary."""
    if not chart.has_data:
        return mark_safe("")
    body, height = (_bars if chart.kind == BARS else _columns)(chart, rtl)
    return format_html(
        '<svg class="chart-svg chart-{}" role="img" aria-labelledby="{}-title {}-summary" width="100%" '
        'height="{}" direction="{}" xmlns="http://www.w3.org/2000/svg">{}</svg>',
        chart.kind,
        chart.id,
        chart.id,
        height,
        "rtl" if rtl else "ltr",
        body,
    )


def _bars(chart: Chart, rtl: bool) -> tuple[SafeString, int]:
    rows = []
    for i, bar in enumerate(chart.bars):
        top = i * ROW_HEIGHT + 2
        width = bar_share(bar.value, chart.maximum)
        # "start" follows the direction: in right-to-left text it is the right-hand end, so labels
        # anchored at the right edge and values placed left of the bar's end both use it.
        bar_x = 100 - width if rtl else 0
        value_x = bar_x if rtl else width
        rows.append(
            format_html(
                '<g class="chart-row"{}><title>{}: {}</title>'
                '<text class="chart-label" x="{}" y="{}" text-anchor="start">{}</text>'
                '<rect class="chart-bar" x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
                '<text class="chart-value" x="{}" dx="{}" y="{}" text-anchor="start">{}</text></g>',
                format_html(' data-href="{}"', bar.href) if bar.href else "",
                bar.label,
                bar.shown_value,
                "100%" if rtl else "0",
                top + LABEL_BASELINE,
                shorten(bar.label),
                _pct(bar_x),
                top + BAR_TOP,
                _pct(width),
                BAR_HEIGHT,
                _pct(value_x),
                -6 if rtl else 6,
                top + BAR_VALUE_BASELINE,
                bar.shown_value,
            )
        )
    return format_html_join("", "{}", ((row,) for row in rows)), len(chart.bars) * ROW_HEIGHT + 4


def label_visibility(count: int) -> list[str]:
    """For each of `count` columns, the CSS class that hides its labels in narrow containers.

    Counting back from the latest column (always labelled), every 2nd, 4th, 8th … label stays
    longest: a label whose neighbours at its level are `step` columns apart needs the container to
    be COLUMN_LABEL_PX × count / step wide. "" means it fits in the narrowest container."""
    classes = []
    for i in range(count):
        back = count - 1 - i
        if back == 0:
            classes.append("")
            continue
        step = 1
        while back % (step * 2) == 0 and step < 16:
            step *= 2
        needed_px = COLUMN_LABEL_PX * count / step
        fits_at = next((bp for bp in BREAKPOINTS_REM if bp * REM_PX >= needed_px), None)
        if fits_at is None:
            classes.append("chart-thin-all")  # never enough room; the table has every figure
        elif fits_at == BREAKPOINTS_REM[0]:
            classes.append("")
        else:
            classes.append(f"chart-thin-{fits_at}")
    return classes


def _columns(chart: Chart, rtl: bool) -> tuple[SafeString, int]:
    n = len(chart.bars)
    slot = 100 / n
    baseline = COLUMN_TOP + COLUMN_PLOT
    columns = []
    for i, (bar, thin) in enumerate(zip(chart.bars, label_visibility(n), strict=True)):
        position = n - 1 - i if rtl else i
        x = round(position * slot + slot * COLUMN_GAP_SHARE / 2, 3)
        centre = round(position * slot + slot / 2, 3)
        height = round(COLUMN_PLOT * bar.value / chart.maximum, 1) if chart.maximum else 0
        if bar.value > 0:
            height = max(height, 1.0)
        columns.append(
            format_html(
                '<g class="chart-row"{}><title>{}: {}</title>'
                '<rect class="chart-bar" x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
                '<text class="chart-value{}" x="{}" y="{}" text-anchor="middle">{}</text>'
                '<text class="chart-label{}" x="{}" y="{}" text-anchor="middle">{}</text></g>',
                format_html(' data-href="{}"', bar.href) if bar.href else "",
                bar.label,
                bar.shown_value,
                _pct(x),
                round(baseline - height, 1),
                _pct(round(slot * (1 - COLUMN_GAP_SHARE), 3)),
                height,
                f" {thin}" if thin else "",
                _pct(centre),
                round(baseline - height - 5, 1),
                bar.shown_value,
                f" {thin}" if thin else "",
                _pct(centre),
                baseline + 17,
                shorten(bar.label, 12),
            )
        )
    axis = format_html('<line class="chart-axis" x1="0" x2="100%" y1="{}" y2="{}"></line>', baseline, baseline)
    body = format_html("{}{}", format_html_join("", "{}", ((c,) for c in columns)), axis)
    return body, baseline + COLUMN_AXIS
