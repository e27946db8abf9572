"""The inline SVG chart helper: scaling, empty data, right-to-left mirroring, escaping, and the
figure the {% chart %} tag wraps around it."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from stocktake.common.charts import (
    BARS,
    COLUMNS,
    MAX_BAR_SHARE,
    MIN_BAR_SHARE,
    Bar,
    Chart,
    bar_share,
    label_visibility,
    render_svg,
    shorten,
)
from tests.charts import charts_on


@pytest.fixture(autouse=True)
def english():
    # The summaries are translated text: pin the language rather than inherit another test's.
    with translation.override("en"):
        yield


def _rects(svg: str) -> list[dict]:
    return [dict(re.findall(r'(\w+)="([^"]*)"', m)) for m in re.findall(r"<rect ([^>]*)>", svg)]


def _pct(value: str) -> float:
    assert value.endswith("%"), value
    return float(value[:-1])


def test_bars_scale_to_the_largest_value():
    chart = Chart("c", "Title", [Bar("A", 50), Bar("B", 100), Bar("C", 25)])
    rects = _rects(render_svg(chart))
    assert [_pct(r["width"]) for r in rects] == [MAX_BAR_SHARE / 2, MAX_BAR_SHARE, MAX_BAR_SHARE / 4]
    assert all(r["x"] == "0%" for r in rects)  # left to right: every bar starts at the left edge
    # One row per bar, stacked downwards.
    ys = [float(r["y"]) for r in rects]
    assert ys == sorted(ys) and len(set(ys)) == 3


def test_tiny_values_stay_visible_and_zero_has_no_length():
    assert bar_share(1, 100_000) == MIN_BAR_SHARE
    assert bar_share(0, 10) == 0
    assert bar_share(5, 0) == 0
    svg = render_svg(Chart("c", "T", [Bar("Big", 100_000), Bar("Small", 1), Bar("None", 0)]))
    widths = [_pct(r["width"]) for r in _rects(svg)]
    assert widths == [MAX_BAR_SHARE, MIN_BAR_SHARE, 0]
    assert ">0</text>" in svg  # a zero still shows its value


def test_values_are_written_on_the_bars_with_grouping():
    with translation.override("en"):
        svg = render_svg(Chart("c", "T", [Bar("A", 12345), Bar("B", 7, value_label="7 (50 %)")]))
    assert ">12,345</text>" in svg and ">7 (50 %)</text>" in svg


def test_empty_chart_draws_nothing_and_says_so():
    for bars in ([], [Bar("A", 0), Bar("B", 0)]):
        chart = Chart("c", "T", bars)
        assert not chart.has_data
        assert render_svg(chart) == ""
        assert chart.summary == "No figures to show yet."


def test_right_to_left_mirrors_the_bars():
    chart = Chart("c", "T", [Bar("A", 50), Bar("B", 100)])
    rtl = render_svg(chart, rtl=True)
    assert 'direction="rtl"' in rtl
    rects = _rects(rtl)
    # Each bar ends at the right edge: x + width = 100 %.
    for rect in rects:
        assert _pct(rect["x"]) + _pct(rect["width"]) == pytest.approx(100)
    assert _pct(rects[0]["x"]) == pytest.approx(100 - MAX_BAR_SHARE / 2)
    # Labels are anchored at the right edge; values sit left of the bar's end.
    assert rtl.count('class="chart-label" x="100%"') == 2
    assert 'dx="-6"' in rtl and 'dx="6"' not in rtl
    ltr = render_svg(chart)
    assert 'direction="ltr"' in ltr and 'class="chart-label" x="0"' in ltr and 'dx="6"' in ltr


def test_columns_run_in_reading_order_and_scale_by_height():
    chart = Chart("c", "T", [Bar("2024", 10), Bar("2025", 40), Bar("2026", 20)], kind=COLUMNS)
    ltr, rtl = _rects(render_svg(chart)), _rects(render_svg(chart, rtl=True))
    heights = [float(r["height"]) for r in ltr]
    assert heights[1] == max(heights) and heights[0] == pytest.approx(heights[1] / 4)
    # All columns stand on the same baseline.
    assert len({float(r["y"]) + float(r["height"]) for r in ltr}) == 1
    xs_ltr = [_pct(r["x"]) for r in ltr]
    xs_rtl = [_pct(r["x"]) for r in rtl]
    assert xs_ltr == sorted(xs_ltr)  # oldest on the left
    assert xs_rtl == sorted(xs_rtl, reverse=True)  # oldest on the right in Arabic
    assert xs_rtl[0] == pytest.approx(xs_ltr[-1])


def test_column_labels_thin_out_in_narrow_containers_but_the_latest_stays():
    assert label_visibility(5) == [""] * 5  # five labels fit on any phone
    many = label_visibility(23)
    assert many[-1] == ""
    assert len(many) == 23

    # Every second label (counted back from the latest) survives longer than its neighbours.
    def breakpoint(cls):
        return 0 if cls == "" else int(cls.rsplit("-", 1)[1]) if cls[-1].isdigit() else 999

    assert breakpoint(many[-3]) < breakpoint(many[-2])
    assert breakpoint(many[-5]) < breakpoint(many[-3])
    assert all(c in {""} or c.startswith("chart-thin-") for c in many)


def test_labels_and_links_are_escaped_and_long_labels_shortened():
    label = "<script>alert(1)</script> & a very long label " + "x" * 80
    svg = render_svg(Chart("c", "T", [Bar(label, 3, href="/entries/?a=1&b=2")]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'data-href="/entries/?a=1&amp;b=2"' in svg
    assert shorten(label).endswith("…") and len(shorten(label)) <= 64
    assert "x" * 80 in svg  # the full label stays in the tooltip


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        Chart("c", "T", [], kind="pie")


def test_summary_describes_the_data():
    bars = Chart("c", "T", [Bar("Low", 2), Bar("High", 9)], kind=BARS)
    assert bars.summary == "Highest: High (9); lowest: Low (2)."
    trend = Chart("c", "T", [Bar("2020", 3), Bar("2021", 8), Bar("2022", 5)], kind=COLUMNS)
    assert trend.summary == "From 2020 to 2022: 3, then 5; highest in 2021 (8)."
    assert Chart("c", "T", [Bar("Only", 4)]).summary == "Only: 4."
    assert Chart("c", "T", [Bar("A", 3), Bar("B", 3)]).summary == "All 2 are equal: 3 each."


@pytest.mark.django_db
def test_chart_tag_renders_an_accessible_figure_with_a_table():
    chart = Chart(
        "chart-x", "Entries by colour", [Bar("Red", 3, href="/entries/?c=red"), Bar("Blue", 1)], label_heading="Colour"
    )
    html = Template("{% load stocktake_web %}{% chart chart level=3 %}").render(Context({"chart": chart}))
    found = charts_on(html)["chart-x"]
    assert found.title == "Entries by colour" and found.summary == "Highest: Red (3); lowest: Blue (1)."
    assert found.svg_role == "img" and found.svg_labelledby == "chart-x-title chart-x-summary"
    assert found.rows == [("Red", "3", "/entries/?c=red"), ("Blue", "1", "")]
    assert found.bars == [("Red", "/entries/?c=red"), ("Blue", "")]
    assert '<h3 class="chart-title" id="chart-x-title">' in html
    assert "<details" in html and '<th scope="col">Colour</th>' in html
    with translation.override("ar"):
        rtl = Template("{% load stocktake_web %}{% chart chart %}").render(Context({"chart": chart}))
    assert 'direction="rtl"' in rtl


@pytest.mark.django_db
def test_chart_tag_without_data_shows_no_picture_and_no_table():
    html = Template("{% load stocktake_web %}{% chart chart %}").render(Context({"chart": Chart("e", "Empty", [])}))
    assert "<svg" not in html and "<table" not in html and "No figures to show yet." in html
