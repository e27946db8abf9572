"""Template helpers for every app's pages: `{% load stocktake_web %}`.

- `{% lang_attrs text_language %}` marks a block written in another language than the page, so
  screen readers switch voice and Arabic text runs right to left inside an English page (WCAG 3.1.2):
  `<div {% lang_attrs entry.language %}>{{ entry.description }}</div>`.
- `{{ code|language_name }}` names a language in the interface's language ("Arabic", "arabe", …),
  for the "written in …" notes next to user content.
- `{% chart some_chart level=2 %}` draws a stocktake.common.charts.Chart with its table.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_bidi, get_language_info

register = template.Library()


def _info(code: str | None) -> dict | None:
    if not code:
        return None
    for candidate in (code, code.lower(), code.split("-")[0].split("_")[0].lower()):
        try:
            return get_language_info(candidate)
        except KeyError:
            continue
    return None


@register.simple_tag
def lang_attrs(code: str | None) -> str:
    """`lang` and `dir` attributes for text in language `code`; nothing for an unknown language."""
    info = _info(code)
    if info is None:
        return ""
    return format_html('lang="{}" dir="{}"', code, "rtl" if info["bidi"] else "ltr")


@register.filter
def language_name(code: str | None) -> str:
    """The language's name in the active interface language, or the code itself if unknown."""
    info = _info(code)
    return info["name_translated"] if info else (code or "")


@register.inclusion_tag("web/_chart.html")
def chart(chart, level: int = 2):
    """A figure with the chart's heading (h`level`), summary, inline SVG and its figures as a table:
    `{% chart region_chart level=3 %}`. The SVG is mirrored in right-to-left languages."""
    from stocktake.common.charts import render_svg

    return {"chart": chart, "svg": render_svg(chart, rtl=get_language_bidi()), "level": level}
