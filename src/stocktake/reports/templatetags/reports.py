import base64

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def share(row, total) -> str:
    """A row's share of the total, as a percentage with one decimal in the active language."""
    value = round(100.0 * row.count / total, 1) if total else 0.0
    return number_format(value, decimal_pos=1) + " %"


@register.filter
def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
