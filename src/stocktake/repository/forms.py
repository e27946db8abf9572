"""Forms of the repository pages. They only shape input; the services validate and write."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from stocktake.repository.models.entry import EntryType, ProjectStatus
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Subtopic


class EntryForm(forms.Form):
    """Every field optional here: a draft may be incomplete; submit_entry checks completeness."""

    title = forms.CharField(label=_("Title"), max_length=250, required=False)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("What the entry does, for whom, and what it achieved. Blank lines separate paragraphs."),
    )
    entry_type = forms.ChoiceField(label=_("Type"), choices=EntryType.choices, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=ProjectStatus.choices, required=False, widget=forms.RadioSelect
    )
    start_date = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end_date = forms.DateField(
        label=_("End date"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    is_international = forms.BooleanField(
        label=_("International (global scope rather than particular countries)"), required=False
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries of implementation"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    action_lines = forms.MultipleChoiceField(
        label=_("WSIS action lines"), required=False, widget=forms.CheckboxSelectMultiple
    )
    subtopics = forms.MultipleChoiceField(label=_("Sub-topics"), required=False, widget=forms.CheckboxSelectMultiple)
    sdgs = forms.MultipleChoiceField(
        label=_("Sustainable Development Goals"), required=False, widget=forms.CheckboxSelectMultiple
    )
    gdc_objectives = forms.MultipleChoiceField(
        label=_("Global Digital Compact objectives"), required=False, widget=forms.CheckboxSelectMultiple
    )
    website = forms.CharField(label=_("Website"), required=False, widget=forms.URLInput)
    partners = forms.CharField(label=_("Partners"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    contact_name = forms.CharField(label=_("Contact person"), required=False, max_length=200)
    contact_email = forms.CharField(label=_("Contact e-mail"), required=False, widget=forms.EmailInput)
    language = forms.ChoiceField(label=_("Language of the text"), choices=settings.LANGUAGES, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = [(c.code, c.name) for c in Country.objects.order_by("code")]
        self.fields["action_lines"].choices = [(a.code, a.label) for a in ActionLine.objects.all()]
        self.fields["subtopics"].choices = [
            (f"{s.action_line.code}/{s.slug}", f"{s.action_line.code}: {s.name}")
            for s in Subtopic.objects.select_related("action_line")
        ]
        self.fields["sdgs"].choices = [(str(s.number), str(s)) for s in SDG.objects.all()]
        self.fields["gdc_objectives"].choices = [(str(g.number), str(g)) for g in GDCObjective.objects.all()]

    def content(self) -> dict:
        """The cleaned input as service data (only fields that were posted, so autosave can be partial)."""
        data = {}
        for name in self.fields:
            if name not in self.cleaned_data:
                continue
            value = self.cleaned_data[name]
            if name in {"start_date", "end_date"}:
                value = value.isoformat() if value else None
            if name in {"entry_type", "status", "language"} and not value:
                continue  # not chosen: keep what the version has
            data[name] = value
        return data

    def add_error(self, field, error):
        super().add_error(field, error)
        # Point the control at its message: repository/_field.html gives the list the id "<id>-error".
        if field in self.fields:
            self.fields[field].widget.attrs["aria-invalid"] = "true"
            self.fields[field].widget.attrs["aria-describedby"] = f"id_{field}-error"


def initial_from(data: dict) -> dict:
    initial = dict(data)
    initial["sdgs"] = [str(n) for n in data.get("sdgs", [])]
    initial["gdc_objectives"] = [str(n) for n in data.get("gdc_objectives", [])]
    return initial


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("publish", _("Approve and publish")), ("return", _("Return")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
        label=_("Decision"),
    )
    comment = forms.CharField(
        label=_("Comment to the owners"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when returning (what to change) or rejecting (why)."),
    )


class ImageForm(forms.Form):
    image = forms.ImageField(label=_("Image"))
    # Required, but checked by the service so the web, the API and imports share one message.
    alt_text = forms.CharField(
        label=_("Text alternative"),
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"required": True, "aria-required": "true"}),
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = forms.CharField(
        label=_("Caption or credit (optional)"),
        max_length=300,
        required=False,
        help_text=_("Shown under the image, for example who took the photo."),
    )


class ImageTextForm(forms.Form):
    alt_text = forms.CharField(max_length=300, required=False)
    caption = forms.CharField(max_length=300, required=False)


class ImageMoveForm(forms.Form):
    position = forms.IntegerField(min_value=0)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
    apply = forms.BooleanField(
        label=_("Apply the import (otherwise only check it)"),
        required=False,
    )
