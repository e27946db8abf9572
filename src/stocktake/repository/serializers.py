"""Entry representations for the API and the open-data exports (plain dicts: fast, and the same
shape everywhere)."""

from __future__ import annotations

from django.conf import settings

from stocktake.repository.content import plain_text
from stocktake.repository.queries.entries import shown_images, version_images


def _url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _media_url(field) -> str:
    url = field.url
    return _url(url) if url.startswith("/") else url


def image(placement) -> dict:
    """One image as a version shows it. The id is the file's and stays the same across versions."""
    stored = placement.image
    return {
        "id": str(stored.public_id),
        "position": placement.position + 1,
        "url": _media_url(stored.image),
        "thumbnail_url": _media_url(stored.thumbnail) if stored.thumbnail else None,
        "width": stored.width,
        "height": stored.height,
        "alt_text": placement.alt_text,
        "caption": placement.caption,
    }


def entry_public(entry, *, with_images: bool = True) -> dict:
    """An entry's public content. Expects the tag relations prefetched (and, for the images, the
    published version's gallery: queries.entries.SHOWN_IMAGES_PREFETCH)."""
    org = entry.organisation
    data = {
        "id": str(entry.public_id),
        "url": _url(f"/entries/{entry.public_id}/"),
        "title": entry.title,
        "description_html": entry.description,
        "organisation": {
            "name": org.name,
            "slug": org.slug,
            "stakeholder_type": org.stakeholder_type.code,
            "country": org.country.code if org.country_id else None,
        },
        "entry_type": entry.entry_type,
        "status": entry.status,
        "start_date": entry.start_date.isoformat() if entry.start_date else None,
        "end_date": entry.end_date.isoformat() if entry.end_date else None,
        "is_international": entry.is_international,
        "countries": sorted(c.code for c in entry.countries.all()),
        "regions": sorted(r.code for r in entry.regions.all()),
        "action_lines": [a.code for a in entry.action_lines.all()],
        "subtopics": sorted(f"{s.action_line.code}/{s.slug}" for s in entry.subtopics.all()),
        "sdgs": sorted(s.number for s in entry.sdgs.all()),
        "gdc_objectives": sorted(g.number for g in entry.gdc_objectives.all()),
        "website": entry.website,
        "partners": entry.partners,
        "contact_name": entry.contact_name,
        "language": entry.language,
        "year": entry.year,
        "published_at": entry.published_at.isoformat() if entry.published_at else None,
        "version": entry.current_version.number if entry.current_version_id else None,
    }
    if with_images:
        data["images"] = [image(p) for p in shown_images(entry)]
    return data


def entry_for_owner(entry, working) -> dict:
    data = entry_public(entry)
    data["state"] = entry.state
    data["working_version"] = (
        {
            "number": working.number,
            "state": working.state,
            "content": working.data,
            "images": [image(p) for p in version_images(working)],
            "moderator_comment": working.moderator_comment,
            "updated_at": working.updated_at.isoformat(),
        }
        if working
        else None
    )
    return data


def hit(hit) -> dict:
    return {
        "id": hit.public_id,
        "url": _url(f"/entries/{hit.public_id}/"),
        "title": hit.title,
        "organisation": hit.organisation,
        "published_at": hit.published_at.isoformat(),
        "snippet_html": str(hit.snippet),
        "tags": hit.tags,
    }


def facets(result) -> dict:
    return {
        name: [{"value": v.value, "label": str(v.label), "count": v.count, "selected": v.selected} for v in values]
        for name, values in result.facets.items()
    }


EXPORT_COLUMNS = [
    "id",
    "url",
    "title",
    "organisation",
    "organisation_slug",
    "stakeholder_type",
    "entry_type",
    "status",
    "start_date",
    "end_date",
    "is_international",
    "countries",
    "regions",
    "action_lines",
    "subtopics",
    "sdgs",
    "gdc_objectives",
    "website",
    "partners",
    "language",
    "year",
    "published_at",
    "description",
]


def export_row(entry) -> dict:
    """One flat row (lists joined by commas) for CSV/XLSX; JSON keeps lists."""
    data = entry_public(entry, with_images=False)
    return {
        "id": data["id"],
        "url": data["url"],
        "title": data["title"],
        "organisation": data["organisation"]["name"],
        "organisation_slug": data["organisation"]["slug"],
        "stakeholder_type": data["organisation"]["stakeholder_type"],
        "entry_type": data["entry_type"],
        "status": data["status"],
        "start_date": data["start_date"] or "",
        "end_date": data["end_date"] or "",
        "is_international": data["is_international"],
        "countries": data["countries"],
        "regions": data["regions"],
        "action_lines": data["action_lines"],
        "subtopics": data["subtopics"],
        "sdgs": data["sdgs"],
        "gdc_objectives": data["gdc_objectives"],
        "website": data["website"],
        "partners": data["partners"],
        "language": data["language"],
        "year": data["year"],
        "published_at": data["published_at"],
        "description": plain_text(entry.description),
    }
