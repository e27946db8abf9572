from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from stocktake.accounts.models import Organisation
from stocktake.contests.models import Track
from stocktake.taxonomy.models import Country


class AccessibleForm(forms.Form):
    """Invalid fields get aria-invalid and point at their error message (ids used by _field.html),
    whether the error comes from cleaning or from a service (`apply_service_errors`)."""

    def add_error(self, field, error):
        super().add_error(field, error)
        self._mark_invalid()

    def _mark_invalid(self):
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs.update({"aria-invalid": "true", "aria-describedby": " ".join(described)})


class CampaignForm(AccessibleForm):
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.none())
    track = forms.ModelChoiceField(label=_("Call"), queryset=Track.objects.none())
    title = forms.CharField(label=_("Title"), max_length=200)
    message = forms.CharField(
        label=_("Message to the organisations"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Write it in your own language; it is sent as you write it."),
    )
    language = forms.ChoiceField(label=_("Language of the campaign"), choices=settings.LANGUAGES)
    deadline = forms.DateTimeField(
        label=_("National deadline"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty to use the end of the call's submission phase."),
    )
    reminder_days = forms.CharField(
        label=_("Reminders (days before the deadline)"),
        initial="14, 7, 2",
        help_text=_("Organisations that have not submitted are reminded on these days, e.g. 14, 7, 2."),
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)

    def __init__(self, *args, countries, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = countries
        self.fields["track"].queryset = Track.objects.select_related("edition").order_by("-edition__year", "id")
        if countries.count() == 1:
            self.fields["country"].initial = countries.first()
        if editing:
            del self.fields["country"]
            del self.fields["track"]
            self.fields["deadline"].required = True
            self.fields["deadline"].help_text = ""


class InviteForm(AccessibleForm):
    organisation = forms.ModelChoiceField(
        label=_("An organisation already on Stocktake"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("— none, I type its name below —"),
    )
    name = forms.CharField(label=_("Or the organisation's name"), max_length=250, required=False)
    email = forms.EmailField(label=_("Contact e-mail"))
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(country=campaign.country).exclude(
            pk__in=campaign.invitations.values("organisation_id")
        )


class ImportForm(AccessibleForm):
    file = forms.FileField(
        label=_("CSV or Excel file"),
        help_text=_("Columns: name, e-mail, contact person. The first row holds the column names."),
    )


class InvitationForm(AccessibleForm):
    email = forms.EmailField(label=_("Contact e-mail"))
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)


class BounceForm(AccessibleForm):
    reason = forms.CharField(label=_("Reason (from the returned message)"), max_length=500, required=False)
