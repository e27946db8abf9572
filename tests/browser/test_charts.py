"""Charts as a browser draws them: bars grow from the start edge (the right in Arabic), labels and
values stay inside the picture and clear of each other, column labels thin out in narrow
containers but the latest stays, and a click on a bar opens the entries it counts."""

import itertools

import pytest

from tests.browser.helpers import DESKTOP, PHONE

# Boxes of every row of every horizontal bar chart: the SVG, the bar, its label and its value.
BAR_BOXES = """() => [...document.querySelectorAll('svg.chart-bars')].map(svg => {
  const s = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('.chart-row')].map(row => {
    const box = el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}; };
    return {svg: {left: s.left, right: s.right}, bar: box(row.querySelector('rect')),
            label: box(row.querySelector('.chart-label')), value: box(row.querySelector('.chart-value'))};
  });
}).flat()"""

# Visible axis labels of the year chart, left to right.
COLUMN_LABELS = """() => [...document.querySelectorAll('#chart-years .chart-label')]
  .filter(t => getComputedStyle(t).display !== 'none')
  .map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, left: r.left, right: r.right}; })
  .sort((a, b) => a.left - b.left)"""


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_bars_start_at_the_reading_edge_and_keep_their_text_inside(site, pages, language, width):
    page = pages.open(site, "/regions/AFR/", language=language, width=width)
    rows = page.evaluate(BAR_BOXES)
    assert len(rows) >= 8
    rtl = language == "ar"
    for row in rows:
        svg, bar, label, value = row["svg"], row["bar"], row["label"], row["value"]
        assert bar["width"] > 0
        if rtl:
            assert bar["right"] == pytest.approx(svg["right"], abs=1)
            assert label["right"] == pytest.approx(svg["right"], abs=2)
            assert value["right"] <= bar["left"]  # the value sits beyond the bar's end
        else:
            assert bar["left"] == pytest.approx(svg["left"], abs=1)
            assert label["left"] == pytest.approx(svg["left"], abs=2)
            assert value["left"] >= bar["right"]
        # Nothing is cut off at either edge.
        assert svg["left"] - 1 <= value["left"] and value["right"] <= svg["right"] + 1


@pytest.mark.parametrize("language", ["en", "ar"])
def test_year_labels_thin_out_on_narrow_screens_without_overlapping(site, pages, language):
    page = pages.open(site, "/regions/AFR/", language=language, width=DESKTOP, screenshot=False)
    wide = page.evaluate(COLUMN_LABELS)
    years = [int(label["text"]) for label in wide][:: -1 if language == "ar" else 1]
    # Every year from the first to the last is labelled on a wide screen, in reading order.
    assert years[0] == 2019 and years == list(range(2019, years[-1] + 1)) and len(years) >= 7
    page.set_viewport_size({"width": 300, "height": 800})
    narrow = page.evaluate(COLUMN_LABELS)
    assert 2 <= len(narrow) < len(wide)
    assert str(years[-1]) in [label["text"] for label in narrow]  # the latest year always keeps its label
    for labels in (wide, narrow):
        for before, after in itertools.pairwise(labels):
            assert before["right"] <= after["left"], f"{before['text']} overlaps {after['text']}"


def test_clicking_a_bar_opens_the_entries_it_counts(site, pages):
    page = pages.open(site, "/regions/AFR/", screenshot=False)
    row = page.locator('#chart-action-lines .chart-row[data-href="/entries/?action_line=C7&region=AFR"]')
    shown = row.locator(".chart-value").text_content()
    row.locator("rect").click()
    page.wait_for_url("**/entries/?action_line=C7&region=AFR")
    # The search behind the bar finds as many entries as the bar says.
    assert page.locator(".hit").count() == int(shown) >= 2


def test_the_figures_table_opens_from_the_keyboard(site, pages):
    page = pages.open(site, "/action-lines/C7/", screenshot=False)
    summary = page.locator("#chart-sub-lines details summary")
    summary.focus()
    page.keyboard.press("Enter")
    link = page.locator("#chart-sub-lines table a").first
    assert link.is_visible()
    assert link.get_attribute("href").startswith("/entries/?action_line=C7")
