"""Demo report builds: queued through the same service the secretariat's page uses, so the worker
that `stocktake serve` starts builds them in the background and they appear on /reports/builds/."""

from django.core.exceptions import ValidationError

from stocktake.contests.models import Track
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
    wanted = [("global", "", "pdf"), ("global", "", "html"), ("regional", "AFR", "pdf"), ("regional", "EUR", "pdf")]
    if Track.objects.filter(edition__year=year, kind=Track.Kind.MAIN).exists():
        wanted.append(("success-stories", "", "pdf"))
    queued = 0
    for kind, region, fmt in wanted:
        if ReportBuild.objects.filter(kind=kind, year=year, region=region, format=fmt, language="en").exists():
            continue
        try:
            builds.request_build(secretariat, kind=kind, year=year, region=region, fmt=fmt, language="en")
        except ValidationError as exc:  # e.g. no prize results yet: skip that report
            ctx.log(f"report {kind} {region} not queued: {exc.messages}")
            continue
        queued += 1
    ctx.log(f"{queued} report builds queued for {year}")
