from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


class Organisation(BaseModel):
    """An entity that submits entries: a government body, company, NGO, university, IO…"""

    name = models.CharField(_("name"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    stakeholder_type = models.ForeignKey(
        "taxonomy.StakeholderType",
        on_delete=models.PROTECT,
        related_name="organisations",
        verbose_name=_("stakeholder type"),
    )
    country = models.ForeignKey(
        "taxonomy.Country",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
        verbose_name=_("country"),
        help_text=_("Leave empty for international organisations."),
    )
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(_("verified"), default=False)
    # Stable key for idempotent imports (demo data, coordination CSVs).
    external_key = models.CharField(max_length=120, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Membership(models.Model):
    class OrgRole(models.TextChoices):
        ADMIN = "admin", _("Administrator")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=OrgRole.choices, default=OrgRole.MEMBER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="uniq_membership")]

    def __str__(self):
        return f"{self.user} @ {self.organisation} ({self.role})"
