"""Stocktaking entries.

An Entry's own columns hold its *public* content: the last approved version (or, before the first
approval, the working draft, which is never shown publicly). Every version an owner writes is an
EntryVersion holding the full content as JSON, so nothing typed is lost and history can be shown
and diffed. Approving a version copies its content onto the Entry. Images belong to versions too
(EntryVersionImage): the public page shows the images of `current_version`.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


class EntryType(models.TextChoices):
    PROJECT = "project", _("Project")
    PROGRAMME = "programme", _("Programme")
    TRAINING = "training", _("Training")
    CONFERENCE = "conference", _("Conference")
    WEBSITE = "website", _("Website")
    GUIDELINE = "guideline", _("Guideline or toolkit")
    OTHER = "other", _("Other")


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ModerationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting moderation")
    RETURNED = "returned", _("Returned for changes")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Entry(BaseModel):
    EntryType = EntryType
    ProjectStatus = ProjectStatus
    State = ModerationState

    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="entries", verbose_name=_("organisation")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # More than one repository can live on one platform (e.g. other processes' stocktakings).
    collection = models.SlugField(_("collection"), max_length=40, default="stocktaking", db_index=True)
    state = models.CharField(
        _("moderation state"),
        max_length=12,
        choices=ModerationState.choices,
        default=ModerationState.DRAFT,
        db_index=True,
    )

    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), help_text=_("Simple formatting only: paragraphs, lists, links."))
    entry_type = models.CharField(_("type"), max_length=12, choices=EntryType.choices, default=EntryType.PROJECT)
    status = models.CharField(_("status"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    is_international = models.BooleanField(
        _("international"), default=False, help_text=_("Global scope rather than particular countries.")
    )
    countries = models.ManyToManyField(
        "taxonomy.Country", blank=True, related_name="entries", verbose_name=_("countries")
    )
    # Derived from the countries (or International) on every save of the content.
    regions = models.ManyToManyField("taxonomy.Region", blank=True, related_name="entries", verbose_name=_("regions"))
    action_lines = models.ManyToManyField(
        "taxonomy.ActionLine", blank=True, related_name="entries", verbose_name=_("action lines")
    )
    subtopics = models.ManyToManyField(
        "taxonomy.Subtopic", blank=True, related_name="entries", verbose_name=_("sub-topics")
    )
    sdgs = models.ManyToManyField("taxonomy.SDG", blank=True, related_name="entries", verbose_name=_("SDGs"))
    gdc_objectives = models.ManyToManyField(
        "taxonomy.GDCObjective", blank=True, related_name="entries", verbose_name=_("GDC objectives")
    )
    website = models.URLField(_("website"), blank=True)
    partners = models.TextField(_("partners"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    language = models.CharField(_("language of the text"), max_length=10, default="en")

    published_at = models.DateTimeField(_("first published"), null=True, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(_("stocktaking year"), null=True, blank=True, db_index=True)
    current_version = models.ForeignKey(
        "repository.EntryVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Stable key from an import file or the demo, so re-importing does not duplicate.
    external_key = models.CharField(max_length=120, blank=True, db_index=True)

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        indexes = [models.Index(fields=["state", "-published_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["collection", "external_key"],
                condition=~models.Q(external_key=""),
                name="uniq_entry_external_key",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_public(self) -> bool:
        return self.published_at is not None and self.state != ModerationState.REJECTED


class EntryVersion(BaseModel):
    """One version of an entry's content, as the owner wrote it."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Awaiting moderation")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUPERSEDED = "superseded", _("Superseded")

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    data = models.JSONField(_("content"))
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DRAFT, db_index=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    moderator_comment = models.TextField(_("moderator's comment"), blank=True)

    class Meta:
        ordering = ["entry", "-number"]
        verbose_name = _("entry version")
        verbose_name_plural = _("entry versions")
        constraints = [models.UniqueConstraint(fields=["entry", "number"], name="uniq_entry_version")]

    def __str__(self):
        return f"{self.entry} v{self.number}"


def entry_image_path(instance, filename):
    return f"entries/{instance.entry.public_id}/{instance.public_id}.jpg"


class EntryImage(BaseModel):
    """One uploaded image file of an entry (re-encoded, metadata stripped, with a thumbnail).

    Immutable once stored: versions refer to it through EntryVersionImage, so a new version reuses
    the files of the one it starts from without copying bytes, and an older version keeps showing
    exactly what it showed. Alt text, caption and order belong to the version, not to the file."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="image_files")
    image = models.ImageField(_("image"), upload_to=entry_image_path)
    thumbnail = models.ImageField(_("thumbnail"), upload_to="entries/thumbs/", blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["entry", "id"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.image.name


class EntryVersionImage(models.Model):
    """An image as one version shows it: its place in the gallery, text alternative and caption."""

    version = models.ForeignKey(EntryVersion, on_delete=models.CASCADE, related_name="images")
    # RESTRICT, not PROTECT: a file still shown by a version can never be deleted on its own, while
    # deleting a whole entry (which cascades to its versions and files together) still works.
    image = models.ForeignKey(EntryImage, on_delete=models.RESTRICT, related_name="placements")
    position = models.PositiveSmallIntegerField(default=0)
    alt_text = models.CharField(_("text alternative"), max_length=300, blank=True)
    caption = models.CharField(_("caption or credit"), max_length=300, blank=True)

    class Meta:
        ordering = ["version", "position", "id"]
        verbose_name = _("image of a version")
        verbose_name_plural = _("images of a version")
        constraints = [models.UniqueConstraint(fields=["version", "image"], name="uniq_version_image")]

    def __str__(self):
        return f"{self.version} #{self.position + 1}"

    @property
    def public_id(self):
        """The file's id: an image keeps it across versions, so forms and diffs can follow it."""
        return self.image.public_id
