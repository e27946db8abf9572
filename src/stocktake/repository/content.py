"""The content of an entry as plain data (what an EntryVersion stores), and how it is written onto
an Entry. Tags are referred to by their natural keys (ISO codes, action-line codes, numbers)."""

from __future__ import annotations

import html

import nh3
from django.db.models import Q

from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, Subtopic

SCALAR_FIELDS = [
    "title",
    "description",
    "entry_type",
    "status",
    "start_date",
    "end_date",
    "is_international",
    "website",
    "partners",
    "contact_name",
    "contact_email",
    "language",
]
TAG_FIELDS = ["countries", "action_lines", "subtopics", "sdgs", "gdc_objectives"]
CONTENT_FIELDS = SCALAR_FIELDS + TAG_FIELDS

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "a", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def sanitize_html(text: str) -> str:
    """Keep simple formatting only; plain text with blank lines becomes paragraphs."""
    text = (text or "").strip()
    if "<" not in text:
        paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
        text = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return nh3.clean(text, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="nofollow noopener")


def plain_text(description_html: str) -> str:
    return html.unescape(nh3.clean(description_html.replace("</p>", "</p>\n\n"), tags=set())).strip()


def entry_to_data(entry) -> dict:
    data = {}
    for name in SCALAR_FIELDS:
        value = getattr(entry, name)
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    data["countries"] = sorted(c.code for c in entry.countries.all())
    data["action_lines"] = [a.code for a in entry.action_lines.all()]
    data["subtopics"] = sorted(f"{s.action_line.code}/{s.slug}" for s in entry.subtopics.select_related("action_line"))
    data["sdgs"] = sorted(s.number for s in entry.sdgs.all())
    data["gdc_objectives"] = sorted(g.number for g in entry.gdc_objectives.all())
    return data


def resolve_tags(data: dict) -> dict:
    """Model instances for the tag codes in `data`; unknown codes are left out (validate first)."""
    subtopic_q = Q(pk__in=[])
    for key in data.get("subtopics") or []:
        line, _, slug = key.partition("/")
        subtopic_q |= Q(action_line__code=line, slug=slug)
    countries = list(Country.objects.filter(code__in=data.get("countries") or []).select_related("region"))
    return {
        "countries": countries,
        "action_lines": list(ActionLine.objects.filter(code__in=data.get("action_lines") or [])),
        "subtopics": list(Subtopic.objects.filter(subtopic_q)) if data.get("subtopics") else [],
        "sdgs": list(SDG.objects.filter(number__in=data.get("sdgs") or [])),
        "gdc_objectives": list(GDCObjective.objects.filter(number__in=data.get("gdc_objectives") or [])),
    }


def derived_regions(countries, is_international: bool) -> list[Region]:
    regions = {c.region_id for c in countries}
    result = list(Region.objects.filter(pk__in=regions))
    if is_international or not countries:
        result += list(Region.objects.filter(code="INT"))
    return result


def apply_data(entry, data: dict) -> None:
    """Write `data` onto the entry's own columns and tag relations (the entry must be saved)."""
    for name in SCALAR_FIELDS:
        if name in data:
            setattr(entry, name, data[name] if data[name] is not None else _empty(name))
    entry.description = sanitize_html(entry.description)
    entry.save()
    tags = resolve_tags(data)
    for name in TAG_FIELDS:
        getattr(entry, name).set(tags[name])
    entry.regions.set(derived_regions(tags["countries"], bool(data.get("is_international"))))


def _empty(name: str):
    return None if name in {"start_date", "end_date"} else ("" if name != "is_international" else False)
