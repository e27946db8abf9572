"""Report pages: public HTML reports for a year and region, and the secretariat's build page."""

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stocktake.common.forms import apply_service_errors
from stocktake.common.permissions import require
from stocktake.contests.models import Track
from stocktake.reports.builder import itu_regions
from stocktake.reports.document import assemble
from stocktake.reports.forms import BuildForm
from stocktake.reports.models import ReportBuild
from stocktake.reports.queries import available_years, data_fingerprint, results_embargoed
from stocktake.reports.render.html import report_context
from stocktake.reports.services import builds
from stocktake.taxonomy.models import Region

PAGE_CACHE_SECONDS = 6 * 60 * 60


def index(request):
    years = available_years()
    prize_years = set(Track.objects.filter(kind=Track.Kind.MAIN).values_list("edition__year", flat=True))
    return render(
        request,
        "reports/index.html",
        {"years": years, "prize_years": prize_years, "regions": itu_regions()},
    )


def _latest_pdf(kind: str, year: int, region: str, embargoed: bool) -> ReportBuild | None:
    builds_qs = ReportBuild.objects.filter(
        kind=kind, year=year, region=region, format="pdf", language=get_language(), state="done"
    )
    if embargoed:
        builds_qs = builds_qs.filter(embargoed=False)
    return builds_qs.order_by("-finished_at").first()


def _report_page(request, kind: str, year: int, region: str = "", **options):
    """Assembling a report and drawing its charts takes a second or more, so the report body is
    cached until the data changes (the key holds a fingerprint of entries and submissions)."""
    language = get_language()
    flags = "-".join(f"{k}={v}" for k, v in sorted(options.items()))
    embargoed = results_embargoed(year)
    raw = f"{kind}:{year}:{region}:{language}:{flags}:{embargoed}:{data_fingerprint()}"
    key = "reports:page:" + hashlib.sha256(raw.encode()).hexdigest()
    cached = cache.get(key)
    if cached is None:
        report = assemble(kind, year, region=region or None, language=language, **options)
        body = render_to_string("reports/_report_body.html", report_context(report), request=request)
        cached = {"title": report.title, "subtitle": report.subtitle, "body": body}
        cache.set(key, cached, PAGE_CACHE_SECONDS)
    context = cached | {"pdf_build": _latest_pdf(kind, year, region, embargoed)}
    return render(request, "reports/report_page.html", context)


def global_report(request, year: int):
    if year not in available_years():
        raise Http404
    return _report_page(request, "global", year)


def regional_report(request, year: int, region: str):
    region = region.upper()
    if year not in available_years() or not Region.objects.filter(code=region, is_itu_region=True).exists():
        raise Http404
    return _report_page(request, "regional", year, region)


def success_stories(request, year: int):
    if not Track.objects.filter(edition__year=year, kind=Track.Kind.MAIN).exists():
        raise Http404
    return _report_page(request, "success-stories", year, include_champions=request.GET.get("champions") == "1")


@login_required
def build_list(request):
    require(request.user, "reports.view_builds")
    if request.method == "POST":
        form = BuildForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                build = builds.request_build(
                    request.user,
                    kind=data["kind"],
                    year=data["year"],
                    region=data["region"],
                    fmt=data["format"],
                    language=data["language"],
                    include_champions=data["include_champions"],
                )
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("The report is being built: %(report)s.") % {"report": build})
                return redirect("reports:builds")
    else:
        form = BuildForm()
    build_rows = ReportBuild.objects.select_related("requested_by")[:100]
    return render(request, "reports/builds.html", {"form": form, "builds": build_rows})


@login_required
@require_POST
def retry(request, public_id):
    build = get_object_or_404(ReportBuild, public_id=public_id)
    try:
        new = builds.retry_build(request.user, build)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The report is being built again: %(report)s.") % {"report": new})
    return redirect("reports:builds")


def download(request, public_id):
    """A finished build's file. Reports hold public data, so anyone with the link may download it,
    except a build holding prize results before their announcement (secretariat only)."""
    build = get_object_or_404(ReportBuild, public_id=public_id)
    if build.state != ReportBuild.State.DONE or not build.file:
        raise Http404
    if not builds.may_download(request.user, build):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    try:
        handle = build.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    name = build.file.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=build.format == "pdf", filename=name)
