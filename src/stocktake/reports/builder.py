"""Producing a report file: validate the request, assemble the report, render it. Reads only; the
CLI writes the result to a file, the background task stores it on a ReportBuild."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from stocktake.contests.models import Track
from stocktake.reports.document import KINDS, STEPS, Progress, assemble
from stocktake.reports.queries import available_years
from stocktake.taxonomy.models import Region

FORMATS = ("pdf", "html")
CONTENT_TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


@dataclass
class ReportFile:
    content: bytes
    filename: str
    content_type: str


def itu_regions() -> list[Region]:
    return list(Region.objects.filter(is_itu_region=True).order_by("order"))


def validate_request(kind: str, year: int, region: str | None, fmt: str, language: str) -> None:
    """Raise ValidationError({field: message}) for a request that cannot give a report."""
    errors = {}
    if kind not in KINDS:
        errors["kind"] = _("Choose the global report, a regional report or the Success Stories book.")
    if fmt not in FORMATS:
        errors["format"] = _("Choose PDF or HTML.")
    if language not in {code for code, _name in settings.LANGUAGES}:
        errors["language"] = _("This language is not available.")
    if kind == "regional":
        if not region:
            errors["region"] = _("Choose the region of a regional report.")
        elif region not in {r.code for r in itu_regions()}:
            errors["region"] = _("Choose one of the six ITU regions.")
    elif region:
        errors["region"] = _("Only a regional report has a region.")
    if kind == "success-stories":
        if not Track.objects.filter(edition__year=year, kind=Track.Kind.MAIN).exists():
            errors["year"] = _("There is no WSIS Prizes edition for %(year)s.") % {"year": year}
    elif kind in KINDS and year not in available_years():
        errors["year"] = _("No entries were published for %(year)s.") % {"year": year}
    if errors:
        raise ValidationError(errors)


def total_steps(kind: str) -> int:
    return STEPS.get(kind, 1) + 1  # + rendering


def produce(
    kind: str,
    year: int,
    *,
    region: str | None = None,
    fmt: str = "pdf",
    language: str = "en",
    include_champions: bool = False,
    include_unannounced: bool = False,
    progress: Progress | None = None,
) -> ReportFile:
    validate_request(kind, year, region, fmt, language)
    step = progress or (lambda _name: None)
    report = assemble(
        kind,
        year,
        region=region,
        language=language,
        include_champions=include_champions,
        include_unannounced=include_unannounced,
        progress=step,
    )
    step("render")
    if fmt == "pdf":
        from stocktake.reports.render.pdf import render_pdf

        content = render_pdf(report)
    else:
        from stocktake.reports.render.html import render_html

        content = render_html(report).encode("utf-8")
    return ReportFile(content, f"{report.file_stem}.{fmt}", CONTENT_TYPES[fmt])
