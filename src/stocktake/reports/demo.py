"""Demo report builds: queued through the same service the secretariat's page uses, so the worker
that `stocktake serve` starts builds them in the background and they appear on /reports/builds/.
The stocktaking reports cover the newest year of entries; the success-stories book the newest
edition that has chosen its winners (the past edition while the live one is still running)."""

from django.core.exceptions import ValidationError

from stocktake.contests.models import Submission, Track
from stocktake.reports.models import ReportBuild
from stocktake.reports.queries import available_years
from stocktake.reports.services import builds


def load(ctx) -> None:
    secretariat = ctx.users.get("secretariat")
    years = available_years()
    if secretariat is None or not years:
        ctx.log("no report builds (no secretariat user or no published entries)")
        return
    year = years[0]
    wanted = [
        ("global", year, "", "pdf"),
        ("global", year, "", "html"),
        ("regional", year, "AFR", "pdf"),
        ("regional", year, "EUR", "pdf"),
    ]
    stories_year = (
        Submission.objects.filter(track__kind=Track.Kind.MAIN, state=Submission.State.WINNER)
        .order_by("-track__edition__year")
        .values_list("track__edition__year", flat=True)
        .first()
    )
    if stories_year is not None:
        wanted.append(("success-stories", stories_year, "", "pdf"))
    queued = 0
    for kind, year, region, fmt in wanted:
        if ReportBuild.objects.filter(kind=kind, year=year, region=region, format=fmt, language="en").exists():
            continue
        try:
            builds.request_build(secretariat, kind=kind, year=year, region=region, fmt=fmt, language="en")
        except ValidationError as exc:  # e.g. no prize results yet: skip that report
            ctx.log(f"report {kind} {region} not queued: {exc.messages}")
            continue
        queued += 1
    ctx.log(f"{queued} report builds queued ({', '.join(sorted({f'{k} {y}' for k, y, _r, _f in wanted}))})")
