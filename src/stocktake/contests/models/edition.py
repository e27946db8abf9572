"""A yearly edition of the prizes, its tracks (main prizes and special prizes), categories and
timed phases. Times are stored in UTC and shown/enforced in the edition's time zone (Geneva)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.i18n import localized
from stocktake.common.models import BaseModel


class Edition(BaseModel):
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Zurich")
    is_published = models.BooleanField(_("published"), default=False)
    # Whether an expert is also conflicted for every submission from their own country (off by default).
    conflict_same_country = models.BooleanField(
        _("experts are conflicted for their own country"),
        default=False,
        help_text=_("Experts then never see or score submissions from organisations in their country."),
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")

    def __str__(self):
        return self.name


class Track(BaseModel):
    class Kind(models.TextChoices):
        MAIN = "main", _("WSIS Prizes")
        PHOTO = "photo", _("Photo Contest")
        HEALTHY_AGEING = "healthy-ageing", _("Healthy Ageing Innovation Prize")
        YOUTH = "youth", _("Generation Connect Youth Prize")
        SERVICE_DESIGN = "service-design", _("Digital Service Design Prize")

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="tracks")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    slug = models.SlugField(_("slug"), max_length=40)
    names = models.JSONField(_("names"), default=dict)
    description = models.TextField(_("description"), blank=True)
    nominees_per_category = models.PositiveSmallIntegerField(_("nominees per category"), default=20)
    finalists_per_category = models.PositiveSmallIntegerField(_("finalists per category"), default=5)
    winners_per_category = models.PositiveSmallIntegerField(_("winners per category"), default=1)
    # Rule and voting settings that change outcomes; frozen once the phase they govern opens.
    settings = models.JSONField(_("settings"), default=dict, blank=True)

    class Meta:
        ordering = ["edition", "id"]
        verbose_name = _("track")
        verbose_name_plural = _("tracks")
        constraints = [models.UniqueConstraint(fields=["edition", "slug"], name="uniq_track_slug")]

    @property
    def name(self) -> str:
        return localized(self.names) or self.get_kind_display()

    def __str__(self):
        return f"{self.edition.year} {self.name}"


class Category(models.Model):
    track = models.ForeignKey(Track, on_delete=models.CASCADE, related_name="categories")
    number = models.PositiveSmallIntegerField(_("number"))
    names = models.JSONField(_("names"), default=dict)
    prize_category = models.ForeignKey(
        "taxonomy.PrizeCategory", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["track", "number"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [models.UniqueConstraint(fields=["track", "number"], name="uniq_category_number")]

    @property
    def name(self) -> str:
        if self.prize_category_id and not self.names:
            return self.prize_category.name
        return localized(self.names)

    def __str__(self):
        return f"{self.number}. {self.name}"


class Phase(models.Model):
    class Kind(models.TextChoices):
        SUBMISSION = "submission", _("Submission")
        NOMINATION = "nomination", _("Review and nomination")
        PITCH = "pitch", _("Pitch stage")
        VOTING = "voting", _("Public online voting")
        SELECTION = "selection", _("Expert selection")
        ANNOUNCEMENT = "announcement", _("Announcement of winners")

    track = models.ForeignKey(Track, on_delete=models.CASCADE, related_name="phases")
    kind = models.CharField(_("phase"), max_length=20, choices=Kind.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    # The deadline as first published, kept when the secretariat extends it.
    original_ends_at = models.DateTimeField(_("original end"), null=True, blank=True)

    class Meta:
        ordering = ["track", "starts_at"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(fields=["track", "kind"], name="uniq_phase_kind"),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="phase_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.track}: {self.get_kind_display()}"

    def is_open(self, at) -> bool:
        """Open from its first to its last second inclusive: a deadline of 23:00:00 accepts 23:00:00."""
        return self.starts_at <= at <= self.ends_at

    def has_opened(self, at) -> bool:
        return at >= self.starts_at

    @property
    def was_extended(self) -> bool:
        return self.original_ends_at is not None and self.original_ends_at != self.ends_at
