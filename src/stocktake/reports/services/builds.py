"""Report builds started from the web: request one (secretariat), run it in the worker."""

import datetime
import hashlib
import logging

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.common.services.audit import snapshot
from stocktake.reports.builder import produce, validate_request
from stocktake.reports.models import ReportBuild
from stocktake.reports.queries import results_embargoed

logger = logging.getLogger(__name__)
# Recorded fields (an empty FileField cannot be snapshotted by the generic helper).
# No build takes this long (10,000 entries: under a minute); a build still running after it has lost its worker.
STALE_AFTER = datetime.timedelta(hours=1)
REQUEST_FIELDS = ["kind", "year", "region", "format", "language", "include_champions", "state"]


def request_build(
    actor,
    *,
    kind: str,
    year: int,
    region: str = "",
    fmt: str = "pdf",
    language: str = "en",
    include_champions: bool = False,
) -> ReportBuild:
    """Queue a report build; the worker runs it after the transaction commits."""
    require(actor, "reports.build_report")
    region = (region or "").upper()
    validate_request(kind, year, region or None, fmt, language)
    with transaction.atomic():
        build = ReportBuild.objects.create(
            kind=kind,
            year=year,
            region=region,
            format=fmt,
            language=language,
            include_champions=include_champions and kind == ReportBuild.Kind.SUCCESS_STORIES,
            requested_by=actor,
        )
        audit.record(actor, "reports.build.requested", build, after=snapshot(build, REQUEST_FIELDS))
        transaction.on_commit(lambda: _enqueue(build.pk))
    return build


def is_stale(build: ReportBuild, now=None) -> bool:
    """Running for longer than any build takes: its worker stopped (restart, crash, out of memory)."""
    now = now or timezone.now()
    return (
        build.state == ReportBuild.State.RUNNING
        and build.started_at is not None
        and now - build.started_at > STALE_AFTER
    )


def retry_build(actor, build: ReportBuild) -> ReportBuild:
    """Start a failed (or stalled) build again, as a new build with the same settings; the old one
    stays listed."""
    require(actor, "reports.build_report")
    if build.state != ReportBuild.State.FAILED and not is_stale(build):
        raise ValidationError({"build": _("Only a failed build can be started again.")})
    if build.state == ReportBuild.State.RUNNING:
        with transaction.atomic():
            before = snapshot(build, ["state"])
            build.state = ReportBuild.State.FAILED
            build.finished_at = timezone.now()
            build.error = _("The worker stopped before the build finished.")
            build.save(update_fields=["state", "finished_at", "error", "updated_at"])
            audit.record(actor, "reports.build.failed", build, before=before, after=snapshot(build, ["state", "error"]))
    return request_build(
        actor,
        kind=build.kind,
        year=build.year,
        region=build.region,
        fmt=build.format,
        language=build.language,
        include_champions=build.include_champions,
    )


def _enqueue(build_id: int) -> None:
    from stocktake.reports.tasks import build_report

    result = build_report.enqueue(build_id)
    # An immediate backend has already run the build; keep its final state, only note the task.
    ReportBuild.objects.filter(pk=build_id).update(task_id=str(result.id)[:64])


def run_build(build_id: int, progress=None) -> ReportBuild:
    """Build the file of a queued build. A build runs once: a second worker finds it taken."""
    with transaction.atomic():
        build = ReportBuild.objects.select_for_update().get(pk=build_id)
        if build.state != ReportBuild.State.QUEUED:
            return build
        build.state = ReportBuild.State.RUNNING
        build.started_at = timezone.now()
        # The secretariat's builds include results not announced yet (to prepare the ceremony's book).
        build.embargoed = results_embargoed(build.year)
        build.save(update_fields=["state", "started_at", "embargoed", "updated_at"])
    try:
        result = produce(
            build.kind,
            build.year,
            region=build.region or None,
            fmt=build.format,
            language=build.language,
            include_champions=build.include_champions,
            include_unannounced=True,
            progress=progress,
        )
    except Exception as exc:
        logger.exception("report build %s failed", build.public_id)
        with transaction.atomic():
            before = snapshot(build, ["state"])
            build.state = ReportBuild.State.FAILED
            build.finished_at = timezone.now()
            build.error = f"{type(exc).__name__}: {exc}"[:2000]
            build.save(update_fields=["state", "finished_at", "error", "updated_at"])
            audit.record(None, "reports.build.failed", build, before=before, after=snapshot(build, ["state", "error"]))
        return build
    with transaction.atomic():
        before = snapshot(build, ["state"])
        build.file.save(result.filename, ContentFile(result.content), save=False)
        build.size = len(result.content)
        build.sha256 = hashlib.sha256(result.content).hexdigest()
        build.state = ReportBuild.State.DONE
        build.finished_at = timezone.now()
        build.save()
        audit.record(
            None,
            "reports.build.finished",
            build,
            before=before,
            after=snapshot(build, ["state", "size", "sha256", "embargoed"]),
        )
    return build


def may_download(user, build: ReportBuild) -> bool:
    """Finished reports hold public data, except a build with results still under embargo."""
    if build.state != ReportBuild.State.DONE or not build.file:
        return False
    if build.embargoed and results_embargoed(build.year):
        return user is not None and user.has_perm("reports.view_builds")
    return True
