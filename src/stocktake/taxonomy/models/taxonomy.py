"""Reference lists. They are data, loaded by migrations from taxonomy/data/*.json; names are kept in
every shipped language as a {language: text} mapping."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.i18n import localized


class Named(models.Model):
    names = models.JSONField(_("names"), default=dict)

    class Meta:
        abstract = True

    @property
    def name(self) -> str:
        return localized(self.names)

    def __str__(self):
        return self.name


class ActionLine(Named):
    code = models.CharField(_("code"), max_length=8, unique=True)  # C1 … C11, C7.1 … C7.8
    key = models.SlugField(_("key"), max_length=40, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    order = models.PositiveSmallIntegerField(_("order"))
    short_names = models.JSONField(_("short names"), default=dict)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    description = models.TextField(_("description"), blank=True)
    # C1 … C7, C7.1 … C7.8, C8 … C11 in reading order.
    sort_key = models.PositiveSmallIntegerField(editable=False, default=0, db_index=True)

    class Meta:
        ordering = ["sort_key"]
        verbose_name = _("action line")
        verbose_name_plural = _("action lines")

    @property
    def short_name(self) -> str:
        return localized(self.short_names) or self.name

    @property
    def label(self) -> str:
        return f"{self.code} {self.short_name}"

    def __str__(self):
        return self.label


class Subtopic(Named):
    action_line = models.ForeignKey(ActionLine, on_delete=models.CASCADE, related_name="subtopics")
    slug = models.SlugField(_("slug"), max_length=60)

    class Meta:
        ordering = ["action_line__sort_key", "id"]
        constraints = [models.UniqueConstraint(fields=["action_line", "slug"], name="uniq_subtopic")]
        verbose_name = _("sub-topic")
        verbose_name_plural = _("sub-topics")


class PrizeCategory(Named):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    action_line = models.ForeignKey(ActionLine, on_delete=models.PROTECT, related_name="prize_categories")
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("prize category")
        verbose_name_plural = _("prize categories")

    def __str__(self):
        return f"{self.number}. {self.name}"


class SDG(Named):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    colour = models.CharField(_("colour"), max_length=7, blank=True)
    description = models.TextField(_("description"), blank=True)
    keywords = models.JSONField(_("keywords"), default=list, blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self):
        return f"SDG {self.number}: {self.name}"


class GDCObjective(Named):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    description = models.TextField(_("description"), blank=True)
    keywords = models.JSONField(_("keywords"), default=list, blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("Global Digital Compact objective")
        verbose_name_plural = _("Global Digital Compact objectives")

    def __str__(self):
        return f"GDC {self.number}: {self.name}"


class StakeholderType(Named):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("stakeholder type")
        verbose_name_plural = _("stakeholder types")


class Region(Named):
    code = models.CharField(_("code"), max_length=3, unique=True)
    order = models.PositiveSmallIntegerField(_("order"))
    is_itu_region = models.BooleanField(_("ITU region"), default=True)

    class Meta:
        ordering = ["order"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Country(Named):
    MEMBER = "member"
    OBSERVER = "observer"
    OTHER = "other"
    UN_STATUS = [(MEMBER, _("UN member state")), (OBSERVER, _("UN observer state")), (OTHER, _("other"))]

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    iso3 = models.CharField(_("ISO alpha-3"), max_length=3, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="countries")
    un_status = models.CharField(_("UN status"), max_length=10, choices=UN_STATUS, default=MEMBER)

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
