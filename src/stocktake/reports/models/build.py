"""A report build: one request to produce a report file, run by the background worker."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


def build_file_path(instance, filename):
    return f"reports/{instance.public_id}/{filename}"


class ReportBuild(BaseModel):
    class Kind(models.TextChoices):
        GLOBAL = "global", _("Global report")
        REGIONAL = "regional", _("Regional report")
        SUCCESS_STORIES = "success-stories", _("Success Stories book")

    class Format(models.TextChoices):
        PDF = "pdf", _("PDF")
        HTML = "html", _("HTML")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Building")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("report"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    region = models.CharField(_("region"), max_length=3, blank=True)
    format = models.CharField(_("format"), max_length=4, choices=Format.choices, default=Format.PDF)
    language = models.CharField(_("language"), max_length=10, default="en")
    include_champions = models.BooleanField(_("include the champions"), default=False)
    # Built before the prize results were announced (and containing them): only the secretariat may
    # download it until the announcement.
    embargoed = models.BooleanField(_("holds unannounced results"), default=False)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    task_id = models.CharField(max_length=64, blank=True)
    file = models.FileField(_("file"), upload_to=build_file_path, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("report build")
        verbose_name_plural = _("report builds")
        indexes = [models.Index(fields=["kind", "year", "region", "state"])]

    def __str__(self):
        label = f"{self.get_kind_display()} {self.year}"
        return f"{label} {self.region}".strip() + f" ({self.format})"

    @property
    def is_stale(self) -> bool:
        from stocktake.reports.services.builds import is_stale

        return is_stale(self)

    @property
    def seconds(self) -> float | None:
        if self.started_at and self.finished_at:
            return (self.finished_at - self.started_at).total_seconds()
        return None
